using System.Globalization;
using System.Text;
using WebServicesCitoyens.Texts;
using C = WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Statistics;

/// <summary>
/// Every table of the statistics page as a CSV file, written from the GetStatistics answer itself so that
/// the file, the page and the SOAP answer show the same figures. French spreadsheet defaults: UTF-8 with
/// a byte order mark (without it, a French spreadsheet reads the accents as Windows-1252), « ; » between
/// values (« , » is the decimal separator there), delays in days with one decimal and a decimal comma,
/// CRLF line ends (RFC 4180); a value holding « ; », a quote or a line end is quoted, its quotes doubled.
/// </summary>
public static class StatisticsCsv
{
    public const string Separator = ";";

    /// <summary>The tables, as their addresses name them (/gestion/statistiques/{table}.csv).</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "demandeurs", "thematiques", "demarches", "canaux", "jours", "semaines", "mois",
        "delais-demarches", "delais-services", "delais-agents", "delais-etapes", "en-attente",
    ];

    public static bool IsTable(string table) => Tables.Contains(table, StringComparer.Ordinal);

    /// <summary>The file: the byte order mark, the header row, one row per line of the table.</summary>
    public static byte[] File(C.StatisticsReport report, string table)
    {
        var text = new StringBuilder();
        foreach (var row in Rows(report, table)) text.Append(string.Join(Separator, row.Select(Cell))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The header row (<see cref="StatisticsPageTexts"/>' stable column names), then the lines.</summary>
    public static IEnumerable<IReadOnlyList<string>> Rows(C.StatisticsReport report, string table) => table switch
    {
        "demandeurs" => Counts(StatisticsPageTexts.ApplicantColumn, report.Applicants),
        "thematiques" => Counts(StatisticsPageTexts.ThemeColumn, report.Themes),
        "demarches" => Counts(StatisticsPageTexts.ProcedureColumn, report.Procedures),
        "canaux" => Counts(StatisticsPageTexts.ChannelColumn, report.Channels),
        "jours" => Periods(StatisticsPageTexts.DayColumn, report.Days),
        "semaines" => Periods(StatisticsPageTexts.WeekColumn, report.Weeks),
        "mois" => Periods(StatisticsPageTexts.MonthColumn, report.Months),
        "delais-demarches" => Delays(StatisticsPageTexts.ProcedureColumn, report.DelaysByProcedure),
        "delais-services" => Delays(StatisticsPageTexts.ServiceColumn, report.DelaysByService),
        "delais-agents" => Delays(StatisticsPageTexts.AgentColumn, report.DelaysByAgent),
        "delais-etapes" => StepDelays(report.DelaysByStep),
        "en-attente" => Pending(report.Pending),
        _ => throw new ArgumentException($"No statistics table « {table} ».", nameof(table)),
    };

    /// <summary>
    /// A delay in days with one decimal and a decimal comma: tenths of a day rounded half up, exactly as
    /// statistics.xsl computes them (round(seconds div 8640)), so that the page and the file agree.
    /// </summary>
    public static string Days(long seconds)
    {
        var tenths = (long)Math.Floor(seconds / 8640.0 + 0.5);
        return $"{tenths / 10}{StatisticsPageTexts.DecimalComma}{tenths % 10}";
    }

    private static IEnumerable<IReadOnlyList<string>> Counts(string what, C.CountLine[] lines) =>
        Header([StatisticsPageTexts.CodeColumn, what, .. StatisticsPageTexts.CountColumns],
            lines.Select(l => new[] { l.Code, l.Label, Number(l.Filed), Number(l.Closed), Number(l.Rejected) }));

    private static IEnumerable<IReadOnlyList<string>> Periods(string what, C.PeriodLine[] lines) =>
        Header([what, .. StatisticsPageTexts.PeriodColumns], lines.Select(l => new[] { l.Period, Number(l.Filed), Number(l.Closed) }));

    private static IEnumerable<IReadOnlyList<string>> Delays(string what, C.DelayLine[] lines) =>
        Header([StatisticsPageTexts.CodeColumn, what, .. StatisticsPageTexts.DelayColumns],
            lines.Select(l => (string[])[l.Code, l.Label, .. Figures(l)]));

    private static IEnumerable<IReadOnlyList<string>> StepDelays(C.DelayLine[] lines) =>
        Header([StatisticsPageTexts.ProcedureCodeColumn, StatisticsPageTexts.ProcedureColumn, StatisticsPageTexts.StepCodeColumn,
                StatisticsPageTexts.StepColumn, .. StatisticsPageTexts.DelayColumns],
            lines.Select(l => (string[])[l.Code, l.Label, l.StepCode ?? "", l.StepLabel ?? "", .. Figures(l)]));

    private static IEnumerable<IReadOnlyList<string>> Pending(C.PendingLine[] lines) =>
        Header(StatisticsPageTexts.PendingColumns,
            lines.Select(l => new[] { l.ProcedureCode, l.ProcedureTitle, l.StepCode, l.StepLabel, l.Reason, l.ReasonLabel, l.Age, l.AgeLabel, Number(l.Dossiers) }));

    private static string[] Figures(C.DelayLine line) =>
        [Number(line.Dossiers), Days(line.AverageSeconds), Days(line.MedianSeconds), Days(line.Percentile90Seconds)];

    private static IEnumerable<IReadOnlyList<string>> Header(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> lines) =>
        lines.Prepend(header);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A value as a spreadsheet reads it back unchanged: quoted when it holds the separator, a quote or a
    /// line end; a text a spreadsheet would take for a formula (=, +, -, @ first) is prefixed with an
    /// apostrophe, since labels come from agents' names and procedure titles typed by people.
    /// </summary>
    internal static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0]) && !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
