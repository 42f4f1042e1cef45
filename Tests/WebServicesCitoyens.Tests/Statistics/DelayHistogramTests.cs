using WebServicesCitoyens.Statistics;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>Percentiles by nearest rank over the buckets, exact averages, and histograms that add up.</summary>
public sealed class DelayHistogramTests
{
    private const long H = 3600;

    private static DelayHistogram Of(params long[] delays)
    {
        var histogram = new DelayHistogram();
        foreach (var seconds in delays) histogram.Add(DelayBuckets.UpperBound(seconds), 1, seconds);
        return histogram;
    }

    private static long[] Hours(int count) => Enumerable.Range(1, count).Select(i => i * H).ToArray();

    [Test]
    public void An_empty_histogram_has_no_figures() => Assert.That(new DelayHistogram().Figures(), Is.Null);

    [Test]
    public void The_median_and_90th_percentile_are_the_delays_of_rank_ceiling_of_half_and_nine_tenths_of_the_count()
    {
        // Ten delays of 1 h … 10 h: ranks ⌈5⌉ = 5 and ⌈9⌉ = 9.
        Assert.That(Of(Hours(10)).Figures(), Is.EqualTo(new DelayFigures(10, 5.5 * H, 5 * H, 9 * H)));
        // Eleven: ranks ⌈5.5⌉ = 6 and ⌈9.9⌉ = 10.
        Assert.That(Of(Hours(11)).Figures(), Is.EqualTo(new DelayFigures(11, 6 * H, 6 * H, 10 * H)));
        // Twenty: ranks 10 and 18.
        Assert.That(Of(Hours(20)).Figures(), Is.EqualTo(new DelayFigures(20, 10.5 * H, 10 * H, 18 * H)));
        // One: that delay for both.
        Assert.That(Of(7 * H).Figures(), Is.EqualTo(new DelayFigures(1, 7 * H, 7 * H, 7 * H)));
    }

    [Test]
    public void Percentiles_are_rounded_up_to_their_bucket_while_the_average_stays_exact()
    {
        // 3 h 10 min, twice, and 3 days 2 h: the median reads 4 h, the 90th percentile 3 days 6 h.
        var figures = Of(3 * H + 600, 3 * H + 600, 74 * H).Figures()!;
        Assert.That(figures, Is.EqualTo(new DelayFigures(3, (2 * (3 * H + 600) + 74 * H) / 3.0, 4 * H, 78 * H)));
    }

    [Test]
    public void Histograms_added_together_give_the_figures_of_all_their_delays_at_once()
    {
        long[] first = [H, 5 * H, 30 * H, 50 * H, 9 * 24 * H], second = [2 * H, 5 * H + 1, 80 * H, 12 * 24 * H];
        var merged = Of(first);
        merged.Add(Of(second));
        Assert.That(merged.Figures(), Is.EqualTo(Of([.. first, .. second]).Figures()));
        Assert.That(merged.Dossiers, Is.EqualTo(9));
    }

    [Test]
    public void Rows_of_the_same_bucket_add_their_dossiers_and_their_seconds()
    {
        var histogram = new DelayHistogram();
        histogram.Add(4 * H, 3, 3 * (3 * H + 600));
        histogram.Add(4 * H, 1, 4 * H);
        histogram.Add(H, 1, 1800);
        // Ranks 3 and 5 of five: both in the 4 h bucket.
        Assert.That(histogram.Figures(), Is.EqualTo(new DelayFigures(5, (3 * (3 * H + 600) + 4 * H + 1800) / 5.0, 4 * H, 4 * H)));
    }
}
