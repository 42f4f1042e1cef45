using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// Password hashing and policy (OWASP ASVS 5.0): ASP.NET Core Identity's hasher, PBKDF2-HMAC-SHA512
/// with 210,000 iterations; 8 to 128 characters, no composition rule, the most common passwords refused.
/// </summary>
public static class Passwords
{
    public const int MinLength = 8;
    public const int MaxLength = 128;
    public const int Iterations = 210_000;

    private static readonly PasswordHasher<string> Hasher =
        new(Options.Create(new PasswordHasherOptions { IterationCount = Iterations, CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3 }));

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = typeof(Passwords).Assembly.GetManifestResourceStream("common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    });

    public static string Hash(string password) => Hasher.HashPassword("", password);

    /// <summary>Whether the password matches; a hash made with fewer iterations still verifies.</summary>
    public static bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword("", hash, password) != PasswordVerificationResult.Failed;

    /// <summary>A French reason the password is refused, or null when it is acceptable.</summary>
    public static string? Problem(string password) =>
        password.Length < MinLength ? Texts.AccountTexts.PasswordTooShort(MinLength)
        : password.Length > MaxLength ? Texts.AccountTexts.PasswordTooLong(MaxLength)
        : Common.Value.Contains(password) ? Texts.AccountTexts.PasswordTooCommon
        : null;

    /// <summary>A hash to verify against when the account does not exist, so that both cases take the same time.</summary>
    public static readonly string DecoyHash = Hash(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
}
