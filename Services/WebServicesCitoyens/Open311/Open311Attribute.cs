using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Open311;

/// <summary>One attribute of a GeoReport v2 service definition: a field of the request no standard parameter fills.</summary>
public sealed record Open311Attribute(
    string Code, string Datatype, bool Required, string Description, int Order, string? DatatypeDescription,
    IReadOnlyList<(string Key, string Name)> Values)
{
    public const string String = "string";
    public const string Number = "number";
    public const string DateTime = "datetime";
    public const string Text = "text";
    public const string SingleValueList = "singlevaluelist";
    public const string MultiValueList = "multivaluelist";

    /// <summary>
    /// The attributes of a procedure as a commune offers it: the typed request's fields (a composite's
    /// parts each on their own), then the commune's own fields, in form order. Labels are the commune's version's.
    /// </summary>
    public static IReadOnlyList<Open311Attribute> Of(ProcedureDefinition published, ProcedureDefinition version, Open311Fields fields)
    {
        var leaves = Open311Fields.RequestFields(published.RequestItems)
            .Where(f => !fields.IsStandard(f.Path))
            .SelectMany(f => CompositeFields.IsComposite(f)
                ? CompositeFields.PartsOf(f).Select(p => p with { Required = p.Required && f.Required, Label = $"{Label(version, f)} : {p.Label}" })
                : [f with { Label = Label(version, f) }])
            .Concat(version.CommuneFields.Where(f => !f.Hidden));
        return leaves.Select((field, index) => From(field, index + 1)).ToList();
    }

    private static string Label(ProcedureDefinition version, FieldDefinition field) => version.FindField(field.Path)?.Label ?? field.Label;

    private static Open311Attribute From(FieldDefinition field, int order)
    {
        var description = field.Help is { Length: > 0 } help ? $"{field.Label} — {help}" : field.Label;
        return field.Type switch
        {
            FieldType.Enum => new(field.Path, SingleValueList, field.Required, description, order, null,
                field.Options.Select(o => (o.Value, o.Label)).ToList()),
            FieldType.Boolean => new(field.Path, SingleValueList, field.Required, description, order, null,
                [("true", Open311Texts.BooleanYes), ("false", Open311Texts.BooleanNo)]),
            FieldType.Integer or FieldType.Decimal or FieldType.Money => new(field.Path, Number, field.Required, description, order, null, []),
            FieldType.Date => new(field.Path, DateTime, field.Required, description, order, Open311Texts.DateDescription, []),
            FieldType.Time => new(field.Path, String, field.Required, description, order, Open311Texts.TimeDescription, []),
            FieldType.FreeText => new(field.Path, Text, field.Required, description, order, null, []),
            _ => new(field.Path, String, field.Required, description, order, field.Example, []),
        };
    }
}
