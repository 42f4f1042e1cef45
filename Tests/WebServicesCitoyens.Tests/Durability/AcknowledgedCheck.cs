using Dapper;
using Microsoft.Data.Sqlite;

namespace WebServicesCitoyens.Tests.Durability;

/// <summary>
/// What the crash test finds in a store after a restart: the acknowledged dossiers missing or changed,
/// and what is half-written — a dossier without its first event or its delivery number, statistics that
/// no longer count the dossiers filed, search terms missing — and SQLite's own integrity check.
/// All read in one snapshot, after the client log was read, so every receipt logged is in that snapshot.
/// </summary>
public sealed record AcknowledgedCheck(IReadOnlyList<string> Missing, IReadOnlyList<string> Changed, IReadOnlyList<string> HalfWritten,
    string Integrity, long Dossiers)
{
    /// <summary>Dossiers the filing path did not write (the demo seed): the counts of each check the store starts with.</summary>
    public sealed record Baseline(long UncountedInStatistics, long WithoutTerms);

    private sealed record Stored(string Number, string ClientRequestId, string RequestHash, string RequestXml);

    public static Baseline BaselineOf(string database)
    {
        using var connection = Open(database);
        return new(UncountedInStatistics(connection), WithoutTerms(connection));
    }

    /// <param name="procedureCode">The procedure of the acknowledged dossiers: a stored request's text must hash, under it, to the logged hash.</param>
    public static AcknowledgedCheck Of(string database, IReadOnlyList<AcknowledgedReceipt> acknowledged, string procedureCode, Baseline baseline)
    {
        using var connection = Open(database);
        using var snapshot = connection.BeginTransaction(deferred: true);
        var stored = connection.Query<Stored>(
            "SELECT number, client_request_id AS ClientRequestId, request_hash AS RequestHash, request_xml AS RequestXml FROM dossiers", transaction: snapshot)
            .ToDictionary(d => d.Number);
        var missing = new List<string>();
        var changed = new List<string>();
        foreach (var receipt in acknowledged)
        {
            if (!stored.TryGetValue(receipt.Number, out var dossier)) missing.Add(receipt.Number);
            else if (dossier.ClientRequestId != receipt.ClientRequestId || dossier.RequestHash != receipt.RequestHash
                     || global::WebServicesCitoyens.Dossiers.RequestDocument.Hash(procedureCode, dossier.RequestXml) != receipt.RequestHash)
                changed.Add(receipt.Number);
        }
        var halfWritten = new List<string>();
        halfWritten.AddRange(connection.Query<string>(
            """
            SELECT 'no first event: ' || d.number FROM dossiers d
            WHERE NOT EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_number = d.number AND e.sequence = 1 AND e.kind = 'Submitted')
            UNION ALL SELECT 'no delivery number: ' || number FROM dossiers WHERE delivery_sequence IS NULL
            UNION ALL SELECT 'event without dossier: ' || e.dossier_number FROM dossier_events e
            WHERE NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.number = e.dossier_number)
            """, transaction: snapshot));
        if (UncountedInStatistics(connection, snapshot) != baseline.UncountedInStatistics)
            halfWritten.Add($"statistics count {UncountedInStatistics(connection, snapshot)} dossiers fewer than stored (at start: {baseline.UncountedInStatistics})");
        if (WithoutTerms(connection, snapshot) != baseline.WithoutTerms)
            halfWritten.Add($"{WithoutTerms(connection, snapshot)} dossiers without search terms (at start: {baseline.WithoutTerms})");
        var integrity = string.Join("; ", connection.Query<string>("PRAGMA integrity_check", transaction: snapshot));
        return new(missing, changed, halfWritten, integrity, stored.Count);
    }

    private static long UncountedInStatistics(SqliteConnection connection, SqliteTransaction? snapshot = null) => connection.ExecuteScalar<long>(
        "SELECT (SELECT COUNT(*) FROM dossiers) - (SELECT COALESCE(SUM(filed), 0) FROM statistics_days)", transaction: snapshot);

    private static long WithoutTerms(SqliteConnection connection, SqliteTransaction? snapshot = null) => connection.ExecuteScalar<long>(
        "SELECT COUNT(*) FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM dossier_terms t WHERE t.dossier_number = d.number)", transaction: snapshot);

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public override string ToString() =>
        $"{Dossiers} dossiers; missing acknowledged: {Missing.Count} [{string.Join(", ", Missing.Take(10))}]; changed: {Changed.Count} [{string.Join(", ", Changed.Take(10))}]; "
        + $"half-written: [{string.Join("; ", HalfWritten.Take(10))}]; integrity_check: {Integrity}";
}
