using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// The rules of a definition that an XSD cannot state: a field required only for some values of
/// another, a date that may not be in the future (or in the past), a time within bounds, a slot that
/// ends after it starts, a SIRET's key, a commune code that must be the commune the dossier is filed
/// with. They run after the request has passed its XSD, on every instance of a repeated group.
/// </summary>
public static class DefinitionRules
{
    public static IReadOnlyList<ValidationError> Check(ProcedureDefinition definition, XElement request, Commune commune, DateOnly today) =>
        Check(definition.RequestItems, request, commune, today);

    /// <summary>The rules of some items (a procedure's request, a citizen's profile), in the namespace of the element given.</summary>
    public static IReadOnlyList<ValidationError> Check(IReadOnlyList<FormItem> items, XElement request, Commune? commune, DateOnly today)
    {
        var tns = request.Name.Namespace;
        var errors = new List<ValidationError>();
        foreach (var (field, path, element, instance) in Walk(items, request, "", null, tns))
        {
            var value = element?.Value;
            if (field.RequiredWhen is { } rule && string.IsNullOrWhiteSpace(value)
                && Trigger(items, rule, request, instance) is { } trigger && rule.Values.Contains(trigger))
                errors.Add(new ValidationError(path, ValidationTexts.Missing(field.Label, path)));
            if (value is null) continue;
            if (field.Type == FieldType.Date && FieldChecker.TryParseDate(value, out var date))
            {
                if (field.Max == "today" && date > today)
                    errors.Add(new ValidationError(path, ValidationTexts.DateInFuture(field.Label, path)));
                if (field.Min == "today" && date < today)
                    errors.Add(new ValidationError(path, ValidationTexts.DateInPast(field.Label, path)));
            }
            if (field.Type == FieldType.Time && FieldChecker.IsTime(value))
            {
                // HH:MM compares in text order.
                if (field.Min is { } min && string.CompareOrdinal(value, min) < 0)
                    errors.Add(new ValidationError(path, ValidationTexts.TimeBefore(field.Label, path, min)));
                if (field.Max is { } max && string.CompareOrdinal(value, max) > 0)
                    errors.Add(new ValidationError(path, ValidationTexts.TimeAfter(field.Label, path, max)));
            }
            if (field.Type == FieldType.TimeSlot
                && element!.Element(tns + "debut")?.Value is { } start && element.Element(tns + "fin")?.Value is { } end
                && string.CompareOrdinal(end, start) <= 0)
                errors.Add(new ValidationError(path + ".fin", ValidationTexts.SlotEndsBeforeStart(field.Label, path)));
            if (field.Type == FieldType.Siret && value.Length == 14 && value.All(char.IsAsciiDigit) && !FieldChecker.HasValidSiretKey(value))
                errors.Add(new ValidationError(path, ValidationTexts.BadSiretKey(field.Label, path)));
            if (field.MustMatchCommune && commune is not null && value != commune.Code)
                errors.Add(new ValidationError(path, ValidationTexts.NotTheCommune(field.Label, path, commune.Name, commune.Code)));
        }
        return errors;
    }

    /// <summary>
    /// Every field where it stands in the request: its instance path (enfants[2].prenom), its element
    /// (null when absent), and the instance of the repeated group around it. The parts of a slot or an
    /// address are visited too.
    /// </summary>
    private static IEnumerable<(FieldDefinition Field, string Path, XElement? Element, XElement? Instance)> Walk(
        IEnumerable<FormItem> items, XElement? parent, string prefix, XElement? instance, XNamespace tns)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case GroupDefinition { IsRepeated: true } repeated:
                    var rank = 0;
                    foreach (var occurrence in parent?.Elements(tns + repeated.Name) ?? [])
                        foreach (var visit in Walk(ProcedureDefinition.RequestItemsOf(repeated.Items), occurrence, $"{prefix}{repeated.Name}[{++rank}].", occurrence, tns))
                            yield return visit;
                    break;
                case GroupDefinition group:
                    // Walked even when absent: a requiredWhen may require a field of an optional group.
                    var groupElement = parent?.Element(tns + group.Name);
                    foreach (var visit in Walk(ProcedureDefinition.RequestItemsOf(group.Items), groupElement, $"{prefix}{group.Name}.", instance, tns))
                        yield return visit;
                    break;
                case FieldDefinition field:
                    var element = parent?.Element(tns + field.Name);
                    yield return (field, prefix + field.Name, element, instance);
                    if (element is not null)
                        foreach (var part in CompositeFields.PartsOf(field))
                            yield return (part, $"{prefix}{field.Name}.{part.Name}", element.Element(tns + part.Name), instance);
                    break;
            }
        }
    }

    /// <summary>
    /// Whether a requiredWhen holds for a request: the deciding field has one of the rule's values (read in
    /// <paramref name="instance"/> when both sit in one repeated group).
    /// </summary>
    public static bool RequiredWhenHolds(ProcedureDefinition definition, RequiredWhen rule, XElement request, XElement? instance) =>
        Trigger(definition.RequestItems, rule, request, instance) is { } trigger && rule.Values.Contains(trigger);

    /// <summary>The value deciding a requiredWhen: in the same instance when both sit in one repeated group.</summary>
    private static string? Trigger(IReadOnlyList<FormItem> items, RequiredWhen rule, XElement request, XElement? instance)
    {
        if (instance is not null && ProcedureDefinition.RepeatedGroupOf(items, rule.FieldPath) is { } group)
            return ValueAt(instance, rule.FieldPath[(group.Path.Length + 1)..]);
        return ValueAt(request, rule.FieldPath);
    }

    /// <summary>The text of the element at a dotted path under an element, or null when absent.</summary>
    public static string? ValueAt(XElement request, string path)
    {
        XElement? current = request;
        foreach (var name in path.Split('.'))
            current = current?.Element(request.Name.Namespace + name);
        return current?.Value;
    }
}
