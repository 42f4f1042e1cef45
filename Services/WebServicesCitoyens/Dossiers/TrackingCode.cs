using System.Security.Cryptography;
using System.Text;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// The secret that lets whoever filed a dossier without an account follow it: 160 random bits,
/// written as 32 lower-case base-32 characters in groups of four.
/// </summary>
public static class TrackingCode
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private const int Bytes = 20;

    public static string NewCode()
    {
        var random = RandomNumberGenerator.GetBytes(Bytes);
        var text = new StringBuilder(40);
        var buffer = 0; var bits = 0; var written = 0;
        foreach (var b in random)
        {
            buffer = (buffer << 8) | b; bits += 8;
            while (bits >= 5)
            {
                if (written > 0 && written % 4 == 0) text.Append('-');
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5; written++;
            }
        }
        return text.ToString();
    }

    /// <summary>Compares a code typed or pasted by a person with the stored one, in constant time.</summary>
    public static bool Matches(string stored, string? presented)
    {
        if (presented is null) return false;
        static byte[] Digest(string code) => SHA256.HashData(Encoding.UTF8.GetBytes(
            new string(code.Where(c => c != '-' && c != ' ').Select(char.ToLowerInvariant).ToArray())));
        return CryptographicOperations.FixedTimeEquals(Digest(stored), Digest(presented));
    }
}
