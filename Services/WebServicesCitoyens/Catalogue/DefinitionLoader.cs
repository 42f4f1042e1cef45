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
        return new ProcedureCatalogue(definitions, schemas);
    }

    /// <summary>
    /// Reads a definition given as text (a commune's configuration of a procedure): the schema and the
    /// same rules as the catalogue's files. Throws <see cref="InvalidDataException"/> with the reason.
    /// </summary>
    public static ProcedureDefinition ParseText(string xml, XmlSchemaSet schemas, string theme)
    {
        var definition = ReadText(xml, schemas);
        Check(definition, Path.Combine(theme, definition.Code + ".xml"));
        return definition;
    }

    /// <summary>
    /// Reads a definition given as text against the schema, without the loader's further rules: for a
    /// caller that reports those rules itself (the administration says them in French) before
    /// <see cref="ParseText"/> has the last word.
    /// </summary>
    public static ProcedureDefinition ReadText(string xml, XmlSchemaSet schemas)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            MaxCharactersInDocument = 2_000_000,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (Exception e) when (e is XmlException or XmlSchemaException)
        {
            throw new InvalidDataException(e.Message, e);
        }
        return Parse(document.Root!);
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

        ProcedureDefinition definition;
        try
        {
            definition = Parse(document.Root!);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Procedure definition {file}: {e.Message}", e);
        }
        Check(definition, file);
        // hidden and commune="true" say how a commune's configuration departs from the catalogue.
        if (definition.AllFields().FirstOrDefault(f => f.Hidden || f.IsCommune) is { } communeOnly)
            throw new InvalidDataException($"Procedure definition {file}: field '{communeOnly.Path}': hidden and commune are for a commune's configuration, not the catalogue.");
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
            Steps: root.Element(D + "workflow")!.Elements(D + "step").Select(ParseStep).ToList(),
            OwnMessages: root.Element(D + "messages") is { } messages ? Notifications.MessageTemplate.Parse(messages) : [],
            OwnActions: root.Element(D + "workflow")!.Elements(D + "action").Select(ParseAction).ToList(),
            OwnActors: root.Element(D + "workflow")!.Elements(D + "actor").Select(ParseActor).ToList(),
            OwnDocuments: root.Element(D + "documents")?.Elements(D + "document").Select(ParseDocument).ToList() ?? [],
            ExpectedDays: (int?)root.Element(D + "workflow")!.Attribute("expectedDays") ?? ProcedureDefinition.DefaultExpectedDays);
    }

    private static Workflow.WorkflowAction ParseAction(XElement action) => new(
        Code: (string)action.Attribute("code")!,
        Step: (string)action.Attribute("step")!,
        Label: Text(action, "label")!,
        To: (string?)action.Attribute("to"),
        Trigger: ((string?)action.Attribute("trigger")) switch
        {
            "onEnter" => Workflow.ActionTrigger.OnEnter,
            "afterDelay" => Workflow.ActionTrigger.AfterDelay,
            _ => Workflow.ActionTrigger.Manual,
        },
        Delay: action.Attribute("delay") is { } delay ? XmlConvert.ToTimeSpan(delay.Value) : null,
        Actor: (string?)action.Attribute("actor"),
        Message: action.Element(D + "message") is { } message
            ? new Workflow.ActionMessage(Notifications.MessageTemplate.OneLine(message.Element(D + "subject")!.Value),
                Notifications.MessageTemplate.Dedent(message.Element(D + "body")!.Value))
            : null,
        Document: (string?)action.Attribute("document"));

    private static Workflow.ActorRole ParseActor(XElement actor) => new(
        (string)actor.Attribute("code")!, Normalize(actor.Value),
        ((string?)actor.Attribute("profiles"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? []);

    private static Workflow.DocumentTemplate ParseDocument(XElement document) => new(
        (string)document.Attribute("code")!, Text(document, "title")!,
        Notifications.MessageTemplate.Dedent(document.Element(D + "body")!.Value));

    private static IReadOnlyList<FormItem> ParseItems(XElement container, string parentPath) =>
        container.Elements().Select(element =>
        {
            var name = (string)element.Attribute("name")!;
            var path = parentPath.Length == 0 ? name : parentPath + "." + name;
            var label = Text(element, "label")!;
            var help = Text(element, "help");
            var required = (bool?)element.Attribute("required") ?? false;
            if (element.Name == D + "group")
            {
                var maxOccurs = (int?)element.Attribute("maxOccurs") ?? 1;
                var minOccurs = (int?)element.Attribute("minOccurs") ?? (required ? 1 : 0);
                return (FormItem)new GroupDefinition(name, path, label, help, required || minOccurs > 0,
                    ParseItems(element.Element(D + "fields")!, path), minOccurs, maxOccurs,
                    (bool?)element.Attribute("applicant") ?? false);
            }

            var requiredWhen = element.Element(D + "requiredWhen");
            var type = Enum.Parse<FieldType>((string)element.Attribute("type")!, ignoreCase: true);
            if (type != FieldType.Attachment && (element.Attribute("accept") ?? element.Attribute("maxSizeKb")) is not null)
                throw new InvalidDataException($"field '{path}': accept and maxSizeKb are for attachment fields.");
            return new FieldDefinition(
                name, path, label, help, required,
                Type: type,
                MaxLength: (int?)element.Attribute("maxLength"),
                Pattern: (string?)element.Attribute("pattern"),
                Min: (string?)element.Attribute("min"),
                Max: (string?)element.Attribute("max"),
                Options: element.Elements(D + "option")
                    .Select(o => new EnumOption((string)o.Attribute("value")!, Normalize(o.Value), (string?)o.Attribute("applicantKind")))
                    .ToList(),
                RequiredWhen: requiredWhen is null
                    ? null
                    : new RequiredWhen((string)requiredWhen.Attribute("field")!,
                        ((string)requiredWhen.Attribute("values")!).Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                MustMatchCommune: (bool?)element.Attribute("mustMatchCommune") ?? false,
                HoldsRegister: (bool?)element.Attribute("holdsRegister") ?? false,
                Autocomplete: (string?)element.Attribute("autocomplete"),
                Example: (string?)element.Attribute("example"),
                Attachment: type != FieldType.Attachment
                    ? null
                    : new AttachmentRules(
                        ((string?)element.Attribute("accept"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? AttachmentRules.DefaultAccept,
                        (int?)element.Attribute("maxSizeKb") ?? AttachmentRules.DefaultMaxSizeKb),
                Hidden: (bool?)element.Attribute("hidden") ?? false,
                IsCommune: (bool?)element.Attribute("commune") ?? false);
        }).ToList();

    private static WorkflowStep ParseStep(XElement step) => new(
        Code: (string)step.Attribute("code")!,
        AgentLabel: Normalize(step.Value),
        CitizenLabel: (string)step.Attribute("citizenLabel")!,
        IsExit: (bool?)step.Attribute("exit") ?? false,
        IsFinal: (bool?)step.Attribute("final") ?? false);

    /// <summary>Whether every group on the way to the field is required, so the field is always sent.</summary>
    private static bool IsRequiredPath(ProcedureDefinition definition, string path)
    {
        IReadOnlyList<FormItem> items = definition.Form;
        foreach (var name in path.Split('.')[..^1])
        {
            if (items.OfType<GroupDefinition>().FirstOrDefault(g => g.Name == name) is not { Required: true } group) return false;
            items = group.Items;
        }
        return true;
    }

    private static IEnumerable<GroupDefinition> Groups(IEnumerable<FormItem> items) =>
        items.OfType<GroupDefinition>().SelectMany(g => Groups(g.Items).Prepend(g));

    /// <summary>Numbers bound numbers, dates and slots take a date or "today", times take HH:MM.</summary>
    private static bool BoundsFit(FieldDefinition field)
    {
        bool Fits(string bound) => field.Type switch
        {
            FieldType.Integer => int.TryParse(bound, out _),
            FieldType.Decimal or FieldType.Money => decimal.TryParse(bound, System.Globalization.CultureInfo.InvariantCulture, out _),
            FieldType.Date => bound == "today" || Schemas.FieldChecker.TryParseDate(bound, out _),
            // A slot's date is a shared XSD type: only "today", checked by the rules, can bound it.
            FieldType.TimeSlot => bound == "today",
            FieldType.Time => Schemas.FieldChecker.IsTime(bound),
            _ => false,
        };
        return (field.Min is null || Fits(field.Min)) && (field.Max is null || Fits(field.Max));
    }

    private static string? Text(XElement parent, string name) =>
        parent.Element(D + name) is { } element ? Normalize(element.Value) : null;

    /// <summary>Definitions are indented for reading; the texts are single paragraphs.</summary>
    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static void Check(ProcedureDefinition definition, string file)
    {
        void Fail(string reason) => throw new InvalidDataException($"Procedure definition {file}: {reason}");

        if (Texts.CatalogueTexts.ThemeLabel(definition.Theme) is null)
            Fail($"theme '{definition.Theme}' is not one of the catalogue's themes ({string.Join(", ", Texts.CatalogueTexts.Themes.Select(t => t.Code))}).");
        if (!definition.Code.StartsWith(definition.Theme + ".", StringComparison.Ordinal))
            Fail($"code '{definition.Code}' does not start with its theme '{definition.Theme}'.");
        var folder = Path.GetFileName(Path.GetDirectoryName(file));
        if (folder != definition.Theme)
            Fail($"the definition of theme '{definition.Theme}' is in folder '{folder}'.");
        if (definition.InitialStep.IsExit)
            Fail("the first step (where every dossier starts) cannot be an exit.");
        if (!definition.Steps.Any(s => s.IsFinal && !s.IsExit))
            Fail("no final step closes the dossier.");
        if (Groups(definition.Form).Count(g => g.IsApplicant) > 1)
            Fail("only one group may describe the applicant.");
        if (definition.AllFields().Count(f => f.HoldsRegister) > 1)
            Fail("only one field may name the commune that holds the register.");
        foreach (var problem in Notifications.MessageTemplate.Problems(definition.Messages, definition.Steps.Select(s => s.Code).ToList()))
            Fail(problem);
        foreach (var problem in Workflow.WorkflowCheck.Problems(definition))
            Fail(problem);

        foreach (var group in Groups(definition.Form))
        {
            if (group.MinOccurs > group.MaxOccurs)
                Fail($"group '{group.Path}': minOccurs {group.MinOccurs} is above maxOccurs {group.MaxOccurs}.");
            if (!group.IsRepeated && group.MinOccurs > 1)
                Fail($"group '{group.Path}': minOccurs above 1 needs maxOccurs.");
            if (group.IsApplicant && group.IsRepeated)
                Fail($"group '{group.Path}': the applicant group cannot be repeated.");
            if (group.IsRepeated && Groups(group.Items).Any(g => g.IsRepeated))
                Fail($"group '{group.Path}': repeated groups do not nest.");
        }

        foreach (var field in definition.AllFields())
        {
            if (field.Pattern is { } pattern)
            {
                if (field.Example is null)
                    Fail($"field '{field.Path}': a field with a pattern needs an example (shown in its documentation).");
                else if (!System.Text.RegularExpressions.Regex.IsMatch(field.Example, "^(?:" + pattern + ")$"))
                    Fail($"field '{field.Path}': example '{field.Example}' does not match its pattern.");
            }
            if (!BoundsFit(field))
                Fail($"field '{field.Path}': min/max do not suit a {field.Type} field.");
            if ((field.Type == FieldType.Enum) != (field.Options.Count > 0))
                Fail($"field '{field.Path}': options are for enum fields, and every enum field needs them.");
            if (field.MustMatchCommune && field.Type != FieldType.CommuneCode)
                Fail($"field '{field.Path}': mustMatchCommune is only for communeCode fields.");
            if (field.HoldsRegister && (field.Type != FieldType.CommuneCode || !field.Required || field.MustMatchCommune
                    || definition.RepeatedGroupOf(field.Path) is not null || !IsRequiredPath(definition, field.Path)))
                Fail($"field '{field.Path}': holdsRegister is for one required communeCode field outside repeated and optional groups, without mustMatchCommune.");
            if (field.RequiredWhen is { } rule)
            {
                var source = definition.FindField(rule.FieldPath);
                if (source is null || source.Type != FieldType.Enum)
                    Fail($"field '{field.Path}': requiredWhen refers to '{rule.FieldPath}', which is not an enum field.");
                var sourceGroup = definition.RepeatedGroupOf(rule.FieldPath);
                if (sourceGroup is not null && sourceGroup != definition.RepeatedGroupOf(field.Path))
                    Fail($"field '{field.Path}': requiredWhen refers to '{rule.FieldPath}', inside another repeated group.");
                var unknown = rule.Values.Except(source!.Options.Select(o => o.Value)).ToList();
                if (unknown.Count > 0)
                    Fail($"field '{field.Path}': requiredWhen names unknown values {string.Join(", ", unknown)}.");
            }
        }
    }
}
