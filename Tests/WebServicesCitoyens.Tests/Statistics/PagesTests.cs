using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Tests.BackOffice;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>
/// The statistics page, /gestion/statistiques, and its CSV exports over HTTP on the shared host: the page
/// holds the very report GetStatistics answers the same agent, with a chart and a table per section and a
/// CSV link under each table; the period form refuses a bad month in French, linked to its control; the
/// operator finds nothing of theirs; every table downloads as UTF-8 with a BOM, « ; » between values, the
/// stable French header and the SOAP answer's figures; nothing is cached.
/// </summary>
public sealed class PagesTests
{
    private static HostProcess Host => SharedHost.Host;

    private static Task<PageBrowser> LoggedInAsync(string email) => AgentPagesHost.LoggedInAsync(email, Host);

    /// <summary>The GetStatisticsResult a page document embeds.</summary>
    private static async Task<XElement> EmbeddedReportAsync(PageBrowser browser, string query = "")
    {
        var xml = await browser.Http.GetStringAsync($"{Host.BaseUrl}/gestion/statistiques?format=xml{query}");
        return XDocument.Parse(xml).Descendants(B + "GetStatisticsResult").Single();
    }

    [Test]
    public async Task The_page_embeds_exactly_the_GetStatistics_answer_of_the_same_agent()
    {
        await SoapStatisticsTests.ClosedDossierAsync(await TokenOfAsync(EtatCivil));
        using var browser = await LoggedInAsync(EtatCivil);

        var embedded = await EmbeddedReportAsync(browser, "&du=2026-01&au=" + DateTime.UtcNow.ToString("yyyy-MM"));
        var answered = await SoapStatisticsTests.StatisticsAsync(await TokenOfAsync(EtatCivil), "2026-01", DateTime.UtcNow.ToString("yyyy-MM"));

        Assert.That(embedded.Items("Procedures"), Is.Not.Empty);
        Assert.That(SoapStatisticsTests.Without(embedded, "ComputedAt"), Is.EqualTo(SoapStatisticsTests.Without(answered, "ComputedAt")));
    }

    [Test]
    public async Task The_page_shows_a_chart_and_a_table_per_section_with_a_csv_link_under_each_table_and_the_header_links_to_it()
    {
        await SoapStatisticsTests.ClosedDossierAsync(await TokenOfAsync(Admin));
        using var browser = await LoggedInAsync(Admin);

        var (status, html) = await browser.GetAsync("/gestion/statistiques");
        var (_, queue) = await browser.GetAsync("/gestion/dossiers");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var from = DateTime.UtcNow.AddMonths(-11).ToString("yyyy-MM");
        var to = DateTime.UtcNow.ToString("yyyy-MM");
        Assert.That(html, Does.Contain("<h1>Statistiques</h1>").And.Contain("<title>Statistiques – Gestion des dossiers – Orléans</title>")
            .And.Contain("href=\"/gestion/statistiques\" aria-current=\"page\">Statistiques</a>")
            .And.Contain($"id=\"f-du\" name=\"du\" type=\"month\"").And.Contain($"value=\"{from}\"").And.Contain($"value=\"{to}\"")
            .And.Contain("Demande d'acte de naissance"));
        Assert.That(queue, Does.Contain("<a href=\"/gestion/statistiques\">Statistiques</a>"), "the header links to it");
        foreach (var table in WebServicesCitoyens.Statistics.StatisticsCsv.Tables)
            Assert.That(html, Does.Contain($"href=\"/gestion/statistiques/{table}.csv?du={from}&au={to}\""), table);
        // One chart per who/what section, months, weeks, days and delays per procedure; each an image with its name.
        var charts = Regex.Matches(html, "<svg class=\"st-chart\" role=\"img\" aria-label=\"[^\"]+\"");
        Assert.That(charts.Count, Is.GreaterThanOrEqualTo(7), "who asks, themes, procedures, channels, months, weeks, days, delays");
        Assert.That(Regex.Matches(html, "<svg[^>]*>\\s*<title>[^<]+</title>\\s*<desc>").Count, Is.EqualTo(charts.Count), "every chart has its title and description");
        Assert.That(html, Does.Contain("<polyline fill=\"none\" class=\"st-series st-series-filed\" points=\""));
        Assert.That(Regex.Matches(html, "<table class=\"wsc-table st-table\">").Count, Is.GreaterThanOrEqualTo(9));
    }

    [Test]
    public async Task A_bad_month_is_refused_in_French_linked_to_its_control_with_what_was_typed()
    {
        using var browser = await LoggedInAsync(EtatCivil);

        var (status, html) = await browser.GetAsync("/gestion/statistiques?du=2026-13&au=2026-11");
        var (order, reversed) = await browser.GetAsync("/gestion/statistiques?du=2026-05&au=2026-04");

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(html, Does.Contain("<title>Erreur : Statistiques").And.Contain($"<a href=\"#f-du\">{Texts.StatisticsTexts.MonthFormat}</a>")
            .And.Contain("aria-invalid=\"true\"").And.Contain("value=\"2026-13\"").And.Not.Contain("<svg"));
        Assert.That(order, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(reversed, Does.Contain($"<a href=\"#f-au\">{Texts.StatisticsTexts.MonthsInOrder}</a>"));
    }

    [Test]
    public async Task The_operator_finds_no_statistics_and_no_link_to_them_and_a_visitor_is_sent_to_log_in()
    {
        using var operatorBrowser = await LoggedInAsync(Operator);
        using var visitor = new PageBrowser(Host.BaseUrl);

        var (status, html) = await operatorBrowser.GetAsync("/gestion/statistiques");
        var (csvStatus, csv) = await operatorBrowser.GetAsync("/gestion/statistiques/demarches.csv");
        var (_, administration) = await operatorBrowser.GetAsync("/gestion/administration");
        using var anonymous = await visitor.Http.GetAsync(Host.BaseUrl + "/gestion/statistiques/demarches.csv");

        Assert.That((status, csvStatus), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
        Assert.That(html, Does.Contain(Texts.StatisticsPageTexts.NotAvailable).And.Not.Contain("<svg"));
        Assert.That(csv, Does.Contain(Texts.StatisticsPageTexts.NotAvailable));
        Assert.That(administration, Does.Not.Contain("/gestion/statistiques"));
        Assert.That((anonymous.StatusCode, anonymous.Headers.Location?.ToString()), Is.EqualTo((HttpStatusCode.SeeOther, "/gestion/connexion")));
    }

    [Test]
    public async Task Every_table_downloads_as_french_csv_with_its_header_and_the_figures_of_the_soap_answer()
    {
        var token = await TokenOfAsync(Admin);
        await SoapStatisticsTests.ClosedDossierAsync(token);
        await BackOfficeWorld.NewDossierAsync(Requests.RoadIncident);
        using var browser = await LoggedInAsync(Admin);
        var report = await SoapStatisticsTests.StatisticsAsync(token);

        foreach (var (table, list, header) in Expected)
        {
            using var response = await browser.Http.GetAsync($"{Host.BaseUrl}/gestion/statistiques/{table}.csv");
            var bytes = await response.Content.ReadAsByteArrayAsync();

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), table);
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/csv; charset=utf-8"), table);
            Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo("no-store, private"), table);
            Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName,
                Does.StartWith($"statistiques-{table}-"), table);
            Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), $"{table}: UTF-8 with a byte order mark");
            var rows = Csv(Encoding.UTF8.GetString(bytes[3..]));
            Assert.That(rows[0], Is.EqualTo(header), table);
            Assert.That(rows.Skip(1), Is.EqualTo(report.Items(list).Select(l => Row(table, l))), table);
        }
        Assert.That(report.Items("Procedures"), Is.Not.Empty);
        Assert.That(report.Items("DelaysByProcedure"), Is.Not.Empty);
    }

    [Test]
    public async Task A_csv_keeps_the_period_asked_and_an_unknown_table_is_not_found()
    {
        using var browser = await LoggedInAsync(EtatCivil);

        using var months = await browser.Http.GetAsync($"{Host.BaseUrl}/gestion/statistiques/mois.csv?du=2025-01&au=2025-02");
        var (unknown, html) = await browser.GetAsync("/gestion/statistiques/inconnu.csv");
        var (bad, refused) = await browser.GetAsync("/gestion/statistiques/mois.csv?du=2025-1");

        Assert.That(months.Content.Headers.ContentDisposition?.FileNameStar ?? months.Content.Headers.ContentDisposition?.FileName,
            Is.EqualTo("statistiques-mois-2025-01-2025-02.csv"));
        Assert.That(Csv(Encoding.UTF8.GetString((await months.Content.ReadAsByteArrayAsync())[3..])), Has.Count.EqualTo(1), "only the header: no dossier then");
        Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(html, Does.Contain(Texts.StatisticsPageTexts.TableNotFound));
        Assert.That(bad, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(refused, Does.Contain(Texts.StatisticsTexts.MonthFormat));
    }

    // ------------------------------------------------------------------ what each file must hold

    private static readonly string[] Counts = ["Déposés", "Clos", "Rejetés"];
    private static readonly string[] Delays = ["Dossiers", "Moyenne (jours)", "Médiane (jours)", "90e centile (jours)"];

    private static readonly (string Table, string List, string[] Header)[] Expected =
    [
        ("demandeurs", "Applicants", ["Code", "Demandeur", .. Counts]),
        ("thematiques", "Themes", ["Code", "Thématique", .. Counts]),
        ("demarches", "Procedures", ["Code", "Démarche", .. Counts]),
        ("canaux", "Channels", ["Code", "Canal", .. Counts]),
        ("jours", "Days", ["Jour", "Déposés", "Clos"]),
        ("semaines", "Weeks", ["Semaine", "Déposés", "Clos"]),
        ("mois", "Months", ["Mois", "Déposés", "Clos"]),
        ("delais-demarches", "DelaysByProcedure", ["Code", "Démarche", .. Delays]),
        ("delais-services", "DelaysByService", ["Code", "Service", .. Delays]),
        ("delais-agents", "DelaysByAgent", ["Code", "Agent", .. Delays]),
        ("delais-etapes", "DelaysByStep", ["Code démarche", "Démarche", "Code étape", "Étape", .. Delays]),
        ("en-attente", "Pending", ["Code démarche", "Démarche", "Code étape", "Étape", "Code motif", "Motif", "Code ancienneté", "Ancienneté", "Dossiers"]),
    ];

    [Test]
    public void The_test_knows_every_table_the_page_offers() =>
        Assert.That(Expected.Select(e => e.Table), Is.EqualTo(WebServicesCitoyens.Statistics.StatisticsCsv.Tables));

    /// <summary>A line of the SOAP answer as its CSV row must read: delays in days, one decimal, decimal comma, tenths rounded half up.</summary>
    private static string[] Row(string table, XElement line)
    {
        string V(string name) => line.Element(B + name)?.Value ?? "";
        string Days(string name)
        {
            var tenths = (long)Math.Floor(long.Parse(V(name)) / 8640.0 + 0.5);
            return $"{tenths / 10},{tenths % 10}";
        }
        string[] Figures() => [V("Dossiers"), Days("AverageSeconds"), Days("MedianSeconds"), Days("Percentile90Seconds")];
        return table switch
        {
            "jours" or "semaines" or "mois" => [V("Period"), V("Filed"), V("Closed")],
            "delais-etapes" => [V("Code"), V("Label"), V("StepCode"), V("StepLabel"), .. Figures()],
            "en-attente" => [V("ProcedureCode"), V("ProcedureTitle"), V("StepCode"), V("StepLabel"), V("Reason"), V("ReasonLabel"), V("Age"), V("AgeLabel"), V("Dossiers")],
            _ when table.StartsWith("delais-") => [V("Code"), V("Label"), .. Figures()],
            _ => [V("Code"), V("Label"), V("Filed"), V("Closed"), V("Rejected")],
        };
    }

    /// <summary>Rows of a CSV with « ; » separators, CRLF line ends and quoted values (quotes doubled).</summary>
    internal static List<string[]> Csv(string text)
    {
        Assert.That(text, Does.EndWith("\r\n"));
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ';') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString()); cell.Clear();
                rows.Add([.. row]); row.Clear();
                i++;
            }
            else cell.Append(c);
        }
        return rows;
    }
}
