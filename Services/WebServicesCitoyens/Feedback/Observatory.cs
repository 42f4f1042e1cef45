using System.Globalization;
using System.Xml.Linq;
using Dapper;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Statistics;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Feedback;

/// <summary>
/// The public observatory of online procedures (seed 004: « tableau de bord ouvert et participatif »):
/// for every procedure of the catalogue, the communes where it is online (not in Test), the dossiers
/// filed and closed over the last twelve months, the satisfaction (average rating and number of
/// ratings), and the 90th-percentile processing delay over the communes that publish their delays —
/// the figures of <see cref="PublicStatistics"/>, never computed here; and per procedure, the published
/// feedback with the communes' answers. Test dossiers are never counted nor shown, a citizen is never
/// named, a dossier number never given. The XML (namespace <see cref="ContractNamespaces.Observatory"/>)
/// is declared by Xsl/observatoire.xsd; the page renders the very same document with observatoire.xsl.
/// </summary>
public sealed class Observatory(Database database, ProcedureCatalogue catalogue, PublicStatistics statistics, FeedbackStore feedback,
    TimeProvider clock)
{
    public static readonly XNamespace Ns = ContractNamespaces.Observatory;

    /// <summary>The most feedback entries published per procedure page, and reports without a procedure on the main page.</summary>
    public const int MaxPublished = 200;

    private sealed record OnlineRow(string ProcedureCode, string CommuneCode, string Name);

    /// <summary>One procedure's line, as the XML and the CSV carry it.</summary>
    public sealed record Line(ProcedureDefinition Procedure, IReadOnlyList<(string Code, string Name)> Communes, long Filed, long Closed,
        long Ratings, double? AverageRating, DelayFigures? Delay);

    public async Task<(StatisticsPeriod Period, IReadOnlyList<(string Code, string Name)> Communes, IReadOnlyList<Line> Lines)> LinesAsync()
    {
        var period = StatisticsPeriod.LastTwelveMonths(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var figures = await statistics.ProceduresAsync(period);
        var satisfaction = await feedback.SatisfactionAsync();
        IReadOnlyList<OnlineRow> online;
        IReadOnlyList<(string, string)> communes;
        await using (var connection = await database.OpenAsync())
        {
            online = (await connection.QueryAsync<OnlineRow>(
                """
                SELECT o.procedure_code AS ProcedureCode, c.code AS CommuneCode, c.name AS Name
                FROM commune_procedures o JOIN communes c ON c.code = o.commune_code
                WHERE o.state = 'Online' ORDER BY c.name, c.code
                """)).ToList();
            communes = (await connection.QueryAsync<(string, string)>("SELECT code, name FROM communes ORDER BY name, code")).ToList();
        }
        var byProcedure = online.ToLookup(o => o.ProcedureCode);
        var lines = catalogue.Procedures
            .OrderBy(p => ThemeRank(p.Theme)).ThenBy(p => p.Title, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true))
            .Select(p =>
            {
                var figure = figures.GetValueOrDefault(p.Code);
                var (count, sum) = satisfaction.GetValueOrDefault(p.Code);
                return new Line(p, byProcedure[p.Code].Select(o => (o.CommuneCode, o.Name)).ToList(), figure?.Filed ?? 0, figure?.Closed ?? 0,
                    count, count == 0 ? null : Math.Round((double)sum / count, 1), figure?.Delay);
            }).ToList();
        return (period, communes, lines);
    }

    /// <summary>The whole observatory (/observatoire.xml), with the reports that concern no procedure in particular.</summary>
    public async Task<XDocument> DocumentAsync(CommuneStore communeStore)
    {
        var (period, communes, lines) = await LinesAsync();
        var reports = await feedback.PublishedWithoutProcedureAsync(MaxPublished);
        return new XDocument(new XElement(Ns + "Observatory",
            new XAttribute(XNamespace.Xmlns + "obs", Ns.NamespaceName),
            Header(period),
            new XElement(Ns + "Communes", communes.Select(c => new XElement(Ns + "Commune", new XAttribute("code", c.Item1), c.Item2))),
            new XElement(Ns + "Procedures", lines.Select(Procedure)),
            new XElement(Ns + "Reports", await PublishedAsync(reports, communeStore))));
    }

    /// <summary>One procedure's page (/observatoire/{code}): its line and its published feedback; null for a code not in the catalogue.</summary>
    public async Task<XDocument?> ProcedureDocumentAsync(string code, CommuneStore communeStore)
    {
        if (catalogue.Find(code) is null) return null;
        var (period, _, lines) = await LinesAsync();
        var line = lines.Single(l => l.Procedure.Code == code);
        return new XDocument(new XElement(Ns + "ObservatoryProcedure",
            new XAttribute(XNamespace.Xmlns + "obs", Ns.NamespaceName),
            Header(period),
            Procedure(line),
            new XElement(Ns + "Feedback", await PublishedAsync(await feedback.PublishedForProcedureAsync(code, MaxPublished), communeStore))));
    }

    private XElement[] Header(StatisticsPeriod period) =>
    [
        new XElement(Ns + "GeneratedAt", clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new XElement(Ns + "Period", new XElement(Ns + "From", period.FirstDay),
            new XElement(Ns + "To", period.To.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
    ];

    private static XElement Procedure(Line line) => new(Ns + "Procedure",
        new XAttribute("code", line.Procedure.Code),
        new XElement(Ns + "Title", line.Procedure.Title),
        new XElement(Ns + "Theme", new XAttribute("code", line.Procedure.Theme), CatalogueTexts.ThemeLabel(line.Procedure.Theme) ?? line.Procedure.Theme),
        new XElement(Ns + "OnlineIn", new XAttribute("count", line.Communes.Count),
            line.Communes.Select(c => new XElement(Ns + "Commune", new XAttribute("code", c.Code), c.Name))),
        new XElement(Ns + "Filed", line.Filed),
        new XElement(Ns + "Closed", line.Closed),
        new XElement(Ns + "Satisfaction", new XAttribute("ratings", line.Ratings),
            line.AverageRating is { } average ? new XElement(Ns + "Average", Number(average)) : null),
        line.Delay is { } delay
            ? new XElement(Ns + "Delay", new XAttribute("dossiers", delay.Dossiers),
                new XElement(Ns + "Percentile90Days", Days(delay.Percentile90Seconds)),
                new XElement(Ns + "MedianDays", Days(delay.MedianSeconds)),
                new XElement(Ns + "AverageDays", Days((long)delay.AverageSeconds)))
            : null);

    /// <summary>Published feedback: the date (no time), the commune, what was said, and the commune's answer in its name — nobody else named.</summary>
    private static async Task<IEnumerable<XElement>> PublishedAsync(IReadOnlyList<FeedbackRecord> entries, CommuneStore communeStore)
    {
        var communes = new Dictionary<string, Commune?>();
        foreach (var code in entries.Select(e => e.CommuneCode).Distinct()) communes[code] = await communeStore.FindAsync(code);
        return entries.Select(e =>
        {
            var commune = communes[e.CommuneCode];
            var name = commune?.Name ?? e.CommuneCode;
            return new XElement(Ns + "Entry",
                new XAttribute("kind", e.Kind),
                new XElement(Ns + "Date", Date(commune, e.CreatedAt)),
                new XElement(Ns + "Commune", new XAttribute("code", e.CommuneCode), name),
                e.ProcedureCode is { } code ? new XElement(Ns + "ProcedureCode", code) : null,
                e.Rating is { } rating ? new XElement(Ns + "Rating", rating) : null,
                e.Comment is { } comment ? new XElement(Ns + "Comment", comment) : null,
                e.HasMalfunction ? new XElement(Ns + "Malfunction", e.MalfunctionDescription ?? "") : null,
                e.Answer is { } answer
                    ? new XElement(Ns + "Answer", new XElement(Ns + "Date", Date(commune, e.AnsweredAt!)),
                        new XElement(Ns + "By", FeedbackTexts.AnsweredBy(name)), new XElement(Ns + "Text", answer))
                    : null);
        });
    }

    private static string Date(Commune? commune, string at) =>
        Accounts.CitizenDossiers.Local(commune, at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Days(long seconds) => Number(seconds / 86400.0);

    private static int ThemeRank(string theme)
    {
        var index = CatalogueTexts.Themes.Select(t => t.Code).ToList().IndexOf(theme);
        return index < 0 ? int.MaxValue : index;
    }
}
