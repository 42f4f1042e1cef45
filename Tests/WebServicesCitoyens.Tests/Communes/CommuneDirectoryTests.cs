using System.Text.Json;
using Dapper;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Tests.Communes;

/// <summary>The commune directory, imported from the real open-data file into a real store (SQLite or PostgreSQL, as the test run says).</summary>
public sealed class CommuneDirectoryTests
{
    private static readonly string DataFile = Repository.PathOf("Services", "Directory", "node_modules", "@etalab",
        "decoupage-administratif", "data", "communes.json");
    private ScratchStore _store = null!;
    private Database _database = null!;
    private CommuneDirectory _directory = null!;

    [OneTimeSetUp]
    public async Task Import()
    {
        Assert.That(File.Exists(DataFile), Is.True, "run `npm ci --prefix Services/Directory` (the test command does)");
        _store = await ScratchStore.CreateAsync();
        _database = _store.Database;
        await DirectoryImport.RunAsync(_database, DataFile);
        _directory = new CommuneDirectory(_database);
    }

    [OneTimeTearDown]
    public void Remove() => _store.Dispose();

    private async Task<Dictionary<string, long>> CountsByType()
    {
        await using var connection = await _database.OpenAsync();
        return (await connection.QueryAsync<(string Type, long Count)>("SELECT type, COUNT(*) FROM directory_communes GROUP BY type"))
            .ToDictionary(r => r.Type, r => r.Count);
    }

    [Test]
    public async Task The_import_keeps_every_current_commune_arrondissement_and_delegated_commune_of_the_file()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(DataFile));
        var expected = json.RootElement.EnumerateArray().Select(e => e.GetProperty("type").GetString()!)
            .Where(DirectoryCommuneTypes.Kept.Contains).GroupBy(t => t).ToDictionary(g => g.Key, g => (long)g.Count());

        Assert.That(await CountsByType(), Is.EquivalentTo(expected));
        Assert.That(expected[DirectoryCommuneTypes.MunicipalArrondissement], Is.EqualTo(45));
    }

    [Test]
    public async Task Importing_again_changes_nothing()
    {
        var before = await CountsByType();
        await DirectoryImport.RunAsync(_database, DataFile);
        Assert.That(await CountsByType(), Is.EquivalentTo(before));
    }

    [Test]
    public async Task St_etienne_finds_Saint_Etienne_first()
    {
        var matches = await _directory.SearchAsync("st etienne");
        Assert.That((matches[0].Code, matches[0].Name), Is.EqualTo(("42218", "Saint-Étienne")));
        Assert.That(matches.All(m => SearchName.Of(m.Name).Contains("saint etienne")), Is.True);
    }

    [TestCase("SAINT-ÉTIENNE", "42218")]
    [TestCase("etienne", "42218")]
    [TestCase("orleans", "45234")]
    [TestCase("45234", "45234")]
    [TestCase("2a004", "2A004")]
    public async Task Names_and_codes_are_found_whatever_the_accents_case_and_word(string query, string code) =>
        Assert.That((await _directory.SearchAsync(query)).Select(m => m.Code), Does.Contain(code));

    [Test]
    public async Task A_postal_code_finds_the_municipal_arrondissement()
    {
        var matches = await _directory.SearchAsync("75015");
        Assert.That(matches.Select(m => (m.Code, m.Type)), Does.Contain(("75115", DirectoryCommuneTypes.MunicipalArrondissement)));
        Assert.That(matches.Single(m => m.Code == "75115").Name, Is.EqualTo("Paris 15e Arrondissement"));
    }

    [Test]
    public async Task A_name_search_is_an_index_range_not_a_table_scan()
    {
        const string search = "SELECT DISTINCT commune_code, commune_type FROM directory_search_keys WHERE search_key >= 'saint' AND search_key < 'saint\uffff'";
        await using var connection = await _database.OpenAsync();
        if (_database.Engine == StoreEngine.PostgreSql)
        {
            await connection.ExecuteAsync("ANALYZE directory_search_keys");
            var steps = string.Join("\n", await connection.QueryAsync<string>("EXPLAIN " + search));
            Assert.That(steps, Does.Not.Contain("Seq Scan on directory_search_keys"), steps);
            return;
        }
        var rows = await connection.QueryAsync("EXPLAIN QUERY PLAN " + search);
        var plan = string.Join("\n", rows.Select(r => (string)r.detail));
        Assert.That(plan, Does.Not.Contain("SCAN directory_search_keys"), plan);
    }
}
