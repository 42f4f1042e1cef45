using Dapper;

namespace WebServicesCitoyens.Storage;

/// <summary>
/// What the host checks before serving: a receipt promises that the dossier is on disk, so the store
/// must sync every commit. SQLite: WAL journal with synchronous=FULL (or EXTRA) on the connections the
/// store opens. PostgreSQL: fsync, synchronous_commit (anything but off: every other value flushes the
/// local WAL before the commit returns) and full_page_writes on, and a byte-order collation ("C"), so
/// that text sorts and ranges (search prefixes, ISO timestamps) behave exactly as on SQLite.
/// </summary>
public static class DurabilityCheck
{
    /// <summary>The settings that make the store unsafe, each said in a sentence for the operator; empty when all is well.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(Database database)
    {
        await using var connection = await database.OpenAsync();
        var problems = new List<string>();
        if (database.Engine == StoreEngine.Sqlite)
        {
            var journal = await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode");
            if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase))
                problems.Add($"SQLite journal_mode is {journal}, not wal (is the store on a file system that supports WAL?)");
            var synchronous = await connection.ExecuteScalarAsync<long>("PRAGMA synchronous");
            if (synchronous < 2) problems.Add($"SQLite synchronous is {synchronous}, not FULL (2) or EXTRA (3)");
            return problems;
        }
        foreach (var setting in new[] { "fsync", "full_page_writes" })
        {
            var value = await connection.ExecuteScalarAsync<string>($"SHOW {setting}");
            if (value != "on") problems.Add($"PostgreSQL {setting} is {value}, not on");
        }
        var commit = await connection.ExecuteScalarAsync<string>("SHOW synchronous_commit");
        if (commit == "off") problems.Add("PostgreSQL synchronous_commit is off (for this database or user): a commit could be acknowledged before it is on disk");
        var collation = await connection.ExecuteScalarAsync<string>("SELECT datcollate FROM pg_database WHERE datname = current_database()");
        if (collation is not ("C" or "POSIX"))
            problems.Add($"the PostgreSQL database's collation is {collation}, not C: create it with LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0 (see README « PostgreSQL »)");
        return problems;
    }
}
