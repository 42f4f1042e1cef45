using WebServicesCitoyens.Statistics;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>How delays are rounded up to the statistics' buckets: the hour up to two days, six hours up to a week, the day beyond.</summary>
public sealed class DelayBucketsTests
{
    private const long H = 3600, D = 24 * H;

    [TestCase(-5L, 0L)]
    [TestCase(0L, 0L)]
    [TestCase(1L, H)]
    [TestCase(H, H)]
    [TestCase(H + 1, 2 * H)]
    [TestCase(3 * H + 10 * 60, 4 * H)]
    [TestCase(2 * D - 1, 2 * D)]
    [TestCase(2 * D, 2 * D)]
    [TestCase(2 * D + 1, 2 * D + 6 * H)]
    [TestCase(3 * D + 2 * H, 3 * D + 6 * H)]
    [TestCase(3 * D + 6 * H, 3 * D + 6 * H)]
    [TestCase(7 * D, 7 * D)]
    [TestCase(7 * D + 1, 8 * D)]
    [TestCase(10 * D, 10 * D)]
    [TestCase(10 * D + H, 11 * D)]
    [TestCase(400 * D + 1, 401 * D)]
    public void A_delay_falls_in_the_bucket_whose_upper_bound_is_the_smallest_bound_at_or_above_it(long seconds, long bucket) =>
        Assert.That(DelayBuckets.UpperBound(seconds), Is.EqualTo(bucket));

    [Test]
    public void Rounding_is_never_down_and_never_more_than_one_bucket_width_up()
    {
        for (long seconds = 1; seconds <= 30 * D; seconds += 997)
        {
            var bound = DelayBuckets.UpperBound(seconds);
            var width = seconds <= 2 * D ? H : seconds <= 7 * D ? 6 * H : D;
            Assert.That(bound, Is.GreaterThanOrEqualTo(seconds).And.LessThan(seconds + width), $"{seconds} s");
            Assert.That(DelayBuckets.UpperBound(bound), Is.EqualTo(bound), $"a bound is its own bucket ({bound} s)");
        }
    }
}
