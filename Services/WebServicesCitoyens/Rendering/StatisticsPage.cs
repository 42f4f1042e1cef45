using System.Xml.Linq;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Statistics;
using static WebServicesCitoyens.Rendering.BackOfficePage;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page document of the agents' statistics (<c>/gestion/statistiques</c>), rendered by statistics.xsl:
/// view <c>statistiques</c>, the period asked (page:Values <c>du</c>, <c>au</c>, refilled in the period form;
/// page:Errors naming them when refused) and, unless refused, <c>page:Statistics[@from, @to]</c> holding the
/// address of each table's CSV export (<c>page:Export[@table, @href]</c>) and the very
/// <c>GetStatisticsResult</c> that BackOffice.svc's GetStatistics answers, serialized the same way: a
/// commune's site renders that answer with the same stylesheet.
/// </summary>
public static class StatisticsPage
{
    public const string Path = "/gestion/statistiques";

    /// <summary>The controls of the period form: first and last month, AAAA-MM.</summary>
    public const string FromControl = "du";
    public const string ToControl = "au";

    /// <summary>Where a table's CSV is downloaded, for the same period.</summary>
    public static string CsvHref(string table, string fromMonth, string toMonth) =>
        $"{Path}/{table}.csv?{FromControl}={Uri.EscapeDataString(fromMonth)}&{ToControl}={Uri.EscapeDataString(toMonth)}";

    public static XDocument Report(Context context, StatisticsReport report) =>
        Document("statistiques", context with { Values = Period(report.FromMonth, report.ToMonth) }, new XElement(Page + "Statistics",
            new XAttribute("from", report.FromMonth), new XAttribute("to", report.ToMonth),
            StatisticsCsv.Tables.Select(table => new XElement(Page + "Export",
                new XAttribute("table", table), new XAttribute("href", CsvHref(table, report.FromMonth, report.ToMonth)))),
            PageDocument.Serialize(report, "GetStatisticsResult", ContractNamespaces.BackOffice)));

    /// <summary>The period form alone, with its refusals (context.Errors) and what was typed (context.Values).</summary>
    public static XDocument Refused(Context context) => Document("statistiques", context);

    public static IReadOnlyDictionary<string, string> Period(string? fromMonth, string? toMonth)
    {
        var values = new Dictionary<string, string>();
        // What was typed comes back only when short enough to be a month (a refusal repeats nothing long).
        if (fromMonth is { Length: > 0 and <= 16 }) values[FromControl] = fromMonth;
        if (toMonth is { Length: > 0 and <= 16 }) values[ToControl] = toMonth;
        return values;
    }
}
