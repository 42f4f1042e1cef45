using System.Globalization;
using System.Xml.Linq;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Catalogue;

/// <summary>
/// A valid request built from a procedure's definition alone: every field filled with a value its
/// type and constraints accept (the definition's example for a field with a pattern), each repeated
/// group with as many instances as it requires (one at least). The documentation page shows it, and
/// the tests submit it for every procedure, so the sample a webmaster copies is known to be accepted.
/// </summary>
public static class SampleRequest
{
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;

    public static XElement For(ProcedureDefinition definition, string communeCode, DateOnly today) =>
        For(Tns + "Request", definition.RequestItems, communeCode, today);

    /// <summary>A valid element of some items (a request, a citizen's profile), in the namespace of its name.</summary>
    public static XElement For(XName name, IReadOnlyList<FormItem> items, string communeCode, DateOnly today) =>
        new(name, Items(items, communeCode, today, name.Namespace));

    private static IEnumerable<XElement> Items(IEnumerable<FormItem> items, string communeCode, DateOnly today, XNamespace ns) =>
        items.SelectMany(item => item switch
        {
            GroupDefinition group => Enumerable.Range(0, Math.Max(1, group.MinOccurs)).Select(_ =>
                new XElement(ns + group.Name, Items(ProcedureDefinition.RequestItemsOf(group.Items), communeCode, today, ns))),
            FieldDefinition composite when CompositeFields.IsComposite(composite) =>
                [new XElement(ns + composite.Name, CompositeFields.PartsOf(composite).Select(p => Leaf(p, composite, communeCode, today, ns)))],
            FieldDefinition field => [Leaf(field, null, communeCode, today, ns)],
            _ => [],
        });

    private static XElement Leaf(FieldDefinition field, FieldDefinition? composite, string communeCode, DateOnly today, XNamespace ns) =>
        new(ns + field.Name, Value(field, composite, communeCode, today));

    public static string Value(FieldDefinition field, FieldDefinition? composite, string communeCode, DateOnly today)
    {
        if (field.Example is { } example) return example;
        if (composite?.Type == FieldType.PostalAddress)
            return field.Name switch { "numero" => "1", "voie" => "place de l'Étape", "codePostal" => "45000", "commune" => "Orléans", _ => "Bâtiment A" };
        if (composite?.Type == FieldType.TimeSlot && field.Type == FieldType.Time)
            return field.Name == "debut" ? "14:00" : "16:00";
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
            FieldType.CommuneCode => communeCode,
            FieldType.Siret => "73282932000074",
            FieldType.Rna => "W751234567",
            FieldType.Time => field.Min ?? (field.Max is { } latest && string.CompareOrdinal(latest, "10:00") < 0 ? latest : "10:00"),
            _ => throw new InvalidOperationException($"No sample value for a {field.Type} field ({field.Path})."),
        };
    }

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>A date inside the bounds: a month after the lower one, or twenty years before the upper one.</summary>
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
