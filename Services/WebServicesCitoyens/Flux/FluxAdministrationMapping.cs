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
}
