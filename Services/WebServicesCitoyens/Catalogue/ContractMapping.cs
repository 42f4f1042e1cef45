using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Catalogue;

/// <summary>Turns definitions and communes into the contract types every procedure service returns.</summary>
public static class ContractMapping
{
    public static ProcedureSummary Summary(ProcedureDefinition definition) => new()
    {
        Code = definition.Code,
        Version = definition.Version,
        Theme = definition.Theme,
        Title = definition.Title,
        Summary = definition.Summary,
        ThemeLabel = Texts.CatalogueTexts.ThemeLabel(definition.Theme) ?? definition.Theme,
    };

    public static CommuneInfo Info(Commune commune) => new()
    {
        Code = commune.Code,
        Name = commune.Name,
        PrimaryColor = commune.PrimaryColor,
        SecondaryColor = commune.SecondaryColor,
        LogoUrl = commune.LogoUrl,
        WebsiteUrl = commune.WebsiteUrl,
        HeaderText = commune.HeaderText,
    };

    public static FormDescription Form(ProcedureDefinition definition, Commune commune) => new()
    {
        Procedure = Summary(definition),
        Commune = Info(commune),
        Fields = Shown(definition.Form).Select(Field).ToArray(),
        Steps = definition.Steps.Where(s => !s.IsExit).Select(s => s.CitizenLabel).Distinct()
            .Select(label => new Step { Label = label }).ToArray(),
    };

    /// <summary>The items a form shows: all but the optional catalogue fields a commune hid.</summary>
    public static IEnumerable<FormItem> Shown(IEnumerable<FormItem> items) => items.Where(i => i is not FieldDefinition { Hidden: true });

    /// <summary>The form description of some items, as GetForm gives it and form.xsl renders it.</summary>
    public static FormField Field(FormItem item)
    {
        var field = new FormField { Name = item.Name, Path = item.Path, Label = item.Label, Help = item.Help, Required = item.Required };
        switch (item)
        {
            case GroupDefinition group:
                field.Type = "group";
                field.Fields = Shown(group.Items).Select(Field).ToArray();
                if (group.IsRepeated)
                {
                    (field.MinOccurs, field.MinOccursSpecified) = (group.MinOccurs, true);
                    (field.MaxOccurs, field.MaxOccursSpecified) = (group.MaxOccurs, true);
                }
                break;
            case FieldDefinition definition:
                field.Type = char.ToLowerInvariant(definition.Type.ToString()[0]) + definition.Type.ToString()[1..];
                field.Pattern = definition.Pattern;
                field.Min = definition.Min;
                field.Max = definition.Max;
                field.Autocomplete = definition.Autocomplete;
                field.Example = definition.Example;
                if (definition.IsCommune) (field.CommuneField, field.CommuneFieldSpecified) = (true, true);
                if (definition.Attachment is { } attachment)
                {
                    field.Accept = string.Join(' ', attachment.Accept);
                    (field.MaxSizeKb, field.MaxSizeKbSpecified) = (attachment.MaxSizeKb, true);
                }
                if (definition.Type is FieldType.Text or FieldType.FreeText)
                    (field.MaxLength, field.MaxLengthSpecified) = (definition.EffectiveMaxLength, true);
                if (definition.Options.Count > 0)
                    field.Options = definition.Options.Select(o => new FieldOption { Value = o.Value, Label = o.Label }).ToArray();
                if (CompositeFields.IsComposite(definition))
                    field.Fields = CompositeFields.PartsOf(definition).Select(Field).ToArray();
                break;
        }
        return field;
    }
}
