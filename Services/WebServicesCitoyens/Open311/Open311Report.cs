using System.Globalization;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Open311;

/// <summary>
/// A GeoReport v2 POST request read into the values of the procedure's request, by path, as the hosted
/// form posts them: the standard parameters where <see cref="Open311Fields"/> puts them, each
/// <c>attribute[code]</c> at its code. What cannot be mapped is refused here, naming the parameter;
/// everything else is then checked by the procedure's XSD and rules like any other channel.
/// </summary>
public static class Open311Report
{
    /// <summary>Parameters of the standard that the platform reads elsewhere or does not keep (see the README).</summary>
    private static readonly HashSet<string> Ignored =
        ["jurisdiction_id", "service_code", "api_key", "device_id", "account_id", "media_url"];

    public static (Dictionary<string, string> Values, IReadOnlyList<ValidationError> Errors) Read(
        Open311Fields fields, IReadOnlyList<Open311Attribute> attributes, IEnumerable<KeyValuePair<string, string>> posted)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<ValidationError>();
        var standard = fields.Standard().ToDictionary(s => s.Parameter, s => s.Path);
        var codes = attributes.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, value) in posted)
        {
            if (string.IsNullOrWhiteSpace(value) || Ignored.Contains(name)) continue;
            if (standard.TryGetValue(name, out var path)) values[path] = value;
            else if (AttributeCode(name) is { } code)
            {
                if (codes.Contains(code)) values[code] = value;
                else errors.Add(new ValidationError($"attribute[{code}]", Open311Texts.AttributeUnknown(code)));
            }
            // Any other parameter is no part of GeoReport v2's POST request; clients send extras, the standard ignores them.
        }

        var hasLatitude = values.ContainsKey(fields.LatitudePath);
        var hasLongitude = values.ContainsKey(fields.LongitudePath);
        if (hasLatitude != hasLongitude)
            errors.Add(new ValidationError(hasLatitude ? Open311Fields.Longitude : Open311Fields.Latitude, Open311Texts.LatLongPair));
        else if (!hasLatitude && (fields.AddressPath is null || !values.ContainsKey(fields.AddressPath)))
            errors.Add(new ValidationError(Open311Fields.Address, Open311Texts.LocationMissing));
        else if (hasLatitude && fields.AddressPath is { } address && !values.ContainsKey(address))
            // GeoReport v2 takes a position alone; the procedure asks for a place: the position is written as the place.
            values[address] = Open311Texts.PositionOnly(values[fields.LatitudePath], values[fields.LongitudePath]);
        return (values, errors);
    }

    /// <summary>The code in <c>attribute[code]</c> (or <c>attribute[code][]</c> for a multivaluelist), else null.</summary>
    private static string? AttributeCode(string name)
    {
        const string prefix = "attribute[";
        if (!name.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var end = name.IndexOf(']', prefix.Length);
        return end > prefix.Length ? name[prefix.Length..end] : null;
    }

    /// <summary>The refusals of the request, each named by its Open311 parameter.</summary>
    public static IReadOnlyList<Open311Error> Errors(Open311Fields fields, IReadOnlyList<Open311Attribute> attributes, IEnumerable<ValidationError> errors) =>
        errors.Select(e => new Open311Error(400, Open311Texts.Refusal(
            IsOpen311Name(e.Path) ? e.Path : e.Path == "CommuneCode" ? "jurisdiction_id" : fields.ParameterOf(e.Path, attributes.Select(a => a.Code)), e.Message))).ToList();

    /// <summary>The refusals made here already name their parameter; the submission's name the commune as CommuneCode.</summary>
    private static bool IsOpen311Name(string path) => path.StartsWith("attribute[", StringComparison.Ordinal)
        || path is Open311Fields.Latitude or Open311Fields.Longitude or Open311Fields.Address;

    /// <summary>An ISO 8601 date and time of a query (start_date, end_date), or null when absent; false when unreadable.</summary>
    public static bool TryDate(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        value = parsed;
        return true;
    }
}

/// <summary>One GeoReport v2 error: the HTTP status it goes with, and its French description.</summary>
public sealed record Open311Error(int Code, string Description);
