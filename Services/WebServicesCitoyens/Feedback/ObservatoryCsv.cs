using System.Text;

namespace WebServicesCitoyens.Feedback;

/// <summary>
/// The observatory as CSV (/observatoire.csv): UTF-8, a header row of stable column names, one row per
/// procedure, comma-separated, RFC 4180 quoting, decimals with a point; empty where no figure is published.
/// </summary>
public static class ObservatoryCsv
{
    /// <summary>The columns, in order; integrators rely on these names.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "procedure_code", "procedure_title", "theme", "communes_online", "commune_codes", "dossiers_filed_12_months", "dossiers_closed_12_months",
        "ratings", "average_rating", "delay_p90_days", "delay_median_days", "delay_dossiers",
    ];

    public static string Write(IReadOnlyList<Observatory.Line> lines)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var line in lines)
        {
            string?[] cells =
            [
                line.Procedure.Code, line.Procedure.Title, line.Procedure.Theme, line.Communes.Count.ToString(),
                string.Join(' ', line.Communes.Select(c => c.Code)), line.Filed.ToString(), line.Closed.ToString(),
                line.Ratings.ToString(), line.AverageRating is { } average ? Observatory.Number(average) : null,
                line.Delay is { } delay ? Observatory.Days(delay.Percentile90Seconds) : null,
                line.Delay is { } median ? Observatory.Days(median.MedianSeconds) : null,
                line.Delay?.Dossiers.ToString(),
            ];
            csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>A cell, quoted when it holds a comma, a quote or a line break (quotes doubled).</summary>
    private static string Cell(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
