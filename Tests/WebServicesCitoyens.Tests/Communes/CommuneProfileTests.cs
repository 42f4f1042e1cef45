using System.Net;
using System.Xml.Linq;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Communes;

/// <summary>
/// A commune's profile and offers decide what citizens reach: a Redirect commune sends them to its
/// own site, a procedure in Test opens only with the preview key and files test dossiers, a
/// civil-status act goes to the commune holding the register, and the header text shows on pages.
/// The communes are written into the running host's store, as the administration service will.
/// </summary>
public sealed class CommuneProfileTests
{
    private const string Tours = "37261";            // Redirect
    private const string Blois = "41018";            // BackOffice, road incidents in Test
    private const string BirthPlace = "45147";       // Fleury-les-Aubrais: holds a birth register, BackOffice
    private const string BloisKey = "cle-apercu-blois-test";
    private const string ToursIncidentPage = "https://www.tours.fr/signaler";

    private static readonly HttpClient NoRedirect = new(new HttpClientHandler { AllowAutoRedirect = false });

    [OneTimeSetUp]
    public async Task Configure_the_communes()
    {
        var store = new CommuneStore(SharedHost.Host.Store);
        await store.SaveAsync(Commune(Tours, "Tours", CommuneProfile.Redirect));
        await store.OfferAsync(Tours, Requests.RoadIncident, OfferState.Online, ToursIncidentPage);
        await store.SaveAsync(Commune(Blois, "Blois", CommuneProfile.BackOffice) with { HeaderText = "Mairie de Blois – accueil du lundi au samedi" });
        await store.OfferAsync(Blois, Requests.RoadIncident, OfferState.Test);
        await store.OfferAsync(Blois, Requests.BirthCertificate, OfferState.Online);
        await store.SetPreviewKeyAsync(Blois, BloisKey);
        await store.SaveAsync(Commune(BirthPlace, "Fleury-les-Aubrais", CommuneProfile.HostedForms));
        await store.OfferAsync(BirthPlace, Requests.BirthCertificate, OfferState.Online);
    }

    private static Commune Commune(string code, string name, CommuneProfile profile) =>
        new(code, name, profile, "#123456", "#654321", null, $"https://www.example.org/{code}", "Europe/Paris");

    private static string Page(string commune, string procedure, string query = "") =>
        $"{SharedHost.Host.BaseUrl}/communes/{commune}/{procedure}{query}";

    private static Task<(int Status, string Body, TimeSpan Elapsed)> Submit(string commune, XElement request, string procedure, string? previewKey = null)
    {
        var body = XElement.Parse(Requests.SubmitBody(Requests.NewId("profile"), request, commune));
        if (previewKey is not null) body.Add(new XElement(S.Tns + "PreviewKey", previewKey));
        return S.PostAsync(SharedHost.Host.ServiceUrl(procedure), S.Envelope(body.ToString(SaveOptions.DisableFormatting)), "Submit");
    }

    [Test]
    public async Task A_redirect_commune_sends_citizens_to_its_own_page_and_its_service_takes_no_dossier()
    {
        using var response = await NoRedirect.GetAsync(Page(Tours, Requests.RoadIncident));
        var before = SharedHost.Host.CountDossiers();
        var (status, body, _) = await Submit(Tours, Requests.RoadIncidentRequest(), Requests.RoadIncident);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(ToursIncidentPage));
        Assert.That(status, Is.EqualTo(500));
        Assert.That(S.FaultFields(body), Does.Contain("CommuneCode"));
        Assert.That(S.FaultString(body), Does.Contain("propre site").And.Contain(ToursIncidentPage));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_procedure_in_test_is_hidden_without_the_preview_key()
    {
        using var page = await NoRedirect.GetAsync(Page(Blois, Requests.RoadIncident));
        using var wrongKey = await NoRedirect.GetAsync(Page(Blois, Requests.RoadIncident, "?apercu=mauvaise-cle"));
        var before = SharedHost.Host.CountDossiers();
        var (status, body, _) = await Submit(Blois, Requests.RoadIncidentRequest(), Requests.RoadIncident, "mauvaise-cle");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(wrongKey.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(status, Is.EqualTo(500));
        Assert.That(S.FaultFields(body), Does.Contain("CommuneCode"));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task With_the_preview_key_a_procedure_in_test_takes_dossiers_marked_as_tests()
    {
        var (status, body, _) = await Submit(Blois, Requests.RoadIncidentRequest(), Requests.RoadIncident, BloisKey);

        Assert.That(status, Is.EqualTo(200), body);
        var receipt = XDocument.Parse(body).Descendants(S.Tns + "SubmitResult").Single();
        Assert.That(receipt.Element(S.Tns + "IsTest")!.Value, Is.EqualTo("true"));
        var number = receipt.Element(S.Tns + "DossierNumber")!.Value;
        Assert.That(SharedHost.Host.Scalar("SELECT is_test FROM dossiers WHERE number = @n", ("@n", number)), Is.EqualTo(1));

        using var tracking = await NoRedirect.GetAsync(receipt.Element(S.Tns + "TrackingUrl")!.Value.Replace(
            new Uri(receipt.Element(S.Tns + "TrackingUrl")!.Value).GetLeftPart(UriPartial.Authority), SharedHost.Host.BaseUrl));
        Assert.That(WebUtility.HtmlDecode(await tracking.Content.ReadAsStringAsync()), Does.Contain("Dossier de test"));
    }

    [Test]
    public async Task The_form_page_opened_with_the_preview_key_posts_back_with_it_and_files_a_test_dossier()
    {
        using var page = await NoRedirect.GetAsync(Page(Blois, Requests.RoadIncident, "?apercu=" + BloisKey));
        var html = await page.Content.ReadAsStringAsync();
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain($"action=\"/communes/{Blois}/{Requests.RoadIncident}?apercu={BloisKey}\""));

        using var posted = await NoRedirect.PostAsync(Page(Blois, Requests.RoadIncident, "?apercu=" + BloisKey), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["categorie"] = "ECLAIRAGE_PUBLIC", ["niveauGene"] = "FAIBLE", ["description"] = "Lampadaire éteint",
                ["lieu.adresse"] = "rue Denis Papin",
            }));
        var receipt = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.OK), receipt);
        Assert.That(receipt, Does.Contain("Dossier de test"));
    }

    [Test]
    public async Task A_birth_certificate_asked_from_one_commune_goes_to_the_commune_of_birth()
    {
        var request = Requests.BirthCertificateRequest();
        request.Descendants().Single(e => e.Name.LocalName == "communeNaissance").Value = BirthPlace;

        var (status, body, _) = await Submit(Blois, request, Requests.BirthCertificate);

        Assert.That(status, Is.EqualTo(200), body);
        var receipt = XDocument.Parse(body).Descendants(S.Tns + "SubmitResult").Single();
        Assert.That(receipt.Element(S.Tns + "Commune")!.Element(S.Tns + "Code")!.Value, Is.EqualTo(BirthPlace));
        var number = receipt.Element(S.Tns + "DossierNumber")!.Value;
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossiers WHERE number = @n AND commune_code = @c AND origin_commune_code = @o",
            ("@n", number), ("@c", BirthPlace), ("@o", Blois)), Is.EqualTo(1));
    }

    [Test]
    public async Task A_birth_certificate_for_a_commune_of_birth_that_does_not_offer_it_is_refused_naming_the_birth_commune()
    {
        var request = Requests.BirthCertificateRequest();
        request.Descendants().Single(e => e.Name.LocalName == "communeNaissance").Value = Tours;
        var before = SharedHost.Host.CountDossiers();

        var (status, body, _) = await Submit(Blois, request, Requests.BirthCertificate);

        Assert.That(status, Is.EqualTo(500));
        Assert.That(S.FaultFields(body), Does.Contain("titulaire.communeNaissance"));
        Assert.That(S.FaultString(body), Does.Contain("Tours"));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_commune_header_text_is_shown_on_its_pages_and_in_the_form_description()
    {
        using var page = await NoRedirect.GetAsync(Page(Blois, Requests.BirthCertificate));
        var (_, body, _) = await S.PostAsync(SharedHost.Host.ServiceUrl(Requests.BirthCertificate),
            S.Envelope($"<GetForm xmlns=\"{S.Ns}\"><CommuneCode>{Blois}</CommuneCode></GetForm>"), "GetForm");

        Assert.That(WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), Does.Contain("Mairie de Blois – accueil du lundi au samedi"));
        Assert.That(XDocument.Parse(body).Descendants(S.Tns + "HeaderText").Single().Value, Is.EqualTo("Mairie de Blois – accueil du lundi au samedi"));
    }
}
