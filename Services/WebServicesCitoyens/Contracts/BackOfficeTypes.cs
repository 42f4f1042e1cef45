using System.Xml;
using System.Xml.Serialization;

namespace WebServicesCitoyens.Contracts;

// The parameters and results of the back office service, mirrored by Schemas/back-office.xsd.
// Times are UTC.

/// <summary>An agent's open session: the token every other call carries, when it ends at the latest, and who is logged in.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class AgentSession
{
    [XmlElement(Order = 1)] public string SessionToken { get; set; } = "";
    [XmlElement(Order = 2)] public DateTime ExpiresAt { get; set; }
    [XmlElement(Order = 3)] public AgentInfo Agent { get; set; } = new();
}

/// <summary>A person of the back office: Role is Agent, Administrator or Operator; the operator has no commune.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class AgentInfo
{
    [XmlElement(Order = 1)] public string Id { get; set; } = "";
    [XmlElement(Order = 2)] public string Name { get; set; } = "";
    [XmlElement(Order = 3)] public string Role { get; set; } = "";
    [XmlElement(Order = 4)] public string? CommuneCode { get; set; }
    [XmlArray(Order = 5), XmlArrayItem("Profile")] public AgentProfileInfo[] Profiles { get; set; } = [];
}

/// <summary>A profile (a service of the commune) an agent belongs to.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class AgentProfileInfo
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
}

/// <summary>The agents and administrators of the caller's commune, by name.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class AgentList
{
    [XmlElement("Agent", Order = 1)] public AgentInfo[] Agents { get; set; } = [];
}

/// <summary>Where a dossier is in its processing.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public enum DossierState { Open, AwaitingCitizen, Closed }

/// <summary>How the queue is sorted.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public enum QueueOrder { Submitted, Updated, Number, Procedure, Step }

/// <summary>How a request an agent enters reached the town hall.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public enum FilingChannel { Counter, Phone }

/// <summary>
/// What the agent asks of the queue; every element is optional. Without State, the dossiers still to
/// process (open or waiting for the citizen); test dossiers only with TestDossiers.
/// </summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class DossierFilter
{
    [XmlElement(Order = 1)] public string? ProcedureCode { get; set; }
    [XmlElement(Order = 2)] public string? StepCode { get; set; }
    [XmlElement(Order = 3)] public DossierState State { get; set; }
    [XmlIgnore] public bool StateSpecified { get; set; }
    [XmlElement(Order = 4)] public int OlderThanDays { get; set; }
    [XmlIgnore] public bool OlderThanDaysSpecified { get; set; }
    [XmlElement(Order = 5)] public bool OverdueOnly { get; set; }
    [XmlElement(Order = 6)] public bool AssignedToMe { get; set; }
    [XmlElement(Order = 7)] public bool UnassignedOnly { get; set; }
    [XmlElement(Order = 8)] public bool TestDossiers { get; set; }
    [XmlElement(Order = 9)] public QueueOrder Sort { get; set; }
    [XmlIgnore] public bool SortSpecified { get; set; }
    [XmlElement(Order = 10)] public bool Descending { get; set; }
    [XmlElement(Order = 11)] public int Page { get; set; }
    [XmlIgnore] public bool PageSpecified { get; set; }
    [XmlElement(Order = 12)] public int PageSize { get; set; }
    [XmlIgnore] public bool PageSizeSpecified { get; set; }
    /// <summary>Words every dossier listed contains (any field of the request, the number), each as a prefix, accents and case aside.</summary>
    [XmlElement(Order = 13)] public string? Keywords { get; set; }
}

/// <summary>A page of the queue and how many dossiers match in all.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class QueueResult
{
    [XmlElement(Order = 1)] public long Total { get; set; }
    [XmlElement(Order = 2)] public int Page { get; set; }
    [XmlElement(Order = 3)] public int PageSize { get; set; }
    [XmlElement("Entry", Order = 4)] public QueueLine[] Entries { get; set; } = [];
    /// <summary>True when more dossiers match than Total: the count stops at the platform's limit (10,000 by default).</summary>
    [XmlElement(Order = 5)] public bool TotalIsLowerBound { get; set; }
}

/// <summary>A line of the queue.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class QueueLine
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string Applicant { get; set; } = "";
    [XmlElement(Order = 3)] public string ProcedureCode { get; set; } = "";
    [XmlElement(Order = 4)] public string ProcedureTitle { get; set; } = "";
    [XmlElement(Order = 5)] public string StepCode { get; set; } = "";
    [XmlElement(Order = 6)] public string StepLabel { get; set; } = "";
    [XmlElement(Order = 7)] public DateTime SubmittedAt { get; set; }
    [XmlElement(Order = 8)] public DateTime UpdatedAt { get; set; }
    [XmlElement(Order = 9)] public DossierState State { get; set; }
    [XmlElement(Order = 10)] public string? AssignedAgentId { get; set; }
    [XmlElement(Order = 11)] public string? AssignedAgentName { get; set; }
    [XmlElement(Order = 12)] public bool Overdue { get; set; }
    [XmlElement(Order = 13)] public bool IsTest { get; set; }
    /// <summary>Soap, Web, Counter or Phone.</summary>
    [XmlElement(Order = 14)] public string Channel { get; set; } = "";
    /// <summary>A request from another commune: « Demandé par la mairie de … (agent : …) pour … ».</summary>
    [XmlElement(Order = 15)] public string? RequestedBy { get; set; }
}

/// <summary>Everything an agent needs to process a dossier.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class DossierView
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string ProcedureCode { get; set; } = "";
    [XmlElement(Order = 3)] public string ProcedureTitle { get; set; } = "";
    [XmlElement(Order = 4)] public string CommuneCode { get; set; } = "";
    [XmlElement(Order = 5)] public string Applicant { get; set; } = "";
    [XmlElement(Order = 6)] public string Channel { get; set; } = "";
    [XmlElement(Order = 7)] public DateTime SubmittedAt { get; set; }
    [XmlElement(Order = 8)] public DateTime UpdatedAt { get; set; }
    [XmlElement(Order = 9)] public string StepCode { get; set; } = "";
    [XmlElement(Order = 10)] public string StepLabel { get; set; } = "";
    [XmlElement(Order = 11)] public DateTime StepSince { get; set; }
    [XmlElement(Order = 12)] public DossierState State { get; set; }
    [XmlElement(Order = 13)] public bool Overdue { get; set; }
    [XmlElement(Order = 14)] public bool IsTest { get; set; }
    [XmlElement(Order = 15)] public string? AssignedAgentId { get; set; }
    [XmlElement(Order = 16)] public string? AssignedAgentName { get; set; }
    /// <summary>The request as filed: the procedure's typed element (e.g. DemandeActeNaissance), in the procedure namespace.</summary>
    [XmlElement(Order = 17)] public DossierRequest Request { get; set; } = new();
    [XmlArray(Order = 18), XmlArrayItem("Event")] public HistoryLine[] History { get; set; } = [];
    [XmlArray(Order = 19), XmlArrayItem("Document")] public DossierDocumentInfo[] CitizenDocuments { get; set; } = [];
    [XmlArray(Order = 20), XmlArrayItem("Document")] public GeneratedDocumentInfo[] GeneratedDocuments { get; set; } = [];
    /// <summary>The actions of the current step the caller may perform (none once closed).</summary>
    [XmlArray(Order = 21), XmlArrayItem("Action")] public ActionInfo[] Actions { get; set; } = [];
    /// <summary>The steps a rejection may lead to.</summary>
    [XmlArray(Order = 22), XmlArrayItem("Step")] public StepInfo[] ExitSteps { get; set; } = [];
}

/// <summary>The request of a dossier, as the citizen (or the agent for them) filed it.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class DossierRequest
{
    [XmlAnyElement] public XmlElement[] Content { get; set; } = [];
}

/// <summary>A line of a dossier's history as agents read it: who by name, and whether the citizen sees it.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class HistoryLine
{
    [XmlElement(Order = 1)] public long Sequence { get; set; }
    [XmlElement(Order = 2)] public DateTime OccurredAt { get; set; }
    [XmlElement(Order = 3)] public string Kind { get; set; } = "";
    [XmlElement(Order = 4)] public string? StepCode { get; set; }
    [XmlElement(Order = 5)] public string? StepLabel { get; set; }
    [XmlElement(Order = 6)] public string Actor { get; set; } = "";
    [XmlElement(Order = 7)] public string? Detail { get; set; }
    [XmlElement(Order = 8)] public bool VisibleToCitizen { get; set; }
}

/// <summary>A document the citizen gave to the dossier from their e-safe, for one of its attachment fields.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class DossierDocumentInfo
{
    [XmlElement(Order = 1)] public string Id { get; set; } = "";
    [XmlElement(Order = 2)] public string FieldPath { get; set; } = "";
    [XmlElement(Order = 3)] public string FieldLabel { get; set; } = "";
    [XmlElement(Order = 4)] public string FileName { get; set; } = "";
    [XmlElement(Order = 5)] public string MediaType { get; set; } = "";
    [XmlElement(Order = 6)] public long Size { get; set; }
    [XmlElement(Order = 7)] public string Sha256 { get; set; } = "";
    [XmlElement(Order = 8)] public DateTime AttachedAt { get; set; }
}

/// <summary>A document the workflow generated for the dossier (a PDF letter).</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class GeneratedDocumentInfo
{
    [XmlElement(Order = 1)] public string Id { get; set; } = "";
    [XmlElement(Order = 2)] public string TemplateCode { get; set; } = "";
    [XmlElement(Order = 3)] public string Title { get; set; } = "";
    [XmlElement(Order = 4)] public DateTime CreatedAt { get; set; }
}

/// <summary>An action of the current step: what it says, and the step it leads to (none: the dossier stays).</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class ActionInfo
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
    [XmlElement(Order = 3)] public string? TargetStep { get; set; }
    [XmlElement(Order = 4)] public string? TargetStepLabel { get; set; }
}

/// <summary>A step of the procedure, with the label agents read.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class StepInfo
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
}

/// <summary>Dossier numbers selected in the queue (100 at most).</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class DossierSelection
{
    [XmlElement("DossierNumber", Order = 1)] public string[] Numbers { get; set; } = [];
}

/// <summary>What became of each dossier of a selection: done, or why not.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class BulkResult
{
    [XmlElement("Outcome", Order = 1)] public DossierOutcome[] Outcomes { get; set; } = [];
}

[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class DossierOutcome
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public bool Done { get; set; }
    [XmlElement(Order = 3)] public string? Reason { get; set; }
}

/// <summary>A generated document with its PDF.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class GeneratedDocumentContent
{
    [XmlElement(Order = 1)] public GeneratedDocumentInfo Document { get; set; } = new();
    [XmlElement(Order = 2)] public string MediaType { get; set; } = "application/pdf";
    [XmlElement(Order = 3)] public byte[] Content { get; set; } = [];
}

/// <summary>A citizen's document given to the dossier, with its content.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class DossierDocumentContent
{
    [XmlElement(Order = 1)] public DossierDocumentInfo Document { get; set; } = new();
    [XmlElement(Order = 2)] public byte[] Content { get; set; } = [];
}

/// <summary>
/// The request an agent enters for a citizen: the procedure's fields in the procedure namespace,
/// exactly as the Request of its Submit operation, checked against that procedure's XSD.
/// </summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class OnBehalfRequest
{
    [XmlAnyElement] public XmlElement[] Fields { get; set; } = [];
}

/// <summary>What the agent hands the citizen: the dossier number and its tracking code and address.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class FilingReceipt
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string TrackingCode { get; set; } = "";
    [XmlElement(Order = 3)] public string TrackingUrl { get; set; } = "";
    [XmlElement(Order = 4)] public DateTime SubmittedAt { get; set; }
    [XmlElement(Order = 5)] public string CommuneCode { get; set; } = "";
    /// <summary>The acknowledgement of receipt sealed by the platform, as in the procedure's Receipt (base64 of the signed file).</summary>
    [XmlElement(Order = 6, DataType = "base64Binary")] public byte[]? Acknowledgement { get; set; }
}

/// <summary>A search an agent saved: its name and the queue filter it reopens (at its first page).</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class SavedSearch
{
    [XmlElement(Order = 1)] public string Id { get; set; } = "";
    [XmlElement(Order = 2)] public string Name { get; set; } = "";
    [XmlElement(Order = 3)] public DateTime CreatedAt { get; set; }
    [XmlElement(Order = 4)] public DossierFilter Filter { get; set; } = new();
}

/// <summary>The caller's saved searches, by name.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class SavedSearchList
{
    [XmlElement("Search", Order = 1)] public SavedSearch[] Searches { get; set; } = [];
}

/// <summary>A commune's statistics over whole months (see GetStatistics); delays in seconds, test dossiers not counted.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class StatisticsReport
{
    [XmlElement(Order = 1)] public string CommuneCode { get; set; } = "";
    [XmlElement(Order = 2)] public string FromMonth { get; set; } = "";
    [XmlElement(Order = 3)] public string ToMonth { get; set; } = "";
    [XmlElement(Order = 4)] public DateTime ComputedAt { get; set; }
    [XmlArray(Order = 5), XmlArrayItem("Line")] public CountLine[] Applicants { get; set; } = [];
    [XmlArray(Order = 6), XmlArrayItem("Line")] public CountLine[] Themes { get; set; } = [];
    [XmlArray(Order = 7), XmlArrayItem("Line")] public CountLine[] Procedures { get; set; } = [];
    [XmlArray(Order = 8), XmlArrayItem("Line")] public CountLine[] Channels { get; set; } = [];
    [XmlArray(Order = 9), XmlArrayItem("Line")] public PeriodLine[] Days { get; set; } = [];
    [XmlArray(Order = 10), XmlArrayItem("Line")] public PeriodLine[] Weeks { get; set; } = [];
    [XmlArray(Order = 11), XmlArrayItem("Line")] public PeriodLine[] Months { get; set; } = [];
    [XmlArray(Order = 12), XmlArrayItem("Line")] public DelayLine[] DelaysByProcedure { get; set; } = [];
    [XmlArray(Order = 13), XmlArrayItem("Line")] public DelayLine[] DelaysByService { get; set; } = [];
    [XmlArray(Order = 14), XmlArrayItem("Line")] public DelayLine[] DelaysByAgent { get; set; } = [];
    [XmlArray(Order = 15), XmlArrayItem("Line")] public DelayLine[] DelaysByStep { get; set; } = [];
    [XmlArray(Order = 16), XmlArrayItem("Line")] public PendingLine[] Pending { get; set; } = [];
}

/// <summary>Dossiers filed, closed and rejected for a kind of applicant, a theme, a procedure or a channel.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class CountLine
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
    [XmlElement(Order = 3)] public long Filed { get; set; }
    [XmlElement(Order = 4)] public long Closed { get; set; }
    [XmlElement(Order = 5)] public long Rejected { get; set; }
}

/// <summary>Dossiers filed and closed over a day, an ISO week or a month.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class PeriodLine
{
    [XmlElement(Order = 1)] public string Period { get; set; } = "";
    [XmlElement(Order = 2)] public long Filed { get; set; }
    [XmlElement(Order = 3)] public long Closed { get; set; }
}

/// <summary>The delays of a procedure, a service, an agent or (with StepCode) a step, in seconds.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class DelayLine
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
    [XmlElement(Order = 3)] public string? StepCode { get; set; }
    [XmlElement(Order = 4)] public string? StepLabel { get; set; }
    [XmlElement(Order = 5)] public long Dossiers { get; set; }
    [XmlElement(Order = 6)] public long AverageSeconds { get; set; }
    [XmlElement(Order = 7)] public long MedianSeconds { get; set; }
    [XmlElement(Order = 8)] public long Percentile90Seconds { get; set; }
}

/// <summary>Open dossiers at a step, by why they wait (Agent, Overdue, Citizen) and their age band (0-7, 8-30, 31-90, 90+ days).</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class PendingLine
{
    [XmlElement(Order = 1)] public string ProcedureCode { get; set; } = "";
    [XmlElement(Order = 2)] public string ProcedureTitle { get; set; } = "";
    [XmlElement(Order = 3)] public string StepCode { get; set; } = "";
    [XmlElement(Order = 4)] public string StepLabel { get; set; } = "";
    [XmlElement(Order = 5)] public string Reason { get; set; } = "";
    [XmlElement(Order = 6)] public string ReasonLabel { get; set; } = "";
    [XmlElement(Order = 7)] public string Age { get; set; } = "";
    [XmlElement(Order = 8)] public string AgeLabel { get; set; } = "";
    [XmlElement(Order = 9)] public long Dossiers { get; set; }
}

/// <summary>The requests the caller's commune addressed to other communes, which it follows read-only.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class CommuneRequestList
{
    [XmlElement("Request", Order = 1)] public CommuneRequestLine[] Requests { get; set; } = [];
}

/// <summary>One request to another commune: where it went, for whom, by whom, its step as the citizen reads it.</summary>
[XmlType(Namespace = ContractNamespaces.BackOffice)]
public sealed class CommuneRequestLine
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string CommuneCode { get; set; } = "";
    [XmlElement(Order = 3)] public string CommuneName { get; set; } = "";
    [XmlElement(Order = 4)] public string ProcedureTitle { get; set; } = "";
    [XmlElement(Order = 5)] public string Applicant { get; set; } = "";
    [XmlElement(Order = 6)] public string RequestedBy { get; set; } = "";
    [XmlElement(Order = 7)] public DateTime SubmittedAt { get; set; }
    [XmlElement(Order = 8)] public string Step { get; set; } = "";
    [XmlElement(Order = 9)] public bool Closed { get; set; }
}
