using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Statistics;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The commune's statistics for its agents, <c>/gestion/statistiques?du=AAAA-MM&amp;au=AAAA-MM</c> (the last
/// twelve months without them), and each of its tables as CSV, <c>/gestion/statistiques/{table}.csv</c>
/// with the same period. Both read the very report GetStatistics answers over SOAP
/// (<see cref="CommuneStatistics"/> through <see cref="StatisticsMapping"/>), so the caller sees exactly
/// what their remit lets them see there. The operator, who belongs to no commune, gets the one page
/// saying there is nothing of theirs to show. Private responses, like every page under /gestion.
/// </summary>
internal static class StatisticsPages
{
    private const string Stylesheet = "statistics.xsl";

    public static void Map(RouteGroupBuilder pages)
    {
        // ?format=xml gives the page document.
        pages.MapGet("/statistiques", (HttpContext context, string? du, string? au, string? format, CommuneStatistics statistics, TimeProvider clock) =>
            AgentPages.WithAgent(context, async session =>
            {
                if (session.Commune is null) return NotAvailable(session);
                try
                {
                    var report = await ReportAsync(statistics, session, du, au, clock);
                    return Render(session, StatisticsPage.Report(session.Context(), report), format: format);
                }
                catch (RequestValidationException refused)
                {
                    return PeriodRefused(session, refused, du, au, format);
                }
            }));

        pages.MapGet("/statistiques/{file}", (string file, HttpContext context, string? du, string? au, CommuneStatistics statistics, TimeProvider clock) =>
            AgentPages.WithAgent(context, async session =>
            {
                if (session.Commune is null) return NotAvailable(session);
                var table = file.EndsWith(".csv", StringComparison.Ordinal) ? file[..^4] : "";
                if (!StatisticsCsv.IsTable(table))
                    return session.Message(StatisticsPageTexts.TableNotFoundTitle, StatisticsPageTexts.TableNotFound, StatusCodes.Status404NotFound);
                try
                {
                    var report = await ReportAsync(statistics, session, du, au, clock);
                    return Results.File(StatisticsCsv.File(report, table), "text/csv; charset=utf-8",
                        StatisticsPageTexts.FileName(table, report.FromMonth, report.ToMonth));
                }
                catch (RequestValidationException refused)
                {
                    // A period typed into the address by hand: said in French, with the page's period form to correct it.
                    return PeriodRefused(session, refused, du, au, format: null);
                }
            }));
    }

    /// <summary>The report GetStatistics answers this agent for this period (refused, a RequestValidationException naming FromMonth or ToMonth).</summary>
    private static async Task<Contracts.StatisticsReport> ReportAsync(CommuneStatistics statistics, AgentSession session, string? from, string? to,
        TimeProvider clock)
    {
        var period = StatisticsPeriod.Parse(from, to, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return StatisticsMapping.Report(await statistics.ReportAsync(session.Agent, period));
    }

    /// <summary>The period form again, each refusal linked to its control (FromMonth: du, ToMonth: au), what was typed refilled.</summary>
    private static IResult PeriodRefused(AgentSession session, RequestValidationException refused, string? from, string? to, string? format)
    {
        var errors = refused.Errors.Select(e => e with { Path = e.Path == "ToMonth" ? StatisticsPage.ToControl : StatisticsPage.FromControl }).ToList();
        return Render(session, StatisticsPage.Refused(session.Context(null, errors, StatisticsPage.Period(from, to))),
            StatusCodes.Status422UnprocessableEntity, format);
    }

    private static IResult NotAvailable(AgentSession session) =>
        session.Message(StatisticsPageTexts.NotAvailableTitle, StatisticsPageTexts.NotAvailable, StatusCodes.Status404NotFound);

    /// <summary>A page rendered by statistics.xsl (which imports backoffice.xsl); <c>xml</c> as <paramref name="format"/>: its page document.</summary>
    private static IResult Render(AgentSession session, System.Xml.Linq.XDocument page, int status = StatusCodes.Status200OK, string? format = null) =>
        format == "xml" ? session.Render(page, status, format) : HtmlPages.Render(session.Renderer, Stylesheet, page, status);
}
