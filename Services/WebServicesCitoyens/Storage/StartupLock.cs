using System.Data.Common;
using Dapper;

namespace WebServicesCitoyens.Storage;

/// <summary>
/// Held while a host brings the store up to date at start (migrations, one-time backfills, the demo's
/// seed): on PostgreSQL an advisory lock, so that hosts starting together take turns and the next one
/// finds the work done. SQLite is one machine's store; its writers are serialised by the file anyway.
/// </summary>
public sealed class StartupLock : IDisposable
{
    /// <summary>Any constant the platform alone uses; this one spells "WSC-INIT".</summary>
    private const long Key = 0x5753_432D_494E_4954;

    private readonly DbConnection? _connection;

    private StartupLock(DbConnection? connection) => _connection = connection;

    /// <summary>Waits for the lock and holds it until disposed.</summary>
    public static StartupLock Take(Database database)
    {
        if (database.Engine != StoreEngine.PostgreSql) return new StartupLock(null);
        var connection = database.Open();
        connection.Execute("SELECT pg_advisory_lock(@Key)", new { Key });
        return new StartupLock(connection);
    }

    public void Dispose()
    {
        if (_connection is null) return;
        // Closing the session releases the lock too; unlocking first hands it over without waiting for the pool.
        _connection.Execute("SELECT pg_advisory_unlock(@Key)", new { Key });
        _connection.Dispose();
    }
}
