using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Tests.BackOffice;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

// With the other three-engine tests (their fixture, work folder and RenderEverywhere), kept beside the statistics' own tests.
namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>statistics.xsl — the charts' SVG included — on the three engines: a report built here, the raw GetStatistics answer, the page the host serves.</summary>
public sealed partial class XslEnginesTests
{
    private static CountLine Count(string code, string label, long filed, long closed = 0, long rejected = 0) =>
        new() { Code = code, Label = label, Filed = filed, Closed = closed, Rejected = rejected };

    private static PeriodLine Period(string period, long filed, long closed) => new() { Period = period, Filed = filed, Closed = closed };

    private static DelayLine Delay(string code, string label, long dossiers, long average, long median, long p90, string? step = null) =>
        new() { Code = code, Label = label, StepCode = step, StepLabel = step is null ? null : "Étape « " + step + " »",
                Dossiers = dossiers, AverageSeconds = average, MedianSeconds = median, Percentile90Seconds = p90 };

    /// <summary>
    /// Figures chosen to catch engines apart: labels to escape, days with gaps (the series' zeros), delays on a
    /// rounding tie (21 600 s = 0.25 day, 216 000 s = 2.5 days), a three-month period across a year's end.
    /// </summary>
    internal static StatisticsReport SampleReport() => new()
    {
        CommuneCode = Requests.Commune, FromMonth = "2025-12", ToMonth = "2026-02", ComputedAt = new DateTime(2026, 2, 20, 10, 0, 0, DateTimeKind.Utc),
        Applicants = [Count("Citizen", "Particuliers", 40, 30, 2), Count("Business", "Entreprises & « pros » <b>", 7, 3), Count("Association", "Associations", 0)],
        Themes = [Count("etat-civil", "État civil", 47, 33, 2)],
        Procedures = [Count(Requests.BirthCertificate, "Demande d'acte de naissance", 30, 25, 1), Count("etat-civil.acte-deces", "Demande d'acte de décès", 17, 8, 1)],
        Channels = [Count("Web", "Formulaire en ligne", 35, 25), Count("Counter", "Au guichet", 12, 8)],
        Days = [Period("2025-12-01", 3, 0), Period("2025-12-02", 1, 2), Period("2025-12-31", 20, 4), Period("2026-01-15", 13, 20), Period("2026-02-27", 10, 7)],
        Weeks = [Period("2025-W49", 4, 2), Period("2026-W01", 20, 4), Period("2026-W03", 13, 20), Period("2026-W09", 10, 7)],
        Months = [Period("2025-12", 24, 6), Period("2026-01", 13, 20), Period("2026-02", 10, 7)],
        DelaysByProcedure = [Delay(Requests.BirthCertificate, "Demande d'acte de naissance", 25, 216_000, 21_600, 604_800),
                             Delay("etat-civil.acte-deces", "Demande d'acte de décès", 8, 3_000, 3_600, 7_200)],
        DelaysByService = [Delay("etat-civil", "État civil", 33, 164_000, 21_600, 604_800)],
        DelaysByAgent = [Delay("a1", "Claire \"Cl\" Martin", 20, 100_000, 86_400, 172_800)],
        DelaysByStep = [Delay(Requests.BirthCertificate, "Demande d'acte de naissance", 25, 4_320, 3_600, 10_800, "ENREGISTREE")],
        Pending = [new() { ProcedureCode = Requests.BirthCertificate, ProcedureTitle = "Demande d'acte de naissance", StepCode = "ENREGISTREE", StepLabel = "Enregistrée",
                           Reason = "Overdue", ReasonLabel = "En retard sur le délai annoncé", Age = "8-30", AgeLabel = "De 8 à 30 jours", Dossiers = 4 }],
    };

    [TestCase("yes")]
    [TestCase("no")]
    public void The_statistics_page_with_its_svg_charts_renders_identically_on_dotnet_libxslt_and_saxon(string standalone)
    {
        var agent = CounterAgent with { Role = AgentRole.Administrator };
        var page = StatisticsPage.Report(new BackOfficePage.Context(agent, ContractMapping.Info(Orleans)), SampleReport());

        var (dotnet, libxslt, saxon) = RenderEverywhere("statistics.xsl", page.ToString(),
            new() { ["standalone"] = standalone, ["assets"] = "https://wsc.example/" }, "statistics-" + standalone);

        Assert.That(Regex.Matches(dotnet, "<svg ").Count, Is.EqualTo(8), "who, themes, procedures, channels, months, weeks, days, delays");
        Assert.That(dotnet, Does.Contain("Entreprises &amp; « pros » &lt;b&gt;").And.Contain("https://wsc.example/css/statistics.css")
            .And.Contain("<td class=\"st-number\">2,5</td>").And.Contain("<td class=\"st-number\">0,3</td>").And.Contain("<td class=\"st-number\">7,0</td>")
            .And.Contain("href=\"/gestion/statistiques/delais-agents.csv?du=2025-12&amp;au=2026-02\"")
            .And.Contain("Période : de décembre 2025 à février 2026").And.Contain("semaine 49 de 2025").And.Contain("Claire \"Cl\" Martin"));
        // 90 days over 720 units: 1 December at 44, 2 December at 52, nothing until 31 December (a zero at 60 and at 276), …
        Assert.That(dotnet, Does.Contain("points=\"44,166 52,182 60,190 276,190 284,30 292,190"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>The raw GetStatistics answer a commune's site fetches renders alike on the three engines, without the agents' form or CSV links.</summary>
    [Test]
    public async Task A_GetStatistics_answer_renders_identically_on_dotnet_libxslt_and_saxon()
    {
        var token = await TokenOfAsync(Admin);
        await Statistics.SoapStatisticsTests.ClosedDossierAsync(token);
        var (status, xml, _) = await Infrastructure.Soap.PostAsync(Url, Infrastructure.Soap.Envelope(
            new XElement(B + "GetStatistics", new XElement(B + "SessionToken", token)).ToString()), null);
        Assert.That(status, Is.EqualTo(200), xml);

        var (dotnet, libxslt, saxon) = RenderEverywhere("statistics.xsl", xml, WholePage, "statistics-raw");

        Assert.That(dotnet, Does.Contain("<h1>Statistiques de la commune</h1>").And.Contain("Demande d'acte de naissance").And.Contain("<svg ")
            .And.Not.Contain("st-period-form").And.Not.Contain(".csv"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    /// <summary>The statistics page the host serves an administrator is what xsltproc and Saxon make of its page document (?format=xml).</summary>
    [Test]
    public async Task The_statistics_page_the_host_serves_is_what_xsltproc_and_saxon_make_of_its_page_xml()
    {
        await Statistics.SoapStatisticsTests.ClosedDossierAsync(await TokenOfAsync(Admin));
        using var browser = await AgentPagesHost.LoggedInAsync(Admin, SharedHost.Host);

        var served = await browser.Http.GetStringAsync(SharedHost.Host.BaseUrl + "/gestion/statistiques");
        var xml = await browser.Http.GetStringAsync(SharedHost.Host.BaseUrl + "/gestion/statistiques?format=xml");
        var (_, libxslt, saxon) = RenderEverywhere("statistics.xsl", xml, WholePage, "statistics-served");
        var host = Canonical(served, "statistics-served-host");

        Assert.That(host, Does.Contain("<svg ").And.Contain("<polyline"));
        Assert.That(libxslt, Is.EqualTo(host), "xsltproc differs from the host");
        Assert.That(saxon, Is.EqualTo(host), "Saxon differs from the host");
    }
}
