using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace WebServicesCitoyens.Storage;

/// <summary>
/// Opens connections to the dossier store. Every SQLite connection is set to WAL with
/// <c>synchronous=FULL</c>, so a commit is on disk before a receipt is returned.
/// </summary>
public sealed class Database
{
    public Database(string sqliteFile)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(sqliteFile));
        if (directory is not null) Directory.CreateDirectory(directory);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = sqliteFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    public string ConnectionString { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellation = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var pragmas = connection.CreateCommand();
        // journal_mode is stored in the file; synchronous and busy_timeout are per connection.
        pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        await pragmas.ExecuteNonQueryAsync(cancellation);
        return connection;
    }
}
