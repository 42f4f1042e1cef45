using System.Data.Common;
using System.Text.Json;
using Dapper;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Flux;

/// <summary>
/// Writes the webhook events of a change in its own transaction (like the outbox's mails): one delivery
/// per client of the commune with a callback URL (not disabled, not revoked) whose scope covers the
/// procedure. A change rolled back sends nothing; one committed is delivered even if the host dies.
/// The body is small on purpose: the client reads the dossier itself (PullDossiers, GetHistory).
/// </summary>
public sealed class WebhookEvents(ProcedureCatalogue catalogue)
{
    public const string DossierFiled = "DossierFiled";
    public const string StatusChanged = "StatusChanged";

    public Task FiledAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier) =>
        dossier.IsTest ? Task.CompletedTask
            : WriteAsync(connection, transaction, dossier, DossierFiled, dossier.CurrentStep, dossier.SubmittedAt);

    public Task StepReachedAsync(DbConnection connection, DbTransaction transaction, DossierRecord before, string stepCode, string at) =>
        before.IsTest ? Task.CompletedTask : WriteAsync(connection, transaction, before, StatusChanged, stepCode, at);

    private async Task WriteAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, string kind, string stepCode, string at)
    {
        var theme = catalogue.Find(dossier.ProcedureCode)?.Theme ?? "";
        var clients = await connection.QueryAsync<(string Id, string Scope)>(
            """
            SELECT id, scope FROM vendor_clients
            WHERE commune_code = @CommuneCode AND callback_url IS NOT NULL AND callback_disabled_at IS NULL AND revoked_at IS NULL
            """, new { dossier.CommuneCode }, transaction);
        foreach (var (clientId, scope) in clients)
        {
            if (!ProcedureScope.Covers(scope.Split(' ', StringSplitOptions.RemoveEmptyEntries), dossier.ProcedureCode, theme)) continue;
            var id = AccountTokens.NewId();
            var body = JsonSerializer.Serialize(new
            {
                eventId = id, @event = kind, occurredAt = at, communeCode = dossier.CommuneCode,
                dossierNumber = dossier.Number, procedureCode = dossier.ProcedureCode, stepCode,
            });
            await connection.ExecuteAsync(
                """
                INSERT INTO webhook_deliveries (id, client_id, event_kind, dossier_number, body, created_at, next_attempt_at)
                VALUES (@id, @clientId, @kind, @Number, @body, @at, @at)
                """, new { id, clientId, kind, dossier.Number, body, at }, transaction);
        }
    }
}
