namespace WebServicesCitoyens.Catalogue;

/// <summary>One procedure of the catalogue, as read from its XML definition.</summary>
public sealed record ProcedureDefinition(
    string Code,
    string Theme,
    int Version,
    string RequestTypeName,
    string Title,
    string Summary,
    ProcedureDocumentation Documentation,
    IReadOnlyList<FormItem> Form,
    IReadOnlyList<WorkflowStep> Steps)
{
    public WorkflowStep InitialStep => Steps[0];

    public WorkflowStep? FindStep(string code) => Steps.FirstOrDefault(s => s.Code == code);

    /// <summary>Every field of the form, groups flattened, in document order.</summary>
    public IEnumerable<FieldDefinition> AllFields() => Flatten(Form);

    public FieldDefinition? FindField(string path) => AllFields().FirstOrDefault(f => f.Path == path);

    private static IEnumerable<FieldDefinition> Flatten(IEnumerable<FormItem> items)
    {
        foreach (var item in items)
        {
            if (item is FieldDefinition field) yield return field;
            else if (item is GroupDefinition group)
                foreach (var inner in Flatten(group.Items)) yield return inner;
        }
    }
}

public sealed record ProcedureDocumentation(string Purpose, string WhoMayAsk, string Processing, string Sources);

/// <summary>A field or a group of fields, in form order.</summary>
public abstract record FormItem(string Name, string Path, string Label, string? Help, bool Required);

public sealed record GroupDefinition(
    string Name, string Path, string Label, string? Help, bool Required,
    IReadOnlyList<FormItem> Items) : FormItem(Name, Path, Label, Help, Required);

public sealed record FieldDefinition(
    string Name, string Path, string Label, string? Help, bool Required,
    FieldType Type,
    int? MaxLength,
    string? Pattern,
    string? Min,
    string? Max,
    IReadOnlyList<EnumOption> Options,
    RequiredWhen? RequiredWhen,
    bool MustMatchCommune,
    string? Autocomplete) : FormItem(Name, Path, Label, Help, Required)
{
    /// <summary>Length limit applied when the definition sets none, so no text is unbounded.</summary>
    public int EffectiveMaxLength => MaxLength ?? Type switch
    {
        FieldType.FreeText => 4000,
        _ => 255,
    };
}

public sealed record EnumOption(string Value, string Label);

/// <summary>The field becomes required when the field at <see cref="FieldPath"/> has one of <see cref="Values"/>.</summary>
public sealed record RequiredWhen(string FieldPath, IReadOnlyList<string> Values);

public sealed record WorkflowStep(string Code, string AgentLabel, string CitizenLabel, bool IsExit, bool IsFinal);
