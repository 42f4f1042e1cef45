using System.Text.Json;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Tests.BackOffice;

namespace WebServicesCitoyens.Tests.Search;

/// <summary>
/// In real headless Chromium (Tests/Accessibility/search_e2e.mjs), mostly with the keyboard: an agent's
/// search without a word refused next to the box, keywords typed without accents finding the one dossier
/// holding them, the search saved, reopened from its link, deleted — axe-core (WCAG 2.1 A and AA) finding
/// nothing on any page on the way.
/// </summary>
public sealed class SearchEndToEndTests
{
    [Test]
    public async Task An_agent_searches_saves_reopens_and_deletes_a_search_in_the_browser_and_axe_finds_nothing()
    {
        var word = SearchWorld.UniqueWord();
        var number = await SearchWorld.FileAsync(SearchWorld.BirthCertificate(surname: "Léonard", firstNames: "Élodie " + word));
        var (_, email) = await BackOfficeWorld.NewAgentAsync("Agent du navigateur", AgentRole.Agent, BackOfficeWorld.CivilStatus);

        var output = Tool.Succeed("node", Repository.PathOf("Tests", "Accessibility", "search_e2e.mjs"), SharedHost.Host.BaseUrl, number,
            $"leon elodie {word}", email, BackOfficeWorld.TestPassword);

        var report = JsonDocument.Parse(output).RootElement;
        var pages = report.GetProperty("axe").EnumerateArray().ToList();
        Assert.That(pages.Select(p => p.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "recherche refusée", "recherche", "recherche enregistrée", "recherche supprimée" }));
        foreach (var page in pages)
            Assert.That(page.GetProperty("violations").GetArrayLength(), Is.Zero,
                $"{page.GetProperty("name")} ({page.GetProperty("url")}): {page.GetProperty("violations")}");
        Assert.That(pages.Select(p => p.GetProperty("status").GetInt32()), Is.EqualTo(new[] { 400, 200, 200, 200 }));
        Assert.That(report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()),
            Is.EqualTo(new[] { "connecté", "trouvé par mots-clés", "enregistrée", "rouverte", "supprimée" }));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM saved_searches s JOIN agents a ON a.id = s.agent_id WHERE a.email = @e", ("@e", email)),
            Is.Zero);
    }
}
