using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>backoffice.xsl, the agents' pages, on the three engines like every published stylesheet.</summary>
public sealed partial class XslEnginesTests
{
    private static readonly Dictionary<string, string> WholePage = new() { ["standalone"] = "yes", ["assets"] = "/" };

    [TestCase("yes")]
    [TestCase("no")]
    public void The_back_office_login_page_sent_back_with_an_error_renders_identically_on_dotnet_libxslt_and_saxon(string standalone)
    {
        var page = BackOfficePage.Login("agent@orleans.demo", null, [new ValidationError("motDePasse", "Adresse électronique ou mot de passe incorrect.")]);

        var (dotnet, libxslt, saxon) = RenderEverywhere("backoffice.xsl", page.ToString(),
            new() { ["standalone"] = standalone, ["assets"] = "https://wsc.example/" }, "backoffice-login-" + standalone);

        Assert.That(dotnet, Does.Contain("href=\"#f-motDePasse\"").And.Contain("value=\"agent@orleans.demo\"")
            .And.Contain("https://wsc.example/css/backoffice.css"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// A queue page as a selection just posted leaves it: a refusal, an outcome per dossier, a filter with
    /// several values, rows overdue, of test, assigned to a name to escape — alike on the three engines.
    /// </summary>
    [Test]
    public void A_queue_page_with_refusals_and_outcomes_renders_identically_on_dotnet_libxslt_and_saxon()
    {
        var profile = new AgentProfile("etat-civil", "État civil", ["etat-civil"]);
        var agent = new Agent("a1", Requests.Commune, "agent@orleans.demo", "Claire \"Cl\" Martin", AgentRole.Agent, [profile]);
        var colleague = new Agent("a2", Requests.Commune, "autre@orleans.demo", "Léa <Dupont> & fils", AgentRole.Administrator, []);
        var remit = Definitions.Catalogue.Procedures.Where(p => p.Theme == "etat-civil").ToList();
        var filter = new QueueFilter(Procedure: Requests.BirthCertificate, OverdueOnly: false, UnassignedOnly: true, Sort: QueueSort.Number,
            Descending: true, Page: 2, PageSize: 2, Keywords: "dup « orléans »");
        var queue = new QueuePage(5, 2, 2,
        [
            new QueueEntry("K7M-XR4-TWC", "Anne Lefèvre", Requests.BirthCertificate, "Demande d'acte de naissance", "ENREGISTREE",
                "Demande enregistrée", "2026-01-05T09:00:00.000Z", "2026-01-05T09:00:00.000Z", "Open", null, null, true, false, "Web"),
            new QueueEntry("HYW-FK4-PUN", "", Requests.BirthCertificate, "Demande d'acte de naissance", "PRISE_EN_CHARGE",
                "Prise en charge", "2026-02-05T09:00:00.000Z", "2026-02-06T09:00:00.000Z", "AwaitingCitizen", "a2", colleague.DisplayName, false, true, "Soap"),
        ]);
        var page = BackOfficeQueuePage.For(new BackOfficePage.Context(agent, null, "1 dossier traité sur 2 sélectionnés.",
                [new ValidationError("action", "Choisissez l'action à effectuer sur les dossiers cochés.")]),
            filter, queue, remit, [agent, colleague], utc => utc,
            [new BulkOutcome("K7M-XR4-TWC", true, null), new BulkOutcome("HYW-FK4-PUN", false, "Le dossier a changé entre-temps.")],
            [new WebServicesCitoyens.Search.SavedSearch("0a1b", "Naissances <à> « Orléans » & co", filter with { Page = 1 }, "2026-01-05T09:00:00.000Z"),
             new WebServicesCitoyens.Search.SavedSearch("2c3d", "En retard", new QueueFilter(OverdueOnly: true), "2026-01-06T09:00:00.000Z")]);

        var (dotnet, libxslt, saxon) = RenderEverywhere("backoffice.xsl", page.ToString(), WholePage, "backoffice-queue");

        Assert.That(dotnet, Does.Contain("Page 2 sur 3").And.Contain("aria-sort=\"descending\"").And.Contain("En retard").And.Contain("Test")
            .And.Contain("Léa &lt;Dupont&gt; &amp; fils").And.Contain("Refusé : Le dossier a changé entre-temps.").And.Contain("href=\"#f-action\"")
            .And.Contain("Page précédente").And.Contain("Page suivante")
            .And.Contain("value=\"dup « orléans »\"").And.Contain(">Naissances &lt;à&gt; « Orléans » &amp; co</a> (affichée)")
            .And.Contain("action=\"/gestion/recherches/2c3d/suppression\"").And.Contain("href=\"/gestion/dossiers?retard=oui\""));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>
    /// The queue and a dossier the host serves to an agent (the dossier with a note to escape, a generated
    /// letter and its whole history) are what xsltproc and Saxon make of their page documents (?format=xml).
    /// </summary>
    [Test]
    public async Task The_queue_and_dossier_pages_the_host_serves_are_what_xsltproc_and_saxon_make_of_their_page_xml()
    {
        var (number, _) = await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest());
        using var browser = await BackOffice.AgentPagesHost.LoggedInAsync(BackOffice.AgentPagesHost.CivilStatus, SharedHost.Host);
        await browser.PostAsync($"/gestion/dossiers/{number}/note", new() { ["texte"] = "Vérifier « l'acte » & <la mention>\nen marge." });
        foreach (var (action, step) in new[] { ("PRENDRE_EN_CHARGE", "ENREGISTREE"), ("DONNEES_VERIFIEES", "PRISE_EN_CHARGE"), ("DEMANDE_RECEVABLE", "CONTROLE_RECEVABILITE"),
                     ("ACTE_TROUVE", "RECHERCHE_ACTE"), ("COPIE_REDIGEE", "REDACTION"), ("COPIE_SIGNEE", "SIGNATURE") })
            await browser.PostAsync($"/gestion/dossiers/{number}/action", new() { ["action"] = action, ["etape"] = step });

        foreach (var (name, address) in new[]
                 {
                     ("queue", $"/gestion/dossiers?demarche={Requests.BirthCertificate}&taille=3&tri=depot&ordre=desc"),
                     ("dossier", $"/gestion/dossiers/{number}"),
                 })
        {
            var served = await browser.Http.GetStringAsync(SharedHost.Host.BaseUrl + address);
            var xml = await browser.Http.GetStringAsync(SharedHost.Host.BaseUrl + address + (address.Contains('?') ? "&" : "?") + "format=xml");
            var (_, libxslt, saxon) = RenderEverywhere("backoffice.xsl", xml, WholePage, "backoffice-served-" + name);
            var host = Canonical(served, "backoffice-served-" + name + "-host");

            Assert.That(host, Does.Contain(number), name);
            Assert.That(libxslt, Is.EqualTo(host), $"{name}: xsltproc differs from the host");
            Assert.That(saxon, Is.EqualTo(host), $"{name}: Saxon differs from the host");
            if (name == "dossier")
                Assert.That(host, Does.Contain("Vérifier « l'acte » &amp; &lt;la mention&gt;").And.Contain("Lettre d'accompagnement (PDF)")
                    .And.Contain("note interne, non visible par l'usager"));
        }
        Assert.That(Regex.IsMatch(await browser.Http.GetStringAsync(SharedHost.Host.BaseUrl + $"/gestion/dossiers/{number}?format=xml"), "^<page:Page "),
            "?format=xml answers the page document");
    }
}
