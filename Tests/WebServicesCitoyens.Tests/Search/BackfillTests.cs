using Dapper;
using Microsoft.Data.Sqlite;
using WebServicesCitoyens.Storage;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.Search;

/// <summary>
/// Dossiers filed before the search index existed: a copy of the shared host's store taken back to
/// before migration 0011 (its tables dropped, its journal line removed) is opened by a new host, which
/// migrates it and indexes every dossier once at start-up; they are then found like any other.
/// </summary>
[Category(StoreUnderTest.SqliteOnly)]
public sealed class BackfillTests
{
    [Test]
    public async Task Dossiers_filed_before_the_index_existed_are_indexed_when_the_host_starts_and_found()
    {
        var word = SearchWorld.UniqueWord();
        var first = await SearchWorld.FileAsync(SearchWorld.BirthCertificate(surname: "Avant", firstNames: "Anne " + word));
        var second = await SearchWorld.FileAsync(SearchWorld.BirthCertificate(surname: "Index", firstNames: "Léa " + word));
        var folder = Path.Combine(Path.GetTempPath(), "wsc-backfill-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, "wsc.db");
        try
        {
            // VACUUM INTO writes its copy with the connection's own access: not a read-only one.
            await using (var source = await SharedHost.Host.Store.OpenAsync())
                await source.ExecuteAsync("VACUUM INTO @copy", new { copy });
            long dossiers;
            await using (var old = await new Database(copy).OpenAsync())
            {
                await old.ExecuteAsync("DROP TABLE dossier_terms; DROP TABLE saved_searches; DELETE FROM schemaversions WHERE scriptname LIKE '%0011_dossier_search.sql'");
                dossiers = await old.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dossiers");
            }
            SqliteConnection.ClearAllPools();

            using var host = HostProcess.Start(new Dictionary<string, string> { ["Storage__SqlitePath"] = copy });

            Assert.That(host.Output, Does.Contain($"Search index: {dossiers} dossiers filed before it were indexed."));
            await using (var migrated = await new Database(copy).OpenAsync())
                Assert.That(await migrated.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT dossier_number) FROM dossier_terms"), Is.EqualTo(dossiers));
            var token = await LoginOnAsync(host);
            Assert.That(await FoundOnAsync(host, token, word), Is.EquivalentTo(new[] { first, second }));
            Assert.That(await FoundOnAsync(host, token, "lea " + word), Is.EqualTo(new[] { second }));
            Assert.That(await FoundOnAsync(host, token, first), Is.EqualTo(new[] { first }));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> LoginOnAsync(HostProcess host) =>
        (await SoapOnAsync(host, "Login", E("Email", EtatCivil), E("Password", Password))).Descendants(B + "SessionToken").Single().Value;

    private static async Task<IReadOnlyList<string>> FoundOnAsync(HostProcess host, string token, string keywords) =>
        (await SoapOnAsync(host, "ListDossiers", Session(token), E("Filter", E("PageSize", "100"), E("Keywords", keywords))))
            .Descendants(B + "DossierNumber").Select(n => n.Value).ToList();

    private static async Task<System.Xml.Linq.XElement> SoapOnAsync(HostProcess host, string operation, params object[] parameters)
    {
        var body = new System.Xml.Linq.XElement(B + operation, parameters).ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
        var (status, text, _) = await Infrastructure.Soap.PostAsync(host.BaseUrl + Schemas.BackOfficeContract.EndpointPath,
            Infrastructure.Soap.Envelope(body), operation: null);
        Assert.That(status, Is.EqualTo(200), text);
        return System.Xml.Linq.XDocument.Parse(text).Root!;
    }
}
