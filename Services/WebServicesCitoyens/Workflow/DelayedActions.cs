using Dapper;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Workflow;

/// <summary>
/// Runs the actions due after a delay (seed 002: « envoi de plus de 15 jours → clôture »): every open
/// dossier that has stayed in its step at least as long as one of the step's afterDelay actions says.
/// Safe on several hosts at once: each dossier is claimed at the step it was read at, in the
/// transaction that performs the action, so only one host's claim succeeds and the others skip it.
/// </summary>
public sealed class DelayedActions(Database database, DossierStore store, ProcedureDefinitions definitions, WorkflowEngine engine, TimeProvider clock)
{
    private sealed record Candidate(string Number, string CommuneCode, string ProcedureCode, long? ConfigurationVersion, string CurrentStep, string Since);

    /// <summary>Performs every action now due; returns how many this host performed.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellation = default)
    {
        var now = clock.GetUtcNow();
        List<Candidate> candidates;
        await using (var connection = await database.OpenAsync(cancellation))
            candidates = (await connection.QueryAsync<Candidate>(
                """
                SELECT number, commune_code AS CommuneCode, procedure_code AS ProcedureCode, configuration_version AS ConfigurationVersion,
                       current_step AS CurrentStep, COALESCE(step_entered_at, submitted_at) AS Since
                FROM dossiers WHERE state <> 'Closed' ORDER BY number
                """)).AsList();
        var performed = 0;
        foreach (var candidate in candidates)
        {
            cancellation.ThrowIfCancellationRequested();
            var procedure = definitions.For(candidate.CommuneCode, candidate.ProcedureCode, candidate.ConfigurationVersion);
            var since = new DateTimeOffset(Timestamps.Parse(candidate.Since));
            var due = procedure?.ActionsOf(candidate.CurrentStep)
                .Where(a => a.Trigger == ActionTrigger.AfterDelay && since + a.Delay!.Value <= now)
                .OrderBy(a => a.Delay).FirstOrDefault();
            if (procedure is null || due is null) continue;

            await using var connection = await database.OpenAsync(cancellation);
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            if (!await WorkflowEngine.ClaimAsync(connection, transaction, candidate.Number, candidate.CurrentStep, Timestamps.ToText(now))) continue;
            var dossier = await store.FindAsync(connection, transaction, candidate.Number);
            // Entered the step again since it was read: its delay starts over.
            if (dossier is null || dossier.CurrentStepSince != candidate.Since) continue;
            await engine.PerformAsync(connection, transaction, dossier, procedure, due, WorkflowEngine.PlatformActor, now);
            await transaction.CommitAsync(cancellation);
            performed++;
        }
        return performed;
    }
}
