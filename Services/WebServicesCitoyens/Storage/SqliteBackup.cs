using Microsoft.Data.Sqlite;

namespace WebServicesCitoyens.Storage;

/// <summary>
/// The SQLite-only side of backup and restore (the host's <c>backup</c> and <c>restore</c> commands): an online
/// copy through SQLite's backup API, the checks a copy must pass before it is trusted, and the test that no
/// host has the store open. PostgreSQL stores are saved with its own tools (README, « Exploitation »).
/// </summary>
public static class SqliteBackup
{
    /// <summary>
    /// Copies the live store (or a backup) into <paramref name="target"/> (which must not exist) while hosts keep writing:
    /// the backup API reads one consistent snapshot (a WAL reader never blocks writers), so the copy holds every
    /// transaction committed before it started and none half-written.
    /// </summary>
    public static void Copy(string source, string target)
    {
        // Read-write without create: a WAL reader may need to set up the shared index; nothing is written.
        using var from = new SqliteConnection(Connection(source, SqliteOpenMode.ReadWrite));
        using var to = new SqliteConnection(Connection(target, SqliteOpenMode.ReadWriteCreate));
        from.Open();
        to.Open();
        from.BackupDatabase(to);
        // A copy is one self-contained file (rollback journal): reading it leaves no -wal or -shm beside it, and a
        // host that opens it as its store switches it back to WAL.
        using var journal = to.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode=DELETE";
        journal.ExecuteNonQuery();
    }

    /// <summary>Null when <paramref name="file"/> is a sound SQLite file holding a migrated store; otherwise what is wrong, in English for the log.</summary>
    public static string? Problem(string file)
    {
        if (!File.Exists(file)) return "missing";
        try
        {
            using var connection = new SqliteConnection(Connection(file, SqliteOpenMode.ReadOnly));
            connection.Open();
            using var integrity = connection.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            var verdict = integrity.ExecuteScalar() as string;
            if (verdict != "ok") return "integrity_check: " + verdict;
            using var store = connection.CreateCommand();
            // A store is a file the migrations ran on and that holds the dossiers' table.
            store.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND lower(name) IN ('schemaversions', 'dossiers')";
            return Convert.ToInt64(store.ExecuteScalar()) == 2 ? null : "not a store";
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// True when no connection has the store open: an exclusive lock is taken at once or not at all (an open
    /// WAL connection, even idle in a host's pool, holds a lock that prevents it). Closing this last connection
    /// also checkpoints the WAL into the file, so the store is one file afterwards.
    /// </summary>
    public static bool IsUnused(string file)
    {
        if (!File.Exists(file)) return true;
        // Microsoft.Data.Sqlite retries a busy statement until the command timeout (0 would mean forever): one second.
        using var connection = new SqliteConnection(Connection(file, SqliteOpenMode.ReadWrite) + ";Default Timeout=1");
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout=0; PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;";
            command.ExecuteNonQuery();
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            return false;
        }
    }

    /// <summary>The number of dossiers a sound store holds, for the commands' reports.</summary>
    public static long Dossiers(string file)
    {
        using var connection = new SqliteConnection(Connection(file, SqliteOpenMode.ReadOnly));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM dossiers";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string Connection(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString();
}
