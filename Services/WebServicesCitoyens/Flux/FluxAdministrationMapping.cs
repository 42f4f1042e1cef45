using WebServicesCitoyens.Contracts.Configuration;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Flux;

/// <summary>A vendor client as Administration.svc publishes it (the secret only when just made).</summary>
public static class FluxAdministrationMapping
{
    public static VendorClientInfo Client(VendorClient client, string? secret = null) => new()
    {
        ClientId = client.Id,
        Name = client.Name,
        Scope = client.Scope.ToArray(),
        CreatedAt = Timestamps.Parse(client.CreatedAt),
        RotatedAt = client.RotatedAt is null ? default : Timestamps.Parse(client.RotatedAt),
        RotatedAtSpecified = client.RotatedAt is not null,
        Revoked = client.IsRevoked,
        Secret = secret,
    };

    public static WebhookLog Log(VendorClient client, (string? Url, long Failures, string? DisabledAt) callback, IReadOnlyList<WebhookAttempt> attempts) => new()
    {
        ClientId = client.Id,
        CallbackUrl = callback.Url,
        ConsecutiveFailures = callback.Failures,
        DisabledAt = callback.DisabledAt is null ? default : Timestamps.Parse(callback.DisabledAt),
        DisabledAtSpecified = callback.DisabledAt is not null,
        Attempts = attempts.Select(a => new WebhookAttemptInfo
        {
            DeliveryId = a.DeliveryId, EventKind = a.EventKind, DossierNumber = a.DossierNumber, Attempt = a.Attempt,
            AttemptedAt = Timestamps.Parse(a.AttemptedAt), StatusCode = (int)(a.StatusCode ?? 0), StatusCodeSpecified = a.StatusCode is not null,
            Error = a.Error, Delivered = a.DeliveredAt is not null,
        }).ToArray(),
    };
}
