using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// Seals, once, the heads of the chains written before the seal existed (migration 0017 leaves a row in
/// history_seal_backfill until this is done): run after <see cref="HistoryChainBackfill"/>, before the host
/// serves anything, in one transaction so that an interrupted start does it again whole. Once done it never
/// runs again, so that a seal later removed is reported by the verifier rather than made anew.
/// Returns how many dossiers were sealed.
/// </summary>
public static class HistorySealBackfill
{
    public static async Task<long> RunAsync(Database database, HistorySeal seal, int batch = 500)
    {
        await using var connection = await database.OpenAsync();
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM history_seal_backfill") == 0) return 0;
        await using var transaction = await connection.BeginTransactionAsync();
        long sealedCount = 0;
        var after = "";
        while (true)
        {
            // The last event of each dossier of the batch: its head.
            var heads = (await connection.QueryAsync<(string Number, long Sequence, string? Hash)>(
                """
                SELECT e.dossier_number, e.sequence, e.hash FROM dossier_events e
                WHERE e.dossier_number IN (SELECT number FROM dossiers WHERE number > @after ORDER BY number LIMIT @batch)
                  AND e.sequence = (SELECT MAX(l.sequence) FROM dossier_events l WHERE l.dossier_number = e.dossier_number)
                ORDER BY e.dossier_number
                """, new { after, batch }, transaction)).AsList();
            var last = await connection.ExecuteScalarAsync<string?>(
                "SELECT MAX(number) FROM (SELECT number FROM dossiers WHERE number > @after ORDER BY number LIMIT @batch) page",
                new { after, batch }, transaction);
            if (last is null) break;
            // A head without a hash is left unsealed: the verifier reports it as not chained.
            foreach (var (number, sequence, hash) in heads.Where(h => h.Hash is not null))
            {
                await seal.WriteAsync(connection, transaction, number, sequence, hash!);
                sealedCount++;
            }
            after = last;
        }
        await connection.ExecuteAsync("DELETE FROM history_seal_backfill", transaction: transaction);
        await transaction.CommitAsync();
        return sealedCount;
    }
}
