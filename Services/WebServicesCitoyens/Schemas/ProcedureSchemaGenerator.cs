using System.Globalization;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// Writes a procedure's XSD from its definition: the shared part (procedure-common.xsd) plus the
/// procedure's typed request, one named type per group and per choice list, every field with its
/// type, required flag, length, pattern, bounds and French documentation, so that a client generated
/// from the WSDL knows them all.
/// </summary>
public static class ProcedureSchemaGenerator
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    private const string Tns = "tns:";

    public static XDocument Generate(ProcedureDefinition definition)
    {
        var schema = EmbeddedSchemas.Load("procedure-common.xsd");
        var root = schema.Root!;
        root.AddFirst(new XComment(
            $" Generated from Services/Catalogue/{definition.Theme}/{definition.Code[(definition.Theme.Length + 1)..]}.xml "
            + "by the host's generate-contracts command (see README). Do not edit. "));
        root.AddFirst(Documentation($"{definition.Title} — {definition.Summary}"));

        var insertionPoint = root.Elements(Xs + "element").First(e => (string?)e.Attribute("name") == "SubmitResponse");
        insertionPoint.AddBeforeSelf(new XElement(Xs + "element", new XAttribute("name", "Submit"),
            new XElement(Xs + "complexType",
                new XElement(Xs + "sequence",
                    new XElement(Xs + "element", new XAttribute("name", "CommuneCode"), new XAttribute("type", Tns + "CodeCommune")),
                    new XElement(Xs + "element", new XAttribute("name", "ClientRequestId"), new XAttribute("type", Tns + "ClientRequestId")),
                    new XElement(Xs + "element", new XAttribute("name", "Request"), new XAttribute("type", Tns + definition.RequestTypeName)),
                    new XElement(Xs + "element", new XAttribute("name", "PreviewKey"), new XAttribute("type", Tns + "CleApercu"), new XAttribute("minOccurs", "0"))))));

        // The request type first, then the types it uses in form order: a stable output for the diff test.
        var types = new List<XElement>();
        AddComplexType(definition.RequestTypeName, definition.Title, definition.RequestItems, definition.RequestTypeName, types);
        // Last of every request: the answers to the commune's own questions, outside the national contract.
        types[0].Element(Xs + "sequence")!.Add(new XElement(Xs + "element", new XAttribute("name", ComplementsElement),
            new XAttribute("type", Tns + "ComplementsCommune"), new XAttribute("minOccurs", "0"),
            Documentation(ValidationTexts.ComplementsDocumentation)));
        root.Add(new XComment($" The typed request of {definition.Code} "), types);
        return schema;
    }

    private static void AddComplexType(string name, string label, IReadOnlyList<FormItem> items, string requestType, List<XElement> types)
    {
        var type = new XElement(Xs + "complexType", new XAttribute("name", name), Documentation(label));
        types.Add(type);
        type.Add(new XElement(Xs + "sequence", items.Select(item => ElementFor(item, requestType, types)).ToList()));
    }

    private static XElement ElementFor(FormItem item, string requestType, List<XElement> types)
    {
        var element = new XElement(Xs + "element", new XAttribute("name", item.Name));
        if (item is GroupDefinition { IsRepeated: true } repeated)
        {
            element.Add(new XAttribute("minOccurs", repeated.MinOccurs.ToString(CultureInfo.InvariantCulture)));
            element.Add(new XAttribute("maxOccurs", repeated.MaxOccurs.ToString(CultureInfo.InvariantCulture)));
        }
        else if (!item.Required) element.Add(new XAttribute("minOccurs", "0"));
        element.Add(Documentation((item.Help is null ? item.Label : $"{item.Label}. {item.Help}") + RuleText(item)));

        switch (item)
        {
            case GroupDefinition group:
                var groupType = requestType + Pascal(group.Path);
                AddComplexType(groupType, group.Label, ProcedureDefinition.RequestItemsOf(group.Items), requestType, types);
                element.Add(new XAttribute("type", Tns + groupType));
                break;
            case FieldDefinition { Type: FieldType.Enum } field:
                var enumType = requestType + Pascal(field.Path);
                types.Add(new XElement(Xs + "simpleType", new XAttribute("name", enumType),
                    Documentation(field.Label),
                    new XElement(Xs + "restriction", new XAttribute("base", "xs:string"),
                        field.Options.Select(o => new XElement(Xs + "enumeration", new XAttribute("value", o.Value),
                            Documentation(o.Label))))));
                element.Add(new XAttribute("type", Tns + enumType));
                break;
            case FieldDefinition field:
                AddSimpleType(element, field);
                break;
        }
        // xs:element wants its annotation first.
        var annotation = element.Element(Xs + "annotation")!;
        annotation.Remove();
        element.AddFirst(annotation);
        return element;
    }

    private static void AddSimpleType(XElement element, FieldDefinition field)
    {
        switch (field.Type)
        {
            case FieldType.Text or FieldType.FreeText:
                var facets = new List<XElement>();
                if (field.Required) facets.Add(Facet("minLength", "1"));
                facets.Add(Facet("maxLength", field.EffectiveMaxLength.ToString(CultureInfo.InvariantCulture)));
                // Two patterns in one restriction would be alternatives; the field's own pattern already refuses blanks.
                if (field.Pattern is not null) facets.Add(Facet("pattern", field.Pattern));
                else if (field.Required) facets.Add(Facet("pattern", FieldChecker.NonBlankPattern));
                element.Add(Restriction("xs:string", facets));
                break;
            case FieldType.Integer:
                element.Add(Restriction("xs:int", Bounds(field, literalOnly: false)));
                break;
            case FieldType.Date:
                // xs:date allows a time zone (2099-12-31Z), which has no meaning for a date of birth and
                // would slip past the "today" checks: only the plain form is accepted.
                element.Add(Restriction("xs:date", [Facet("pattern", "[0-9]{4}-[0-9]{2}-[0-9]{2}"), .. Bounds(field, literalOnly: true)]));
                break;
            case FieldType.Email: element.Add(new XAttribute("type", Tns + "Courriel")); break;
            case FieldType.Phone: element.Add(new XAttribute("type", Tns + "Telephone")); break;
            case FieldType.CommuneCode: element.Add(new XAttribute("type", Tns + "CodeCommune")); break;
            case FieldType.Time: element.Add(new XAttribute("type", Tns + "Heure")); break;
            case FieldType.PostalAddress or FieldType.GeoPoint or FieldType.TimeSlot:
                element.Add(new XAttribute("type", Tns + CompositeFields.XsdTypeName(field.Type)));
                break;
            case FieldType.Boolean: element.Add(new XAttribute("type", "xs:boolean")); break;
            case FieldType.Decimal: element.Add(Restriction("xs:decimal", Bounds(field, literalOnly: false))); break;
            case FieldType.Money:
                var money = Bounds(field, literalOnly: false).ToList();
                if (money.Count == 0) element.Add(new XAttribute("type", Tns + "Montant"));
                else element.Add(Restriction("tns:Montant", money));
                break;
            case FieldType.Siret: element.Add(new XAttribute("type", Tns + "Siret")); break;
            case FieldType.Rna: element.Add(new XAttribute("type", Tns + "Rna")); break;
            default: throw new InvalidOperationException($"No XSD type for {field.Type}.");
        }
    }

    /// <summary>The bounds no facet can carry (times, "today"), said in the documentation so that a reader of the XSD knows them.</summary>
    private static string RuleText(FormItem item) => item is not FieldDefinition field ? "" : field.Type switch
    {
        FieldType.Time when field.Min is not null || field.Max is not null =>
            " " + ValidationTexts.TimeBoundsRule(field.Min, field.Max),
        FieldType.Date or FieldType.TimeSlot when field.Max == "today" => " " + ValidationTexts.NotInFutureRule,
        FieldType.Date or FieldType.TimeSlot when field.Min == "today" => " " + ValidationTexts.NotInPastRule,
        _ => "",
    };

    /// <summary>Bounds as facets; "today" moves every day, so DefinitionRules checks it instead.</summary>
    private static IEnumerable<XElement> Bounds(FieldDefinition field, bool literalOnly)
    {
        if (field.Min is { } min && (!literalOnly || FieldChecker.IsLiteralDate(min, out _))) yield return Facet("minInclusive", min);
        if (field.Max is { } max && (!literalOnly || FieldChecker.IsLiteralDate(max, out _))) yield return Facet("maxInclusive", max);
    }

    private static XElement Restriction(string baseType, IEnumerable<XElement> facets) =>
        new(Xs + "simpleType", new XElement(Xs + "restriction", new XAttribute("base", baseType), facets));

    private static XElement Facet(string name, string value) => new(Xs + name, new XAttribute("value", value));

    private static XElement Documentation(string text) =>
        new(Xs + "annotation", new XElement(Xs + "documentation", new XAttribute(XNamespace.Xml + "lang", "fr"), text));

    /// <summary>titulaire.dateNaissance → TitulaireDateNaissance</summary>
    public static string Pascal(string path) =>
        string.Concat(path.Split('.').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    public static string Namespace => ContractNamespaces.Procedure;

    /// <summary>The element, last of every request, carrying the answers to a commune's own fields.</summary>
    public const string ComplementsElement = "complementsCommune";

    /// <summary>One answer in <see cref="ComplementsElement"/>, its attribute <c>code</c> naming the commune's field.</summary>
    public const string ComplementElement = "complement";
}
