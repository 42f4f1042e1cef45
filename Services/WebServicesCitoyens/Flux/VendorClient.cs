using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Flux;

/// <summary>
/// The software of one of a commune's services (civil status, schools, electoral roll) calling Flux.svc
/// with its own credentials: it reads the commune's dossiers of the procedures in its scope (themes or
/// procedure codes, like an agents' profile).
/// </summary>
public sealed record VendorClient(string Id, string CommuneCode, string Name, IReadOnlyList<string> Scope, string CreatedAt,
    string? RotatedAt, string? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>
    /// Whether the platform holds the secret (encrypted) to sign the client's webhooks: false for a client
    /// registered before migration 0016, whose webhooks wait until its secret is renewed.
    /// </summary>
    public bool SignsWebhooks { get; init; } = true;

    public bool Covers(ProcedureDefinition procedure) => ProcedureScope.Covers(Scope, procedure.Code, procedure.Theme);

    /// <summary>How the history of a dossier names what the client did: by id, so that its lines keep their author after a renaming.</summary>
    public string Actor => ActorPrefix + Id;

    public const string ActorPrefix = "vendor:";

    /// <summary>The client id in a history's actor, or null when the actor is not a vendor client.</summary>
    public static string? IdOf(string actor) => actor.StartsWith(ActorPrefix, StringComparison.Ordinal) ? actor[ActorPrefix.Length..] : null;
}
