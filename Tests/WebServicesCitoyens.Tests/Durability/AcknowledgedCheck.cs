using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace WebServicesCitoyens.Tests.Durability;

/// <summary>
/// What the crash test finds in a store after a restart: the acknowledged dossiers missing or changed,
/// and what is half-written — a dossier without its first event or its delivery number, statistics that
/// no longer count the dossiers filed, search terms missing — and the engine's own integrity check
/// (SQLite's integrity_check; on PostgreSQL, amcheck's verification of every B-tree index against its table).
/// All read in one snapshot (REPEATABLE READ on PostgreSQL), after the client log was read, so every receipt
/// logged is in that snapshot.
/// </summary>
public sealed record AcknowledgedCheck(IReadOnlyList<string> Missing, IReadOnlyList<string> Changed, IReadOnlyList<string> HalfWritten,
    string Integrity, long Dossiers)
{
    /// <summary>Dossiers the filing path did not write (the demo seed): the counts of each check the store starts with.</summary>
    public sealed record Baseline(long UncountedInStatistics, long WithoutTerms);

    private sealed record Stored(string Number, string ClientRequestId, string RequestHash, string RequestXml);

    public static Baseline BaselineOf(HostProcess host)
    {
        using var connection = Open(host);
        return new(UncountedInStatistics(connection), WithoutTerms(connection));
    }

    /// <param name="procedureCode">The procedure of the acknowledged dossiers: a stored request's text must hash, under it, to the logged hash.</param>
    public static AcknowledgedCheck Of(HostProcess host, IReadOnlyList<AcknowledgedReceipt> acknowledged, string procedureCode, Baseline baseline)
    {
        using var connection = Open(host);
        using var snapshot = connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: true) : connection.BeginTransaction(IsolationLevel.RepeatableRead);
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
        var integrity = connection is SqliteConnection
            ? string.Join("; ", connection.Query<string>("PRAGMA integrity_check", transaction: snapshot))
            : PostgreSqlIntegrity(host.PostgreSqlConnectionString!);
        return new(missing, changed, halfWritten, integrity, stored.Count);
    }

    /// <summary>
    /// amcheck (a contrib module of PostgreSQL, created as the superuser) checks every B-tree index of the
    /// database, the catalogs' included: its structure, and that every row of its table is in it
    /// (heapallindexed). "ok", or what it found.
    /// </summary>
    private static string PostgreSqlIntegrity(string connectionString)
    {
        TestPostgres.AsSuperuserOn(connectionString, "CREATE EXTENSION IF NOT EXISTS amcheck");
        using var admin = TestPostgres.OpenAsSuperuser(connectionString);
        try
        {
            var checkedIndexes = admin.ExecuteScalar<long>(
                """
                SELECT COUNT(*) FROM (
                    SELECT bt_index_check(c.oid, true) FROM pg_index i
                    JOIN pg_class c ON c.oid = i.indexrelid
                    JOIN pg_am am ON am.oid = c.relam
                    WHERE am.amname = 'btree' AND c.relpersistence <> 't' AND i.indisvalid AND i.indisready) checked
                """);
            return checkedIndexes > 0 ? "ok" : "no index checked";
        }
        catch (PostgresException corrupt)
        {
            return $"{corrupt.SqlState}: {corrupt.MessageText} {corrupt.Detail}";
        }
    }

    private static long UncountedInStatistics(DbConnection connection, DbTransaction? snapshot = null) => connection.ExecuteScalar<long>(
        "SELECT (SELECT COUNT(*) FROM dossiers) - (SELECT COALESCE(SUM(filed), 0) FROM statistics_days)", transaction: snapshot);

    private static long WithoutTerms(DbConnection connection, DbTransaction? snapshot = null) => connection.ExecuteScalar<long>(
        "SELECT COUNT(*) FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM dossier_terms t WHERE t.dossier_number = d.number)", transaction: snapshot);

    /// <summary>The host's store: on SQLite its file opened read-only (nothing to change it by mistake, no write lock taken).</summary>
    private static DbConnection Open(HostProcess host)
    {
        if (host.PostgreSqlConnectionString is not null) return host.Store.Open();
        var connection = new SqliteConnection($"Data Source={host.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public override string ToString() =>
        $"{Dossiers} dossiers; missing acknowledged: {Missing.Count} [{string.Join(", ", Missing.Take(10))}]; changed: {Changed.Count} [{string.Join(", ", Changed.Take(10))}]; "
        + $"half-written: [{string.Join("; ", HalfWritten.Take(10))}]; integrity: {Integrity}";
}
