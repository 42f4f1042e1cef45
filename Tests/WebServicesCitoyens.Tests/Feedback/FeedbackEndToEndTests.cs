using System.Text.Json;

namespace WebServicesCitoyens.Tests.Feedback;

/// <summary>
/// In real headless Chromium (Tests/Accessibility/feedback_e2e.mjs): the rating form of a closed dossier's
/// tracking page filled with the keyboard, the rating shown, the observatory and the procedure's page, the
/// administrator's feedback page reached from the administration's home and the comment answered, the answer
/// published — axe-core (WCAG 2.1 A and AA) finding nothing on any of these pages.
/// </summary>
public sealed class FeedbackEndToEndTests
{
    [Test]
    public async Task The_rating_form_the_observatory_and_the_administrators_feedback_page_have_no_accessibility_violation_in_chromium()
    {
        var world = new FeedbackWorld(SharedHost.Host);
        var (number, code) = await world.ClosedRoadIncidentAsync();
        var comment = $"Parcours clair, réponse rapide ({Guid.NewGuid().ToString("N")[..6]}).";
        var answer = $"Merci, nous gardons ce délai ({Guid.NewGuid().ToString("N")[..6]}).";

        var output = Tool.Succeed("node", Repository.PathOf("Tests", "Accessibility", "feedback_e2e.mjs"), SharedHost.Host.BaseUrl, number, code,
            Requests.RoadIncident, AccountsAgents.Administrator, BackOfficeInProcess.DemoPassword, comment, answer);

        var pages = JsonDocument.Parse(output).RootElement.GetProperty("axe").EnumerateArray().ToList();
        Assert.That(pages.Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[]
            { "suivi avis", "suivi avis donné", "observatoire", "observatoire démarche", "avis administration", "avis répondu", "observatoire réponse" }));
        Assert.That(pages.Select(p => p.GetProperty("status").GetInt32()), Is.All.EqualTo(200));
        foreach (var page in pages)
            Assert.That(page.GetProperty("violations").GetArrayLength(), Is.Zero,
                $"{page.GetProperty("name")} ({page.GetProperty("url")}): {page.GetProperty("violations")}");
        Assert.That(SharedHost.Host.Text("SELECT rating || '|' || comment || '|' || answer FROM feedback WHERE dossier_number = @n", ("@n", number)),
            Is.EqualTo($"4|{comment}|{answer}"));
    }
}
