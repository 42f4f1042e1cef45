using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// What a commune's version of a procedure asks beyond the national contract, checked after the
/// request passed the published XSD: catalogue fields the commune made required, and the answers to
/// its own fields (<c>complementsCommune</c>): each code one of its fields, once; each required field
/// answered; each answer of its field's type, length and choices. Errors name the field where the
/// form shows it (its path) and say, for a vendor, where the answer goes (complementsCommune.code).
/// </summary>
public static class CommuneRequestRules
{
    /// <param name="version">The definition in effect for the dossier (the catalogue's when the commune has no version).</param>
    /// <param name="published">The catalogue's definition: the contract the request already met.</param>
    public static IReadOnlyList<ValidationError> Check(ProcedureDefinition version, ProcedureDefinition published, XElement request)
    {
        var tns = request.Name.Namespace;
        var errors = new List<ValidationError>();
        foreach (var (field, path, element) in Present(version.RequestItems, request, ""))
            if (field.Required && published.FindField(field.Path) is { Required: false } && IsBlank(element))
                errors.Add(new ValidationError(path, ValidationTexts.Missing(field.Label, path)));

        var fields = version.CommuneFields.Where(f => !f.Hidden).ToDictionary(f => f.Name);
        var answers = new Dictionary<string, string>();
        foreach (var complement in request.Element(tns + ProcedureSchemaGenerator.ComplementsElement)?.Elements(tns + ProcedureSchemaGenerator.ComplementElement) ?? [])
        {
            var code = (string?)complement.Attribute("code") ?? "";
            if (!fields.ContainsKey(code))
                errors.Add(new ValidationError(ProcedureSchemaGenerator.ComplementsElement, ValidationTexts.UnknownComplement(code, fields.Keys)));
            else if (!answers.TryAdd(code, complement.Value))
                errors.Add(new ValidationError(fields[code].Path, ValidationTexts.ComplementTwice(code)));
        }
        foreach (var field in fields.Values)
        {
            var where = WhereAnswered(field);
            var value = answers.GetValueOrDefault(field.Name);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (field.Required) errors.Add(new ValidationError(field.Path, ValidationTexts.Missing(field.Label, where)));
            }
            else if (FieldChecker.Problem(field, value, where) is { } problem)
                errors.Add(new ValidationError(field.Path, problem));
        }
        return errors;
    }

    /// <summary>Where a commune field's answer travels in a SOAP request: complementsCommune.lieuRetrait.</summary>
    public static string WhereAnswered(FieldDefinition field) => ProcedureSchemaGenerator.ComplementsElement + "." + field.Name;

    /// <summary>The request without the commune's answers (a dossier routed to another commune, which never asked them).</summary>
    public static XElement WithoutComplements(XElement request) =>
        new(request.Name, request.Attributes(), request.Elements().Where(e => e.Name.LocalName != ProcedureSchemaGenerator.ComplementsElement));

    private static bool IsBlank(XElement? element) => element is null || (!element.HasElements && string.IsNullOrWhiteSpace(element.Value));

    /// <summary>
    /// The fields whose container is in the request (a field of an optional group left out is not
    /// asked), each instance of a repeated group apart: enfants[2].prenom.
    /// </summary>
    private static IEnumerable<(FieldDefinition Field, string Path, XElement? Element)> Present(IEnumerable<FormItem> items, XElement parent, string prefix)
    {
        var tns = parent.Name.Namespace;
        foreach (var item in items)
        {
            switch (item)
            {
                case GroupDefinition { IsRepeated: true } repeated:
                    var rank = 0;
                    foreach (var occurrence in parent.Elements(tns + repeated.Name))
                        foreach (var visit in Present(ProcedureDefinition.RequestItemsOf(repeated.Items), occurrence, $"{prefix}{repeated.Name}[{++rank}]."))
                            yield return visit;
                    break;
                case GroupDefinition group when parent.Element(tns + group.Name) is { } groupElement:
                    foreach (var visit in Present(ProcedureDefinition.RequestItemsOf(group.Items), groupElement, $"{prefix}{group.Name}."))
                        yield return visit;
                    break;
                case FieldDefinition field:
                    yield return (field, prefix + field.Name, parent.Element(tns + field.Name));
                    break;
            }
        }
    }
}
