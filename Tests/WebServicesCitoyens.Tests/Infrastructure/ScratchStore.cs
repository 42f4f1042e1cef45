using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// A real SQLite store of its own in a temporary folder, migrated, with the demo commune (Orléans,
/// 45234) saved, for tests of the domain without a host; deleted when disposed.
/// </summary>
public sealed class ScratchStore : IDisposable
{
    public static readonly Commune Orleans = new("45234", "Orléans", CommuneProfile.BackOffice, "#1b4f72", "#b03a2e", null, null, "Europe/Paris");

    private ScratchStore(string file) => File = file;

    /// <summary>The SQLite file; every <see cref="Database"/> opened on it is another host's view of the same store.</summary>
    public string File { get; }

    public Database Database => new(File);

    public static async Task<ScratchStore> CreateAsync()
    {
        var store = new ScratchStore(Path.Combine(Path.GetTempPath(), "wsc-scratch-" + Guid.NewGuid().ToString("N")[..8], "wsc.db"));
        Migrator.Migrate(store.Database);
        await new CommuneStore(store.Database).SaveAsync(Orleans);
        return store;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(File)!, recursive: true);
    }
}
