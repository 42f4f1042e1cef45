using System.Net;
using System.Text.RegularExpressions;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Tests.BackOffice;

namespace WebServicesCitoyens.Tests.Search;

/// <summary>
/// The search box and the saved searches of the queue page (/gestion/dossiers) over HTTP, as a browser
/// uses them: keywords with the other filters kept, a refusal next to its control, a search saved then
/// listed, reopened and deleted after redirects, a name refused with what was typed kept, another agent's
/// search answered like an unknown one, a post from another site refused.
/// </summary>
public sealed class SearchPagesTests
{
    private static HostProcess Host => SharedHost.Host;

    /// <summary>The dossier numbers of the queue's rows, in their order.</summary>
    private static List<string> Rows(string html) =>
        Regex.Matches(html, "name=\"dossiers\" value=\"([A-Z0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();

    /// <summary>A browser logged in as a new civil-status agent of the demo commune (their saved searches are the test's alone).</summary>
    private static async Task<(PageBrowser Browser, string AgentId)> NewAgentAsync()
    {
        var (id, email) = await BackOfficeWorld.NewAgentAsync("Agent des pages de recherche", AgentRole.Agent, BackOfficeWorld.CivilStatus);
        var browser = new PageBrowser(Host.BaseUrl);
        var (status, html, _) = await browser.PostAsync("/gestion/connexion", new() { ["email"] = email, ["motDePasse"] = BackOfficeWorld.TestPassword });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), html);
        return (browser, id);
    }

    private static long SavedOf(string agentId) => Host.Scalar("SELECT COUNT(*) FROM saved_searches WHERE agent_id = @a", ("@a", agentId));

    [Test]
    public async Task The_search_box_finds_by_keywords_and_keeps_the_other_filters()
    {
        var word = SearchWorld.UniqueWord();
        var number = await SearchWorld.FileAsync(SearchWorld.BirthCertificate(surname: "Dupont", firstNames: "Hélène " + word));
        var (browser, _) = await NewAgentAsync();
        using var _browser = browser;

        var (status, html) = await browser.GetAsync($"/gestion/dossiers?recherche=DUP+{word}&demarche={Requests.BirthCertificate}&taille=10&page=2");
        var (_, firstPage) = await browser.GetAsync($"/gestion/dossiers?recherche=DUP+{word}&demarche={Requests.BirthCertificate}&taille=10");
        var (_, otherStep) = await browser.GetAsync($"/gestion/dossiers?recherche={word}&etape=PRISE_EN_CHARGE");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Rows(firstPage), Is.EqualTo(new[] { number }));
        Assert.That(firstPage, Does.Contain("<h2 id=\"titre-liste\">1 dossier</h2>"));
        Assert.That(Rows(otherStep), Is.Empty, "the step filter applies with the keywords");
        var search = Regex.Match(html, "<form method=\"get\" action=\"/gestion/dossiers\" class=\"wsc-form\" role=\"search\".*?</form>", RegexOptions.Singleline).Value;
        Assert.That(search, Does.Contain($"id=\"f-recherche\" name=\"recherche\" type=\"search\" maxlength=\"200\" class=\"wsc-input\" value=\"DUP {word}\"")
            .And.Contain($"<input type=\"hidden\" name=\"demarche\" value=\"{Requests.BirthCertificate}\">")
            .And.Contain("<input type=\"hidden\" name=\"taille\" value=\"10\">")
            .And.Contain(">Rechercher</button>")
            .And.Not.Contain("name=\"page\""), "searching keeps the other filters, from the first page");
        Assert.That(html, Does.Contain($"<input type=\"hidden\" name=\"recherche\" value=\"DUP {word}\">"), "filtering keeps the keywords");
    }

    [Test]
    public async Task Keywords_without_a_word_are_refused_naming_the_search_box_and_no_list_is_shown()
    {
        var (browser, _) = await NewAgentAsync();
        using var _browser = browser;

        var (status, html) = await browser.GetAsync("/gestion/dossiers?recherche=a+b+%3F");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("<a href=\"#f-recherche\">La recherche ne contient aucun mot de 2 lettres ou chiffres au moins")
            .And.Contain("aria-invalid=\"true\""));
        Assert.That(Rows(html), Is.Empty);
    }

    [Test]
    public async Task A_search_saved_from_the_queue_is_listed_reopens_the_queue_and_is_deleted_by_its_button()
    {
        var word = SearchWorld.UniqueWord();
        var number = await SearchWorld.FileAsync(SearchWorld.BirthCertificate(firstNames: "Anne " + word));
        var (browser, agentId) = await NewAgentAsync();
        using var _browser = browser;

        var (saved, _, savedResponse) = await browser.PostAsync("/gestion/recherches",
            new() { ["nom"] = "Mes naissances « test »", ["recherche"] = word, ["demarche"] = Requests.BirthCertificate, ["page"] = "2" });
        var queueAddress = $"/gestion/dossiers?recherche={word}&demarche={Requests.BirthCertificate}";
        Assert.That(saved, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(savedResponse.Headers.Location?.ToString(), Is.EqualTo(queueAddress + "&fait=recherche-enregistree"));
        var id = Host.Text("SELECT id FROM saved_searches WHERE agent_id = @a", ("@a", agentId))!;

        var (_, confirmed) = await browser.GetAsync(queueAddress + "&fait=recherche-enregistree");
        Assert.That(confirmed, Does.Contain(SearchTexts.SearchSaved));
        Assert.That(confirmed, Does.Contain($"<a href=\"{queueAddress}\" aria-current=\"page\">Mes naissances « test »</a> (affichée)"));
        Assert.That(confirmed, Does.Contain($"action=\"/gestion/recherches/{id}/suppression\""));
        Assert.That(Rows(confirmed), Is.EqualTo(new[] { number }));
        var (_, elsewhere) = await browser.GetAsync("/gestion/dossiers");
        Assert.That(elsewhere, Does.Contain($"<a href=\"{queueAddress}\">Mes naissances « test »</a>"), "listed on every view of the queue");

        var (deleted, _, deletedResponse) = await browser.PostAsync($"/gestion/recherches/{id}/suppression", new() { ["etat"] = "clos" });
        Assert.That(deleted, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(deletedResponse.Headers.Location?.ToString(), Is.EqualTo("/gestion/dossiers?etat=clos&fait=recherche-supprimee"));
        Assert.That(SavedOf(agentId), Is.EqualTo(0));
        var (_, after) = await browser.GetAsync("/gestion/dossiers?etat=clos&fait=recherche-supprimee");
        Assert.That(after, Does.Contain(SearchTexts.SearchDeleted).And.Contain("Aucune recherche enregistrée"));
    }

    [Test]
    public async Task A_refused_name_is_announced_next_to_its_control_with_what_was_typed_kept_and_nothing_saved()
    {
        var (browser, agentId) = await NewAgentAsync();
        using var _browser = browser;
        await browser.PostAsync("/gestion/recherches", new() { ["nom"] = "En retard", ["retard"] = "oui" });

        var (taken, takenHtml, _) = await browser.PostAsync("/gestion/recherches", new() { ["nom"] = "En retard", ["moi"] = "oui" });
        var (blank, blankHtml, _) = await browser.PostAsync("/gestion/recherches", new() { ["nom"] = "  " });
        var (badFilter, badFilterHtml, _) = await browser.PostAsync("/gestion/recherches", new() { ["nom"] = "Autre", ["recherche"] = "a" });

        Assert.That(taken, Is.EqualTo((HttpStatusCode)422));
        Assert.That(takenHtml, Does.Contain($"<a href=\"#f-nom\">{SearchTexts.NameTaken}</a>").And.Contain("value=\"En retard\"")
            .And.Contain("id=\"f-moi\" name=\"moi\" type=\"checkbox\" value=\"oui\" class=\"wsc-checkbox\" checked"));
        Assert.That(blank, Is.EqualTo((HttpStatusCode)422));
        Assert.That(blankHtml, Does.Contain($"<a href=\"#f-nom\">{SearchTexts.NameNeeded(80)}</a>"));
        Assert.That(badFilter, Is.EqualTo((HttpStatusCode)422));
        Assert.That(badFilterHtml, Does.Contain("<a href=\"#f-recherche\">La recherche ne contient aucun mot"));
        Assert.That(SavedOf(agentId), Is.EqualTo(1));
    }

    [Test]
    public async Task Another_agent_s_search_answers_like_an_unknown_one_and_a_post_from_another_site_is_refused()
    {
        var (owner, ownerId) = await NewAgentAsync();
        var (other, _) = await NewAgentAsync();
        using var _owner = owner;
        using var _other = other;
        await owner.PostAsync("/gestion/recherches", new() { ["nom"] = "La mienne" });
        var id = Host.Text("SELECT id FROM saved_searches WHERE agent_id = @a", ("@a", ownerId))!;

        var (foreign, foreignHtml, _) = await other.PostAsync($"/gestion/recherches/{id}/suppression", new());
        var unknownId = global::WebServicesCitoyens.Accounts.AccountTokens.NewId();
        var (unknown, unknownHtml, _) = await other.PostAsync($"/gestion/recherches/{unknownId}/suppression", new());
        var (_, othersQueue) = await other.GetAsync("/gestion/dossiers");
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, $"{Host.BaseUrl}/gestion/recherches/{id}/suppression") { Content = new FormUrlEncodedContent([]) };
        crossSite.Headers.Add("Origin", "https://site-malveillant.example");
        using var refused = await owner.Http.SendAsync(crossSite);

        Assert.That(foreign, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((foreign, foreignHtml), Is.EqualTo((unknown, unknownHtml)));
        Assert.That(othersQueue, Does.Not.Contain("La mienne"));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(SavedOf(ownerId), Is.EqualTo(1));
    }
}
