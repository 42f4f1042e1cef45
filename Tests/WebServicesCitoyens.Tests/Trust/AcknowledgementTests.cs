using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Trust;
using static WebServicesCitoyens.Tests.Trust.AcknowledgementWorld;

namespace WebServicesCitoyens.Tests.Trust;

/// <summary>
/// The acknowledgement of receipt signed by the platform: every submission's receipt carries it; it
/// verifies with the published certificate only — in .NET, with xmlsec1, with verify-receipt and on
/// /signature/verifier — and every forgery (a changed value, signature wrapping, a moved or duplicated
/// signature, a foreign key with or without its KeyInfo, a reference to an id, a DOCTYPE) is refused by
/// the command and the page alike; a retried submission gets the very same bytes.
/// </summary>
public sealed class AcknowledgementTests
{
    private string _folder = "";
    private XElement _receipt = null!;
    private string _requestId = "";
    private byte[] _acknowledgement = [];
    private string _der = "", _pem = "";
    private X509Certificate2 _published = null!;

    [OneTimeSetUp]
    public async Task SubmitOnce()
    {
        _folder = Directory.CreateTempSubdirectory("wsc-accuse-").FullName;
        _requestId = Requests.NewId("accuse");
        _receipt = await SubmitAsync(_requestId);
        _acknowledgement = AcknowledgementOf(_receipt);
        (_der, _pem, _published) = await PublishedCertificateAsync(_folder);
    }

    [OneTimeTearDown]
    public void Clean()
    {
        _published?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Number => _receipt.Element(Infrastructure.Soap.Tns + "DossierNumber")!.Value;

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Test]
    public void A_submissions_acknowledgement_states_the_dossier_as_stored_and_follows_the_published_schema()
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(_acknowledgement));
        var root = document.Root!;
        var stored = SharedHost.Host.Rows("SELECT request_hash, submitted_at, tracking_code FROM dossiers WHERE number = @n", ("@n", Number));
        Assert.That(root.Name, Is.EqualTo(Ar + "AccuseReception"));
        Assert.That(root.Element(Ar + "NumeroDossier")!.Value, Is.EqualTo(Number));
        Assert.That(root.Element(Ar + "Demarche")!.Element(Ar + "Code")!.Value, Is.EqualTo(Requests.BirthCertificate));
        Assert.That(root.Element(Ar + "Commune")!.Element(Ar + "Code")!.Value, Is.EqualTo(Requests.Commune));
        Assert.That(root.Element(Ar + "Commune")!.Element(Ar + "Nom")!.Value, Is.EqualTo("Orléans"));
        Assert.That(stored, Does.Contain(root.Element(Ar + "EmpreinteDemande")!.Value).And.Contain(root.Element(Ar + "DeposeLe")!.Value));
        Assert.That(root.Element(Ar + "DeposeLe")!.Value, Does.EndWith("Z"));
        Assert.That(root.Element(Ar + "AdresseSuivi")!.Value, Is.EqualTo(_receipt.Element(Infrastructure.Soap.Tns + "TrackingUrl")!.Value));
        Assert.That(root.Element(Ar + "AdressePlateforme")!.Value, Is.EqualTo(SharedHost.Host.BaseUrl));
        Assert.That(root.Elements().Last().Name, Is.EqualTo(XName.Get("Signature", SignedXml.XmlDsigNamespaceUrl)));

        var schemas = new XmlSchemaSet();
        schemas.Add(null, Repository.PathOf("Xsl", "accuse-reception.xsd"));
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void A_submissions_acknowledgement_verifies_with_the_published_certificate_in_dotnet_with_the_command_and_with_xmlsec1()
    {
        var check = AcknowledgementVerifier.Verify(_acknowledgement, _published);
        Assert.That(check.IsValid, Is.True, check.Message);
        Assert.That(check.DossierNumber, Is.EqualTo(Number));
        Assert.That(check.Message, Does.StartWith($"Accusé de réception valide : dossier {Number}, déposé le "));

        var file = Write("accuse.xml", _acknowledgement);
        foreach (var certificate in new[] { _der, _pem })
        {
            var (code, output) = Command(file, certificate);
            Assert.That((code, output.Trim()), Is.EqualTo((0, check.Message)));
        }
        var (xmlsec, said, error) = Tool.Run("xmlsec1", ["--verify", "--pubkey-cert-pem", _pem, "--enabled-reference-uris", "empty", file]);
        Assert.That(xmlsec, Is.EqualTo(0), said + error);
        Assert.That(said + error, Does.Contain("OK"));
    }

    [Test]
    public async Task A_retried_submission_with_the_same_client_request_id_returns_the_same_acknowledgement_also_from_the_tracking_address()
    {
        var retried = await SubmitAsync(_requestId);

        Assert.That(retried.Element(Infrastructure.Soap.Tns + "DossierNumber")!.Value, Is.EqualTo(Number));
        Assert.That(AcknowledgementOf(retried), Is.EqualTo(_acknowledgement));
        var code = _receipt.Element(Infrastructure.Soap.Tns + "TrackingCode")!.Value;
        Assert.That(await GetBytesAsync($"/suivi/accuse.xml?dossier={Number}&code={code}"), Is.EqualTo(_acknowledgement));
        using var http = new HttpClient();
        var wrong = await http.GetAsync($"{SharedHost.Host.BaseUrl}/suivi/accuse.xml?dossier={Number}&code=AAAA-BBBB");
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var tracking = await http.GetStringAsync($"{SharedHost.Host.BaseUrl}/suivi?dossier={Number}&code={code}");
        Assert.That(tracking, Does.Contain($"href=\"/suivi/accuse.xml?dossier={Number}&amp;code={code}\""));
    }

    [Test]
    public async Task The_verification_page_says_valid_for_the_acknowledgement_and_refuses_a_post_from_another_site_or_too_large()
    {
        using var http = new HttpClient();
        var page = await http.GetStringAsync(SharedHost.Host.BaseUrl + "/signature/verifier");
        Assert.That(page, Does.Contain("enctype=\"multipart/form-data\"").And.Contain("href=\"/signature/certificat-plateforme.cer\""));

        var (status, html) = await UploadAsync(_acknowledgement);
        Assert.That(status, Is.EqualTo(200));
        Assert.That(html, Does.Contain($"Accusé de réception valide : dossier {Number}"));

        var (foreign, _) = await UploadAsync(_acknowledgement, origin: "https://ailleurs.example");
        Assert.That(foreign, Is.EqualTo(403));
        var (large, tooLarge) = await UploadAsync(new byte[AcknowledgementVerifier.MaxBytes + 1]);
        Assert.That((large, tooLarge.Contains("64 Kio")), Is.EqualTo((413, true)));
    }

    [Test]
    public async Task The_web_forms_receipt_offers_the_acknowledgement_to_download_and_it_verifies()
    {
        using var http = new HttpClient();
        var form = new Dictionary<string, string>
        {
            ["clientRequestId"] = Requests.NewId("accuse-web"), ["categorie"] = "DEPOT_SAUVAGE", ["niveauGene"] = "IMPORTANTE",
            ["description"] = "Des gravats sont déposés sur le trottoir.", ["lieu.adresse"] = "rue de la République", ["declarant.courriel"] = "x@example.org",
        };
        using var response = await http.PostAsync($"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{Requests.RoadIncident}", new FormUrlEncodedContent(form));
        var html = await response.Content.ReadAsStringAsync();
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"data:application/xml;base64,([A-Za-z0-9+/=]+)\" download=\"accuse-reception-([A-Z0-9-]+)\\.xml\"");

        Assert.That(link.Success, Is.True, html);
        var check = AcknowledgementVerifier.Verify(Convert.FromBase64String(link.Groups[1].Value), _published);
        Assert.That((check.IsValid, check.DossierNumber), Is.EqualTo((true, link.Groups[2].Value)), check.Message);
    }

    [Test]
    public async Task A_request_filed_on_behalf_of_a_citizen_gets_its_acknowledgement_in_the_filing_receipt()
    {
        var token = await BackOffice.BackOfficeCalls.TokenOfAsync(BackOffice.BackOfficeCalls.EtatCivil);
        var receipt = await BackOffice.BackOfficeCalls.SucceedAsync("FileOnBehalf", BackOffice.BackOfficeCalls.Session(token),
            BackOffice.BackOfficeCalls.E("ProcedureCode", Requests.BirthCertificate), BackOffice.BackOfficeCalls.E("Channel", "Counter"),
            BackOffice.BackOfficeCalls.E("Request", Requests.BirthCertificateRequest().Elements()));

        var number = receipt.Element(BackOffice.BackOfficeCalls.B + "DossierNumber")!.Value;
        var check = AcknowledgementVerifier.Verify(Convert.FromBase64String(receipt.Element(BackOffice.BackOfficeCalls.B + "Acknowledgement")!.Value), _published);
        Assert.That((check.IsValid, check.DossierNumber), Is.EqualTo((true, number)), check.Message);
    }

    [Test]
    public async Task The_verification_page_and_its_verdicts_have_no_axe_violation()
    {
        var (_, valid) = await UploadAsync(_acknowledgement);
        var (_, refused) = await UploadAsync(Forge("une valeur modifiée"));
        string[] pages = [SharedHost.Host.BaseUrl + "/signature/verifier", Saved("valide", valid), Saved("refuse", refused)];

        var output = Tool.Succeed("node", [Repository.PathOf("Tests", "Accessibility", "axe_check.mjs"), .. pages]);

        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(results, Has.Count.EqualTo(pages.Length));
        foreach (var page in results)
            Assert.That(page.GetProperty("violations").GetArrayLength(), Is.Zero, $"{page.GetProperty("url").GetString()}: {page.GetProperty("violations")}");
    }

    /// <summary>A page saved with a base address so that its stylesheets load as served.</summary>
    private string Saved(string name, string html)
    {
        var file = Write(name + ".html", Encoding.UTF8.GetBytes(html.Replace("<head>", $"<head><base href=\"{SharedHost.Host.BaseUrl}/\">")));
        return new Uri(file).AbsoluteUri;
    }

    [TestCase("une valeur modifiée", "ne correspond pas au certificat")]
    [TestCase("l'empreinte modifiée", "ne correspond pas au certificat")]
    [TestCase("un second numéro de dossier", "ne correspond pas au certificat")]
    [TestCase("la racine signée enveloppée dans une fausse racine", "pas directement sous")]
    [TestCase("la racine signée enveloppée dans un autre document", "pas un accusé de réception")]
    [TestCase("la signature déplacée", "pas directement sous")]
    [TestCase("la signature dupliquée", "2 signatures")]
    [TestCase("une clé étrangère avec son KeyInfo", "ne correspond pas au certificat")]
    [TestCase("une clé étrangère sans KeyInfo", "ne correspond pas au certificat")]
    [TestCase("une référence à un identifiant", "document entier")]
    [TestCase("un DOCTYPE", "DOCTYPE")]
    public async Task A_forged_acknowledgement_is_refused_by_the_verifier_the_command_and_the_page(string forgery, string reason)
    {
        var forged = Forge(forgery);

        var check = AcknowledgementVerifier.Verify(forged, _published);
        Assert.That(check.IsValid, Is.False);
        Assert.That(check.Message, Does.StartWith("Accusé de réception non valide : ").And.Contain(reason));
        var (code, output) = Command(Write("falsifie.xml", forged), _der);
        Assert.That((code, output.Trim()), Is.EqualTo((1, check.Message)));
        var (status, html) = await UploadAsync(forged);
        Assert.That(status, Is.EqualTo(422));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain(check.Message));
    }

    [Test]
    public void A_foreign_signature_is_well_formed_so_that_only_its_key_makes_it_refused()
    {
        using var foreign = ForeignCertificate();
        var forged = SignedBy(Unsigned(_acknowledgement, "ZZZ-ZZZ-ZZZ"), foreign, withKeyInfo: true);

        Assert.That(AcknowledgementVerifier.Verify(forged, foreign).IsValid, Is.True);
        Assert.That(AcknowledgementVerifier.Verify(forged, _published).IsValid, Is.False);
    }

    private byte[] Forge(string forgery)
    {
        var document = Load(_acknowledgement);
        var root = document.DocumentElement!;
        var signature = (XmlElement)document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl)[0]!;
        switch (forgery)
        {
            case "une valeur modifiée":
                Element(document, "NumeroDossier").InnerText = "ZZZ-ZZZ-ZZZ";
                return Bytes(document);
            case "l'empreinte modifiée":
                Element(document, "EmpreinteDemande").InnerText = new string('0', 64);
                return Bytes(document);
            case "un second numéro de dossier":
                var second = (XmlElement)Element(document, "NumeroDossier").CloneNode(true);
                second.InnerText = "ZZZ-ZZZ-ZZZ";
                root.InsertBefore(second, root.FirstChild);
                return Bytes(document);
            case "la racine signée enveloppée dans une fausse racine":
            {
                var outer = Unsigned(_acknowledgement, "ZZZ-ZZZ-ZZZ");
                outer.DocumentElement!.AppendChild(outer.ImportNode(root, true));
                return Bytes(outer);
            }
            case "la racine signée enveloppée dans un autre document":
            {
                var outer = new XmlDocument { PreserveWhitespace = true };
                outer.AppendChild(outer.CreateElement("Enveloppe")).AppendChild(outer.ImportNode(root, true));
                return Bytes(outer);
            }
            case "la signature déplacée":
                Element(document, "Demarche").AppendChild(root.RemoveChild(signature));
                return Bytes(document);
            case "la signature dupliquée":
                root.AppendChild(signature.CloneNode(true));
                return Bytes(document);
            case "une clé étrangère avec son KeyInfo":
            case "une clé étrangère sans KeyInfo":
            {
                using var foreign = ForeignCertificate();
                return SignedBy(Unsigned(_acknowledgement, "ZZZ-ZZZ-ZZZ"), foreign, withKeyInfo: forgery.Contains("avec"));
            }
            case "une référence à un identifiant":
            {
                using var foreign = ForeignCertificate();
                var unsigned = Unsigned(_acknowledgement);
                unsigned.DocumentElement!.SetAttribute("Id", "accuse");
                return SignedBy(unsigned, foreign, withKeyInfo: false, referenceUri: "#accuse");
            }
            case "un DOCTYPE":
                var text = Encoding.UTF8.GetString(_acknowledgement);
                var at = text.IndexOf("<AccuseReception", StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(text[..at] + "<!DOCTYPE AccuseReception [<!ENTITY x \"x\">]>" + text[at..]);
            default:
                throw new ArgumentException(forgery);
        }
    }
}
