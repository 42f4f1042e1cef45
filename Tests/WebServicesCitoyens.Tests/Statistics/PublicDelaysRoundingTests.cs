using WebServicesCitoyens.Statistics;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>
/// The figure « Délai habituel » gives: the 90th percentile of the whole-dossier delays (nearest rank,
/// rounded up to its bucket by <see cref="DelayBuckets"/>), then up to whole days, one day at least.
/// Computed here from delays whose answer is known.
/// </summary>
public sealed class PublicDelaysRoundingTests
{
    private const long Hour = 3600, Day = 24 * Hour;

    private static WebServicesCitoyens.Contracts.ExpectedDelay From(params long[] delays)
    {
        var histogram = new DelayHistogram();
        foreach (var seconds in delays) histogram.Add(DelayBuckets.UpperBound(seconds), 1, seconds);
        return ExpectedDelays.Of(histogram.Figures()!);
    }

    [Test]
    public void Nine_dossiers_out_of_ten_within_the_ninth_shortest_delay_rounded_up_to_the_day()
    {
        // Ten dossiers of 1 to 10 days and five hours: the 9th is 9 days 5 hours, in the bucket of 10 days.
        var delay = From([.. Enumerable.Range(1, 10).Select(d => d * Day + 5 * Hour)]);

        Assert.That((delay.Days, delay.Dossiers, delay.Months), Is.EqualTo((10, 10L, 3)));
        Assert.That(delay.Text, Is.EqualTo("9 demandes sur 10 traitées en 10 jours ou moins (sur les trois derniers mois)"));
    }

    [Test]
    public void A_delay_of_hours_is_one_day_and_a_day_and_a_second_two()
    {
        Assert.That(From(10, 60, Hour, 2 * Hour, 3 * Hour).Days, Is.EqualTo(1));
        Assert.That(From(10, 60, Hour, 2 * Hour, Day).Days, Is.EqualTo(1));
        Assert.That(From(10, 60, Hour, 2 * Hour, Day + 1).Days, Is.EqualTo(2));
        Assert.That(From(10, 60, Hour, 2 * Hour, 3).Text, Is.EqualTo("9 demandes sur 10 traitées en 1 jour ou moins (sur les trois derniers mois)"));
    }

    [Test]
    public void Under_a_week_the_six_hour_bucket_rounds_up_to_the_next_day()
    {
        // 3 days and 1 second is in the bucket of 3 days 6 hours: 4 days.
        Assert.That(From(Day, Day, Day, Day, 3 * Day + 1).Days, Is.EqualTo(4));
        Assert.That(From(Day, Day, Day, Day, 3 * Day).Days, Is.EqualTo(3));
    }
}
