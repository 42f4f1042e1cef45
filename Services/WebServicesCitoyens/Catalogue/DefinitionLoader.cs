using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace WebServicesCitoyens.Catalogue;

/// <summary>
/// Reads the procedure definitions of a catalogue folder. Each file is validated against
/// <c>procedure-definition.xsd</c> and then checked for what a schema cannot say (references
/// between fields, theme folder); any error stops the load with the file and the reason.
/// </summary>
public static class DefinitionLoader
{
    public const string DefinitionNamespace = "http://webservicescitoyens.fr/schemas/definition/v1";
    public const string SchemaFileName = "procedure-definition.xsd";
    private static readonly XNamespace D = DefinitionNamespace;

    public static ProcedureCatalogue LoadFolder(string catalogueFolder)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (var schemaReader = XmlReader.Create(Path.Combine(catalogueFolder, SchemaFileName)))
            schemas.Add(DefinitionNamespace, schemaReader);
        schemas.Compile();

        var definitions = Directory
            .EnumerateFiles(catalogueFolder, "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => LoadFile(file, schemas))
            .ToList();
        return new ProcedureCatalogue(definitions);
    }

    private static ProcedureDefinition LoadFile(string file, XmlSchemaSet schemas)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(file, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (Exception e) when (e is XmlException or XmlSchemaException)
        {
            throw new InvalidDataException($"Procedure definition {file} is invalid: {e.Message}", e);
        }

        var definition = Parse(document.Root!);
        Check(definition, file);
        return definition;
    }

    private static ProcedureDefinition Parse(XElement root)
    {
        var doc = root.Element(D + "documentation")!;
        return new ProcedureDefinition(
            Code: (string)root.Attribute("code")!,
            Theme: (string)root.Attribute("theme")!,
            Version: (int)root.Attribute("version")!,
            RequestTypeName: (string)root.Attribute("requestType")!,
            Title: Text(root, "title")!,
            Summary: Text(root, "summary")!,
            Documentation: new ProcedureDocumentation(
                Text(doc, "purpose")!, Text(doc, "whoMayAsk")!, Text(doc, "processing")!, Text(doc, "sources")!),
            Form: ParseItems(root.Element(D + "form")!, parentPath: ""),
            Steps: root.Element(D + "workflow")!.Elements(D + "step").Select(ParseStep).ToList());
    }

    private static IReadOnlyList<FormItem> ParseItems(XElement container, string parentPath) =>
        container.Elements().Select(element =>
        {
            var name = (string)element.Attribute("name")!;
            var path = parentPath.Length == 0 ? name : parentPath + "." + name;
            var label = Text(element, "label")!;
            var help = Text(element, "help");
            var required = (bool?)element.Attribute("required") ?? false;
            if (element.Name == D + "group")
                return (FormItem)new GroupDefinition(name, path, label, help, required,
                    ParseItems(element.Element(D + "fields")!, path));

            var requiredWhen = element.Element(D + "requiredWhen");
            return new FieldDefinition(
                name, path, label, help, required,
                Type: Enum.Parse<FieldType>((string)element.Attribute("type")!, ignoreCase: true),
                MaxLength: (int?)element.Attribute("maxLength"),
                Pattern: (string?)element.Attribute("pattern"),
                Min: (string?)element.Attribute("min"),
                Max: (string?)element.Attribute("max"),
                Options: element.Elements(D + "option")
                    .Select(o => new EnumOption((string)o.Attribute("value")!, Normalize(o.Value)))
                    .ToList(),
                RequiredWhen: requiredWhen is null
                    ? null
                    : new RequiredWhen((string)requiredWhen.Attribute("field")!,
                        ((string)requiredWhen.Attribute("values")!).Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                MustMatchCommune: (bool?)element.Attribute("mustMatchCommune") ?? false,
                Autocomplete: (string?)element.Attribute("autocomplete"));
        }).ToList();

    private static WorkflowStep ParseStep(XElement step) => new(
        Code: (string)step.Attribute("code")!,
        AgentLabel: Normalize(step.Value),
        CitizenLabel: (string)step.Attribute("citizenLabel")!,
        IsExit: (bool?)step.Attribute("exit") ?? false,
        IsFinal: (bool?)step.Attribute("final") ?? false);

    private static string? Text(XElement parent, string name) =>
        parent.Element(D + name) is { } element ? Normalize(element.Value) : null;

    /// <summary>Definitions are indented for reading; the texts are single paragraphs.</summary>
    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static void Check(ProcedureDefinition definition, string file)
    {
        void Fail(string reason) => throw new InvalidDataException($"Procedure definition {file}: {reason}");

        if (!definition.Code.StartsWith(definition.Theme + ".", StringComparison.Ordinal))
            Fail($"code '{definition.Code}' does not start with its theme '{definition.Theme}'.");
        var folder = Path.GetFileName(Path.GetDirectoryName(file));
        if (folder != definition.Theme)
            Fail($"the definition of theme '{definition.Theme}' is in folder '{folder}'.");
        if (definition.InitialStep.IsExit)
            Fail("the first step (where every dossier starts) cannot be an exit.");
        if (!definition.Steps.Any(s => s.IsFinal && !s.IsExit))
            Fail("no final step closes the dossier.");

        foreach (var field in definition.AllFields())
        {
            if ((field.Type == FieldType.Enum) != (field.Options.Count > 0))
                Fail($"field '{field.Path}': options are for enum fields, and every enum field needs them.");
            if (field.MustMatchCommune && field.Type != FieldType.CommuneCode)
                Fail($"field '{field.Path}': mustMatchCommune is only for communeCode fields.");
            if (field.RequiredWhen is { } rule)
            {
                var source = definition.FindField(rule.FieldPath);
                if (source is null || source.Type != FieldType.Enum)
                    Fail($"field '{field.Path}': requiredWhen refers to '{rule.FieldPath}', which is not an enum field.");
                var unknown = rule.Values.Except(source!.Options.Select(o => o.Value)).ToList();
                if (unknown.Count > 0)
                    Fail($"field '{field.Path}': requiredWhen names unknown values {string.Join(", ", unknown)}.");
            }
        }
    }
}
