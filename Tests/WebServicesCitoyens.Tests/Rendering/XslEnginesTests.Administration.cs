using System.Xml.Linq;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>administration.xsl, the administrators' pages, on the three engines like every published stylesheet.</summary>
public sealed partial class XslEnginesTests
{
    /// <summary>
    /// A birth certificate's Draft being edited, as a refused post leaves it: a step and a field of the
    /// commune added, an actor bound to a profile, a message of its own, a refusal linked to a control and
    /// one to a form, what was typed (with characters to escape) refilling the form shown open — alike on
    /// the three engines, as a whole page and as a fragment.
    /// </summary>
    [TestCase("yes")]
    [TestCase("no")]
    public void An_editor_page_with_a_draft_refusals_and_a_form_refilled_renders_identically_on_dotnet_libxslt_and_saxon(string standalone)
    {
        var published = Definitions.Get(Requests.BirthCertificate);
        var draft = XDocument.Parse(File.ReadAllText(Repository.PathOf("Services", "Catalogue", "etat-civil", "acte-naissance.xml")));
        foreach (var edit in new[]
                 {
                     ConfigurationEditor.AddStep("RECHERCHE_ACTE", "VERIFICATION_ARCHIVES", "Vérification par le service des archives", "Préparation du document"),
                     ConfigurationEditor.AddField(new FieldSpec(null, null, "numeroFamille", "Numéro de famille", "text", Help: "Sur le livret « de famille » & <ailleurs>")),
                     ConfigurationEditor.SaveActor("officier", "Officier de l'état civil", ["etat-civil"]),
                     ConfigurationEditor.SetMessage("stepReached", "VERIFICATION_ARCHIVES", "Dossier {numero} : vérification", "Bonjour,\n\nNous vérifions votre acte."),
                 })
            edit(draft);
        var definition = DefinitionLoader.ParseText(draft.ToString(), Definitions.Catalogue.Schemas!, published.Theme);
        var version = new ConfigurationVersion(Requests.Commune, published.Code, 3, ConfigurationStates.Draft, "", "2026-11-20T09:30:00.000Z", "a1", null);
        var versions = new[]
        {
            version,
            new ConfigurationVersion(Requests.Commune, published.Code, 2, ConfigurationStates.Online, "", "2026-10-01T08:00:00.000Z", "a1", "2026-10-02T12:15:00.000Z"),
            new ConfigurationVersion(Requests.Commune, published.Code, 1, ConfigurationStates.Retired, "", "2026-09-01T08:00:00.000Z", "a1", "2026-09-01T10:00:00.000Z"),
        };
        var profile = new AgentProfile("etat-civil", "État civil", ["etat-civil"]);
        var admin = new Agent("a1", Requests.Commune, "admin@orleans.demo", "Sophie \"Sô\" Lambert", AgentRole.Administrator, []);
        var context = new BackOfficePage.Context(admin, null, null,
        [
            new ValidationError("champ_nouveau-nom", "« Quartier <résidence> » n'est pas un code valide."),
            new ValidationError("action-ACTE_TROUVE", "L'étape « Rédaction » n'est atteinte par aucune action depuis l'étape initiale."),
        ], new Dictionary<string, string> { ["libelle"] = "Quartier & \"secteur\"", ["nom"] = "Quartier <résidence>", ["type"] = "enum", ["obligatoire"] = "oui" });
        var page = AdministrationPage.Configuration(context, new AdministrationAddress(null), Requests.Commune,
            new ConfiguredDefinition(definition, version), versions, WebServicesCitoyens.Communes.OfferState.Online, [profile], utc => utc.AddHours(1), open: "champ_nouveau");

        var (dotnet, libxslt, saxon) = RenderEverywhere("administration.xsl", page.ToString(),
            new() { ["standalone"] = standalone, ["assets"] = "https://wsc.example/" }, "administration-editor-" + standalone);

        Assert.That(dotnet, Does.Contain("Étape 5 – Vérification par le service des archives").And.Contain("href=\"#f-champ_nouveau-nom\"")
            .And.Contain("href=\"#f-action-ACTE_TROUVE\"").And.Contain("value=\"Quartier &amp; &quot;secteur&quot;\"")
            .And.Contain("selected=\"\" value=\"enum\"").And.Contain("https://wsc.example/css/administration.css")
            .And.Contain("Sur le livret « de famille » &amp; &lt;ailleurs&gt;").And.Contain("20/11/2026 à 10 h 30"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// The administration's list (with the setting of public delays), a procedure's editor (the catalogue's version, read-only) and the agents'
    /// page the host serves to the demo administrator are what xsltproc and Saxon make of their page
    /// documents (?format=xml). Read-only: the shared host's configurations stay as they are.
    /// </summary>
    [Test]
    public async Task The_administration_pages_the_host_serves_are_what_xsltproc_and_saxon_make_of_their_page_xml()
    {
        using var browser = await BackOffice.AgentPagesHost.LoggedInAsync(BackOffice.AgentPagesHost.Administrator, SharedHost.Host);

        foreach (var (name, address) in new[]
                 {
                     ("list", "/gestion/administration"),
                     ("editor", "/gestion/administration/" + Requests.RoadIncident),
                     ("people", "/gestion/administration/agents"),
                     ("vendors", "/gestion/administration/logiciels"),
                 })
        {
            var served = await browser.Http.GetStringAsync(SharedHost.Host.BaseUrl + address);
            var xml = await browser.Http.GetStringAsync(SharedHost.Host.BaseUrl + address + "?format=xml");
            // Each rendering of the software page has its own one-time form key: the served one, for the engines too.
            if (name == "vendors")
                xml = System.Text.RegularExpressions.Regex.Replace(xml, "registration=\"[^\"]+\"", "registration=\""
                    + System.Text.RegularExpressions.Regex.Match(served, "name=\"clientRequestId\" value=\"([^\"]+)\"").Groups[1].Value + "\"");
            var (_, libxslt, saxon) = RenderEverywhere("administration.xsl", xml, WholePage, "administration-served-" + name);
            var host = Canonical(served, "administration-served-" + name + "-host");

            Assert.That(xml, Does.StartWith("<page:Page "), name);
            Assert.That(host, Does.Contain("Sophie Lambert (administratrice)"), name);
            if (name == "list") Assert.That(host, Does.Contain("Délais de traitement").And.Contain("name=\"publics\"")
                .And.Contain("Transmission des dossiers").And.Contain("enctype=\"multipart/form-data\""), "the settings of delays and of transmission");
            if (name == "vendors") Assert.That(host, Does.Contain("Enregistrer le logiciel"), "the software's page");
            Assert.That(libxslt, Is.EqualTo(host), $"{name}: xsltproc differs from the host");
            Assert.That(saxon, Is.EqualTo(host), $"{name}: Saxon differs from the host");
        }
    }
}
