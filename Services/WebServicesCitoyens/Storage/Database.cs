using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace WebServicesCitoyens.Storage;

/// <summary>
/// Opens connections to the dossier store: an SQLite file (every connection set to WAL with
/// <c>synchronous=FULL</c>, so a commit is on disk before a receipt is returned) or a PostgreSQL database
/// that several hosts share. The SQL is the same on both; the few fragments that differ are in <see cref="SqlDialect"/>.
/// </summary>
public sealed class Database
{
    /// <summary>An SQLite store in <paramref name="sqliteFile"/>, its folder created when missing.</summary>
    public Database(string sqliteFile)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(sqliteFile));
        if (directory is not null) Directory.CreateDirectory(directory);
        Engine = StoreEngine.Sqlite;
        SqliteFile = sqliteFile;
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

    private Database(StoreEngine engine, string connectionString)
    {
        Engine = engine;
        ConnectionString = connectionString;
    }

    /// <summary>A PostgreSQL store; <paramref name="connectionString"/> in Npgsql's form (Host=…;Database=…;Username=…).</summary>
    public static Database PostgreSql(string connectionString) => new(StoreEngine.PostgreSql, connectionString);

    public StoreEngine Engine { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqliteFile { get; }

    /// <summary>Where the store is, for messages; never the password.</summary>
    public string Description => Engine == StoreEngine.Sqlite
        ? SqliteFile!
        : new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ToString();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellation = default)
    {
        if (Engine == StoreEngine.PostgreSql)
        {
            var server = new NpgsqlConnection(ConnectionString);
            await server.OpenAsync(cancellation);
            return server;
        }
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var pragmas = connection.CreateCommand();
        // journal_mode is stored in the file; synchronous and busy_timeout are per connection.
        pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        await pragmas.ExecuteNonQueryAsync(cancellation);
        return connection;
    }

    /// <summary>Synchronous twin of <see cref="OpenAsync"/>, for start-up code and commands.</summary>
    public DbConnection Open() => OpenAsync().GetAwaiter().GetResult();
}
