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
    /// <summary>A time of day, HH:MM on 24 hours; min/max bound it.</summary>
    Time,
    /// <summary>A date with a start and an end time (a booking, an appointment); min/max bound its date.</summary>
    TimeSlot,
    /// <summary>
    /// A document the citizen provides. Declared by the definition and shown on the form and the
    /// documentation; it is not part of the SOAP request: files are deposited on the dossier.
    /// </summary>
    Attachment,
}
