using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Flux;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// The demo commune's civil-status software for Flux.svc, with a fixed client id and secret published in
/// the README (like the demo agents' password), so that Samples/VendorClient runs against a local host
/// at once. Only ever on the demo commune, seeded with it. Idempotent.
/// </summary>
public static class DemoVendorClient
{
    public const string ClientId = "demo-etat-civil-orleans";
    public const string Secret = "demo-flux-orleans-2026";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<VendorClientStore>();
        if (await store.FindAsync(ClientId) is not null) return;
        var now = Timestamps.ToText(services.GetRequiredService<TimeProvider>().GetUtcNow());
        await store.InsertAsync(new VendorClient(ClientId, DemoCommune.Code, "Logiciel d'état civil (démo)", ["etat-civil"], now, null, null),
            Accounts.AccountTokens.HashOf(Secret), services.GetRequiredService<VendorSecrets>().Seal(ClientId, Secret), "demo");
    }
}
