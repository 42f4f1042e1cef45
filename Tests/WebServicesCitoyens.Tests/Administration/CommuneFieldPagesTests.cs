using System.Net;
using System.Text.RegularExpressions;
using WebServicesCitoyens.Tests.Web;
using static WebServicesCitoyens.Tests.Administration.AdministrationCalls;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// A field a commune adds inside a group of the national form (the road incident's « Quartier », in
/// « Lieu de l'incident ») reaches the dossier from every page built on the contract: the hosted form,
/// the PHP sample page of Samples/php and the PHP snippet of the documentation page, both of which read
/// GetForm's CommuneField and send the answer in complementsCommune. On a host of its own: the version
/// is put online.
/// </summary>
[NonParallelizable]
public sealed class CommuneFieldPagesTests
{
    private const string Code = Requests.RoadIncident;
    private HostProcess _host = null!;
    private string _site = "";

    [OneTimeSetUp]
    public async Task Put_a_version_with_a_field_of_the_commune_online()
    {
        _host = HostProcess.Start();
        _site = Path.Combine(Path.GetTempPath(), "wsc-commune-field-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_site);
        var calls = new AdministrationCalls(_host);
        var admin = await calls.LoginAsync(Administrator);
        await calls.SucceedOnProcedureAsync(admin, Code, "AddField", ("GroupPath", "lieu"), ("After", "adresse"), ("Name", "quartier"),
            ("Label", "Quartier"), ("Type", "enum"), ("Required", true), ("Options", Options(("NORD", "Nord"), ("SUD", "Sud"))));
        await calls.SucceedOnProcedureAsync(admin, Code, "PublishTest");
        await calls.SucceedOnProcedureAsync(admin, Code, "PublishOnline");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _host.Dispose();
        Directory.Delete(_site, recursive: true);
    }

    private static Dictionary<string, string> Filled(string quartier)
    {
        var values = Definitions.FormValues(Definitions.Get(Code), Requests.RoadIncidentRequest());
        values["clientRequestId"] = Requests.NewId("quartier");
        values["lieu.quartier"] = quartier;
        return values;
    }

    /// <summary>Shows the page, posts it filled, and returns the receipt's dossier number after checking the answer was stored.</summary>
    private async Task AssertFilesTheAnswerAsync(string page)
    {
        var form = await Infrastructure.Soap.Http.GetStringAsync(page);
        Assert.That(form, Does.Contain("name=\"lieu.quartier\""));
        var before = _host.CountDossiers();
        using var response = await Infrastructure.Soap.Http.PostAsync(page, new FormUrlEncodedContent(Filled("SUD")));
        var receipt = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var number = Regex.Match(receipt, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value;
        Assert.That(number, Is.Not.Empty, receipt);
        Assert.That(_host.CountDossiers(), Is.EqualTo(before + 1));
        Assert.That(_host.Text("SELECT request_xml FROM dossiers WHERE number = @n", ("@n", number)),
            Does.EndWith("<complementsCommune><complement code=\"quartier\">SUD</complement></complementsCommune></SignalementIncidentVoirie>"));
    }

    [Test]
    public async Task The_hosted_form_shows_the_field_in_its_group_and_refuses_it_unanswered()
    {
        var page = $"{_host.BaseUrl}/communes/{Commune}/{Code}";
        var html = await Infrastructure.Soap.Http.GetStringAsync(page);
        Assert.That(html.IndexOf("id=\"f-lieu-quartier\"", StringComparison.Ordinal),
            Is.GreaterThan(html.IndexOf("id=\"f-lieu-adresse\"", StringComparison.Ordinal)).And.LessThan(html.IndexOf("id=\"f-lieu-precision\"", StringComparison.Ordinal)));

        using var response = await Infrastructure.Soap.Http.PostAsync(page, new FormUrlEncodedContent(Filled("")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("id=\"f-lieu-quartier-erreur\""));

        await AssertFilesTheAnswerAsync(page);
    }

    [Test]
    public async Task The_php_sample_page_sends_the_answer_as_a_complement()
    {
        using var php = new PhpServer(Repository.PathOf("Samples", "php"), new Dictionary<string, string> { ["WSC_URL"] = _host.BaseUrl });
        await AssertFilesTheAnswerAsync($"{php.Url}/demande-acte-naissance.php?demarche={Code}");
    }

    [Test]
    public async Task The_php_snippet_of_the_documentation_page_sends_the_answer_as_a_complement()
    {
        var html = await Infrastructure.Soap.Http.GetStringAsync($"{_host.BaseUrl}/docs/{Code}");
        File.WriteAllText(Path.Combine(_site, "signalement.php"), DocPage.Block(html, "wsc-doc-code wsc-doc-php"));
        using var php = new PhpServer(_site);
        await AssertFilesTheAnswerAsync($"{php.Url}/signalement.php");
    }
}
