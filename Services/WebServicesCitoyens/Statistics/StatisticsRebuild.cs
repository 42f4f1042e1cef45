using Dapper;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Statistics;

/// <summary>
/// Recomputes the statistics roll-ups from the dossiers and their histories, through the very
/// <see cref="StatisticsRecorder"/> calls the filing and the workflow make, so a rebuild and the
/// running totals cannot disagree. The host runs it at start when a store holds dossiers but no
/// statistics (a store from before migration 0010). Dossiers are replayed a batch per transaction.
/// </summary>
public sealed class StatisticsRebuild(Database database, ProcedureDefinitions definitions)
{
    private const int BatchSize = 500;

    /// <summary>Whether the store has dossiers that the statistics do not count yet.</summary>
    public async Task<bool> IsNeededAsync()
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM (SELECT 1 FROM statistics_days LIMIT 1) AS s") == 0
            && await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM (SELECT 1 FROM dossiers WHERE is_test = 0 LIMIT 1) AS d") > 0;
    }

    /// <summary>Empties the roll-ups and replays every dossier; returns how many were counted.</summary>
    public async Task<long> RunAsync()
    {
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM statistics_days");
            await connection.ExecuteAsync("DELETE FROM statistics_delays");
        }
        long counted = 0;
        string after = "";
        while (true)
        {
            await using var connection = await database.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var batch = (await connection.QueryAsync<DossierRecord>(
                $"SELECT {DossierStore.Columns("d")} FROM dossiers d WHERE d.number > @after AND d.is_test = 0 ORDER BY d.number LIMIT {BatchSize}",
                new { after }, transaction)).AsList();
            if (batch.Count == 0) break;
            var events = (await connection.QueryAsync<DossierEvent>(
                """
                SELECT dossier_number AS DossierNumber, sequence, occurred_at AS OccurredAt, kind, step_code AS StepCode, actor, detail
                FROM dossier_events WHERE dossier_number > @after AND dossier_number <= @last AND kind IN (@submitted, @reached)
                ORDER BY dossier_number, sequence
                """, new { after, last = batch[^1].Number, submitted = DossierEventKinds.Submitted, reached = DossierEventKinds.StepReached },
                transaction)).ToLookup(e => e.DossierNumber);
            foreach (var dossier in batch)
            {
                await StatisticsRecorder.FiledAsync(connection, transaction, dossier);
                var definition = definitions.For(dossier);
                var history = events[dossier.Number].ToList();
                // Filed at the step its Submitted event names; each StepReached after it ends a stay.
                var at = dossier with { CurrentStep = history.FirstOrDefault(e => e.Kind == DossierEventKinds.Submitted)?.StepCode ?? dossier.CurrentStep,
                    StepEnteredAt = null };
                foreach (var moved in history.Where(e => e.Kind == DossierEventKinds.StepReached))
                {
                    var step = definition?.FindStep(moved.StepCode!);
                    var when = new DateTimeOffset(Timestamps.Parse(moved.OccurredAt), TimeSpan.Zero);
                    await StatisticsRecorder.StepLeftAsync(connection, transaction, at, step?.IsFinal ?? false, step?.IsExit ?? false, moved.Actor, when);
                    at = at with { CurrentStep = moved.StepCode!, StepEnteredAt = moved.OccurredAt };
                }
                counted++;
            }
            await transaction.CommitAsync();
            after = batch[^1].Number;
        }
        return counted;
    }
}
