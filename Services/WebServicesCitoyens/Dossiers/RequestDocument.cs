using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// The stored form of a typed request: the validated elements only, renamed after the procedure's
/// request type (e.g. <c>DemandeActeNaissance</c>), without prefixes, comments or formatting
/// whitespace, so that the same request always stores, and hashes, to the same text.
/// </summary>
public static class RequestDocument
{
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;

    public static XElement Normalize(ProcedureDefinition definition, XElement request) =>
        new(Tns + definition.RequestTypeName, request.Elements().Select(Copy));

    public static string ToText(XElement normalized) => normalized.ToString(SaveOptions.DisableFormatting);

    public static string Hash(string procedureCode, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(procedureCode + "\n" + text)));

    // The one attribute kept is the code of a commune's complement (xsi:type and the like are not stored).
    private static XElement Copy(XElement element) =>
        element.HasElements
            ? new XElement(element.Name, element.Elements().Select(Copy))
            : new XElement(element.Name, element.Name.LocalName == Schemas.ProcedureSchemaGenerator.ComplementElement ? element.Attribute("code") : null, element.Value);
}
