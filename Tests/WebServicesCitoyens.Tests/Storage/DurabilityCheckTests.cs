using Dapper;
using Npgsql;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Tests.Storage;

/// <summary>
/// The host refuses to start on a store that could lose an acknowledged dossier (README « PostgreSQL »):
/// a real PostgreSQL database weakened on purpose, and the check on the stores the platform opens.
/// </summary>
public sealed class DurabilityCheckTests
{
    [Test]
    public async Task The_store_the_platform_opens_passes_the_check()
    {
        using var store = await ScratchStore.CreateAsync();

        Assert.That(await DurabilityCheck.ProblemsAsync(store.Database), Is.Empty);
    }

    [Test]
    public void A_host_refuses_to_start_on_a_postgresql_database_whose_commits_do_not_wait_for_the_disk()
    {
        var connectionString = TestPostgres.CreateDatabase();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        TestPostgres.AsSuperuser(database, $"ALTER DATABASE {database} SET synchronous_commit = off");

        var (code, output, error) = StartHost(connectionString);

        Assert.That(code, Is.EqualTo(1), output + error);
        Assert.That(error, Does.Contain("synchronous_commit is off"));
        Assert.That(error, Does.Not.Contain("Password="), "the connection string's secret is not printed");
        Assert.That(SchemaExists(connectionString), Is.False, "refused before migrating anything");
    }

    [Test]
    public void A_host_refuses_to_start_on_a_postgresql_database_that_does_not_sort_text_byte_by_byte()
    {
        var connectionString = TestPostgres.CreateDatabase(collation: "C.utf8");

        var (code, output, error) = StartHost(connectionString);

        Assert.That(code, Is.EqualTo(1), output + error);
        Assert.That(error, Does.Contain("collation is C.utf8, not C"));
    }

    private static (int Code, string Output, string Error) StartHost(string connectionString)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wsc-durability-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            return Tool.Run("dotnet", [HostProcess.FindHostDll(), "--urls", $"http://127.0.0.1:{HostProcess.FreePort()}"], TimeSpan.FromSeconds(120),
                new Dictionary<string, string> { ["Storage__PostgreSql"] = connectionString, ["Storage__DataFolder"] = folder });
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static bool SchemaExists(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'schemaversions'") > 0;
    }
}
