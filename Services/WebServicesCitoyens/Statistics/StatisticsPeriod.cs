using System.Globalization;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Statistics;

/// <summary>
/// Whole months, from <see cref="From"/> to <see cref="To"/> included (dates are the months' first
/// days). Delays are rolled up per month, so a period of whole months reads counts and delays alike.
/// </summary>
public sealed record StatisticsPeriod(DateOnly From, DateOnly To)
{
    public const int MaxMonths = 36;

    public string FromMonth => From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    public string ToMonth => To.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    public string FirstDay => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string DayAfter => To.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The twelve months up to the month of <paramref name="today"/>.</summary>
    public static StatisticsPeriod LastTwelveMonths(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return new StatisticsPeriod(month.AddMonths(-11), month);
    }

    /// <summary>A period from months written AAAA-MM; either missing defaults to the last twelve months' end.</summary>
    public static StatisticsPeriod Parse(string? from, string? to, DateOnly today)
    {
        var fallback = LastTwelveMonths(today);
        var start = from is null or "" ? fallback.From : Month(from, "FromMonth");
        var end = to is null or "" ? fallback.To : Month(to, "ToMonth");
        if (end < start) throw new RequestValidationException([new ValidationError("ToMonth", StatisticsTexts.MonthsInOrder)]);
        if ((end.Year - start.Year) * 12 + end.Month - start.Month >= MaxMonths)
            throw new RequestValidationException([new ValidationError("FromMonth", StatisticsTexts.PeriodTooLong(MaxMonths))]);
        return new StatisticsPeriod(start, end);
    }

    private static DateOnly Month(string text, string field) =>
        DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw new RequestValidationException([new ValidationError(field, StatisticsTexts.MonthFormat)]);
}
