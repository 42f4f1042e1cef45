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
    IReadOnlyList<WorkflowStep> Steps,
    IReadOnlyList<Notifications.MessageTemplate>? OwnMessages = null,
    IReadOnlyList<Workflow.WorkflowAction>? OwnActions = null,
    IReadOnlyList<Workflow.ActorRole>? OwnActors = null,
    IReadOnlyList<Workflow.DocumentTemplate>? OwnDocuments = null,
    int ExpectedDays = ProcedureDefinition.DefaultExpectedDays)
{
    public const int DefaultExpectedDays = 15;

    /// <summary>The actions of every step: the definition's own, or one manual action to the next step when it declares none.</summary>
    public IReadOnlyList<Workflow.WorkflowAction> Actions => OwnActions is { Count: > 0 } own ? own : Workflow.DefaultActions.Of(Steps);

    public IReadOnlyList<Workflow.ActorRole> Actors => OwnActors ?? [];

    /// <summary>An open dossier filed before this moment is overdue: older than the processing delay announced (<see cref="ExpectedDays"/>).</summary>
    public DateTimeOffset OverdueIfFiledBefore(DateTimeOffset now) => now.AddDays(-ExpectedDays);

    public IReadOnlyList<Workflow.DocumentTemplate> Documents => OwnDocuments ?? [];

    public IEnumerable<Workflow.WorkflowAction> ActionsOf(string stepCode) => Actions.Where(a => a.Step == stepCode);

    /// <summary>Where "close" leads: the first final step that is not an exit.</summary>
    public WorkflowStep ClosingStep => Steps.First(s => s.IsFinal && !s.IsExit);

    /// <summary>Where "reject" may lead: the exits.</summary>
    public IEnumerable<WorkflowStep> ExitSteps => Steps.Where(s => s.IsExit);

    /// <summary>The procedure's own notification texts (its optional <c>&lt;messages&gt;</c>), which win over the platform's defaults.</summary>
    public IReadOnlyList<Notifications.MessageTemplate> Messages => OwnMessages ?? [];

    public WorkflowStep InitialStep => Steps[0];

    public WorkflowStep? FindStep(string code) => Steps.FirstOrDefault(s => s.Code == code);

    /// <summary>The groups and fields of the SOAP request: the form without its attachments.</summary>
    public IReadOnlyList<FormItem> RequestItems => RequestItemsOf(Form);

    /// <summary>The request part of some items: attachments left out, and groups that hold nothing else.</summary>
    public static IReadOnlyList<FormItem> RequestItemsOf(IEnumerable<FormItem> items) => items
        .Where(i => i switch
        {
            FieldDefinition field => field.InRequest,
            GroupDefinition group => RequestItemsOf(group.Items).Count > 0,
            _ => false,
        })
        .ToList();

    /// <summary>The repeated group a field belongs to, if any (repeated groups do not nest).</summary>
    public GroupDefinition? RepeatedGroupOf(string path) => RepeatedGroupOf(Form, path);

    public static GroupDefinition? RepeatedGroupOf(IEnumerable<FormItem> items, string path) => Groups(items)
        .FirstOrDefault(g => g.IsRepeated && path.StartsWith(g.Path + ".", StringComparison.Ordinal));

    private static IEnumerable<GroupDefinition> Groups(IEnumerable<FormItem> items) =>
        items.OfType<GroupDefinition>().SelectMany(g => Groups(g.Items).Prepend(g));

    /// <summary>Every field of the form, groups flattened, in document order.</summary>
    public IEnumerable<FieldDefinition> AllFields() => Flatten(Form);

    /// <summary>The group describing the person filing the request, pre-filled from a citizen's personal data, if any.</summary>
    public GroupDefinition? ApplicantGroup => Groups(Form).FirstOrDefault(g => g.IsApplicant);

    /// <summary>The field naming the commune that holds the register of the act asked for (civil status), if any.</summary>
    public FieldDefinition? RegisterField => AllFields().FirstOrDefault(f => f.HoldsRegister);

    public FieldDefinition? FindField(string path) => AllFields().FirstOrDefault(f => f.Path == path);

    /// <summary>
    /// The fields a commune added in its configuration (<c>commune="true"</c>), in form order: each
    /// travels as <c>complementsCommune/complement[@code = its name]</c>. Names are unique among them.
    /// </summary>
    public IEnumerable<FieldDefinition> CommuneFields => AllFields().Where(f => f.IsCommune);

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

/// <summary>A group of fields; repeated (the children of a family) when <see cref="MaxOccurs"/> is above 1.</summary>
public sealed record GroupDefinition(
    string Name, string Path, string Label, string? Help, bool Required,
    IReadOnlyList<FormItem> Items, int MinOccurs = 0, int MaxOccurs = 1, bool IsApplicant = false) : FormItem(Name, Path, Label, Help, Required)
{
    public bool IsRepeated => MaxOccurs > 1;
}

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
    bool HoldsRegister,
    string? Autocomplete,
    string? Example = null,
    AttachmentRules? Attachment = null,
    bool Hidden = false,
    bool IsCommune = false) : FormItem(Name, Path, Label, Help, Required)
{
    /// <summary>
    /// Whether the field is an element of the SOAP request's typed part (attachments are deposited on the
    /// dossier instead; a commune's own fields travel in <c>complementsCommune</c>, outside the national contract).
    /// </summary>
    public bool InRequest => Type != FieldType.Attachment && !IsCommune;

    /// <summary>Length limit applied when the definition sets none, so no text is unbounded.</summary>
    public int EffectiveMaxLength => MaxLength ?? Type switch
    {
        FieldType.FreeText => 4000,
        _ => 255,
    };
}

/// <summary>What an attachment may be: its media types and its largest size.</summary>
public sealed record AttachmentRules(IReadOnlyList<string> Accept, int MaxSizeKb)
{
    public static readonly IReadOnlyList<string> DefaultAccept = ["application/pdf", "image/jpeg", "image/png"];
    public const int DefaultMaxSizeKb = 5120;
}

/// <summary>A choice of an enum field; <see cref="ApplicantKind"/> marks the options that say who asks, for the statistics (see Statistics.ApplicantKinds).</summary>
public sealed record EnumOption(string Value, string Label, string? ApplicantKind = null);

/// <summary>The field becomes required when the field at <see cref="FieldPath"/> has one of <see cref="Values"/>.</summary>
public sealed record RequiredWhen(string FieldPath, IReadOnlyList<string> Values);

public sealed record WorkflowStep(string Code, string AgentLabel, string CitizenLabel, bool IsExit, bool IsFinal);
