using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// The rules of a definition that an XSD cannot state: a field required only for some values of
/// another, a date that may not be in the future (or in the past), a SIRET's key, a commune code that must be the commune the
/// dossier is filed with. They run after the request has passed its XSD.
/// </summary>
public static class DefinitionRules
{
    private static readonly XNamespace Tns = ContractNamespaces.Procedure;

    public static IReadOnlyList<ValidationError> Check(ProcedureDefinition definition, XElement request, Commune commune, DateOnly today)
    {
        var errors = new List<ValidationError>();
        foreach (var field in definition.AllFields())
        {
            var value = ValueAt(request, field.Path);
            if (field.RequiredWhen is { } rule && string.IsNullOrWhiteSpace(value)
                && ValueAt(request, rule.FieldPath) is { } trigger && rule.Values.Contains(trigger))
                errors.Add(new ValidationError(field.Path, ValidationTexts.Missing(field.Label, field.Path)));
            if (value is null) continue;
            if (field.Type == FieldType.Date && FieldChecker.TryParseDate(value, out var date))
            {
                if (field.Max == "today" && date > today)
                    errors.Add(new ValidationError(field.Path, ValidationTexts.DateInFuture(field.Label, field.Path)));
                if (field.Min == "today" && date < today)
                    errors.Add(new ValidationError(field.Path, ValidationTexts.DateInPast(field.Label, field.Path)));
            }
            if (field.Type == FieldType.Siret && value.Length == 14 && value.All(char.IsAsciiDigit) && !FieldChecker.HasValidSiretKey(value))
                errors.Add(new ValidationError(field.Path, ValidationTexts.BadSiretKey(field.Label, field.Path)));
            if (field.MustMatchCommune && value != commune.Code)
                errors.Add(new ValidationError(field.Path, ValidationTexts.NotTheCommune(field.Label, field.Path, commune.Name, commune.Code)));
        }
        return errors;
    }

    /// <summary>The text of the element at a dotted path under the request, or null when absent.</summary>
    public static string? ValueAt(XElement request, string path)
    {
        XElement? current = request;
        foreach (var name in path.Split('.'))
            current = current?.Element(Tns + name);
        return current?.Value;
    }
}
