using System.Security.Cryptography;
using System.Text;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Flux;

/// <summary>
/// A commune's vendor clients: registered, listed, their secret rotated, revoked — by the commune's
/// administrators (AgentRights.MayManageVendors) — and the authentication of each Flux.svc call. A
/// secret is shown once, when made; the store keeps its SHA-256 (like session tokens), compared in
/// constant time. Unknown, revoked and rotated-away credentials get the same answer.
/// </summary>
public sealed class VendorClients(VendorClientStore store, WebhookStore webhooks, ProcedureCatalogue catalogue, TimeProvider clock)
{
    /// <summary>Compared against when the client id is unknown, so that the answer takes the same time.</summary>
    private static readonly string DecoyHash = AccountTokens.HashOf(AccountTokens.New());

    public async Task<(VendorClient Client, string Secret)> RegisterAsync(Agent by, string communeCode, string name, IReadOnlyList<string> scope)
    {
        Allowed(by, communeCode);
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > FluxTexts.MaxName) throw Refused("Name", FluxTexts.NameNeeded);
        if (scope.Count == 0) throw Refused("Scope", BackOfficeTexts.ScopeNeeded);
        foreach (var entry in scope)
            if (!ProcedureScope.IsKnown(entry, catalogue)) throw Refused("Scope", BackOfficeTexts.UnknownScope(entry));
        var secret = AccountTokens.New();
        var client = new VendorClient(AccountTokens.NewId(), communeCode, trimmed, scope.Distinct().ToList(), Now(), null, null);
        await store.InsertAsync(client, AccountTokens.HashOf(secret), by.Id);
        return (client, secret);
    }

    public async Task<IReadOnlyList<VendorClient>> ListAsync(Agent by, string communeCode)
    {
        Allowed(by, communeCode);
        return await store.OfCommuneAsync(communeCode);
    }

    /// <summary>A new secret; the previous one stops working at once.</summary>
    public async Task<(VendorClient Client, string Secret)> RotateAsync(Agent by, string communeCode, string clientId)
    {
        Allowed(by, communeCode);
        var secret = AccountTokens.New();
        if (!await store.RotateAsync(communeCode, clientId, AccountTokens.HashOf(secret), Now())) throw Refused("ClientId", FluxTexts.UnknownClientOfCommune);
        return ((await store.FindAsync(clientId))!.Value.Client, secret);
    }

    /// <summary>Refuses every later call of the client; what it did stays in the histories.</summary>
    public async Task RevokeAsync(Agent by, string communeCode, string clientId)
    {
        Allowed(by, communeCode);
        if (!await store.RevokeAsync(communeCode, clientId, Now())) throw Refused("ClientId", FluxTexts.UnknownClientOfCommune);
    }

    /// <summary>The client whose credentials these are, or a refusal that says nothing of which part was wrong.</summary>
    public async Task<VendorClient> AuthenticateAsync(string? clientId, string? secret)
    {
        var found = clientId is { Length: > 0 and <= 64 } ? await store.FindAsync(clientId) : null;
        var expected = Encoding.ASCII.GetBytes(found?.SecretHash ?? DecoyHash);
        var given = Encoding.ASCII.GetBytes(AccountTokens.HashOf(secret ?? ""));
        var matches = CryptographicOperations.FixedTimeEquals(expected, given);
        return found is { Client.IsRevoked: false } && matches ? found.Value.Client : throw Refused("ClientId", FluxTexts.UnknownClient);
    }

    /// <summary>The client's callback URL for webhooks (null: none, it pulls); setting one re-enables a callback disabled after failures.</summary>
    public async Task SetCallbackAsync(VendorClient client, string? url)
    {
        var trimmed = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (trimmed is not null && !CallbackAddress.IsAcceptable(trimmed)) throw Refused("CallbackUrl", FluxTexts.CallbackFormat);
        await webhooks.SetCallbackAsync(client.Id, trimmed);
    }

    /// <summary>The delivery log of a client of the commune, for its administrators: its callback and the latest attempts.</summary>
    public async Task<(VendorClient Client, (string? Url, long Failures, string? DisabledAt) Callback, IReadOnlyList<WebhookAttempt> Attempts)> DeliveriesAsync(
        Agent by, string communeCode, string clientId)
    {
        Allowed(by, communeCode);
        var client = (await store.FindAsync(clientId))?.Client;
        if (client is null || client.CommuneCode != communeCode) throw Refused("ClientId", FluxTexts.UnknownClientOfCommune);
        return (client, await webhooks.CallbackAsync(clientId), await webhooks.AttemptsAsync(clientId, 200));
    }

    private static void Allowed(Agent by, string communeCode)
    {
        if (!AgentRights.MayManageVendors(by, communeCode)) throw Refused("CommuneCode", FluxTexts.NotAllowed);
    }

    private string Now() => Timestamps.ToText(clock.GetUtcNow());

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
