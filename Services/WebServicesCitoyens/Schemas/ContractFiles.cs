using System.Text;
using System.Xml;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// The published contract files: the procedures', under <c>Wsdl/procedures/</c> ({code}.xsd and
/// {code}.wsdl, generated from the definitions), and the other services' (Wsdl/Catalogue.*,
/// Wsdl/CitizenAccount.*). They are committed and served as they are.
/// </summary>
public sealed class ContractFiles(string wsdlFolder)
{
    public string ProcedureFolder => Path.Combine(wsdlFolder, "procedures");
    public string XsdPath(string code) => Path.Combine(ProcedureFolder, code + ".xsd");
    public string WsdlPath(string code) => Path.Combine(ProcedureFolder, code + ".wsdl");
    public string XsdPath(ServiceContract contract) => Path.Combine(wsdlFolder, contract.FileName + ".xsd");
    public string WsdlPath(ServiceContract contract) => Path.Combine(wsdlFolder, contract.FileName + ".wsdl");

    /// <summary>The exact text of a platform service's two files.</summary>
    public static (string Xsd, string Wsdl) Render(ServiceContract contract)
    {
        var schema = contract.Schema();
        return (Serialize(schema), Serialize(WsdlGenerator.Generate(contract.Service, schema)));
    }

    /// <summary>The exact text of both files for a definition, as the generator writes them.</summary>
    public static (string Xsd, string Wsdl) Render(ProcedureDefinition definition)
    {
        var schema = ProcedureSchemaGenerator.Generate(definition);
        var wsdl = WsdlGenerator.Generate(definition, schema);
        return (Serialize(schema), Serialize(wsdl));
    }

    /// <summary>Writes the files of every definition and returns the paths written.</summary>
    public IReadOnlyList<string> WriteAll(ProcedureCatalogue catalogue)
    {
        Directory.CreateDirectory(ProcedureFolder);
        var written = new List<string>();
        foreach (var definition in catalogue.Procedures)
        {
            var (xsd, wsdl) = Render(definition);
            File.WriteAllText(XsdPath(definition.Code), xsd, new UTF8Encoding(false));
            File.WriteAllText(WsdlPath(definition.Code), wsdl, new UTF8Encoding(false));
            written.Add(XsdPath(definition.Code));
            written.Add(WsdlPath(definition.Code));
        }
        foreach (var contract in ServiceContract.All)
        {
            var (xsd, wsdl) = Render(contract);
            File.WriteAllText(XsdPath(contract), xsd, new UTF8Encoding(false));
            File.WriteAllText(WsdlPath(contract), wsdl, new UTF8Encoding(false));
            written.Add(XsdPath(contract));
            written.Add(WsdlPath(contract));
        }
        return written;
    }

    private static string Serialize(XDocument document)
    {
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(new StringWriterUtf8(builder), settings))
            document.Save(writer);
        return builder.Append('\n').ToString();
    }

    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
