using System.Xml;
using System.Xml.Serialization;

namespace WebServicesCitoyens.Contracts;

// The e-safe and the export of the citizen account service, mirrored by the last block of
// Schemas/citizen-account.xsd.

/// <summary>Where a document was given: a dossier of the citizen and one of its procedure's attachment fields.</summary>
[XmlType("DocumentAttachment", Namespace = ContractNamespaces.Citizen)]
public sealed class DocumentAttachment
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string FieldPath { get; set; } = "";
    [XmlElement(Order = 3)] public string FieldLabel { get; set; } = "";
    [XmlElement(Order = 4)] public DateTime AttachedAt { get; set; }
}

/// <summary>A document of the citizen's e-safe: its name, the media type read from its content, size, digest and date.</summary>
[XmlType("Document", Namespace = ContractNamespaces.Citizen)]
public sealed class CitizenDocument
{
    [XmlElement(Order = 1)] public string Id { get; set; } = "";
    [XmlElement(Order = 2)] public string FileName { get; set; } = "";
    [XmlElement(Order = 3)] public string MediaType { get; set; } = "";
    [XmlElement(Order = 4)] public long Size { get; set; }
    [XmlElement(Order = 5)] public string Sha256 { get; set; } = "";
    [XmlElement(Order = 6)] public DateTime CreatedAt { get; set; }
    /// <summary>The same instant in France's time (Europe/Paris), for display.</summary>
    [XmlElement(Order = 7)] public DateTime CreatedAtLocal { get; set; }
    [XmlArray(Order = 8), XmlArrayItem("Attachment")] public DocumentAttachment[] Attachments { get; set; } = [];
}

/// <summary>A document with its content.</summary>
[XmlType("DocumentFile", Namespace = ContractNamespaces.Citizen)]
public sealed class DocumentFile
{
    [XmlElement(Order = 1)] public CitizenDocument Document { get; set; } = new();
    [XmlElement(Order = 2, DataType = "base64Binary")] public byte[] Content { get; set; } = [];
}

/// <summary>The citizen's e-safe: what may be added (size, count) and every document, newest first.</summary>
[XmlType("DocumentList", Namespace = ContractNamespaces.Citizen)]
public sealed class DocumentList
{
    [XmlElement(Order = 1)] public int MaxSizeKb { get; set; }
    [XmlElement(Order = 2)] public int MaxDocuments { get; set; }
    [XmlElement("Document", Order = 3)] public CitizenDocument[] Documents { get; set; } = [];
}

// ------------------------------------------------------------------ export

/// <summary>The account itself, as exported.</summary>
[XmlType("ExportedAccount", Namespace = ContractNamespaces.Citizen)]
public sealed class ExportedAccount
{
    [XmlElement(Order = 1)] public string Email { get; set; } = "";
    [XmlElement(Order = 2)] public DateTime CreatedAt { get; set; }
    [XmlElement(Order = 3)] public DateTime EmailConfirmedAt { get; set; }
    [XmlIgnore] public bool EmailConfirmedAtSpecified { get; set; }
    [XmlElement(Order = 4)] public bool NotifySteps { get; set; }
    [XmlElement(Order = 5)] public bool NotifyMessages { get; set; }
}

/// <summary>
/// One event of a dossier's history the citizen may know: when, what (Submitted, StepReached, DocumentAttached,
/// MessageToCitizen, CorrectionRequested, CorrectionAnswered, Rejected, DocumentGenerated), the step reached, and the text of an exchange.
/// </summary>
[XmlType("ExportedEvent", Namespace = ContractNamespaces.Citizen)]
public sealed class ExportedEvent
{
    [XmlElement(Order = 1)] public DateTime OccurredAt { get; set; }
    [XmlElement(Order = 2)] public string Kind { get; set; } = "";
    [XmlElement(Order = 3)] public string? StepCode { get; set; }
    [XmlElement(Order = 4)] public string? StepLabel { get; set; }
    /// <summary>The text the citizen read or wrote (a message, a correction request, an answer, a rejection reason) or a letter's title.</summary>
    [XmlElement(Order = 5)] public string? Text { get; set; }
}

/// <summary>The request as it was filed: the procedure's typed request element, in the procedure namespace.</summary>
[XmlType("SubmittedRequest", Namespace = ContractNamespaces.Citizen)]
public sealed class SubmittedRequest
{
    [XmlAnyElement] public XmlElement[] Content { get; set; } = [];
}

/// <summary>A dossier the citizen follows, with the request filed and its history.</summary>
[XmlType("ExportedDossier", Namespace = ContractNamespaces.Citizen)]
public sealed class ExportedDossier
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string ProcedureCode { get; set; } = "";
    [XmlElement(Order = 3)] public string ProcedureTitle { get; set; } = "";
    [XmlElement(Order = 4)] public string CommuneCode { get; set; } = "";
    [XmlElement(Order = 5)] public string CommuneName { get; set; } = "";
    [XmlElement(Order = 6)] public DateTime SubmittedAt { get; set; }
    [XmlElement(Order = 7)] public string CurrentStep { get; set; } = "";
    [XmlElement(Order = 8)] public bool Closed { get; set; }
    [XmlElement(Order = 9)] public bool IsTest { get; set; }
    [XmlElement(Order = 10)] public SubmittedRequest Request { get; set; } = new();
    [XmlArray(Order = 11), XmlArrayItem("Event")] public ExportedEvent[] History { get; set; } = [];
    /// <summary>The commune's letters for the dossier (their files come in the ZIP, under courriers/).</summary>
    [XmlArray(Order = 12), XmlArrayItem("Document")] public CommuneDocument[] GeneratedDocuments { get; set; } = [];
}

/// <summary>Everything the platform holds about a citizen: the account, the dossiers followed, the documents (their files come in the ZIP).</summary>
[XmlType("AccountExport", Namespace = ContractNamespaces.Citizen)]
public sealed class AccountExport
{
    [XmlElement(Order = 1)] public DateTime ExportedAt { get; set; }
    [XmlElement(Order = 2)] public ExportedAccount Account { get; set; } = new();
    [XmlArray(Order = 3), XmlArrayItem("Dossier")] public ExportedDossier[] Dossiers { get; set; } = [];
    [XmlArray(Order = 4), XmlArrayItem("Document")] public CitizenDocument[] Documents { get; set; } = [];
    /// <summary>The personal data entered once (type Profil).</summary>
    [XmlElement(Order = 5)] public Profile? Profile { get; set; }
}
