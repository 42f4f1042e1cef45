using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Tests.BackOffice;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.Search;

/// <summary>
/// Saved searches over SOAP (SaveSearch, ListSavedSearches, DeleteSavedSearch), each answer checked
/// against Wsdl/BackOffice.xsd: an agent keeps their own, by unique names, reopens the queue with the
/// filter saved, deletes them; another agent's search answers exactly like an unknown identifier.
/// Each test has agents of its own, so that their lists hold only what the test saved.
/// </summary>
public sealed class SavedSearchTests
{
    private static async Task<string> NewAgentTokenAsync(string name = "Agent des recherches")
    {
        var (_, email) = await BackOfficeWorld.NewAgentAsync(name, AgentRole.Agent, BackOfficeWorld.CivilStatus);
        return (await LoginAsync(email, BackOfficeWorld.TestPassword)).Value("SessionToken");
    }

    private static Task<XElement> SaveAsync(string token, string name, params XElement[] filter) =>
        SucceedAsync("SaveSearch", Session(token), E("Name", name), E("Filter", filter));

    private static async Task<IReadOnlyList<XElement>> ListAsync(string token) =>
        (await SucceedAsync("ListSavedSearches", Session(token))).Elements(B + "Search").ToList();

    [Test]
    public async Task An_agent_saves_a_search_finds_it_in_their_list_reopens_the_queue_with_it_and_deletes_it()
    {
        var token = await NewAgentTokenAsync();
        var word = SearchWorld.UniqueWord();
        var number = await SearchWorld.FileAsync(SearchWorld.BirthCertificate(firstNames: "Anne " + word));

        var saved = await SaveAsync(token, "  Naissances à Orléans  ", E("ProcedureCode", Requests.BirthCertificate), E("State", "Open"),
            E("OverdueOnly", "false"), E("Sort", "Number"), E("Descending", "true"), E("Page", "3"), E("PageSize", "10"), E("Keywords", $"orléans {word}"));
        var list = await ListAsync(token);

        Assert.That(saved.Value("Name"), Is.EqualTo("Naissances à Orléans"));
        Assert.That(saved.Value("Id"), Does.Match("^[0-9a-f]{32}$"));
        Assert.That(string.Concat(list.Single().Elements()), Is.EqualTo(string.Concat(saved.Elements())), "the list gives the search as saved");
        var filter = list.Single().Element(B + "Filter")!;
        Assert.That(new[] { "ProcedureCode", "State", "Sort", "Descending", "Page", "PageSize", "Keywords" }.Select(n => filter.Value(n)),
            Is.EqualTo(new[] { Requests.BirthCertificate, "Open", "Number", "true", "1", "10", $"orléans {word}" }), "reopened at its first page");

        // The filter saved, sent back as it came, lists what it found.
        var reopened = await SucceedAsync("ListDossiers", Session(await TokenOfAsync(EtatCivil)), new XElement(filter));
        Assert.That(Numbers(reopened), Is.EqualTo(new[] { number }));

        await SucceedAsync("DeleteSavedSearch", Session(token), E("SearchId", saved.Value("Id")));
        Assert.That(await ListAsync(token), Is.Empty);
        var again = await RefusedAsync("DeleteSavedSearch", Session(token), E("SearchId", saved.Value("Id")));
        Assert.That((again.FaultFields, again.Fault), Is.EqualTo((new[] { "SearchId" }, SearchTexts.SearchNotFound)));
    }

    [Test]
    public async Task Names_are_unique_per_agent_and_a_blank_or_too_long_name_is_refused_naming_Name()
    {
        var token = await NewAgentTokenAsync();
        var colleague = await NewAgentTokenAsync("Collègue des recherches");
        await SaveAsync(token, "En retard", E("OverdueOnly", "true"));

        var taken = await RefusedAsync("SaveSearch", Session(token), E("Name", " En retard "), E("Filter", E("AssignedToMe", "true")));
        var blank = await RefusedAsync("SaveSearch", Session(token), E("Name", "   "), E("Filter"));
        var tooLong = await RefusedAsync("SaveSearch", Session(token), E("Name", new string('n', 81)), E("Filter"));
        var badKeywords = await RefusedAsync("SaveSearch", Session(token), E("Name", "Mots"), E("Filter", E("Keywords", "a b c")));
        await SaveAsync(colleague, "En retard", E("OverdueOnly", "true"));

        Assert.That((taken.FaultFields, taken.Fault), Is.EqualTo((new[] { "Name" }, SearchTexts.NameTaken)));
        Assert.That(blank.FaultFields, Is.EqualTo(new[] { "Name" }));
        Assert.That(tooLong.FaultFields, Is.EqualTo(new[] { "Name" }));
        Assert.That(badKeywords.FaultFields, Is.EqualTo(new[] { "Filter.Keywords" }));
        var mine = await ListAsync(token);
        Assert.That(mine.Select(s => s.Value("Name")), Is.EqualTo(new[] { "En retard" }), "nothing refused was saved");
        Assert.That(mine.Single().Element(B + "Filter")!.Value("OverdueOnly"), Is.EqualTo("true"), "the first one is unchanged");
        Assert.That((await ListAsync(colleague)).Select(s => s.Value("Name")), Is.EqualTo(new[] { "En retard" }));
    }

    [Test]
    public async Task An_agent_never_sees_nor_deletes_another_s_search_which_answers_like_an_unknown_identifier()
    {
        var owner = await NewAgentTokenAsync();
        var other = await NewAgentTokenAsync("Autre agent");
        var saved = await SaveAsync(owner, "Mes naissances", E("ProcedureCode", Requests.BirthCertificate));

        var othersList = await ListAsync(other);
        var foreign = await RefusedAsync("DeleteSavedSearch", Session(other), E("SearchId", saved.Value("Id")));
        var unknown = await RefusedAsync("DeleteSavedSearch", Session(other), E("SearchId", global::WebServicesCitoyens.Accounts.AccountTokens.NewId()));
        var adminDeletes = await RefusedAsync("DeleteSavedSearch", Session(await TokenOfAsync(Admin)), E("SearchId", saved.Value("Id")));

        Assert.That(othersList, Is.Empty);
        Assert.That((foreign.FaultFields, foreign.Fault), Is.EqualTo((unknown.FaultFields, unknown.Fault)));
        Assert.That((adminDeletes.FaultFields, adminDeletes.Fault), Is.EqualTo((unknown.FaultFields, unknown.Fault)));
        Assert.That((await ListAsync(owner)).Select(s => s.Value("Id")), Is.EqualTo(new[] { saved.Value("Id") }), "still there");
    }

    [Test]
    public async Task An_agent_keeps_fifty_searches_at_most_and_the_fifty_first_is_refused()
    {
        var token = await NewAgentTokenAsync();
        for (var i = 1; i <= global::WebServicesCitoyens.Search.SavedSearches.MaxPerAgent; i++) await SaveAsync(token, $"Recherche {i:00}", E("PageSize", "10"));

        var refused = await RefusedAsync("SaveSearch", Session(token), E("Name", "Une de trop"), E("Filter"));

        Assert.That((refused.FaultFields, refused.Fault), Is.EqualTo((new[] { "Name" }, SearchTexts.TooManySearches(50))));
        var list = await ListAsync(token);
        Assert.That(list.Select(s => s.Value("Name")), Is.EqualTo(Enumerable.Range(1, 50).Select(i => $"Recherche {i:00}")), "by name");
    }
}
