namespace WebServicesCitoyens.Catalogue;

/// <summary>The field types a definition may use; each maps to one XSD type and one HTML control.</summary>
public enum FieldType
{
    Text,
    FreeText,
    Date,
    Integer,
    Enum,
    Email,
    Phone,
    CommuneCode,
    PostalAddress,
    Boolean,
    /// <summary>A decimal number; bounds with min/max.</summary>
    Decimal,
    /// <summary>An amount in euros, two decimals at most.</summary>
    Money,
    /// <summary>A WGS84 point (latitude, longitude), e.g. where a road incident is.</summary>
    GeoPoint,
    /// <summary>A business's SIRET number: 14 digits with a Luhn check key.</summary>
    Siret,
    /// <summary>An association's number in the Répertoire national des associations: W and 9 digits.</summary>
    Rna,
}
