namespace WebServicesCitoyens.Statistics;

/// <summary>
/// How a processing delay is rounded for the statistics' histograms: up to the hour under two days,
/// to six hours under a week, to the day beyond. Administrative delays are read in days; these
/// buckets keep a commune's histogram to a few hundred rows a month whatever its volume, and a
/// percentile read from them is never more than one bucket above the exact value (never below).
/// </summary>
public static class DelayBuckets
{
    private const long Hour = 3600;
    private const long Day = 24 * Hour;

    /// <summary>The upper bound, in seconds, of the bucket holding a delay of <paramref name="seconds"/>.</summary>
    public static long UpperBound(long seconds)
    {
        if (seconds <= 0) return 0;
        var step = seconds <= 2 * Day ? Hour : seconds <= 7 * Day ? 6 * Hour : Day;
        return (seconds + step - 1) / step * step;
    }
}
