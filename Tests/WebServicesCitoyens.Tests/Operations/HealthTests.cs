using System.Net;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Operations;

/// <summary>
/// The probes: /health/live answers as long as the process does; /health/ready (and /health) only when the
/// store answers a real query, holds every migration of this build and the catalogue is loaded — otherwise
/// 503 with the failed check's name and short reason, and nothing else (no version, no path, no error text).
/// </summary>
public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HostProcess host, string path)
    {
        using var response = await S.Http.GetAsync(host.BaseUrl + path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static void Execute(HostProcess host, string sql) => host.Execute(sql);

    [TestCase("/health/live", "en vie\n")]
    [TestCase("/health/ready", "prêt\n")]
    [TestCase("/health", "prêt\n")]
    public async Task A_running_host_answers_its_probes_with_200_and_one_word(string path, string expected)
    {
        var (status, body) = await GetAsync(SharedHost.Host, path);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Is.EqualTo(expected));
    }

    [Test]
    public async Task A_store_missing_a_migration_of_this_build_makes_the_host_unready_but_alive_until_it_is_back()
    {
        using var host = HostProcess.Start();
        var journal = host.Rows("SELECT * FROM schemaversions WHERE scriptname LIKE '%0018_%'");
        Assert.That(journal, Is.Not.Empty, "the journal names the scripts as the check expects");
        Execute(host, "DELETE FROM schemaversions WHERE scriptname LIKE '%0018_%'");

        Assert.That(await GetAsync(host, "/health/ready"), Is.EqualTo((HttpStatusCode.ServiceUnavailable, "store: migrations non appliquées\n")));
        Assert.That(await GetAsync(host, "/health"), Is.EqualTo((HttpStatusCode.ServiceUnavailable, "store: migrations non appliquées\n")));
        Assert.That((await GetAsync(host, "/health/live")).Status, Is.EqualTo(HttpStatusCode.OK));

        Execute(host, "INSERT INTO schemaversions (scriptname, applied) SELECT 'WebServicesCitoyens.Storage.Migrations.0018_queue_depth_index.sql', '2026-11-24 00:00:00'");
        Assert.That((await GetAsync(host, "/health/ready")).Status, Is.EqualTo(HttpStatusCode.OK), "readiness is checked at each probe");
    }

    [Test]
    public async Task A_store_that_no_longer_answers_the_check_query_makes_the_host_unready_and_the_reason_stays_short()
    {
        using var host = HostProcess.Start();
        Execute(host, "ALTER TABLE schemaversions RENAME TO schemaversions_lost");

        var (status, body) = await GetAsync(host, "/health/ready");

        Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(body, Is.EqualTo("store: entrepôt injoignable ou illisible\n"), "the error's text goes to the log, not to the probe");
        Assert.That((await GetAsync(host, "/health/live")).Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(host.Output, Does.Contain("Readiness: the store does not answer"));
    }
}
