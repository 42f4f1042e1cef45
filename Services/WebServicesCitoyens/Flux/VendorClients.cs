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
/// constant time, and the secret sealed with the platform's data key, opened only to sign webhooks.
/// Unknown, revoked and rotated-away credentials get the same answer.
/// </summary>
public sealed class VendorClients(VendorClientStore store, WebhookStore webhooks, VendorSecrets secrets, CallbackPolicy callbacks,
    ProcedureCatalogue catalogue, TimeProvider clock)
{
    /// <summary>Compared against when the client id is unknown, so that the answer takes the same time.</summary>
    private static readonly string DecoyHash = AccountTokens.HashOf(AccountTokens.New());

    /// <summary>
    /// Registers a client and makes its secret. With a <paramref name="registrationKey"/> (the page's one-time
    /// form key) already used, registers nothing and answers the client registered then, without a secret (null).
    /// </summary>
    public async Task<(VendorClient Client, string? Secret)> RegisterAsync(Agent by, string communeCode, string name, IReadOnlyList<string> scope,
        string? registrationKey = null)
    {
        Allowed(by, communeCode);
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > FluxTexts.MaxName) throw Refused("Name", FluxTexts.NameNeeded);
        if (scope.Count == 0) throw Refused("Scope", BackOfficeTexts.ScopeNeeded);
        foreach (var entry in scope)
            if (!ProcedureScope.IsKnown(entry, catalogue)) throw Refused("Scope", BackOfficeTexts.UnknownScope(entry));
        var secret = AccountTokens.New();
        var client = new VendorClient(AccountTokens.NewId(), communeCode, trimmed, scope.Distinct().ToList(), Now(), null, null);
        if (await store.InsertAsync(client, AccountTokens.HashOf(secret), secrets.Seal(client.Id, secret), by.Id, registrationKey)) return (client, secret);
        // The key was used: by this commune, that post's client; a key of another commune's form is no key here.
        return await store.RegisteredWithAsync(communeCode, registrationKey!) is { } registered ? (registered, null) : throw Refused("Name", FluxTexts.FormAlreadyUsed);
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
        if (!await store.RotateAsync(communeCode, clientId, AccountTokens.HashOf(secret), secrets.Seal(clientId, secret), Now())) throw Refused("ClientId", FluxTexts.UnknownClientOfCommune);
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

    /// <summary>
    /// The client's callback URL for webhooks (null: none, it pulls); setting one re-enables a callback disabled
    /// after failures. Refused when it is not https, when it names or resolves to an address inside a network
    /// (<see cref="CallbackPolicy"/>), and for a client whose secret the platform cannot sign with (registered
    /// before migration 0016: the commune renews it first).
    /// </summary>
    public async Task SetCallbackAsync(VendorClient client, string? url)
    {
        var trimmed = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (trimmed is not null)
        {
            if (!callbacks.IsAcceptable(trimmed)) throw Refused("CallbackUrl", callbacks.FormatRefusal);
            if (await callbacks.ForbiddenAddressAsync(new Uri(trimmed)) is { } forbidden) throw Refused("CallbackUrl", FluxTexts.CallbackForbidden(forbidden));
            if (!client.SignsWebhooks) throw Refused("CallbackUrl", FluxTexts.CallbackNeedsNewSecret);
        }
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

    /// <summary>The one-time key of a rendering of the registration form (posted back as clientRequestId, like the counter's form).</summary>
    public static string NewRegistrationKey() => RegistrationKeyPrefix + AccountTokens.NewId();

    public const string RegistrationKeyPrefix = "logiciel-";

    private static void Allowed(Agent by, string communeCode)
    {
        if (!AgentRights.MayManageVendors(by, communeCode)) throw Refused("CommuneCode", FluxTexts.NotAllowed);
    }

    private string Now() => Timestamps.ToText(clock.GetUtcNow());

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
