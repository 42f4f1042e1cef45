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
    private readonly XNamespace Tns;
    private readonly XmlSchemaSet _schemas;
    private readonly IReadOnlyList<ContractElement> _operations;

    /// <param name="targetNamespace">The namespace of the operations and their content (a procedure's, the catalogue's).</param>
    public SchemaValidator(XmlSchemaSet schemas, IReadOnlyList<ContractElement> operations, string targetNamespace = ContractNamespaces.Procedure)
    {
        _schemas = schemas;
        _operations = operations;
        Tns = targetNamespace;
    }

    public string Namespace => Tns.NamespaceName;

    /// <summary>Loads a published XSD (read without DTDs or external resources) into a compiled schema set.</summary>
    public static XmlSchemaSet LoadSchema(string xsdFile, string targetNamespace = ContractNamespaces.Procedure)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(xsdFile, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        schemas.Add(targetNamespace, reader);
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
            if (IsComplement(attribute.Parent!) && attribute.Name == ComplementCode)
                return new ValidationError(InstancePath(attribute.Parent!), ValidationTexts.BadComplementCode(InstancePath(attribute.Parent!)));
            var owner = PathOf(attribute.Parent!);
            return new ValidationError(owner, ValidationTexts.UnexpectedAttribute(attribute.Name.LocalName, owner));
        }

        var element = (XElement)node;
        if (element.Name.Namespace != Tns)
            return new ValidationError(element.Name.LocalName,
                ValidationTexts.WrongNamespace(element.Name.LocalName, element.Name.NamespaceName, Tns.NamespaceName));

        var expected = Find(element);
        if (expected is null)
        {
            if (element.Parent is null)
                return new ValidationError(element.Name.LocalName, ValidationTexts.UnknownOperation(element.Name.LocalName));
            var parent = Find(element.Parent);
            var parentPath = parent is null ? PathOf(element.Parent) : NameOf(element.Parent, parent);
            return new ValidationError(parentPath, ValidationTexts.Unexpected(element.Name.LocalName, parentPath,
                parent?.Children.Select(c => c.Name) ?? []));
        }

        if (!expected.IsSimple)
        {
            if (MissingChild(element, expected) is { } missing) return missing;
            if (element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value)))
                return new ValidationError(NameOf(element, expected), ValidationTexts.TextNotAllowed(NameOf(element, expected)));
            return PlacementProblem(element, expected) ?? AmongSiblings(element, expected);
        }

        var field = expected.Field!;
        var path = InstancePath(element);
        if (IsComplement(element) && element.Attribute(ComplementCode) is null)
            return new ValidationError(path, ValidationTexts.BadComplementCode(path));
        if (element.HasElements)
            return new ValidationError(path, ValidationTexts.OnlyText(field.Label, path));
        if (FieldChecker.Problem(field, element.Value, path) is { } problem)
            return new ValidationError(path, problem);
        return AmongSiblings(element, expected);
    }

    /// <summary>A required child absent, or a repeated one present fewer times than it must.</summary>
    private ValidationError? MissingChild(XElement element, ContractElement expected)
    {
        var prefix = InstancePath(element) is { Length: > 0 } own ? own + "." : "";
        foreach (var child in expected.Children)
        {
            var count = element.Elements(Tns + child.Name).Count();
            if (child.Required && count == 0 && !child.IsRepeated)
                return new ValidationError(prefix + child.Name, ValidationTexts.Missing(child.Label, prefix + child.Name));
            if (child.IsRepeated && count < child.MinOccurs)
                return new ValidationError(prefix + child.Name, ValidationTexts.TooFew(child.Label, prefix + child.Name, child.MinOccurs));
        }
        return null;
    }

    /// <summary>An element valid in itself but refused where it stands: a required sibling is missing, or one is out of place.</summary>
    private ValidationError AmongSiblings(XElement element, ContractElement expected)
    {
        var parentElement = element.Parent is null ? null : Find(element.Parent);
        if (parentElement is null) return new ValidationError(expected.Path, ValidationTexts.NotSchemaValid(expected.Path));
        return MissingChild(element.Parent!, parentElement)
            ?? PlacementProblem(element.Parent!, parentElement)
            ?? new ValidationError(InstancePath(element), ValidationTexts.NotSchemaValid(InstancePath(element)));
    }

    /// <summary>An unknown, repeated or misordered child of a complex element.</summary>
    private ValidationError? PlacementProblem(XElement element, ContractElement expected)
    {
        var order = expected.Children.Select(c => c.Name).ToList();
        var prefix = InstancePath(element) is { Length: > 0 } own ? own + "." : "";
        var lastIndex = -1;
        var counts = new Dictionary<string, int>();
        foreach (var child in element.Elements())
        {
            var index = child.Name.Namespace == Tns ? order.IndexOf(child.Name.LocalName) : -1;
            var where = NameOf(element, expected);
            if (index < 0)
                return new ValidationError(where, ValidationTexts.Unexpected(child.Name.LocalName, where, order));
            var definition = expected.Children[index];
            var count = counts[definition.Name] = counts.GetValueOrDefault(definition.Name) + 1;
            var path = prefix + definition.Name;
            if (count > definition.MaxOccurs)
                return definition.IsRepeated
                    ? new ValidationError(path, ValidationTexts.TooMany(definition.Label, path, definition.MaxOccurs))
                    : new ValidationError(path, ValidationTexts.Duplicate(definition.Label, path));
            if (index < lastIndex)
                return new ValidationError(path, ValidationTexts.Misplaced(definition.Label, path, order));
            lastIndex = index;
        }
        return null;
    }

    /// <summary>
    /// Where an element stands, as fault messages and the form name it: the path from the request root
    /// with the rank of each repeated group (enfants[2].prenom), or the parameter's name.
    /// </summary>
    private string InstancePath(XElement element)
    {
        var chain = element.AncestorsAndSelf().Reverse().ToList();
        var current = _operations.FirstOrDefault(o => o.Name == chain[0].Name.LocalName);
        var parts = new List<string>();
        foreach (var step in chain.Skip(1))
        {
            current = current?.Child(step.Name.LocalName);
            if (current is null) return PathOf(element);
            if (current.Path == "Request" && parts.Count == 0) continue;
            parts.Add(current.IsRepeated
                ? $"{step.Name.LocalName}[{step.ElementsBeforeSelf(step.Name).Count() + 1}]"
                : step.Name.LocalName);
        }
        return string.Join('.', parts);
    }

    /// <summary>The instance path of a complex element, or its own name for an operation or the request.</summary>
    private string NameOf(XElement element, ContractElement expected) =>
        InstancePath(element) is { Length: > 0 } path ? path : expected.Path;

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

    /// <summary>The attribute naming the commune's field a complement answers.</summary>
    private static readonly XName ComplementCode = "code";

    private bool IsComplement(XElement element) =>
        element.Name == Tns + ProcedureSchemaGenerator.ComplementElement && element.Parent?.Name == Tns + ProcedureSchemaGenerator.ComplementsElement;

    private static string PathOf(XElement element) =>
        string.Join('/', element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));
}
