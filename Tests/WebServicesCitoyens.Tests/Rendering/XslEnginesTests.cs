using System.Text.RegularExpressions;
using System.Text.Json;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Rendering;

namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>
/// Every published stylesheet gives the same HTML, after canonicalisation, on the server (.NET
/// XslCompiledTransform), on xsltproc (libxslt, what PHP sites run) and on Saxon-HE, both for the
/// raw SOAP responses a commune site fetches and for the server's own pages; and the form of every
/// procedure of the catalogue does too.
/// </summary>
public sealed partial class XslEnginesTests
{
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "wsc-xsl-" + Guid.NewGuid().ToString("N")[..8]);
    private static readonly XsltRenderer Server = new(Repository.PathOf("Xsl"));

    [OneTimeSetUp]
    public void CreateWorkFolder() => Directory.CreateDirectory(Work);

    [OneTimeTearDown]
    public void RemoveWorkFolder() => Directory.Delete(Work, recursive: true);

    private static async Task<string> SoapResponse(string procedure, string operation, string body) =>
        (await Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(procedure), Infrastructure.Soap.Envelope(body), operation)).Body;

    private static async Task<Dictionary<string, string>> Responses(string procedure)
    {
        var request = procedure == Requests.BirthCertificate ? Requests.BirthCertificateRequest() : Requests.RoadIncidentRequest();
        var receipt = await SoapResponse(procedure, "Submit", Requests.SubmitBody(Requests.NewId("xsl"), request));
        var result = XDocument.Parse(receipt).Descendants(Infrastructure.Soap.Tns + "SubmitResult").Single();
        string Value(string name) => result.Element(Infrastructure.Soap.Tns + name)!.Value;
        return new()
        {
            ["form.xsl"] = await SoapResponse(procedure, "GetForm",
                $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>"),
            ["receipt.xsl"] = receipt,
            ["status.xsl"] = await SoapResponse(procedure, "GetStatus",
                $"<GetStatus xmlns=\"{Infrastructure.Soap.Ns}\"><DossierNumber>{Value("DossierNumber")}</DossierNumber><TrackingCode>{Value("TrackingCode")}</TrackingCode></GetStatus>"),
        };
    }

    private static string Canonical(string html, string name)
    {
        var file = Path.Combine(Work, name + ".html");
        File.WriteAllText(file, html);
        return Tool.Succeed("/usr/bin/python3", Repository.PathOf("Tests", "Interop", "canonical_html.py"), file);
    }

    /// <summary>The three engines' canonical outputs for one stylesheet, input and parameters.</summary>
    private static (string DotNet, string Libxslt, string Saxon) RenderEverywhere(string stylesheet, string xml, Dictionary<string, string> parameters, string name)
    {
        var input = Path.Combine(Work, name + ".xml");
        File.WriteAllText(input, xml);
        var xsl = Repository.PathOf("Xsl", stylesheet);

        var dotnet = Server.Render(stylesheet, XDocument.Parse(xml), parameters);
        var libxslt = Tool.Succeed("xsltproc", [.. parameters.SelectMany(p => new[] { "--stringparam", p.Key, p.Value }), xsl, input]);
        var saxon = Tool.Succeed("java", ["-cp", "/usr/share/java/Saxon-HE.jar", "net.sf.saxon.Transform", $"-s:{input}", $"-xsl:{xsl}",
            .. parameters.Select(p => $"{p.Key}={p.Value}")]);
        return (Canonical(dotnet, name + "-dotnet"), Canonical(libxslt, name + "-libxslt"), Canonical(saxon, name + "-saxon"));
    }

    private static IEnumerable<TestCaseData> Cases() =>
        from procedure in new[] { Requests.BirthCertificate, Requests.RoadIncident }
        from stylesheet in new[] { "form.xsl", "receipt.xsl", "status.xsl" }
        from standalone in new[] { "yes", "no" }
        select new TestCaseData(procedure, stylesheet, standalone);

    [TestCaseSource(nameof(Cases))]
    public async Task A_soap_response_renders_identically_on_dotnet_libxslt_and_saxon(string procedure, string stylesheet, string standalone)
    {
        var xml = (await Responses(procedure))[stylesheet];
        var parameters = new Dictionary<string, string> { ["standalone"] = standalone, ["assets"] = "https://wsc.example/" };

        var (dotnet, libxslt, saxon) = RenderEverywhere(stylesheet, xml, parameters, $"{procedure}-{stylesheet}-{standalone}");

        Assert.That(dotnet, Does.Contain("<"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// A commune's catalogue as the catalogue service returns it (namespace catalogue/v1, header text,
    /// a procedure in Test): catalogue.xsl renders it alike on the three engines, whole or as a fragment.
    /// </summary>
    [TestCase("yes")]
    [TestCase("no")]
    public async Task A_commune_catalogue_response_renders_identically_on_dotnet_libxslt_and_saxon(string standalone)
    {
        var (status, xml, _) = await Infrastructure.Soap.PostAsync(SharedHost.Host.BaseUrl + "/services/Catalogue.svc", Infrastructure.Soap.Envelope(
            $"<GetCommuneCatalogue xmlns=\"{ContractNamespaces.Catalogue}\"><CommuneCode>{Requests.Commune}</CommuneCode>"
            + $"<PreviewKey>apercu-demo-orleans</PreviewKey></GetCommuneCatalogue>"), null);
        Assert.That(status, Is.EqualTo(200), xml);
        var parameters = new Dictionary<string, string> { ["standalone"] = standalone, ["assets"] = "https://wsc.example/" };

        var (dotnet, libxslt, saxon) = RenderEverywhere("catalogue.xsl", xml, parameters, "catalogue-" + standalone);

        Assert.That(dotnet, Does.Contain("Démarches en ligne – Orléans").And.Contain("place de l'Étape").And.Contain("theme-vie-culturelle"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// A citizen's dashboard as the account service returns it (an attached dossier with dated and
    /// undone steps): dashboard.xsl renders it alike on the three engines.
    /// </summary>
    [Test]
    public async Task A_citizen_dashboard_response_renders_identically_on_dotnet_libxslt_and_saxon()
    {
        var calls = new Accounts.AccountCalls(SharedHost.Host);
        var (_, session) = await calls.NewCitizenAsync();
        var (number, code) = await Accounts.CitizenDossierTests.SubmitRoadIncidentAsync();
        await calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number), ("TrackingCode", code));
        var (status, xml, _) = await Infrastructure.Soap.PostAsync(calls.Url, Infrastructure.Soap.Envelope(
            $"<GetDashboard xmlns=\"{ContractNamespaces.Citizen}\"><SessionToken>{session}</SessionToken></GetDashboard>"), null);
        Assert.That(status, Is.EqualTo(200), xml);

        var (dotnet, libxslt, saxon) = RenderEverywhere("dashboard.xsl", xml, new() { ["standalone"] = "yes", ["assets"] = "/" }, "dashboard");

        Assert.That(dotnet, Does.Contain(number).And.Contain("non réalisé").And.Contain("Mes dossiers archivés"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// The dashboard page the host serves to a citizen with documents (one given to a dossier, a name
    /// to escape, sizes in Ko): its page document, made from the GetDashboard and ListDocuments
    /// responses, renders alike on the three engines, and xsltproc's rendering is the page served.
    /// </summary>
    [Test]
    public async Task The_dashboard_page_with_documents_is_what_xsltproc_and_saxon_make_of_its_page_xml()
    {
        var calls = new Accounts.AccountCalls(SharedHost.Host);
        var (_, session) = await calls.NewCitizenAsync();
        var number = await Accounts.DocumentSamples.OwnDossierAsync(calls, session, Accounts.DocumentSamples.CardProcedure);
        var given = await Accounts.DocumentSamples.UploadedAsync(calls, session, "quittance \"mars\" & <avril>.pdf", Accounts.DocumentSamples.Pdf(300_000));
        await Accounts.DocumentSamples.UploadedAsync(calls, session, "photo.png", Accounts.DocumentSamples.Png(1_500_000));
        await calls.SucceedAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", given));
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", "wsc_session=" + session);
        var page = XDocument.Parse(await client.GetStringAsync(SharedHost.Host.BaseUrl + "/compte/tableau-de-bord?format=xml"));
        var served = Canonical(await client.GetStringAsync(SharedHost.Host.BaseUrl + "/compte/tableau-de-bord"), "dashboard-documents-host");

        var (dotnet, libxslt, saxon) = RenderEverywhere("dashboard.xsl", page.ToString(), new() { ["standalone"] = "yes", ["assets"] = "/" }, "dashboard-documents");

        Assert.That(dotnet, Does.Contain("Mes documents").And.Contain($"href=\"/compte/documents/{given}\"").And.Contain("293 Ko").And.Contain("1,4 Mo")
            .And.Contain("Justificatif de domicile").And.Contain("quittance mars &amp; avril.pdf").And.Contain("enctype=\"multipart/form-data\"").And.Contain("/compte/export")
            .And.Contain("Joindre un document de mon espace"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
        Assert.That(libxslt, Is.EqualTo(served), "the served page is what xsltproc makes of its page XML");
    }

    /// <summary>
    /// The dashboard as the commune's processing leaves it (a correction request with its answer form, a
    /// message, a letter, a rejection): its page document renders alike on the three engines and is the
    /// page served; the raw GetDashboard response too, without the form or the download links.
    /// </summary>
    [Test]
    public async Task The_dashboard_page_with_a_correction_request_a_letter_and_a_rejection_is_what_xsltproc_and_saxon_make_of_its_page_xml()
    {
        var calls = new Accounts.AccountCalls(SharedHost.Host);
        var (session, awaiting, withLetter, _) = await Accounts.CommuneAtWork.ProcessedDossiersAsync(calls);
        using var client = Accounts.CommuneAtWork.Browser(session);
        var page = XDocument.Parse(await client.GetStringAsync(SharedHost.Host.BaseUrl + "/compte/tableau-de-bord?format=xml"));
        var served = Canonical(await client.GetStringAsync(SharedHost.Host.BaseUrl + "/compte/tableau-de-bord"), "dashboard-processing-host");
        var (status, response, _) = await Infrastructure.Soap.PostAsync(calls.Url, Infrastructure.Soap.Envelope(
            $"<GetDashboard xmlns=\"{ContractNamespaces.Citizen}\"><SessionToken>{session}</SessionToken></GetDashboard>"), null);
        Assert.That(status, Is.EqualTo(200), response);
        var parameters = new Dictionary<string, string> { ["standalone"] = "yes", ["assets"] = "/" };

        var (dotnet, libxslt, saxon) = RenderEverywhere("dashboard.xsl", page.ToString(), parameters, "dashboard-processing");
        var (rawDotnet, rawLibxslt, rawSaxon) = RenderEverywhere("dashboard.xsl", response, parameters, "dashboard-processing-raw");

        Assert.That(dotnet, Does.Contain("En attente de votre réponse").And.Contain($"action=\"/compte/dossiers/{awaiting.Number}/reponse\"")
            .And.Contain("Demande de complément ou de correction").And.Contain("Message de la mairie").And.Contain("Motif du refus")
            .And.Contain("Lettre d'accompagnement").And.Contain($"href=\"/compte/dossiers/{withLetter.Number}/documents/"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
        Assert.That(libxslt, Is.EqualTo(served), "the served page is what xsltproc makes of its page XML");
        Assert.That(rawDotnet, Does.Contain("La mairie attend votre réponse").And.Contain("Lettre d'accompagnement")
            .And.Not.Contain("/reponse\"").And.Not.Contain("/documents/"));
        Assert.That(rawLibxslt, Is.EqualTo(rawDotnet), "xsltproc differs from .NET");
        Assert.That(rawSaxon, Is.EqualTo(rawDotnet), "Saxon differs from .NET");
    }

    /// <summary>GetStatus of a dossier waiting for the citizen and of a rejected one: status.xsl renders them alike on the three engines.</summary>
    [Test]
    public async Task A_status_waiting_for_the_citizen_and_a_rejected_one_render_identically_on_dotnet_libxslt_and_saxon()
    {
        var (_, awaiting, _, rejected) = await Accounts.CommuneAtWork.ProcessedDossiersAsync(new Accounts.AccountCalls(SharedHost.Host));
        var parameters = new Dictionary<string, string> { ["standalone"] = "no", ["assets"] = "https://wsc.example/" };

        foreach (var (procedure, (number, code), expected) in new[]
        {
            (Requests.RoadIncident, awaiting, "En attente de votre réponse"), (Requests.BirthCertificate, rejected, "Motif du refus"),
        })
        {
            var xml = await SoapResponse(procedure, "GetStatus",
                $"<GetStatus xmlns=\"{Infrastructure.Soap.Ns}\"><DossierNumber>{number}</DossierNumber><TrackingCode>{code}</TrackingCode></GetStatus>");

            var (dotnet, libxslt, saxon) = RenderEverywhere("status.xsl", xml, parameters, "status-" + number);

            Assert.That(dotnet, Does.Contain(expected).And.Not.Contain("href=\"/compte\""), "no guessed address on a commune's site");
            Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
            Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
        }
    }

    /// <summary>The account's login page document, refused with an error and a refilled address, alike on the three engines.</summary>
    [Test]
    public void The_account_login_form_sent_back_with_an_error_renders_identically_on_dotnet_libxslt_and_saxon()
    {
        var page = AccountPage.For("connexion", null, new Dictionary<string, string> { ["email"] = "camille@example.org" },
            [new WebServicesCitoyens.Schemas.ValidationError("motDePasse", "Adresse électronique ou mot de passe incorrect.")]);

        var (dotnet, libxslt, saxon) = RenderEverywhere("account.xsl", page.ToString(), new() { ["standalone"] = "yes", ["assets"] = "/" }, "account");

        Assert.That(dotnet, Does.Contain("href=\"#f-motDePasse\"").And.Contain("value=\"camille@example.org\""));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// The birth certificate's form of a commune that publishes its delays: « Délai habituel » under the
    /// summary, before the steps (the figure as <c>ExpectedDelays</c> writes it: 12 days for a 90th
    /// percentile of eleven and a half), whole page and fragment alike on every engine.
    /// </summary>
    [TestCase("yes")]
    [TestCase("no")]
    public async Task A_form_with_the_communes_usual_delay_renders_identically_on_dotnet_libxslt_and_saxon(string standalone)
    {
        var envelope = XDocument.Parse(await SoapResponse(Requests.BirthCertificate, "GetForm",
            $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>"));
        var form = new XmlSerializerRoundTrip<FormDescription>().From(envelope.Descendants(Infrastructure.Soap.Tns + "GetFormResult").Single());
        form.ExpectedDelay = WebServicesCitoyens.Statistics.ExpectedDelays.Of(
            new WebServicesCitoyens.Statistics.DelayFigures(37, 5.5 * 86400, 5 * 86400, 11 * 86400 + 12 * 3600));
        var page = PageDocument.For(form, "GetFormResult");
        var parameters = new Dictionary<string, string>
        {
            ["standalone"] = standalone, ["assets"] = "/", ["action"] = "/communes/45234/" + Requests.BirthCertificate, ["request-id"] = "web-test",
        };

        var (dotnet, libxslt, saxon) = RenderEverywhere("form.xsl", page.ToString(), parameters, "expected-delay-" + standalone);

        Assert.That(dotnet, Does.Contain("Délai habituel :</strong> 9 demandes sur 10 traitées en 12 jours ou moins (sur les trois derniers mois)</p>"));
        Assert.That(dotnet.IndexOf("Délai habituel"), Is.LessThan(dotnet.IndexOf("Les étapes de votre demande")));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// A marriage file sent back with values and errors in the witnesses (a repeated group): the
    /// instance holding them opens its details, the error links to the control of its instance, and
    /// a refilled choice list has its option selected, on every engine alike (Saxon writes the
    /// boolean attributes open and selected minimised, which the canonical form does not count).
    /// </summary>
    [Test]
    public async Task A_form_sent_back_with_errors_in_a_repeated_group_renders_identically_on_dotnet_libxslt_and_saxon()
    {
        const string marriage = "etat-civil.dossier-mariage";
        var envelope = XDocument.Parse(await SoapResponse(marriage, "GetForm",
            $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>"));
        var form = new XmlSerializerRoundTrip<FormDescription>().From(envelope.Descendants(Infrastructure.Soap.Tns + "GetFormResult").Single());
        var values = new Dictionary<string, string>
        {
            ["celebration.lienCommune"] = "DOMICILE_PARENT", ["temoins[2].nom"] = "Delacroix", ["temoins[3].nom"] = "Moreau", ["temoins[3].adresse.codePostal"] = "4500",
        };
        var errors = new List<WebServicesCitoyens.Schemas.ValidationError>
        {
            new("temoins[3].prenoms", "Le champ « Prénoms » (temoins[3].prenoms) est obligatoire."),
            new("temoins[3].adresse.codePostal", "Le champ « Code postal » (temoins[3].adresse.codePostal) n'a pas le format attendu."),
        };
        var page = PageDocument.For(form, "GetFormResult", values, errors);
        var parameters = new Dictionary<string, string> { ["standalone"] = "yes", ["assets"] = "/", ["action"] = "/communes/45234/" + marriage, ["request-id"] = "web-test" };

        var (dotnet, libxslt, saxon) = RenderEverywhere("form.xsl", page.ToString(), parameters, "repeated-errors");

        Assert.That(dotnet, Does.Contain("href=\"#f-temoins-3-adresse-codePostal\"").And.Contain("value=\"Moreau\"")
            .And.Contain("<details class=\"wsc-more\" open=\"\">").And.Contain("selected=\"\" value=\"DOMICILE_PARENT\""));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// The submitted request (/suivi/demande): the page the host serves is what xsltproc and Saxon make of
    /// its page document (&amp;format=xml), and the fragment a commune site would embed is alike on the three
    /// engines; for the birth certificate and for the marriage file (repeated witnesses, nested groups, documents).
    /// </summary>
    [TestCase(Requests.BirthCertificate)]
    [TestCase("etat-civil.dossier-mariage")]
    public async Task The_printable_request_the_host_serves_is_what_xsltproc_and_saxon_make_of_its_page_xml(string procedure)
    {
        var request = procedure == Requests.BirthCertificate ? Requests.BirthCertificateRequest() : Definitions.Sample(procedure);
        var (number, code) = await Requests.SubmitAsync(procedure, request);
        var address = $"{SharedHost.Host.BaseUrl}/suivi/demande?dossier={Uri.EscapeDataString(number)}&code={Uri.EscapeDataString(code)}";
        var served = await Infrastructure.Soap.Http.GetStringAsync(address);
        var xml = await Infrastructure.Soap.Http.GetStringAsync(address + "&format=xml");
        var name = "request-" + procedure;

        var (_, libxslt, saxon) = RenderEverywhere("request.xsl", xml, new() { ["standalone"] = "yes", ["assets"] = "/" }, name);
        var host = Canonical(served, name + "-host");

        Assert.That(host, Does.Contain(number).And.Contain("wsc-request-field").And.Contain("/suivi/demande.pdf?dossier="));
        Assert.That(libxslt, Is.EqualTo(host), "xsltproc differs from the host");
        Assert.That(saxon, Is.EqualTo(host), "Saxon differs from the host");

        var (dotnet, fragmentLibxslt, fragmentSaxon) = RenderEverywhere("request.xsl", xml,
            new() { ["standalone"] = "no", ["assets"] = "https://wsc.example/" }, name + "-fragment");
        Assert.That(dotnet, Does.Contain("https://wsc.example/css/wsc.css"));
        Assert.That(fragmentLibxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(fragmentSaxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// status.xsl links to the printable request and its PDF only from the addresses of the platform's page
    /// document (page:Links): the raw GetStatus response a commune site renders has no such link, on any
    /// engine; the page document does, alike on the three engines and as the host serves /suivi.
    /// </summary>
    [Test]
    public async Task The_tracking_page_links_to_the_request_only_when_its_page_document_gives_the_addresses()
    {
        var (number, code) = await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest());
        var raw = await SoapResponse(Requests.BirthCertificate, "GetStatus",
            $"<GetStatus xmlns=\"{Infrastructure.Soap.Ns}\"><DossierNumber>{number}</DossierNumber><TrackingCode>{code}</TrackingCode></GetStatus>");
        var parameters = new Dictionary<string, string> { ["standalone"] = "yes", ["assets"] = "/" };

        var (rawDotnet, rawLibxslt, rawSaxon) = RenderEverywhere("status.xsl", raw, parameters, "status-raw-links");
        Assert.That(rawDotnet, Does.Contain(number).And.Not.Contain("/suivi/demande").And.Not.Contain("wsc-request-links"));
        Assert.That(rawLibxslt, Is.EqualTo(rawDotnet));
        Assert.That(rawSaxon, Is.EqualTo(rawDotnet));

        var status = new XmlSerializerRoundTrip<DossierStatus>().From(XDocument.Parse(raw).Descendants(Infrastructure.Soap.Tns + "GetStatusResult").Single());
        var page = PageDocument.WithLinks(PageDocument.For(status, "GetStatusResult"), TrackingLinks.For(number, code));
        var (dotnet, libxslt, saxon) = RenderEverywhere("status.xsl", page.ToString(), parameters, "status-page-links");
        var served = Canonical(await Infrastructure.Soap.Http.GetStringAsync(
            $"{SharedHost.Host.BaseUrl}/suivi?dossier={Uri.EscapeDataString(number)}&code={Uri.EscapeDataString(code)}"), "status-served-links");

        Assert.That(dotnet, Does.Contain("href=\"/suivi/demande?dossier=").And.Contain("href=\"/suivi/demande.pdf?dossier="));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
        Assert.That(served, Is.EqualTo(dotnet), "the host serves the same page");
    }

    [Test]
    public async Task The_form_page_served_by_the_host_is_what_xsltproc_and_saxon_make_of_the_same_page_xml()
    {
        var served = await Infrastructure.Soap.Http.GetStringAsync($"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{Requests.BirthCertificate}");
        var requestId = Regex.Match(served, "name=\"clientRequestId\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.That(requestId, Does.StartWith("web-"));

        var envelope = XDocument.Parse(await SoapResponse(Requests.BirthCertificate, "GetForm",
            $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>"));
        var form = PageDocument.For(new XmlSerializerRoundTrip<FormDescription>().From(
            envelope.Descendants(Infrastructure.Soap.Tns + "GetFormResult").Single()), "GetFormResult");
        var parameters = new Dictionary<string, string>
        {
            ["standalone"] = "yes", ["assets"] = "/", ["action"] = $"/communes/{Requests.Commune}/{Requests.BirthCertificate}", ["request-id"] = requestId,
        };

        var (_, libxslt, saxon) = RenderEverywhere("form.xsl", form.ToString(), parameters, "served-form");
        var server = Canonical(served, "served-form-host");

        Assert.That(libxslt, Is.EqualTo(server));
        Assert.That(saxon, Is.EqualTo(server));
    }
}

/// <summary>
/// The form of every procedure of the catalogue, rendered once for all the test cases below:
/// - its GetForm SOAP response by form.xsl on .NET, xsltproc and Saxon-HE, as the fragment a commune
///   site embeds (standalone=no). Saxon takes one to three seconds to start, so it runs once, over a
///   folder holding every response (its -s:folder -o:folder mode), alongside the other engines;
///   xsltproc runs once per file (a few ms).
/// - the whole page the host serves at /communes/45234/{code} (standalone=yes), by xsltproc from the
///   same page XML (page:Page, the served request id and action). Saxon is left out here: its folder
///   mode takes one set of parameters, and the request id and action differ per page; it renders the
///   served page of the birth certificate above.
/// All the HTML is canonicalised in one python run.
/// </summary>
public sealed class EveryFormRenderingTests
{
    private static readonly ProcedureCatalogue Catalogue = DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue"));
    private static readonly XsltRenderer Server = new(Repository.PathOf("Xsl"));
    private static readonly Lazy<Task<Rendered>> Everything = new(RenderEverything);

    private static IEnumerable<string> Codes() => Catalogue.Procedures.Select(p => p.Code);

    /// <summary>Canonical HTML by engine ("dotnet", "libxslt", "saxon", "host", "host-libxslt") and procedure code.</summary>
    private sealed record Rendered(IReadOnlyDictionary<(string Engine, string Code), string> Html);

    private static async Task<Rendered> RenderEverything()
    {
        var work = Path.Combine(Path.GetTempPath(), "wsc-every-form-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var files = new Dictionary<string, (string Engine, string Code)>();
            string Write(string folder, string code, string extension, string text)
            {
                var file = Path.Combine(work, folder, code + extension);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
                return file;
            }
            void Html(string engine, string code, string file) => files[file] = (engine, code);

            var codes = Codes().ToList();
            var soap = await Task.WhenAll(codes.Select(code => Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(code), Infrastructure.Soap.Envelope(
                $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>"), "GetForm")));
            var served = await Task.WhenAll(codes.Select(code => Infrastructure.Soap.Http.GetStringAsync($"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{code}")));
            var xsl = Repository.PathOf("Xsl", "form.xsl");
            for (var i = 0; i < codes.Count; i++)
            {
                Assert.That(soap[i].Status, Is.EqualTo(200), $"GetForm of {codes[i]}: {soap[i].Body}");
                Write("soap", codes[i], ".xml", soap[i].Body);
            }

            // Saxon: one java run over the folder of every GetForm response, while xsltproc and .NET render the rest.
            var parameters = new Dictionary<string, string> { ["standalone"] = "no", ["assets"] = "https://wsc.example/" };
            var saxonOutput = Directory.CreateDirectory(Path.Combine(work, "saxon")).FullName;
            var saxon = Task.Run(() => Tool.Succeed("java", ["-cp", "/usr/share/java/Saxon-HE.jar", "net.sf.saxon.Transform",
                $"-s:{Path.Combine(work, "soap")}", $"-o:{saxonOutput}", $"-xsl:{xsl}", .. parameters.Select(p => $"{p.Key}={p.Value}")]));

            for (var i = 0; i < codes.Count; i++)
            {
                var (code, envelope) = (codes[i], soap[i].Body);
                var input = Path.Combine(work, "soap", code + ".xml");
                Html("dotnet", code, Write("dotnet", code, ".html", Server.Render("form.xsl", XDocument.Parse(envelope), parameters)));
                Html("libxslt", code, Write("libxslt", code, ".html",
                    Tool.Succeed("xsltproc", [.. parameters.SelectMany(p => new[] { "--stringparam", p.Key, p.Value }), xsl, input])));

                // The served page and what xsltproc makes of the same page document.
                var requestId = Regex.Match(served[i], "name=\"clientRequestId\" value=\"([^\"]+)\"").Groups[1].Value;
                Assert.That(requestId, Does.StartWith("web-"), code);
                var page = PageDocument.For(new XmlSerializerRoundTrip<FormDescription>().From(
                    XDocument.Parse(envelope).Descendants(Infrastructure.Soap.Tns + "GetFormResult").Single()), "GetFormResult");
                var pageFile = Write("page", code, ".xml", page.ToString());
                Html("host", code, Write("host", code, ".html", served[i]));
                Html("host-libxslt", code, Write("host-libxslt", code, ".html", Tool.Succeed("xsltproc",
                    "--stringparam", "standalone", "yes", "--stringparam", "assets", "/",
                    "--stringparam", "action", $"/communes/{Requests.Commune}/{code}", "--stringparam", "request-id", requestId, xsl, pageFile)));
            }

            await saxon;
            foreach (var code in codes)
                Html("saxon", code, Path.Combine(saxonOutput, code + ".xml"));

            var json = Tool.Succeed("/usr/bin/python3", [Repository.PathOf("Tests", "Interop", "canonical_html.py"), "--json", .. files.Keys]);
            var canonical = JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
            return new Rendered(files.ToDictionary(f => f.Value, f => canonical[f.Key]));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [TestCaseSource(nameof(Codes))]
    public async Task The_GetForm_response_of_every_procedure_renders_identically_on_dotnet_libxslt_and_saxon(string code)
    {
        var html = (await Everything.Value).Html;
        var dotnet = html[("dotnet", code)];

        Assert.That(dotnet, Does.Contain("<form").And.Contain(Catalogue.Find(code)!.Title.Replace("&", "&amp;")));
        Assert.That(html[("libxslt", code)], Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(html[("saxon", code)], Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    [TestCaseSource(nameof(Codes))]
    public async Task The_form_page_the_host_serves_for_every_procedure_is_what_xsltproc_makes_of_its_page_xml(string code)
    {
        var html = (await Everything.Value).Html;

        Assert.That(html[("host", code)], Does.Contain("name=\"clientRequestId\""));
        Assert.That(html[("host-libxslt", code)], Is.EqualTo(html[("host", code)]));
    }
}

/// <summary>Reads a contract type back from the XML SoapCore wrote, as a generated client would.</summary>
public sealed class XmlSerializerRoundTrip<T>
{
    public T From(XElement element)
    {
        var serializer = new System.Xml.Serialization.XmlSerializer(typeof(T),
            new System.Xml.Serialization.XmlRootAttribute(element.Name.LocalName) { Namespace = element.Name.NamespaceName });
        using var reader = element.CreateReader();
        return (T)serializer.Deserialize(reader)!;
    }
}
