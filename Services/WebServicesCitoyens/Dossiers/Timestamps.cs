using System.Globalization;

namespace WebServicesCitoyens.Dossiers;

/// <summary>The one text form of instants in the store: ISO-8601 UTC with milliseconds, which sorts in time order.</summary>
public static class Timestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string ToText(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTime Parse(string text) =>
        DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
