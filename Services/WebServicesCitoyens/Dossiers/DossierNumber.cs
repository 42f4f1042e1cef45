using System.Security.Cryptography;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// Dossier numbers such as <c>K7M-XR4-TWC</c>: random, so they reveal nothing about how many
/// dossiers exist; drawn from 23 characters that cannot be mistaken for one another when read
/// aloud or copied by hand (no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, and G kept apart from 6); the ninth character is a check
/// character (weighted sum modulo 23, a prime) that catches any single wrong character and any
/// swap of two neighbours, so a number mistyped over the phone is refused instead of misread.
/// </summary>
public static class DossierNumber
{
    public const string Alphabet = "ACDEFHJKMNPRTUVWXY34679";
    private const int RandomLength = 8;

    public static string NewNumber()
    {
        Span<char> chars = stackalloc char[RandomLength];
        for (var i = 0; i < RandomLength; i++)
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return WithCheck(chars);
    }

    /// <summary>
    /// The number made of these eight characters of the alphabet and their check character (the
    /// benchmarks' generator numbers its dossiers in sequence with it).
    /// </summary>
    public static string WithCheck(ReadOnlySpan<char> body)
    {
        if (body.Length != RandomLength) throw new ArgumentException($"A number has {RandomLength} characters before its check.", nameof(body));
        Span<char> chars = stackalloc char[RandomLength + 1];
        body.CopyTo(chars);
        chars[RandomLength] = CheckCharacter(body);
        return Format(chars);
    }

    /// <summary>The canonical form (upper case, dashed) of a number typed by a person, or null when it cannot be one.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null) return null;
        var compact = new string(input.Where(c => c != '-' && c != ' ').Select(char.ToUpperInvariant).ToArray());
        if (compact.Length != RandomLength + 1 || compact.Any(c => !Alphabet.Contains(c))) return null;
        if (CheckCharacter(compact.AsSpan(0, RandomLength)) != compact[RandomLength]) return null;
        return Format(compact);
    }

    private static char CheckCharacter(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
            sum += (i + 1) * Alphabet.IndexOf(body[i]);
        return Alphabet[sum % Alphabet.Length];
    }

    private static string Format(ReadOnlySpan<char> c) => $"{c[..3]}-{c[3..6]}-{c[6..9]}";
}
