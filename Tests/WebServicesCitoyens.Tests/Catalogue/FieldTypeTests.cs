using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Catalogue;

/// <summary>What each field type accepts, and the French explanation of what it refuses.</summary>
public sealed class FieldTypeTests
{
    private static FieldDefinition Field(FieldType type, string? min = null, string? max = null) =>
        CompositeFields.Part("demande", "valeur", "Valeur", required: true, type, min: min, max: max);

    [TestCase(FieldType.Boolean, "true")]
    [TestCase(FieldType.Boolean, "0")]
    [TestCase(FieldType.Decimal, "-12.345")]
    [TestCase(FieldType.Money, "1250.50")]
    [TestCase(FieldType.Money, "3")]
    [TestCase(FieldType.Siret, "73282932000074")]
    [TestCase(FieldType.Rna, "W751234567")]
    public void A_well_formed_value_passes(FieldType type, string value) =>
        Assert.That(FieldChecker.Problem(Field(type), value), Is.Null);

    [TestCase(FieldType.Boolean, "oui", "doit valoir true ou false")]
    [TestCase(FieldType.Decimal, "12,5", "point comme séparateur décimal")]
    [TestCase(FieldType.Decimal, "NaN", "doit être un nombre")]
    [TestCase(FieldType.Decimal, "1e5", "doit être un nombre")]
    [TestCase(FieldType.Money, "10.505", "deux décimales au plus")]
    [TestCase(FieldType.Siret, "7328293200007", "14 chiffres")]
    [TestCase(FieldType.Rna, "751234567", "la lettre W suivie de 9 chiffres")]
    public void A_malformed_value_is_explained_naming_the_field(FieldType type, string value, string explanation) =>
        Assert.That(FieldChecker.Problem(Field(type), value), Does.StartWith("Le champ « Valeur » (demande.valeur)").And.Contain(explanation));

    [Test]
    public void Decimal_bounds_are_checked() =>
        Assert.That(FieldChecker.Problem(Field(FieldType.Decimal, "-90", "90"), "90.5"), Does.Contain("compris entre -90 et 90"));

    [TestCase("73282932000074", true)]
    [TestCase("73282932000075", false)]
    [TestCase("35600000000048", true)]
    [TestCase("35600000012345", false)]
    [TestCase("35600000049837", true)]
    public void The_siret_key_is_the_luhn_key_except_for_la_poste(string siret, bool valid) =>
        Assert.That(FieldChecker.HasValidSiretKey(siret), Is.EqualTo(valid));

    [Test]
    public void A_geographic_point_has_a_bounded_latitude_and_longitude()
    {
        var point = CompositeFields.Part("lieu", "localisation", "Position", false, FieldType.GeoPoint);
        var parts = CompositeFields.PartsOf(point);

        Assert.That(parts.Select(p => (p.Path, p.Min, p.Max)), Is.EqualTo(new[]
        {
            ("lieu.localisation.latitude", "-90", "90"), ("lieu.localisation.longitude", "-180", "180"),
        }));
    }
}
