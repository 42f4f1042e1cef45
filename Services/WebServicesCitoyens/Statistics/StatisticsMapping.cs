using WebServicesCitoyens.Texts;
using C = WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Statistics;

/// <summary>The statistics as the back office's contract carries them (and the statistics pages render).</summary>
public static class StatisticsMapping
{
    public static C.StatisticsReport Report(CommuneStatisticsReport report) => new()
    {
        CommuneCode = report.CommuneCode,
        FromMonth = report.Period.FromMonth,
        ToMonth = report.Period.ToMonth,
        ComputedAt = report.ComputedAt.UtcDateTime,
        Applicants = Counts(report.ByApplicant),
        Themes = Counts(report.ByTheme),
        Procedures = Counts(report.ByProcedure),
        Channels = Counts(report.ByChannel),
        Days = Periods(report.PerDay),
        Weeks = Periods(report.PerWeek),
        Months = Periods(report.PerMonth),
        DelaysByProcedure = Delays(report.DelaysByProcedure),
        DelaysByService = Delays(report.DelaysByService),
        DelaysByAgent = Delays(report.DelaysByAgent),
        DelaysByStep = Delays(report.DelaysByStep),
        Pending = report.Pending.Select(p => new C.PendingLine
        {
            ProcedureCode = p.ProcedureCode, ProcedureTitle = p.ProcedureTitle, StepCode = p.StepCode, StepLabel = p.StepLabel,
            Reason = p.Reason, ReasonLabel = StatisticsTexts.PendingReason(p.Reason), Age = p.Age, AgeLabel = StatisticsTexts.AgeBand(p.Age),
            Dossiers = p.Dossiers,
        }).ToArray(),
    };

    private static C.CountLine[] Counts(IEnumerable<CountLine> lines) => lines
        .Select(l => new C.CountLine { Code = l.Code, Label = l.Label, Filed = l.Filed, Closed = l.Closed, Rejected = l.Rejected }).ToArray();

    private static C.PeriodLine[] Periods(IEnumerable<PeriodLine> lines) => lines
        .Select(l => new C.PeriodLine { Period = l.Period, Filed = l.Filed, Closed = l.Closed }).ToArray();

    private static C.DelayLine[] Delays(IEnumerable<DelayLine> lines) => lines.Select(l => new C.DelayLine
    {
        Code = l.Code, Label = l.Label,
        StepCode = l.StepCode == "" ? null : l.StepCode, StepLabel = l.StepCode == "" ? null : l.StepLabel,
        Dossiers = l.Figures.Dossiers, AverageSeconds = (long)Math.Round(l.Figures.AverageSeconds),
        MedianSeconds = l.Figures.MedianSeconds, Percentile90Seconds = l.Figures.Percentile90Seconds,
    }).ToArray();
}
