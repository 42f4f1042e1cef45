using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Administration;

/// <summary>
/// What a commune's version of a procedure must keep of the catalogue's, because the procedure's SOAP
/// contract (its XSD, WSDL and typed request) is national and stable for the vendors who call it:
/// the code, theme, version and request type; every group and field at its path, of its type, with its
/// constraints (length, pattern, bounds, choices, conditions, occurrences); a required field stays
/// required. A commune may relabel fields and groups, change their help, make an optional field
/// required, hide an optional field from its form, show fields in another order within their group,
/// and add its own simple fields (<c>commune="true"</c>), which travel outside the contract in
/// <c>complementsCommune</c>. Problems are in French: administrators read them.
/// </summary>
public static class ContractCompatibility
{
    /// <summary>The field types a commune may give its own fields: one text value each, checked as the contract's are.</summary>
    public static readonly IReadOnlySet<FieldType> CommuneFieldTypes = new HashSet<FieldType>
    {
        FieldType.Text, FieldType.FreeText, FieldType.Date, FieldType.Integer, FieldType.Boolean, FieldType.Enum, FieldType.Email, FieldType.Phone,
    };

    /// <summary>A complement carries 4,000 characters at most (its XSD type), so a commune's text field is no longer.</summary>
    public const int MaxCommuneFieldLength = 4000;

    /// <summary>How many fields a commune may add to one procedure (the XSD's complements).</summary>
    public const int MaxCommuneFields = 50;

    public static IReadOnlyList<string> Problems(ProcedureDefinition version, ProcedureDefinition published)
    {
        var problems = new List<string>();
        if (version.Code != published.Code) problems.Add(AdministrationTexts.KeepAttribute("code", published.Code));
        if (version.Theme != published.Theme) problems.Add(AdministrationTexts.KeepAttribute("theme", published.Theme));
        if (version.RequestTypeName != published.RequestTypeName) problems.Add(AdministrationTexts.KeepAttribute("requestType", published.RequestTypeName));
        if (version.Version != published.Version) problems.Add(AdministrationTexts.KeepAttribute("version", published.Version.ToString()));
        if (problems.Count > 0) return problems;

        foreach (var twice in Items(version.Form).GroupBy(i => i.Path).Where(g => g.Count() > 1))
            problems.Add(AdministrationTexts.PathTwice(twice.Key));
        var ours = Items(version.Form).DistinctBy(i => i.Path).ToDictionary(i => i.Path);
        foreach (var theirs in Items(published.Form))
        {
            if (!ours.TryGetValue(theirs.Path, out var mine))
            {
                problems.Add(theirs.Required ? AdministrationTexts.RequiredItemRemoved(theirs.Label, theirs.Path) : AdministrationTexts.ItemRemoved(theirs.Label, theirs.Path));
                continue;
            }
            switch (theirs, mine)
            {
                case (GroupDefinition group, GroupDefinition kept):
                    if ((group.Required, group.MinOccurs, group.MaxOccurs, group.IsApplicant) != (kept.Required, kept.MinOccurs, kept.MaxOccurs, kept.IsApplicant))
                        problems.Add(AdministrationTexts.GroupChanged(group.Label, group.Path));
                    break;
                case (FieldDefinition field, FieldDefinition kept):
                    problems.AddRange(FieldProblems(field, kept));
                    break;
                default:
                    problems.Add(AdministrationTexts.KindChanged(theirs.Label, theirs.Path));
                    break;
            }
        }

        var catalogue = Items(published.Form).Select(i => i.Path).ToHashSet();
        foreach (var added in ours.Values.Where(i => !catalogue.Contains(i.Path)))
        {
            if (added is GroupDefinition) problems.Add(AdministrationTexts.GroupAdded(added.Label, added.Path));
            else if (added is FieldDefinition { IsCommune: false }) problems.Add(AdministrationTexts.FieldNotInCatalogue(added.Label, added.Path));
        }
        problems.AddRange(CommuneFieldProblems(version));
        return problems;
    }

    /// <summary>A catalogue field as the commune's version keeps it: only its label, help, required (one way), hidden and place may change.</summary>
    private static IEnumerable<string> FieldProblems(FieldDefinition field, FieldDefinition kept)
    {
        if (kept.IsCommune) yield return AdministrationTexts.CatalogueFieldMarkedCommune(field.Label, field.Path);
        if (kept.Type != field.Type)
        {
            yield return AdministrationTexts.TypeChanged(field.Label, field.Path, TypeName(field.Type));
            yield break;
        }
        if (field.Required && !kept.Required) yield return AdministrationTexts.StaysRequired(field.Label, field.Path);
        if (kept.Hidden && kept.Required) yield return AdministrationTexts.HiddenRequired(field.Label, field.Path);
        if (!SameConstraints(field, kept)) yield return AdministrationTexts.ConstraintsChanged(field.Label, field.Path);
    }

    /// <summary>Everything of a field the contract or the rules say, beyond its label, help, required flag and visibility.</summary>
    private static bool SameConstraints(FieldDefinition a, FieldDefinition b) =>
        (a.MaxLength, a.Pattern, a.Min, a.Max, a.MustMatchCommune, a.HoldsRegister, a.Autocomplete, a.Example)
            == (b.MaxLength, b.Pattern, b.Min, b.Max, b.MustMatchCommune, b.HoldsRegister, b.Autocomplete, b.Example)
        && a.Options.Select(o => o.Value).SequenceEqual(b.Options.Select(o => o.Value))
        && a.RequiredWhen?.FieldPath == b.RequiredWhen?.FieldPath
        && (a.RequiredWhen?.Values ?? []).SequenceEqual(b.RequiredWhen?.Values ?? [])
        && (a.Attachment?.MaxSizeKb, string.Join(' ', a.Attachment?.Accept ?? [])) == (b.Attachment?.MaxSizeKb, string.Join(' ', b.Attachment?.Accept ?? []));

    /// <summary>
    /// The commune's own fields: a simple type, no rule but required and choices, outside repeated
    /// groups (a complement has no instance), a name no other of its fields has (it is the complement's code).
    /// </summary>
    private static IEnumerable<string> CommuneFieldProblems(ProcedureDefinition version)
    {
        var fields = version.CommuneFields.ToList();
        if (fields.Count > MaxCommuneFields) yield return AdministrationTexts.TooManyCommuneFields(MaxCommuneFields);
        foreach (var twice in fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
            yield return AdministrationTexts.CommuneFieldNameTwice(twice.Key);
        foreach (var field in fields)
        {
            if (!CommuneFieldTypes.Contains(field.Type))
                yield return AdministrationTexts.CommuneFieldType(field.Label, field.Path, string.Join(", ", CommuneFieldTypes.Select(TypeName)));
            if (field.Pattern is not null || field.Min is not null || field.Max is not null || field.RequiredWhen is not null || field.MustMatchCommune
                || field.HoldsRegister || field.Example is not null || field.Autocomplete is not null)
                yield return AdministrationTexts.CommuneFieldRules(field.Label, field.Path);
            if (field.MaxLength > MaxCommuneFieldLength || (field.Type is FieldType.Text or FieldType.FreeText && field.EffectiveMaxLength > MaxCommuneFieldLength))
                yield return AdministrationTexts.CommuneFieldTooLong(field.Label, field.Path, MaxCommuneFieldLength);
            if (field.Hidden) yield return AdministrationTexts.CommuneFieldHidden(field.Label, field.Path);
            if (version.RepeatedGroupOf(field.Path) is not null) yield return AdministrationTexts.CommuneFieldRepeated(field.Label, field.Path);
            if ((field.Type == FieldType.Enum) != (field.Options.Count > 0)) yield return AdministrationTexts.OptionsOnlyForChoices(field.Label, field.Path);
        }
    }

    /// <summary>The name definitions give a type: freeText, communeCode.</summary>
    public static string TypeName(FieldType type) => char.ToLowerInvariant(type.ToString()[0]) + type.ToString()[1..];

    /// <summary>Every group and field, groups before their items.</summary>
    private static IEnumerable<FormItem> Items(IEnumerable<FormItem> items) =>
        items.SelectMany(i => i is GroupDefinition g ? Items(g.Items).Prepend(i) : [i]);
}
