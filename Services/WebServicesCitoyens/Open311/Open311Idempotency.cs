namespace WebServicesCitoyens.Open311;

/// <summary>
/// The optional <c>Idempotency-Key</c> request header of an Open311 POST (GeoReport v2 defines no idempotency
/// key; this is the IETF draft's header name, which HTTP clients already send on retries). It becomes the
/// dossier's ClientRequestId, so that the store's idempotency of SOAP Submit applies as is (dossiers.client_request_id
/// and request_hash, unique per commune): the same key with the same report answers the first dossier without
/// filing again; with another report it is refused. The prefix keeps an Open311 key apart from the ids a
/// vendor's SOAP client chooses. Without the header every POST files a new dossier, as before.
/// </summary>
public static class Open311Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string Prefix = "open311:";

    /// <summary>Room left by the prefix in a ClientRequestId (64 characters of [A-Za-z0-9._:-]).</summary>
    public const int MaxKeyLength = 64 - 8;

    /// <summary>A new id for a POST without the header: each one files a new dossier.</summary>
    public static string NewRequestId() => "open311-" + Guid.NewGuid().ToString("N");

    /// <summary>The ClientRequestId of a key, or null when the key cannot be one (empty, too long, another character).</summary>
    public static string? RequestIdOf(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-') ? Prefix + key : null;
}
