using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// Which store the host and its commands work on: PostgreSQL when <c>Storage:PostgreSql</c> holds a
/// connection string, else the SQLite file <c>Storage:SqlitePath</c> (data/wsc.db). The platform's own
/// files (the seal, the citizens' documents) go in <c>Storage:DataFolder</c>: by default the SQLite
/// file's folder, or data/ beside the host on PostgreSQL — hosts sharing a database must share that folder.
/// </summary>
public sealed record StoreSettings(Database Database, string DataFolder)
{
    public static StoreSettings From(IConfiguration configuration)
    {
        var configuredFolder = configuration["Storage:DataFolder"] is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;
        if (configuration["Storage:PostgreSql"] is { Length: > 0 } connectionString)
            return new StoreSettings(Database.PostgreSql(connectionString), configuredFolder ?? Path.GetFullPath("data"));
        var sqliteFile = configuration["Storage:SqlitePath"] is { Length: > 0 } file ? file : "data/wsc.db";
        return new StoreSettings(new Database(sqliteFile), configuredFolder ?? Path.GetDirectoryName(Path.GetFullPath(sqliteFile))!);
    }

    /// <summary>False only for an SQLite file not created yet (a command must not create an empty store by mistake).</summary>
    public bool StoreExists => Database.SqliteFile is not { } file || File.Exists(file);
}
