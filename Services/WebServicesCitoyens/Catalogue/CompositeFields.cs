using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Catalogue;

/// <summary>
/// Field types made of parts (a postal address, a geographic point): one XSD complex type each, and
/// one control per part in the form. Every layer asks here for the parts, so a composite type is
/// described once.
/// </summary>
public static class CompositeFields
{
    public static bool IsComposite(FieldDefinition field) => field.Type is FieldType.PostalAddress or FieldType.GeoPoint or FieldType.TimeSlot;

    /// <summary>The parts of a composite field, in the order of its XSD type; none for a simple field.</summary>
    public static IReadOnlyList<FieldDefinition> PartsOf(FieldDefinition field) => field.Type switch
    {
        FieldType.PostalAddress =>
        [
            Part(field.Path, "numero", ValidationTexts.AddressNumberLabel, false, FieldType.Text, maxLength: 10, autocomplete: "address-line1"),
            Part(field.Path, "voie", ValidationTexts.AddressStreetLabel, true, FieldType.Text, maxLength: 100, autocomplete: "address-line1"),
            Part(field.Path, "complement", ValidationTexts.AddressComplementLabel, false, FieldType.Text, maxLength: 100, autocomplete: "address-line2"),
            Part(field.Path, "codePostal", ValidationTexts.AddressPostalCodeLabel, true, FieldType.Text, maxLength: 5, pattern: "[0-9]{5}", autocomplete: "postal-code"),
            Part(field.Path, "commune", ValidationTexts.AddressCityLabel, true, FieldType.Text, maxLength: 80, autocomplete: "address-level2"),
        ],
        FieldType.GeoPoint =>
        [
            Part(field.Path, "latitude", ValidationTexts.LatitudeLabel, true, FieldType.Decimal, min: "-90", max: "90"),
            Part(field.Path, "longitude", ValidationTexts.LongitudeLabel, true, FieldType.Decimal, min: "-180", max: "180"),
        ],
        FieldType.TimeSlot =>
        [
            Part(field.Path, "date", ValidationTexts.SlotDateLabel, true, FieldType.Date, min: field.Min, max: field.Max),
            Part(field.Path, "debut", ValidationTexts.SlotStartLabel, true, FieldType.Time),
            Part(field.Path, "fin", ValidationTexts.SlotEndLabel, true, FieldType.Time),
        ],
        _ => [],
    };

    /// <summary>The shared XSD type of a composite field.</summary>
    public static string XsdTypeName(FieldType type) => type switch
    {
        FieldType.PostalAddress => "AdressePostale",
        FieldType.GeoPoint => "PointWgs84",
        FieldType.TimeSlot => "Creneau",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>A field that no definition declares: a part of a composite, or a parameter of an operation.</summary>
    public static FieldDefinition Part(string parentPath, string name, string label, bool required, FieldType type,
        int? maxLength = null, string? pattern = null, string? min = null, string? max = null, string? autocomplete = null) =>
        new(name, parentPath.Length == 0 ? name : parentPath + "." + name, label, null, required, type, maxLength, pattern,
            min, max, [], null, false, false, autocomplete);
}
