using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// Chains, once, the histories written before the hash chain existed (migration 0013 leaves a row in
/// history_chain_backfill until this is done). One transaction, so that an interrupted start does it again
/// whole at the next; the host runs it before it serves anything. Once done it never runs again, so that
/// an event whose hash was later removed is reported by the verifier rather than chained anew.
/// Returns how many events were chained.
/// </summary>
public static class HistoryChainBackfill
{
    public static async Task<long> RunAsync(Database database, int batch = 500)
    {
        await using var connection = await database.OpenAsync();
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM history_chain_backfill") == 0) return 0;
        await using var transaction = await connection.BeginTransactionAsync();
        long chained = 0;
        var after = "";
        while (true)
        {
            var dossiers = (await connection.QueryAsync<(string Number, string RequestHash)>(
                "SELECT number, request_hash FROM dossiers WHERE number > @after ORDER BY number LIMIT @batch", new { after, batch }, transaction)).AsList();
            if (dossiers.Count == 0) break;
            var last = dossiers[^1].Number;
            var events = (await connection.QueryAsync<DossierEvent>(
                """
                SELECT dossier_number AS DossierNumber, sequence, occurred_at AS OccurredAt, kind, step_code AS StepCode, actor, detail
                FROM dossier_events WHERE dossier_number > @after AND dossier_number <= @last ORDER BY dossier_number, sequence
                """, new { after, last }, transaction)).ToLookup(e => e.DossierNumber);
            foreach (var (number, requestHash) in dossiers)
            {
                var previous = HistoryChain.Genesis;
                foreach (var e in events[number])
                {
                    var hash = HistoryChain.Hash(e, requestHash, previous);
                    await connection.ExecuteAsync(
                        "UPDATE dossier_events SET previous_hash = @previous, hash = @hash WHERE dossier_number = @DossierNumber AND sequence = @Sequence",
                        new { previous, hash, e.DossierNumber, e.Sequence }, transaction);
                    previous = hash;
                    chained++;
                }
            }
            after = last;
        }
        await connection.ExecuteAsync("DELETE FROM history_chain_backfill", transaction: transaction);
        await transaction.CommitAsync();
        return chained;
    }
}
