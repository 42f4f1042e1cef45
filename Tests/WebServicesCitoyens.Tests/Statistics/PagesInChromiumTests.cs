using System.Text.Json;
using WebServicesCitoyens.Tests.BackOffice;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>The statistics page in real headless Chromium (Tests/Accessibility/statistics_e2e.mjs), with axe-core on every state of it.</summary>
public sealed class PagesInChromiumTests
{
    /// <summary>
    /// From the header's link to the page (its SVG charts images with a name), the days' table opened with
    /// the keyboard, another period chosen with the form, a month that does not exist refused, and a CSV
    /// downloaded through its link: axe-core (WCAG 2.1 A and AA) finds nothing on any of the four pages.
    /// </summary>
    [Test]
    public async Task The_statistics_pages_have_no_accessibility_violation_in_chromium_and_a_csv_downloads_from_its_link()
    {
        await SoapStatisticsTests.ClosedDossierAsync(await TokenOfAsync(Admin));
        var from = DateTime.UtcNow.AddMonths(-2).ToString("yyyy-MM");

        var output = Tool.Succeed("node", Repository.PathOf("Tests", "Accessibility", "statistics_e2e.mjs"), SharedHost.Host.BaseUrl, Admin,
            AgentPagesHost.Password, from);

        var report = JsonDocument.Parse(output).RootElement;
        var pages = report.GetProperty("axe").EnumerateArray().ToList();
        Assert.That(pages.Select(p => p.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "statistiques", "statistiques tableau des jours", "statistiques autre période", "statistiques refusées" }));
        Assert.That(pages.Select(p => p.GetProperty("status").GetInt32()), Is.EqualTo(new[] { 200, 200, 200, 422 }));
        foreach (var page in pages)
            Assert.That(page.GetProperty("violations").GetArrayLength(), Is.Zero,
                $"{page.GetProperty("name")} ({page.GetProperty("url")}): {page.GetProperty("violations")}");
        Assert.That(report.GetProperty("charts").GetInt32(), Is.GreaterThanOrEqualTo(7));
        var csv = report.GetProperty("csv");
        Assert.That((csv.GetProperty("status").GetInt32(), csv.GetProperty("type").GetString(), csv.GetProperty("bom").GetBoolean()),
            Is.EqualTo((200, "text/csv; charset=utf-8", true)));
        Assert.That(csv.GetProperty("header").GetString(), Is.EqualTo("Code;Démarche;Déposés;Clos;Rejetés"));
    }
}
