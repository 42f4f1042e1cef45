using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// Validates the body of a SOAP request against the procedure's published XSD, the only authority
/// on what a valid request is, and explains each refusal in French, naming the field. SoapCore would
/// otherwise turn unqualified, misordered or unknown elements into default values without a word.
/// </summary>
public sealed class SchemaValidator
{
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;
    private readonly XmlSchemaSet _schemas;
    private readonly IReadOnlyList<ContractElement> _operations;

    public SchemaValidator(XmlSchemaSet schemas, IReadOnlyList<ContractElement> operations)
    {
        _schemas = schemas;
        _operations = operations;
    }

    /// <summary>Loads a published XSD (read without DTDs or external resources) into a compiled schema set.</summary>
    public static XmlSchemaSet LoadSchema(string xsdFile)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(xsdFile, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        schemas.Add(ContractNamespaces.Procedure, reader);
        schemas.Compile();
        return schemas;
    }

    public XmlSchemaSet Schemas => _schemas;

    /// <summary>Every problem of the operation element (the child of soap:Body), in document order, each once.</summary>
    public IReadOnlyList<ValidationError> Validate(XElement operation)
    {
        var document = new XDocument(new XElement(operation));
        var errors = new List<ValidationError>();
        var seen = new HashSet<XObject>();
        document.Validate(_schemas, (sender, _) =>
        {
            if (sender is XObject node && seen.Add(node) && errors.Count < 20)
                errors.Add(Explain(node));
        });
        return errors.DistinctBy(e => e.Message).ToList();
    }

    private ValidationError Explain(XObject node)
    {
        if (node is XAttribute attribute)
        {
            var owner = PathOf(attribute.Parent!);
            return new ValidationError(owner, ValidationTexts.UnexpectedAttribute(attribute.Name.LocalName, owner));
        }

        var element = (XElement)node;
        if (element.Name.Namespace != Tns)
            return new ValidationError(element.Name.LocalName,
                ValidationTexts.WrongNamespace(element.Name.LocalName, element.Name.NamespaceName, ContractNamespaces.Procedure));

        var expected = Find(element);
        if (expected is null)
        {
            if (element.Parent is null)
                return new ValidationError(element.Name.LocalName, ValidationTexts.UnknownOperation(element.Name.LocalName));
            var parent = Find(element.Parent);
            var parentPath = parent?.Path ?? PathOf(element.Parent);
            return new ValidationError(parentPath, ValidationTexts.Unexpected(element.Name.LocalName, parentPath,
                parent?.Children.Select(c => c.Name) ?? []));
        }

        if (!expected.IsSimple)
        {
            var missing = expected.Children.FirstOrDefault(c => c.Required && element.Element(Tns + c.Name) is null);
            if (missing is not null)
                return new ValidationError(missing.Path, ValidationTexts.Missing(missing.Label, missing.Path));
            if (element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
                return new ValidationError(expected.Path, ValidationTexts.TextNotAllowed(expected.Path));
            return PlacementProblem(element, expected) ?? AmongSiblings(element, expected);
        }

        var field = expected.Field!;
        if (element.HasElements)
            return new ValidationError(field.Path, ValidationTexts.OnlyText(field.Label, field.Path));
        if (FieldChecker.Problem(field, element.Value) is { } problem)
            return new ValidationError(field.Path, problem);
        return AmongSiblings(element, expected);
    }

    /// <summary>An element valid in itself but refused where it stands: a required sibling is missing, or one is out of place.</summary>
    private ValidationError AmongSiblings(XElement element, ContractElement expected)
    {
        var parentElement = element.Parent is null ? null : Find(element.Parent);
        if (parentElement is null) return new ValidationError(expected.Path, ValidationTexts.NotSchemaValid(expected.Path));
        var missingSibling = parentElement.Children.FirstOrDefault(c => c.Required && element.Parent!.Element(Tns + c.Name) is null);
        if (missingSibling is not null)
            return new ValidationError(missingSibling.Path, ValidationTexts.Missing(missingSibling.Label, missingSibling.Path));
        return PlacementProblem(element.Parent!, parentElement)
            ?? new ValidationError(expected.Path, ValidationTexts.NotSchemaValid(expected.Path));
    }

    /// <summary>An unknown, repeated or misordered child of a complex element.</summary>
    private static ValidationError? PlacementProblem(XElement element, ContractElement expected)
    {
        var order = expected.Children.Select(c => c.Name).ToList();
        var lastIndex = -1;
        var seen = new HashSet<string>();
        foreach (var child in element.Elements())
        {
            var index = child.Name.Namespace == Tns ? order.IndexOf(child.Name.LocalName) : -1;
            if (index < 0)
                return new ValidationError(expected.Path, ValidationTexts.Unexpected(child.Name.LocalName, expected.Path, order));
            var definition = expected.Children[index];
            if (!seen.Add(child.Name.LocalName))
                return new ValidationError(definition.Path, ValidationTexts.Duplicate(definition.Label, definition.Path));
            if (index < lastIndex)
                return new ValidationError(definition.Path, ValidationTexts.Misplaced(definition.Label, definition.Path, order));
            lastIndex = index;
        }
        return null;
    }

    /// <summary>The contract element at the same place as <paramref name="element"/>, or null when there is none.</summary>
    private ContractElement? Find(XElement element)
    {
        var chain = element.AncestorsAndSelf().Reverse().ToList();
        if (chain.Any(e => e.Name.Namespace != Tns)) return null;
        var current = _operations.FirstOrDefault(o => o.Name == chain[0].Name.LocalName);
        foreach (var step in chain.Skip(1))
        {
            if (current is null) return null;
            current = current.Child(step.Name.LocalName);
        }
        return current;
    }

    private static string PathOf(XElement element) =>
        string.Join('/', element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));
}
