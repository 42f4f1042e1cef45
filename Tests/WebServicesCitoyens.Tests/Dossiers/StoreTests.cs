using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Tests.Dossiers;

/// <summary>The store's durability settings and migrations, on a real SQLite file.</summary>
[Category(StoreUnderTest.SqliteOnly)]
public sealed class StoreTests
{
    private string _file = "";

    [SetUp]
    public void NewFile() => _file = Path.Combine(Path.GetTempPath(), "wsc-store-" + Guid.NewGuid().ToString("N")[..8], "wsc.db");

    [TearDown]
    public void Remove()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);
    }

    [Test]
    public async Task Every_connection_is_in_wal_mode_with_full_synchronous_commits()
    {
        var database = new Database(_file);
        Migrator.Migrate(database);

        for (var i = 0; i < 3; i++)
        {
            await using var connection = await database.OpenAsync();
            Assert.That(await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
            Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA synchronous"), Is.EqualTo(2), "2 = FULL");
            Assert.That(await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Migrations_create_the_schema_once_and_running_them_again_changes_nothing()
    {
        var database = new Database(_file);
        Migrator.Migrate(database);
        Migrator.Migrate(database);

        await using var connection = await database.OpenAsync();
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).ToList();
        Assert.That(tables, Is.SupersetOf(new[] { "communes", "commune_procedures", "dossiers", "dossier_events" }));
        var scripts = typeof(Migrator).Assembly.GetManifestResourceNames().Count(n => n.Contains(".Storage.Migrations.") && n.EndsWith(".sql"));
        Assert.That(scripts, Is.GreaterThanOrEqualTo(2));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM SchemaVersions"), Is.EqualTo(scripts), "each script ran once");
    }
}
