using WebServicesCitoyens.Texts;
using C = WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Statistics;

/// <summary>
/// « Délai habituel » on a commune's form (GetForm, the hosted page): the 90th percentile of its
/// whole-dossier delays over the last months, in whole days, when it publishes its delays and closed
/// enough dossiers (<see cref="PublicStatistics.ExpectedDelayAsync"/>); null otherwise.
/// </summary>
public sealed class ExpectedDelays(PublicStatistics statistics)
{
    private const long Day = 24 * 3600;

    public async Task<C.ExpectedDelay?> ForAsync(string communeCode, string procedureCode) =>
        await statistics.ExpectedDelayAsync(communeCode, procedureCode) is { } figures ? Of(figures) : null;

    /// <summary>
    /// The percentile is already a bucket's upper bound (<see cref="DelayBuckets"/>: an hour, six hours
    /// or a day); it is rounded up again to whole days, since a citizen reads delays in days, and never
    /// says less than one day.
    /// </summary>
    public static C.ExpectedDelay Of(DelayFigures figures)
    {
        var days = (int)Math.Max(1, (figures.Percentile90Seconds + Day - 1) / Day);
        return new C.ExpectedDelay
        {
            Days = days, Dossiers = figures.Dossiers, Months = PublicStatistics.ExpectedDelayMonths,
            Text = StatisticsTexts.ExpectedDelay(days, PublicStatistics.ExpectedDelayMonths),
        };
    }
}
