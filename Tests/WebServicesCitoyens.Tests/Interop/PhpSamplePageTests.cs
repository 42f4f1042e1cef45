using System.Net;
using System.Text.RegularExpressions;

namespace WebServicesCitoyens.Tests.Interop;

/// <summary>
/// Samples/php/demande-acte-naissance.php, served by PHP's own web server exactly as a commune site
/// would serve it, embeds the form through SoapClient + XSLTProcessor and files a dossier.
/// </summary>
public sealed class PhpSamplePageTests
{
    private PhpServer? _php;
    private string _pageUrl = "";

    [OneTimeSetUp]
    public void StartPhpServer()
    {
        _php = new PhpServer(Repository.PathOf("Samples", "php"), new Dictionary<string, string> { ["WSC_URL"] = SharedHost.Host.BaseUrl });
        _pageUrl = $"{_php.Url}/demande-acte-naissance.php";
    }

    [OneTimeTearDown]
    public void StopPhpServer() => _php?.Dispose();

    [Test]
    public async Task The_commune_page_embeds_the_form_rendered_from_the_soap_response()
    {
        var html = await Infrastructure.Soap.Http.GetStringAsync(_pageUrl);

        Assert.That(html, Does.Contain("class=\"wsc").And.Contain("name=\"titulaire.nomNaissance\""));
        Assert.That(html, Does.Contain("--wsc-primary: #1b4f72"));
    }

    [Test]
    public async Task Posting_the_commune_page_files_a_dossier_and_shows_the_receipt()
    {
        var before = SharedHost.Host.CountDossiers();
        var form = new Dictionary<string, string>
        {
            ["clientRequestId"] = Requests.NewId("php-page"),
            ["typeDocument"] = "EXTRAIT_SANS_FILIATION", ["nombreExemplaires"] = "1",
            ["titulaire.nomNaissance"] = "Garnier", ["titulaire.prenoms"] = "Paul", ["titulaire.dateNaissance"] = "1970-12-24",
            ["titulaire.communeNaissance"] = Requests.Commune,
            ["demandeur.nom"] = "Garnier", ["demandeur.prenom"] = "Paul", ["demandeur.adresse.voie"] = "quai du Châtelet",
            ["demandeur.adresse.codePostal"] = "45000", ["demandeur.adresse.commune"] = "Orléans", ["demandeur.courriel"] = "",
        };

        using var response = await Infrastructure.Soap.Http.PostAsync(_pageUrl, new FormUrlEncodedContent(form));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var number = Regex.Match(html, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value;
        Assert.That(number, Is.Not.Empty, html);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossiers WHERE number = @n AND channel = 'Soap'", ("@n", number)), Is.EqualTo(1));
    }
}
