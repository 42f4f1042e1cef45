using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WebServicesCitoyens.Tests.Web;

/// <summary>
/// axe-core (WCAG 2.1 A and AA rules) in real headless Chromium finds no violation on any page a
/// citizen sees: both forms, a form sent back with errors, the receipt, the tracking page, the
/// submitted request to print (a road incident, and a marriage file with its witnesses and documents) and the
/// message pages; and on the documentation pages webmasters read (the index, and two procedures: the
/// birth certificate, and the marriage file with its repeated group and attachments), and the agents' login
/// page (the back office's other pages are checked while an agent uses them: BackOffice/AgentPagesEndToEndTests).
/// Tests/Accessibility/axe_check.mjs drives the browser.
/// </summary>
public sealed class AccessibilityTests
{
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "wsc-axe-" + Guid.NewGuid().ToString("N")[..8]);

    [OneTimeSetUp]
    public void CreateWorkFolder() => Directory.CreateDirectory(Work);

    [OneTimeTearDown]
    public void RemoveWorkFolder() => Directory.Delete(Work, recursive: true);

    /// <summary>A page obtained by POST, saved with a base address so that its stylesheets load as served.</summary>
    private static async Task<string> PostedPage(string name, Dictionary<string, string> form)
    {
        var url = $"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{Requests.RoadIncident}";
        using var response = await Infrastructure.Soap.Http.PostAsync(url, new FormUrlEncodedContent(form));
        var html = await response.Content.ReadAsStringAsync();
        var file = Path.Combine(Work, name + ".html");
        File.WriteAllText(file, html.Replace("<head>", $"<head><base href=\"{SharedHost.Host.BaseUrl}/\">"));
        return new Uri(file).AbsoluteUri;
    }

    /// <summary>A logged-in citizen's dashboard, with one dossier, saved like the posted pages (the session is a cookie).</summary>
    private static async Task<string> DashboardPage()
    {
        var calls = new Accounts.AccountCalls(SharedHost.Host);
        var (_, session) = await calls.NewCitizenAsync();
        var (number, code) = await Accounts.CitizenDossierTests.SubmitRoadIncidentAsync();
        await calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number), ("TrackingCode", code));
        // The e-safe with a document given to a dossier and one not.
        var card = await Accounts.DocumentSamples.OwnDossierAsync(calls, session, Accounts.DocumentSamples.CardProcedure);
        var given = await Accounts.DocumentSamples.UploadedAsync(calls, session, "justificatif.pdf", Accounts.DocumentSamples.Pdf());
        await Accounts.DocumentSamples.UploadedAsync(calls, session, "photo.png", Accounts.DocumentSamples.Png());
        await calls.SucceedAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", card),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", given));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{SharedHost.Host.BaseUrl}/compte/tableau-de-bord");
        request.Headers.Add("Cookie", "wsc_session=" + session);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain(number).And.Contain("justificatif.pdf"));
        var file = Path.Combine(Work, "dashboard.html");
        File.WriteAllText(file, html.Replace("<head>", $"<head><base href=\"{SharedHost.Host.BaseUrl}/\">"));
        return new Uri(file).AbsoluteUri;
    }

    private static Dictionary<string, string> Incident(string description) => new()
    {
        ["clientRequestId"] = Requests.NewId("axe"), ["categorie"] = "DEPOT_SAUVAGE", ["niveauGene"] = "IMPORTANTE",
        ["description"] = description, ["lieu.adresse"] = "rue de la République", ["declarant.courriel"] = "x@example.org",
    };

    [Test]
    public async Task Every_page_a_citizen_or_a_webmaster_sees_has_no_axe_violation()
    {
        var receipt = await PostedPage("receipt", Incident("Des gravats sont déposés sur le trottoir."));
        var refused = await PostedPage("refused", Incident(""));
        var trackingUrl = WebUtility.HtmlDecode(Regex.Match(File.ReadAllText(new Uri(receipt).LocalPath), "href=\"([^\"]*/suivi\\?[^\"]+)\"").Groups[1].Value);
        var (marriage, marriageCode) = await Requests.SubmitAsync("etat-civil.dossier-mariage", Definitions.Sample("etat-civil.dossier-mariage"));
        string[] pages =
        [
            $"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{Requests.BirthCertificate}",
            $"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{Requests.RoadIncident}",
            receipt, refused, trackingUrl,
            $"{SharedHost.Host.BaseUrl}/suivi",
            $"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/etat-civil.inexistante",
            $"{SharedHost.Host.BaseUrl}/docs",
            $"{SharedHost.Host.BaseUrl}/docs/{Requests.BirthCertificate}",
            $"{SharedHost.Host.BaseUrl}/docs/etat-civil.dossier-mariage",
            $"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}",
            $"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/etat-civil.dossier-mariage",
            $"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/vie-culturelle.reservation-salle-associative",
            $"{SharedHost.Host.BaseUrl}/compte",
            $"{SharedHost.Host.BaseUrl}/compte/mot-de-passe-oublie",
            await DashboardPage(),
            trackingUrl.Replace("/suivi?", "/suivi/demande?"),
            $"{SharedHost.Host.BaseUrl}/suivi/demande?dossier={marriage}&code={marriageCode}",
            // The agents' login page; their other pages are checked logged in, in BackOffice/AgentPagesEndToEndTests.
            $"{SharedHost.Host.BaseUrl}/gestion/connexion",
        ];
        Assert.That(trackingUrl, Does.Contain("/suivi?dossier="));

        var output = Tool.Succeed("node", [Repository.PathOf("Tests", "Accessibility", "axe_check.mjs"), .. pages]);

        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(results, Has.Count.EqualTo(pages.Length));
        Assert.That(File.ReadAllText(new Uri(refused).LocalPath), Does.Contain("role=\"alert\""), "the refused form is the error page");
        foreach (var page in results)
            Assert.That(page.GetProperty("violations").GetArrayLength(), Is.Zero,
                $"{page.GetProperty("url").GetString()}: {page.GetProperty("violations")}");
    }
}
