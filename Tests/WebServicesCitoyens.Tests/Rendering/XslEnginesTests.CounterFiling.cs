using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>backoffice-filing.xsl, the agents' counter form (form.xsl's fields in the agents' shell), on the three engines.</summary>
public sealed partial class XslEnginesTests
{
    private static readonly Agent CounterAgent = new("a1", Requests.Commune, "agent@orleans.demo", "Claire \"Cl\" Martin", AgentRole.Agent,
        [new AgentProfile("etat-civil", "État civil", ["etat-civil"])]);

    private static readonly Commune Orleans = new(Requests.Commune, "Orléans", CommuneProfile.BackOffice, "#1b4f72", "#c0392b", null,
        "https://www.example.org/orleans", "Europe/Paris");

    /// <summary>
    /// The counter form sent back: the channel missing and a field refused (both linked from the summary),
    /// what was typed (with characters to escape) refilled — alike on the three engines, whole page and fragment.
    /// </summary>
    [TestCase("yes")]
    [TestCase("no")]
    public void The_counter_form_sent_back_with_refusals_renders_identically_on_dotnet_libxslt_and_saxon(string standalone)
    {
        var definition = Definitions.Get(Requests.BirthCertificate);
        var context = new BackOfficePage.Context(CounterAgent, ContractMapping.Info(Orleans), null,
        [
            new ValidationError("titulaire.nomNaissance", "Le champ « Nom de naissance » (titulaire.nomNaissance) est obligatoire."),
            new ValidationError("canal", "Indiquez si la demande est faite au guichet ou par téléphone."),
        ], new Dictionary<string, string> { ["titulaire.prenoms"] = "Lucie & \"Léa\" <Anne>", ["nombreExemplaires"] = "2" });
        var page = BackOfficeFilingPage.Form(context, ContractMapping.Form(definition, Orleans), definition.Code, "guichet-0123456789abcdef");

        var (dotnet, libxslt, saxon) = RenderEverywhere("backoffice-filing.xsl", page.ToString(),
            new() { ["standalone"] = standalone, ["assets"] = "https://wsc.example/" }, "counter-form-" + standalone);

        Assert.That(dotnet, Does.Contain("href=\"#f-canal\"").And.Contain("href=\"#f-titulaire-nomNaissance\"")
            .And.Contain("value=\"Lucie &amp; &quot;Léa&quot; &lt;Anne>\"").And.Contain("action=\"/gestion/saisie/etat-civil.acte-naissance\"")
            .And.Contain("value=\"guichet-0123456789abcdef\"").And.Contain("aria-describedby=\"f-canal-erreur\"")
            .And.Contain("https://wsc.example/css/backoffice.css").And.Contain("Se déconnecter"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    [Test]
    public void The_counter_confirmation_renders_identically_on_dotnet_libxslt_and_saxon()
    {
        var definition = Definitions.Get(Requests.BirthCertificate);
        var receipt = new Receipt
        {
            DossierNumber = "K7M-XR4-TWC", TrackingCode = "AB12-CD34", TrackingUrl = "https://wsc.example/suivi?dossier=K7M-XR4-TWC&code=AB12-CD34",
            Procedure = ContractMapping.Summary(definition), Commune = ContractMapping.Info(Orleans),
        };
        var page = BackOfficeFilingPage.Filed(new BackOfficePage.Context(CounterAgent, ContractMapping.Info(Orleans),
            "La demande « Demande d'acte de naissance » est enregistrée (par téléphone)."), receipt, "Phone");

        var (dotnet, libxslt, saxon) = RenderEverywhere("backoffice-filing.xsl", page.ToString(), WholePage, "counter-filed");

        Assert.That(dotnet, Does.Contain("<code class=\"wsc-tracking-code\">AB12-CD34</code>").And.Contain("href=\"/gestion/dossiers/K7M-XR4-TWC\"")
            .And.Contain("Par téléphone").And.Contain("suivi?dossier=K7M-XR4-TWC&amp;code=AB12-CD34"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>The list and the form the host serves an agent are what xsltproc and Saxon make of their page documents (?format=xml).</summary>
    [Test]
    public async Task The_counter_pages_the_host_serves_are_what_xsltproc_and_saxon_make_of_their_page_xml()
    {
        using var browser = await BackOffice.AgentPagesHost.LoggedInAsync(BackOffice.AgentPagesHost.CivilStatus, SharedHost.Host);

        foreach (var (name, address) in new[] { ("list", "/gestion/saisie"), ("form", $"/gestion/saisie/{Requests.BirthCertificate}") })
        {
            var served = await browser.Http.GetStringAsync(SharedHost.Host.BaseUrl + address);
            var xml = await browser.Http.GetStringAsync(SharedHost.Host.BaseUrl + address + "?format=xml");
            // Each rendering of the form has its own idempotency key: the page document's is the one to compare with.
            var key = System.Text.RegularExpressions.Regex.Match(xml, "requestId=\"([^\"]+)\"").Groups[1].Value;
            if (key.Length > 0) served = System.Text.RegularExpressions.Regex.Replace(served, "guichet-[0-9a-f]{32}", key);
            var (_, libxslt, saxon) = RenderEverywhere("backoffice-filing.xsl", xml, WholePage, "counter-served-" + name);
            var host = Canonical(served, "counter-served-" + name + "-host");

            Assert.That(host, Does.Contain("Demande d'acte de naissance"), name);
            Assert.That(libxslt, Is.EqualTo(host), $"{name}: xsltproc differs from the host");
            Assert.That(saxon, Is.EqualTo(host), $"{name}: Saxon differs from the host");
        }
    }
}
