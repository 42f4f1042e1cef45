using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// A real store of its own (an SQLite file in a temporary folder, or a PostgreSQL database when
/// <see cref="StoreUnderTest.IsPostgreSql"/>), migrated, with the demo commune (Orléans, 45234) saved,
/// for tests of the domain without a host; the folder deleted when disposed.
/// </summary>
public sealed class ScratchStore : IDisposable
{
    public static readonly Commune Orleans = new("45234", "Orléans", CommuneProfile.BackOffice, "#1b4f72", "#b03a2e", null, null, "Europe/Paris");

    private readonly string? _postgreSql;

    private ScratchStore(string file, string? postgreSql)
    {
        File = file;
        _postgreSql = postgreSql;
    }

    /// <summary>The SQLite file (unused on PostgreSQL); every <see cref="Database"/> opened on the store is another host's view of it.</summary>
    public string File { get; }

    public Database Database => _postgreSql is { } server ? Database.PostgreSql(server) : new Database(File);

    public static async Task<ScratchStore> CreateAsync()
    {
        var store = new ScratchStore(Path.Combine(Path.GetTempPath(), "wsc-scratch-" + Guid.NewGuid().ToString("N")[..8], "wsc.db"),
            StoreUnderTest.IsPostgreSql ? TestPostgres.CreateDatabase() : null);
        Directory.CreateDirectory(Path.GetDirectoryName(store.File)!);
        Migrator.Migrate(store.Database);
        await new CommuneStore(store.Database).SaveAsync(Orleans);
        return store;
    }

    public void Dispose()
    {
        // Idle pooled connections hold the file; a filing's committer is done with it once its caller heard back (GroupCommitter).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(File)!, recursive: true);
    }
}
