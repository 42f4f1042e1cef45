using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// Turns the fields posted by the HTML form into the same Submit element a SOAP client sends, so
/// that the form goes through exactly the same XSD validation and rules. Controls are named after
/// where their value stands in the request: <c>titulaire.nomNaissance</c>, and for the instances of
/// a repeated group <c>enfants[2].prenom</c>. Empty optional fields, optional groups left entirely
/// empty and blank instances of a repeated group beyond its minimum are omitted.
/// </summary>
public static class FormRequestBuilder
{
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;

    /// <summary>
    /// The Submit element of a posted form. The typed request follows the catalogue's definition
    /// (<paramref name="published"/>): a commune's version may show fields in another order, but the
    /// contract's XSD fixes the order of the elements. The answers to the version's own fields follow,
    /// in <c>complementsCommune</c>.
    /// </summary>
    public static XElement Submit(ProcedureDefinition published, ProcedureDefinition version, string communeCode, string clientRequestId,
        IFormCollection form)
    {
        var request = Element(Tns + "Request", published.RequestItems, form);
        var answers = version.CommuneFields.Where(f => !f.Hidden)
            .Select(field => (field, value: Posted(field, field.Path, form)))
            .Where(answer => answer.value.Length > 0 || answer.field.Required)
            .Select(answer => new XElement(Tns + ProcedureSchemaGenerator.ComplementElement, new XAttribute("code", answer.field.Name), answer.value))
            .ToList();
        if (answers.Count > 0) request.Add(new XElement(Tns + ProcedureSchemaGenerator.ComplementsElement, answers));
        return new(Tns + "Submit",
            new XElement(Tns + "CommuneCode", communeCode),
            new XElement(Tns + "ClientRequestId", clientRequestId),
            request);
    }

    /// <summary>The element of some items (a procedure's request, a citizen's profile) from the posted form, in the namespace of its name.</summary>
    public static XElement Element(XName name, IReadOnlyList<FormItem> items, IFormCollection form) =>
        new(name, Items(items, "", form, name.Namespace));

    /// <summary>
    /// The posted form with the instances of each repeated group numbered as the request numbers them:
    /// a blank optional instance is left out of the request, so the next one takes its rank (the 4th
    /// witness filled after a blank 3rd is sent as the 3rd). Errors (temoins[3].nom) and refilled values
    /// then designate the instance the citizen filled, not the blank one before it.
    /// </summary>
    public static IFormCollection Compact(ProcedureDefinition definition, IFormCollection form) => Compact(definition.RequestItems, form);

    public static IFormCollection Compact(IReadOnlyList<FormItem> items, IFormCollection form)
    {
        var fields = form.ToDictionary(f => f.Key, f => f.Value);
        foreach (var repeated in RepeatedGroups(items))
        {
            var inner = ProcedureDefinition.RequestItemsOf(repeated.Items);
            var kept = 0;
            for (var rank = 1; rank <= repeated.MaxOccurs; rank++)
            {
                var from = $"{repeated.Path}[{rank}].";
                if (rank > repeated.MinOccurs && !AnyValue(inner, from, form)) continue;
                if (++kept == rank) continue;
                // Ranks only move down, and are read from the posted form: no move overwrites one still to read.
                var to = $"{repeated.Path}[{kept}].";
                foreach (var name in ControlNames(inner, from))
                {
                    fields[to + name[from.Length..]] = form[name];
                    fields.Remove(name);
                }
            }
        }
        return new FormCollection(fields);
    }

    private static IEnumerable<GroupDefinition> RepeatedGroups(IEnumerable<FormItem> items) => items.OfType<GroupDefinition>()
        .SelectMany(g => g.IsRepeated ? [g] : RepeatedGroups(ProcedureDefinition.RequestItemsOf(g.Items)));

    /// <summary>The non-empty values posted for the form's controls, the commune's own fields included, to refill the form after an error.</summary>
    public static Dictionary<string, string> Values(ProcedureDefinition definition, IFormCollection form)
    {
        var values = Values(definition.RequestItems, form);
        foreach (var field in definition.CommuneFields)
            if (!string.IsNullOrWhiteSpace(form[field.Path].ToString())) values[field.Path] = form[field.Path].ToString();
        return values;
    }

    public static Dictionary<string, string> Values(IReadOnlyList<FormItem> items, IFormCollection form) =>
        ControlNames(items, "")
            .Where(name => !string.IsNullOrWhiteSpace(form[name].ToString()))
            .ToDictionary(name => name, name => form[name].ToString());

    /// <summary>The name of every control the form may post, each instance of a repeated group included.</summary>
    private static IEnumerable<string> ControlNames(IEnumerable<FormItem> items, string prefix) => items.SelectMany(item => item switch
    {
        GroupDefinition { IsRepeated: true } repeated => Enumerable.Range(1, repeated.MaxOccurs)
            .SelectMany(rank => ControlNames(ProcedureDefinition.RequestItemsOf(repeated.Items), $"{prefix}{repeated.Name}[{rank}].")),
        GroupDefinition group => ControlNames(ProcedureDefinition.RequestItemsOf(group.Items), $"{prefix}{group.Name}."),
        FieldDefinition composite when CompositeFields.IsComposite(composite) =>
            CompositeFields.PartsOf(composite).Select(part => $"{prefix}{composite.Name}.{part.Name}"),
        FieldDefinition field => [prefix + field.Name],
        _ => [],
    });

    private static IEnumerable<XElement> Items(IEnumerable<FormItem> items, string prefix, IFormCollection form, XNamespace ns)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case GroupDefinition { IsRepeated: true } repeated:
                    var inner = ProcedureDefinition.RequestItemsOf(repeated.Items);
                    for (var rank = 1; rank <= repeated.MaxOccurs; rank++)
                    {
                        var instancePrefix = $"{prefix}{repeated.Name}[{rank}].";
                        if (rank <= repeated.MinOccurs || AnyValue(inner, instancePrefix, form))
                            yield return new XElement(ns + repeated.Name, Items(inner, instancePrefix, form, ns));
                    }
                    break;
                // An optional group, address or point left entirely blank is absent, not a set of missing fields.
                case GroupDefinition group:
                    var groupPrefix = $"{prefix}{group.Name}.";
                    var fields = ProcedureDefinition.RequestItemsOf(group.Items);
                    if (group.Required || AnyValue(fields, groupPrefix, form))
                        yield return new XElement(ns + group.Name, Items(fields, groupPrefix, form, ns));
                    break;
                case FieldDefinition composite when CompositeFields.IsComposite(composite):
                    var partPrefix = $"{prefix}{composite.Name}.";
                    if (composite.Required || AnyValue([composite], prefix, form))
                        yield return new XElement(ns + composite.Name,
                            CompositeFields.PartsOf(composite).Select(p => Leaf(p, partPrefix + p.Name, form, ns)).OfType<XElement>());
                    break;
                case FieldDefinition field:
                    if (Leaf(field, prefix + field.Name, form, ns) is { } leaf) yield return leaf;
                    break;
            }
        }
    }

    private static bool AnyValue(IEnumerable<FormItem> items, string prefix, IFormCollection form) =>
        ControlNames(items, prefix).Any(name => !string.IsNullOrWhiteSpace(form[name]));

    /// <summary>A required field is always sent, even empty, so that the error names it.</summary>
    private static XElement? Leaf(FieldDefinition field, string name, IFormCollection form, XNamespace ns)
    {
        var value = Posted(field, name, form);
        return value.Length > 0 || field.Required ? new XElement(ns + field.Name, value) : null;
    }

    /// <summary>A control's value as the request carries it: trimmed unless text, with the browser's CR LF made LF.</summary>
    private static string Posted(FieldDefinition field, string name, IFormCollection form)
    {
        var value = form[name].ToString();
        if (field.Type is not (FieldType.Text or FieldType.FreeText)) value = value.Trim();
        return value.Replace("\r\n", "\n");
    }
}
