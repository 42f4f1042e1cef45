using System.Security.Cryptography;
using System.Text;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// Secrets handed to a citizen (session tokens, e-mailed links): 256 random bits, URL-safe; the store
/// keeps only their SHA-256, so a copy of the database opens nothing.
/// </summary>
public static class AccountTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether a string may be a token at all (length and alphabet), before any lookup.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
