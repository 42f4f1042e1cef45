using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Tests.BackOffice;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.Storage;

/// <summary>
/// Two host processes on one PostgreSQL database, requests mixed across them, as behind a load balancer:
/// nothing one host keeps is needed by the other (sessions, idempotency, the outbox, the schema's migrations).
/// Runs in the PostgreSQL pass of the suite (SQLite is one machine's store).
/// </summary>
public sealed class TwoHostsTests
{
    private SmtpSink _smtp = null!;
    private HostProcess _first = null!;
    private HostProcess _second = null!;

    [OneTimeSetUp]
    public void StartTwoHosts()
    {
        if (!StoreUnderTest.IsPostgreSql) Assert.Ignore("Hosts share a store on PostgreSQL: this runs in the suite's PostgreSQL pass.");
        _smtp = SmtpSink.Start();
        (_first, _second) = HostProcess.StartTogether(2, _smtp.HostSettings()) switch { var h => (h[0], h[1]) };
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _second?.Dispose();
        _first?.Dispose();
        _smtp?.Dispose();
    }

    [Test]
    public async Task A_session_opened_on_one_host_works_on_the_other_and_a_logout_on_the_other_ends_it_on_both()
    {
        var login = await CallOnAsync(_first, "Login", E("Email", EtatCivil), E("Password", Password));
        var token = login.Result!.Element(B + "SessionToken")!.Value;

        Assert.That((await CallOnAsync(_second, "ListDossiers", Session(token))).Succeeded, Is.True, "the second host knows the session");
        Assert.That((await CallOnAsync(_second, "Logout", Session(token))).Succeeded, Is.True);
        Assert.That((await CallOnAsync(_first, "ListDossiers", Session(token))).Succeeded, Is.False, "the first host knows it ended");
    }

    [Test]
    public async Task The_same_request_sent_to_both_hosts_at_once_files_one_dossier_and_both_get_its_receipt()
    {
        var id = Requests.NewId("two-hosts");
        var body = Infrastructure.Soap.Envelope(Requests.SubmitBody(id, Requests.BirthCertificateRequest()));

        var answers = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(i => Infrastructure.Soap.PostAsync((i % 2 == 0 ? _first : _second).ServiceUrl(Requests.BirthCertificate), body, "Submit")));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200), string.Join("\n", answers.Select(a => a.Body)));
        var numbers = answers.Select(a => XDocument.Parse(a.Body).Descendants(Infrastructure.Soap.Tns + "DossierNumber").Single().Value).Distinct().ToList();
        Assert.That(numbers, Has.Count.EqualTo(1));
        Assert.That(_first.Scalar("SELECT COUNT(*) FROM dossiers WHERE client_request_id = @id", ("id", id)), Is.EqualTo(1));
    }

    [Test]
    public async Task Dossiers_filed_on_both_hosts_are_mailed_once_each_though_both_hosts_send_the_outbox()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 12; i++)
            numbers.Add((await Requests.SubmitAsync(i % 2 == 0 ? _first : _second, Requests.RoadIncident, Requests.RoadIncidentRequest())).Number);

        var mails = _smtp.WaitFor("riverain@example.org", numbers.Count);
        Thread.Sleep(2000); // both hosts poll five times a second: a mail sent twice would be here by now
        var mentioned = _smtp.MessagesTo("riverain@example.org")
            .SelectMany(m => numbers.Where(n => (m.TextBody ?? "").Contains(n))).ToList();

        Assert.That(mentioned, Is.EquivalentTo(numbers), "each dossier's receipt mailed exactly once");
        Assert.That(mails, Has.Count.GreaterThanOrEqualTo(numbers.Count));
    }

    [Test]
    public void Hosts_starting_together_on_an_empty_database_migrate_it_once_and_all_serve()
    {
        var hosts = HostProcess.StartTogether(3);
        try
        {
            var scripts = typeof(WebServicesCitoyens.Storage.Migrator).Assembly.GetManifestResourceNames()
                .Count(n => n.Contains(".Storage.Migrations.") && n.EndsWith(".sql"));
            Assert.That(hosts[0].Scalar("SELECT COUNT(*) FROM schemaversions"), Is.EqualTo(scripts), "each script ran once");
            Assert.That(hosts.Select(h => h.IsHealthy()), Is.All.True);
        }
        finally
        {
            foreach (var host in hosts.Reverse()) host.Dispose();
        }
    }
}
