using System.Globalization;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// Builds, from a procedure's definition alone, a request with every field filled with a value its
/// type and constraints accept, so that any procedure of the catalogue can be submitted without a
/// hand-written sample. Fields with a pattern of their own get a value from a small table of the
/// patterns the catalogue uses; an unknown pattern fails loudly.
/// </summary>
public static class SampleRequests
{
    private static readonly XNamespace T = Soap.Ns;

    private static readonly Dictionary<string, string> PatternSamples = new()
    {
        ["[0-9]{5}"] = "45000",
    };

    public static XElement Full(ProcedureDefinition definition, string commune) =>
        new(T + "Request", definition.Form.Select(item => Build(item, commune)));

    private static XElement Build(FormItem item, string commune) => item switch
    {
        GroupDefinition group => new XElement(T + group.Name, group.Items.Select(i => Build(i, commune))),
        FieldDefinition composite when CompositeFields.IsComposite(composite) =>
            new XElement(T + composite.Name, CompositeFields.PartsOf(composite).Select(p => Build(p, commune))),
        FieldDefinition field => new XElement(T + field.Name, Value(field, commune)),
        _ => throw new InvalidOperationException(),
    };

    public static string Value(FieldDefinition field, string commune)
    {
        if (field.Pattern is { } pattern)
            return PatternSamples.TryGetValue(pattern, out var sample) ? sample
                : throw new InvalidOperationException($"No sample value for pattern {pattern} of {field.Path}: add one to SampleRequests.");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return field.Type switch
        {
            FieldType.Text => Fit("Exemple", field.EffectiveMaxLength),
            FieldType.FreeText => Fit("Texte d'exemple saisi par l'usager.", field.EffectiveMaxLength),
            FieldType.Date => SampleDate(field, today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FieldType.Integer or FieldType.Decimal or FieldType.Money => Number(field),
            FieldType.Boolean => "true",
            FieldType.Enum => field.Options[0].Value,
            FieldType.Email => "usager@example.org",
            FieldType.Phone => "02 38 00 00 00",
            FieldType.CommuneCode => commune,
            FieldType.Siret => "73282932000074",
            FieldType.Rna => "W751234567",
            _ => throw new InvalidOperationException($"No sample for {field.Type}"),
        };
    }

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..max];

    private static DateOnly SampleDate(FieldDefinition field, DateOnly today)
    {
        DateOnly? Bound(string? b) => b == "today" ? today : b is not null ? DateOnly.ParseExact(b, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var (min, max) = (Bound(field.Min), Bound(field.Max));
        if (min is { } low && max is { } high) return low.AddDays(Math.Min(30, high.DayNumber - low.DayNumber));
        if (min is { } from) return from.AddDays(30);
        if (max is { } until) return until.AddYears(-20);
        return today;
    }

    private static string Number(FieldDefinition field)
    {
        var min = field.Min is null ? (decimal?)null : decimal.Parse(field.Min, CultureInfo.InvariantCulture);
        var max = field.Max is null ? (decimal?)null : decimal.Parse(field.Max, CultureInfo.InvariantCulture);
        var value = min ?? (max is { } m && m < 1 ? m : 1);
        return value.ToString(CultureInfo.InvariantCulture);
    }
}
