using System.Xml.Linq;

namespace WebServicesCitoyens.Schemas;

/// <summary>The hand-written schemas embedded in this assembly (procedure-common.xsd, catalogue.xsd), their comments removed for publication.</summary>
public static class EmbeddedSchemas
{
    public static XDocument Load(string resourceName)
    {
        using var stream = typeof(EmbeddedSchemas).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded.");
        var document = XDocument.Load(stream);
        document.DescendantNodes().OfType<XComment>().Remove();
        return document;
    }
}
