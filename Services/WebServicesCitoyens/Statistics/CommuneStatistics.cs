using System.Globalization;
using Dapper;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Statistics;

/// <summary>Dossiers filed, closed and rejected over the period, for one line of a breakdown.</summary>
public sealed record CountLine(string Code, string Label, long Filed, long Closed, long Rejected);

/// <summary>Dossiers filed and closed over one day (AAAA-MM-JJ), ISO week (AAAA-Www) or month (AAAA-MM).</summary>
public sealed record PeriodLine(string Period, long Filed, long Closed);

/// <summary>The delays of one procedure, service or agent; for a step, <see cref="StepCode"/> and its label.</summary>
public sealed record DelayLine(string Code, string Label, DelayFigures Figures, string StepCode = "", string StepLabel = "");

/// <summary>Dossiers still open, by procedure, step, why they wait and since when (their filing).</summary>
public sealed record PendingLine(string ProcedureCode, string ProcedureTitle, string StepCode, string StepLabel, string Reason, string Age, long Dossiers);

/// <summary>Why an open dossier waits.</summary>
public static class PendingReasons
{
    public const string Citizen = "Citizen";
    public const string Agent = "Agent";
    public const string Overdue = "Overdue";
    public static readonly IReadOnlyList<string> All = [Agent, Overdue, Citizen];
}

/// <summary>The statistics of a commune over a period, as far as the caller may see them.</summary>
public sealed record CommuneStatisticsReport(
    string CommuneCode, StatisticsPeriod Period, DateTimeOffset ComputedAt,
    IReadOnlyList<CountLine> ByApplicant, IReadOnlyList<CountLine> ByTheme, IReadOnlyList<CountLine> ByProcedure, IReadOnlyList<CountLine> ByChannel,
    IReadOnlyList<PeriodLine> PerDay, IReadOnlyList<PeriodLine> PerWeek, IReadOnlyList<PeriodLine> PerMonth,
    IReadOnlyList<DelayLine> DelaysByProcedure, IReadOnlyList<DelayLine> DelaysByService, IReadOnlyList<DelayLine> DelaysByAgent,
    IReadOnlyList<DelayLine> DelaysByStep, IReadOnlyList<PendingLine> Pending);

/// <summary>
/// A commune's statistics (seed 002 § 4.3): who asks and what, volumes per day, week and month,
/// dossiers treated, processing delays (average, median, 90th percentile) per procedure, service,
/// agent and step, and the dossiers still waiting, with why. Counts and delays come from the
/// roll-ups (<see cref="StatisticsRecorder"/>), so they cost the same for a thousand or a million
/// dossiers; only the open dossiers are read one by one. The caller sees the procedures of their
/// remit; agents' lines show the administrator every agent, an agent only themself.
/// </summary>
public sealed class CommuneStatistics(Database database, ProcedureDefinitions definitions, AgentStore agents, TimeProvider clock)
{
    // Rows are classes filled through their setters, not positional records: SQLite gives a SUM no declared
    // type, so on an empty result (a commune with no closing yet) Dapper would find no constructor to match.
    private sealed class TotalRow
    {
        public string ProcedureCode { get; init; } = "";
        public string Channel { get; init; } = "";
        public string ApplicantKind { get; init; } = "";
        public long Filed { get; init; }
        public long Closed { get; init; }
        public long Rejected { get; init; }
    }

    private sealed class DayRow
    {
        public string Day { get; init; } = "";
        public long Filed { get; init; }
        public long Closed { get; init; }
    }


    private sealed record OpenRow(string ProcedureCode, string CurrentStep, string State, string SubmittedAt);

    public async Task<CommuneStatisticsReport> ReportAsync(Agent agent, StatisticsPeriod period)
    {
        var now = clock.GetUtcNow();
        var procedures = AgentRights.StatisticsProcedures(agent, definitions.Catalogue.Procedures).ToDictionary(p => p.Code);
        if (agent.CommuneCode is not { } commune || procedures.Count == 0)
            return new CommuneStatisticsReport(agent.CommuneCode ?? "", period, now, [], [], [], [], [], [], [], [], [], [], [], []);

        // The database adds up (a year of a large city is tens of thousands of roll-up rows); what comes back
        // is one row per breakdown line. An agent's remit narrows every query; an administrator's is the catalogue.
        var args = new DynamicParameters(new { commune, fromDay = period.FirstDay, untilDay = period.DayAfter, fromMonth = period.FromMonth, toMonth = period.ToMonth });
        var remit = "";
        if (!agent.IsAdministrator)
        {
            var codes = procedures.Keys.ToList();
            for (var i = 0; i < codes.Count; i++) args.Add("p" + i, codes[i]);
            remit = " AND procedure_code IN (" + string.Join(", ", codes.Select((_, i) => "@p" + i)) + ")";
        }
        await using var connection = await database.OpenAsync();
        var totals = (await connection.QueryAsync<TotalRow>(
            $"""
            SELECT procedure_code AS ProcedureCode, channel, applicant_kind AS ApplicantKind,
                   SUM(filed) AS Filed, SUM(closed) AS Closed, SUM(rejected) AS Rejected
            FROM statistics_days WHERE commune_code = @commune AND day >= @fromDay AND day < @untilDay{remit}
            GROUP BY procedure_code, channel, applicant_kind
            """, args)).Where(r => procedures.ContainsKey(r.ProcedureCode)).ToList();
        var days = (await connection.QueryAsync<DayRow>(
            $"""
            SELECT day, SUM(filed) AS Filed, SUM(closed) AS Closed
            FROM statistics_days WHERE commune_code = @commune AND day >= @fromDay AND day < @untilDay{remit}
            GROUP BY day
            """, args)).ToList();
        // Every agent together: the whole dossier (step '') and each step, per procedure.
        var everyAgent = (await connection.QueryAsync<DelayRow>(
            $"""
            SELECT procedure_code AS ProcedureCode, step_code AS StepCode, bucket, SUM(dossiers) AS Dossiers, SUM(total_seconds) AS TotalSeconds
            FROM statistics_delays WHERE commune_code = @commune AND month >= @fromMonth AND month <= @toMonth AND agent_id = ''{remit}
            GROUP BY procedure_code, step_code, bucket
            """, args)).Where(r => procedures.ContainsKey(r.ProcedureCode)).ToList();
        // Each agent's closings, their procedures together.
        var perAgent = (await connection.QueryAsync<DelayRow>(
            $"""
            SELECT agent_id AS AgentId, bucket, SUM(dossiers) AS Dossiers, SUM(total_seconds) AS TotalSeconds
            FROM statistics_delays WHERE commune_code = @commune AND month >= @fromMonth AND month <= @toMonth
              AND step_code = '' AND agent_id <> ''{remit}
            GROUP BY agent_id, bucket
            """, args)).Where(r => AgentRights.MaySeeFiguresOf(agent, r.AgentId)).ToList();
        var open = (await connection.QueryAsync<OpenRow>(
            $"""
            SELECT procedure_code AS ProcedureCode, current_step AS CurrentStep, state, submitted_at AS SubmittedAt
            FROM dossiers WHERE commune_code = @commune AND state IN ('Open', 'AwaitingCitizen') AND is_test = 0{remit}
            """, args)).Where(r => procedures.ContainsKey(r.ProcedureCode)).ToList();
        var profiles = await agents.ProfilesAsync(connection, commune);
        var colleagues = await agents.OfCommuneAsync(commune);

        string Title(string code) => procedures[code].Title;
        var whole = everyAgent.Where(r => r.StepCode == StatisticsRecorder.WholeDossier).ToList();

        return new CommuneStatisticsReport(commune, period, now,
            ByApplicant: Counts(totals, r => r.ApplicantKind, StatisticsTexts.ApplicantKind, ApplicantKinds.All),
            ByTheme: Counts(totals, r => procedures[r.ProcedureCode].Theme, t => CatalogueTexts.ThemeLabel(t) ?? t),
            ByProcedure: Counts(totals, r => r.ProcedureCode, Title),
            ByChannel: Counts(totals, r => r.Channel, StatisticsTexts.Channel),
            PerDay: Periods(days, d => d),
            PerWeek: Periods(days, IsoWeek),
            PerMonth: Periods(days, d => d[..7]),
            DelaysByProcedure: Delays(whole, r => r.ProcedureCode, Title),
            DelaysByService: profiles
                .Select(p => (Profile: p, Rows: whole.Where(r => p.Covers(r.ProcedureCode, procedures[r.ProcedureCode].Theme)).ToList()))
                .Where(s => s.Rows.Count > 0)
                .Select(s => new DelayLine(s.Profile.Code, s.Profile.Label, DelayHistogram.Of(s.Rows).Figures()!))
                .ToList(),
            DelaysByAgent: Delays(perAgent, r => r.AgentId, id => colleagues.FirstOrDefault(c => c.Id == id)?.DisplayName ?? StatisticsTexts.FormerAgent),
            DelaysByStep: everyAgent.Where(r => r.StepCode != StatisticsRecorder.WholeDossier)
                .GroupBy(r => (r.ProcedureCode, r.StepCode))
                .OrderBy(g => Title(g.Key.ProcedureCode), StringComparer.Ordinal)
                .ThenBy(g => StepOrder(procedures[g.Key.ProcedureCode], g.Key.StepCode))
                .Select(g => new DelayLine(g.Key.ProcedureCode, Title(g.Key.ProcedureCode), DelayHistogram.Of(g).Figures()!,
                    g.Key.StepCode, procedures[g.Key.ProcedureCode].FindStep(g.Key.StepCode)?.AgentLabel ?? g.Key.StepCode))
                .ToList(),
            Pending: Pending(open, procedures, now));
    }

    private static List<CountLine> Counts(IEnumerable<TotalRow> days, Func<TotalRow, string> key, Func<string, string> label,
        IReadOnlyList<string>? always = null)
    {
        var lines = days.GroupBy(key).ToDictionary(g => g.Key, g => (Filed: g.Sum(r => r.Filed), Closed: g.Sum(r => r.Closed), Rejected: g.Sum(r => r.Rejected)));
        foreach (var code in always ?? []) lines.TryAdd(code, (0, 0, 0));
        return lines.Select(l => new CountLine(l.Key, label(l.Key), l.Value.Filed, l.Value.Closed, l.Value.Rejected))
            .OrderByDescending(l => l.Filed).ThenBy(l => l.Label, StringComparer.Ordinal).ToList();
    }

    private static List<PeriodLine> Periods(IEnumerable<DayRow> days, Func<string, string> period) => days
        .GroupBy(d => period(d.Day)).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new PeriodLine(g.Key, g.Sum(r => r.Filed), g.Sum(r => r.Closed))).ToList();

    private static string IsoWeek(string day)
    {
        var date = DateTime.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
    }

    private static List<DelayLine> Delays(IEnumerable<DelayRow> rows, Func<DelayRow, string> key, Func<string, string> label) => rows
        .GroupBy(key)
        .Select(g => new DelayLine(g.Key, label(g.Key), DelayHistogram.Of(g).Figures()!))
        .OrderBy(l => l.Label, StringComparer.Ordinal).ToList();


    private static int StepOrder(ProcedureDefinition procedure, string step) =>
        procedure.Steps.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Code == step, (null!, int.MaxValue)).Item2;

    /// <summary>Open dossiers by procedure, step, reason and age (days since filing).</summary>
    private static List<PendingLine> Pending(IEnumerable<OpenRow> open, IReadOnlyDictionary<string, ProcedureDefinition> procedures, DateTimeOffset now) => open
        .Select(r =>
        {
            var procedure = procedures[r.ProcedureCode];
            var filed = new DateTimeOffset(Timestamps.Parse(r.SubmittedAt), TimeSpan.Zero);
            var reason = r.State == DossierStates.AwaitingCitizen ? PendingReasons.Citizen
                : filed < procedure.OverdueIfFiledBefore(now) ? PendingReasons.Overdue : PendingReasons.Agent;
            return (Procedure: procedure, r.CurrentStep, Reason: reason, Age: AgeBand((now - filed).TotalDays));
        })
        .GroupBy(x => (x.Procedure.Code, x.CurrentStep, x.Reason, x.Age))
        .Select(g =>
        {
            var procedure = procedures[g.Key.Code];
            return new PendingLine(g.Key.Code, procedure.Title, g.Key.CurrentStep, procedure.FindStep(g.Key.CurrentStep)?.AgentLabel ?? g.Key.CurrentStep,
                g.Key.Reason, g.Key.Age, g.LongCount());
        })
        .OrderBy(l => l.ProcedureTitle, StringComparer.Ordinal).ThenBy(l => StepOrder(procedures[l.ProcedureCode], l.StepCode))
        .ThenBy(l => l.Reason, StringComparer.Ordinal).ThenBy(l => AgeBands.IndexOf(l.Age)).ToList();

    /// <summary>The age bands of open dossiers, in days since filing.</summary>
    public static readonly List<string> AgeBands = ["0-7", "8-30", "31-90", "90+"];

    private static string AgeBand(double days) => days < 8 ? "0-7" : days < 31 ? "8-30" : days < 91 ? "31-90" : "90+";
}
