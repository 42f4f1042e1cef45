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
}
