using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WebServicesCitoyens.Flux;

/// <summary>
/// The signature of a webhook, sent as <c>X-WSC-Signature: sha256=&lt;hex&gt;</c> with the time of sending in
/// <c>X-WSC-Timestamp</c> (Unix seconds): HMAC-SHA256, keyed with the client's secret (its UTF-8 bytes), of
/// the timestamp, a dot and the exact body bytes. The timestamp is signed so that a captured delivery
/// cannot be replayed later under a fresh one: a receiver refuses a timestamp too far from its clock
/// (<see cref="Tolerance"/>) and, within it, an eventId it already handled. The README gives the recipe.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-WSC-Signature";
    public const string TimestampHeader = "X-WSC-Timestamp";
    public const string EventHeader = "X-WSC-Event";

    /// <summary>How far from the receiver's clock a timestamp may be.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Of(string timestamp, string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    public static string TimestampOf(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>What a receiver checks, given its secret: the signature (in constant time) and a timestamp close to <paramref name="now"/>.</summary>
    public static bool IsValid(string timestamp, string body, string signature, string secret, DateTimeOffset now) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(now.ToUnixTimeSeconds() - seconds) <= Tolerance.TotalSeconds
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(timestamp, body, secret)), Encoding.ASCII.GetBytes(signature));
}
