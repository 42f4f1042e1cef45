using System.Security.Cryptography;
using System.Text;

namespace WebServicesCitoyens.Flux;

/// <summary>
/// The signature of a webhook body, sent as <c>X-WSC-Signature: sha256=&lt;hex&gt;</c>: HMAC-SHA256 of the
/// exact body bytes. The key is the client's secret as the platform holds it — its SHA-256, lower-case hex,
/// as ASCII — since the platform keeps no secret in clear; the client computes the same from its secret.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-WSC-Signature";
    public const string TimestampHeader = "X-WSC-Timestamp";
    public const string EventHeader = "X-WSC-Event";

    public static string Of(string body, string secretHash) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.ASCII.GetBytes(secretHash), Encoding.UTF8.GetBytes(body)));

    /// <summary>What a receiver checks (in constant time), given its secret.</summary>
    public static bool IsValid(string body, string signature, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(body, Accounts.AccountTokens.HashOf(secret))), Encoding.ASCII.GetBytes(signature));
}
