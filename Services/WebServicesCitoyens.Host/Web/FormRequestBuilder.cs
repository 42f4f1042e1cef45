using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// Turns the fields posted by the HTML form (named after their paths, e.g. <c>titulaire.nomNaissance</c>)
/// into the same Submit element a SOAP client sends, so that the form goes through exactly the same
/// XSD validation and rules. Empty optional fields, and optional groups left entirely empty, are omitted.
/// </summary>
public static class FormRequestBuilder
{
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;

    public static XElement Submit(ProcedureDefinition definition, string communeCode, string clientRequestId, IFormCollection form) =>
        new(Tns + "Submit",
            new XElement(Tns + "CommuneCode", communeCode),
            new XElement(Tns + "ClientRequestId", clientRequestId),
            new XElement(Tns + "Request", Items(definition.Form, form)));

    /// <summary>The non-empty values posted for the form's fields, to refill the form after an error.</summary>
    public static Dictionary<string, string> Values(ProcedureDefinition definition, IFormCollection form)
    {
        var paths = definition.AllFields().SelectMany(f => CompositeFields.IsComposite(f)
            ? CompositeFields.PartsOf(f).Select(p => p.Path)
            : [f.Path]);
        return paths.Where(p => !string.IsNullOrWhiteSpace(form[p].ToString()))
            .ToDictionary(p => p, p => form[p].ToString());
    }

    private static IEnumerable<XElement> Items(IEnumerable<FormItem> items, IFormCollection form)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                // An optional group, address or point left entirely blank is absent, not a set of missing fields.
                case GroupDefinition group:
                    if (group.Required || AnyValue(group.Items, form))
                        yield return new XElement(Tns + group.Name, Items(group.Items, form));
                    break;
                case FieldDefinition composite when CompositeFields.IsComposite(composite):
                    if (composite.Required || AnyValue([composite], form))
                        yield return new XElement(Tns + composite.Name, CompositeFields.PartsOf(composite).Select(p => Leaf(p, form)).OfType<XElement>());
                    break;
                case FieldDefinition field:
                    if (Leaf(field, form) is { } leaf) yield return leaf;
                    break;
            }
        }
    }

    private static bool AnyValue(IEnumerable<FormItem> items, IFormCollection form) => items.Any(item => item switch
    {
        GroupDefinition group => AnyValue(group.Items, form),
        FieldDefinition composite when CompositeFields.IsComposite(composite) =>
            CompositeFields.PartsOf(composite).Any(p => !string.IsNullOrWhiteSpace(form[p.Path])),
        FieldDefinition field => !string.IsNullOrWhiteSpace(form[field.Path]),
        _ => false,
    });

    /// <summary>A required field is always sent, even empty, so that the error names it.</summary>
    private static XElement? Leaf(FieldDefinition field, IFormCollection form)
    {
        var value = form[field.Path].ToString();
        if (field.Type is not (FieldType.Text or FieldType.FreeText)) value = value.Trim();
        value = value.Replace("\r\n", "\n");
        return value.Length > 0 || field.Required ? new XElement(Tns + field.Name, value) : null;
    }
}
