using System.Xml.Serialization;

namespace WebServicesCitoyens.Contracts;

// The data types returned by the procedure services. Their XML shape is described by the
// hand-written part of every procedure XSD (Services/WebServicesCitoyens/Schemas/procedure-common.xsd);
// tests validate real responses against the published XSD, so the two cannot drift apart.

[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class ProcedureSummary
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public int Version { get; set; }
    [XmlElement(Order = 3)] public string Theme { get; set; } = "";
    [XmlElement(Order = 4)] public string Title { get; set; } = "";
    [XmlElement(Order = 5)] public string Summary { get; set; } = "";
    /// <summary>The theme's French name, e.g. « État civil ».</summary>
    [XmlElement(Order = 6)] public string ThemeLabel { get; set; } = "";
}

[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class CommuneInfo
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Name { get; set; } = "";
    [XmlElement(Order = 3)] public string PrimaryColor { get; set; } = "";
    [XmlElement(Order = 4)] public string SecondaryColor { get; set; } = "";
    [XmlElement(Order = 5)] public string? LogoUrl { get; set; }
    [XmlElement(Order = 6)] public string? WebsiteUrl { get; set; }
    /// <summary>A line the commune shows at the top of its pages (opening hours, a notice).</summary>
    [XmlElement(Order = 7)] public string? HeaderText { get; set; }
}

/// <summary>A step as the citizen sees it: done and dated, or not yet done ("non réalisé").</summary>
[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class Step
{
    [XmlElement(Order = 1)] public string Label { get; set; } = "";
    [XmlElement(Order = 2)] public bool Done { get; set; }
    [XmlElement(Order = 3)] public bool Current { get; set; }
    /// <summary>When the step was reached, UTC.</summary>
    [XmlElement(Order = 4)] public DateTime DoneAt { get; set; }
    [XmlIgnore] public bool DoneAtSpecified { get; set; }
    /// <summary>The same instant in the commune's time zone, without offset, for display.</summary>
    [XmlElement(Order = 5)] public DateTime DoneAtLocal { get; set; }
    [XmlIgnore] public bool DoneAtLocalSpecified { get; set; }
}

[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class FieldOption
{
    [XmlElement(Order = 1)] public string Value { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
}

/// <summary>One control of the form; groups and postal addresses carry their parts in <see cref="Fields"/>.</summary>
[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class FormField
{
    [XmlElement(Order = 1)] public string Name { get; set; } = "";
    /// <summary>Dotted path from the request root, e.g. <c>titulaire.nomNaissance</c>; also the HTML input name.</summary>
    [XmlElement(Order = 2)] public string Path { get; set; } = "";
    [XmlElement(Order = 3)] public string Type { get; set; } = "";
    [XmlElement(Order = 4)] public string Label { get; set; } = "";
    [XmlElement(Order = 5)] public string? Help { get; set; }
    [XmlElement(Order = 6)] public bool Required { get; set; }
    [XmlElement(Order = 7)] public int MaxLength { get; set; }
    [XmlIgnore] public bool MaxLengthSpecified { get; set; }
    [XmlElement(Order = 8)] public string? Pattern { get; set; }
    [XmlElement(Order = 9)] public string? Min { get; set; }
    [XmlElement(Order = 10)] public string? Max { get; set; }
    [XmlElement(Order = 11)] public string? Autocomplete { get; set; }
    [XmlArray(Order = 12), XmlArrayItem("Option")] public FieldOption[]? Options { get; set; }
    [XmlArray(Order = 13), XmlArrayItem("Field")] public FormField[]? Fields { get; set; }
    /// <summary>A repeated group: how many instances at least and at most.</summary>
    [XmlElement(Order = 14)] public int MinOccurs { get; set; }
    [XmlIgnore] public bool MinOccursSpecified { get; set; }
    [XmlElement(Order = 15)] public int MaxOccurs { get; set; }
    [XmlIgnore] public bool MaxOccursSpecified { get; set; }
    /// <summary>A typical value (fields with a pattern).</summary>
    [XmlElement(Order = 16)] public string? Example { get; set; }
    /// <summary>An attachment: the accepted media types, space-separated, and the largest size in KiB.</summary>
    [XmlElement(Order = 17)] public string? Accept { get; set; }
    [XmlElement(Order = 18)] public int MaxSizeKb { get; set; }
    [XmlIgnore] public bool MaxSizeKbSpecified { get; set; }
    /// <summary>A field the commune added to its form: its answer goes in <c>complementsCommune</c>, code = <see cref="Name"/>.</summary>
    [XmlElement(Order = 19)] public bool CommuneField { get; set; }
    [XmlIgnore] public bool CommuneFieldSpecified { get; set; }
}

/// <summary>Result of GetForm: everything a stylesheet needs to render the procedure's form.</summary>
[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class FormDescription
{
    [XmlElement(Order = 1)] public ProcedureSummary Procedure { get; set; } = new();
    [XmlElement(Order = 2)] public CommuneInfo Commune { get; set; } = new();
    [XmlArray(Order = 3), XmlArrayItem("Field")] public FormField[] Fields { get; set; } = [];
    [XmlArray(Order = 4), XmlArrayItem("Step")] public Step[] Steps { get; set; } = [];
    /// <summary>How long the commune usually takes; absent when it keeps its delays private or closed too few dossiers lately.</summary>
    [XmlElement(Order = 5)] public ExpectedDelay? ExpectedDelay { get; set; }
}

/// <summary>
/// « Délai habituel »: 9 dossiers out of 10 the commune closed over the last months took at most
/// <see cref="Days"/> days from submission to closing (the 90th percentile, rounded up to whole days).
/// </summary>
[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class ExpectedDelay
{
    [XmlElement(Order = 1)] public int Days { get; set; }
    /// <summary>The dossiers closed over the period the figure comes from.</summary>
    [XmlElement(Order = 2)] public long Dossiers { get; set; }
    /// <summary>The period, in months up to the current one.</summary>
    [XmlElement(Order = 3)] public int Months { get; set; }
    /// <summary>The sentence the form shows after « Délai habituel : ».</summary>
    [XmlElement(Order = 4)] public string Text { get; set; } = "";
}

/// <summary>Result of Submit, returned only once the dossier is committed.</summary>
[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class Receipt
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string TrackingCode { get; set; } = "";
    [XmlElement(Order = 3)] public string TrackingUrl { get; set; } = "";
    [XmlElement(Order = 4)] public DateTime SubmittedAt { get; set; }
    [XmlElement(Order = 5)] public DateTime SubmittedAtLocal { get; set; }
    [XmlElement(Order = 6)] public ProcedureSummary Procedure { get; set; } = new();
    [XmlElement(Order = 7)] public CommuneInfo Commune { get; set; } = new();
    [XmlArray(Order = 8), XmlArrayItem("Step")] public Step[] Steps { get; set; } = [];
    /// <summary>Filed with the commune's preview key while the procedure is in Test: it will not be processed.</summary>
    [XmlElement(Order = 9)] public bool IsTest { get; set; }
    /// <summary>
    /// The acknowledgement of receipt sealed by the platform (an AccuseReception document, Xsl/accuse-reception.xsd,
    /// XML-DSig enveloped), as the bytes of its file in base64: a SOAP client hands them over unchanged,
    /// whereas an embedded element would be re-serialized by it (prefixes, whitespace) and might no longer verify.
    /// </summary>
    [XmlElement(Order = 10, DataType = "base64Binary")] public byte[]? Acknowledgement { get; set; }
}

/// <summary>Result of GetStatus.</summary>
[XmlType(Namespace = ContractNamespaces.Procedure)]
public sealed class DossierStatus
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public DateTime SubmittedAt { get; set; }
    [XmlElement(Order = 3)] public DateTime SubmittedAtLocal { get; set; }
    [XmlElement(Order = 4)] public ProcedureSummary Procedure { get; set; } = new();
    [XmlElement(Order = 5)] public CommuneInfo Commune { get; set; } = new();
    [XmlElement(Order = 6)] public string CurrentStep { get; set; } = "";
    [XmlElement(Order = 7)] public bool Closed { get; set; }
    [XmlArray(Order = 8), XmlArrayItem("Step")] public Step[] Steps { get; set; } = [];
    [XmlElement(Order = 9)] public bool IsTest { get; set; }
    /// <summary>Where the dossier stands (type EtatDossier): Open, AwaitingCitizen (the commune waits for the citizen's answer), Closed.</summary>
    [XmlElement(Order = 10)] public string State { get; set; } = Dossiers.DossierStates.Open;
    /// <summary>Once the commune rejected the request: the reason it gave (absent otherwise).</summary>
    [XmlElement(Order = 11)] public string? RejectionReason { get; set; }
}
