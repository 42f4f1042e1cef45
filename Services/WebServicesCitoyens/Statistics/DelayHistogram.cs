namespace WebServicesCitoyens.Statistics;

/// <summary>How long dossiers took: how many, the exact average, and the median and 90th percentile (rounded up to their bucket, see <see cref="DelayBuckets"/>).</summary>
public sealed record DelayFigures(long Dossiers, double AverageSeconds, long MedianSeconds, long Percentile90Seconds);

/// <summary>
/// Rows of statistics_delays as the reads add them up (the columns a query leaves out stay empty). A class
/// filled through its setters, not a positional record: SQLite gives a SUM no declared type, so on an empty
/// result Dapper would find no constructor to match.
/// </summary>
public sealed class DelayRow
{
    public string ProcedureCode { get; init; } = "";
    public string StepCode { get; init; } = "";
    public string AgentId { get; init; } = "";
    public long Bucket { get; init; }
    public long Dossiers { get; init; }
    public long TotalSeconds { get; init; }
}

/// <summary>
/// A histogram of delays read from the roll-up (bucket upper bound → dossiers, exact seconds). Histograms
/// of several procedures, agents or communes add up, which is what makes a service's or the whole
/// platform's percentiles as cheap as one procedure's.
/// </summary>
public sealed class DelayHistogram
{
    private readonly SortedDictionary<long, (long Dossiers, long TotalSeconds)> _buckets = new();

    public static DelayHistogram Of(IEnumerable<DelayRow> rows)
    {
        var histogram = new DelayHistogram();
        foreach (var row in rows) histogram.Add(row.Bucket, row.Dossiers, row.TotalSeconds);
        return histogram;
    }

    public void Add(long bucket, long dossiers, long totalSeconds)
    {
        var (d, t) = _buckets.GetValueOrDefault(bucket);
        _buckets[bucket] = (d + dossiers, t + totalSeconds);
    }

    public void Add(DelayHistogram other)
    {
        foreach (var (bucket, (d, t)) in other._buckets) Add(bucket, d, t);
    }

    public long Dossiers => _buckets.Values.Sum(b => b.Dossiers);

    /// <summary>The figures, or null for an empty histogram.</summary>
    public DelayFigures? Figures()
    {
        var count = Dossiers;
        if (count == 0) return null;
        var total = _buckets.Values.Sum(b => b.TotalSeconds);
        return new DelayFigures(count, (double)total / count, Percentile(50, count), Percentile(90, count));
    }

    /// <summary>Nearest rank: the bucket of the ⌈p·n/100⌉-th shortest delay.</summary>
    private long Percentile(int percent, long count)
    {
        var rank = (count * percent + 99) / 100;
        long seen = 0;
        foreach (var (bucket, (d, _)) in _buckets)
        {
            seen += d;
            if (seen >= rank) return bucket;
        }
        return _buckets.Keys.Last();
    }
}
