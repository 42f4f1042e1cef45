using System.Xml.Serialization;

namespace WebServicesCitoyens.Contracts;

// The results of the citizen account service, mirrored by Schemas/citizen-account.xsd.

/// <summary>An open session: the token to send with every call, and when it ends at the latest.</summary>
[XmlType(Namespace = ContractNamespaces.Citizen)]
public sealed class Session
{
    [XmlElement(Order = 1)] public string SessionToken { get; set; } = "";
    [XmlElement(Order = 2)] public DateTime ExpiresAt { get; set; }
}

/// <summary>One step of a dossier as the citizen sees it: done (dated) or not yet.</summary>
[XmlType(Namespace = ContractNamespaces.Citizen)]
public sealed class DossierStep
{
    [XmlElement(Order = 1)] public string Label { get; set; } = "";
    [XmlElement(Order = 2)] public bool Done { get; set; }
    [XmlElement(Order = 3)] public bool Current { get; set; }
    [XmlElement(Order = 4)] public DateTime DoneAtLocal { get; set; }
    [XmlIgnore] public bool DoneAtLocalSpecified { get; set; }
}

/// <summary>A dossier on the citizen's dashboard (seed 002: number, theme, procedure, date, state) with its steps.</summary>
[XmlType(Namespace = ContractNamespaces.Citizen)]
public sealed class DashboardDossier
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string ProcedureCode { get; set; } = "";
    [XmlElement(Order = 3)] public string ProcedureTitle { get; set; } = "";
    [XmlElement(Order = 4)] public string ThemeLabel { get; set; } = "";
    [XmlElement(Order = 5)] public string CommuneName { get; set; } = "";
    [XmlElement(Order = 6)] public DateTime SubmittedAtLocal { get; set; }
    [XmlElement(Order = 7)] public string CurrentStep { get; set; } = "";
    [XmlElement(Order = 8)] public bool Closed { get; set; }
    [XmlElement(Order = 9)] public bool IsTest { get; set; }
    [XmlArray(Order = 10), XmlArrayItem("Step")] public DossierStep[] Steps { get; set; } = [];
    /// <summary>The dossier's tracking code: the account proves the citizen may know it (status, printable request).</summary>
    [XmlElement(Order = 11)] public string TrackingCode { get; set; } = "";
    /// <summary>
    /// The exchanges about this dossier, oldest first: what the commune wrote (messages, correction
    /// requests, the reason of a rejection) and the citizen's answers, each marked with its <see cref="CitizenMessage.Kind"/>.
    /// </summary>
    [XmlArray(Order = 12), XmlArrayItem("Message")] public CitizenMessage[] Messages { get; set; } = [];
    /// <summary>Where the dossier stands (type EtatDossier): Open, AwaitingCitizen (the commune waits for an answer), Closed.</summary>
    [XmlElement(Order = 13)] public string State { get; set; } = Dossiers.DossierStates.Open;
    /// <summary>While the commune waits for the citizen (State AwaitingCitizen): its latest request, to answer with AnswerCorrection.</summary>
    [XmlElement(Order = 14)] public CitizenMessage? CorrectionRequest { get; set; }
    /// <summary>The letters the commune generated for this dossier, oldest first (their content: GetGeneratedDocument).</summary>
    [XmlArray(Order = 15), XmlArrayItem("Document")] public CommuneDocument[] GeneratedDocuments { get; set; } = [];
    /// <summary>The citizen's rating of the dossier once given (RateDossier), with the commune's answer; absent before.</summary>
    [XmlElement(Order = 16)] public CitizenRating? Rating { get; set; }
}

/// <summary>
/// A message about a dossier: of the commune to the citizen (a message, a correction request, the
/// reason of a rejection) or the citizen's answer to a correction request.
/// </summary>
[XmlType(Namespace = ContractNamespaces.Citizen)]
public sealed class CitizenMessage
{
    [XmlElement(Order = 1)] public DateTime SentAtLocal { get; set; }
    [XmlElement(Order = 2)] public string Text { get; set; } = "";
    /// <summary>One of <see cref="MessageKinds"/>.</summary>
    [XmlElement(Order = 3)] public string Kind { get; set; } = MessageKinds.Message;
}

/// <summary>The kinds of <see cref="CitizenMessage"/> (type GenreMessage of the published schema).</summary>
public static class MessageKinds
{
    /// <summary>A message of the commune.</summary>
    public const string Message = "Message";
    /// <summary>The commune asks the citizen to correct or complete the request.</summary>
    public const string CorrectionRequest = "CorrectionRequest";
    /// <summary>The citizen's answer to a correction request.</summary>
    public const string Answer = "Answer";
    /// <summary>The reason the commune gives for rejecting the request.</summary>
    public const string Rejection = "Rejection";
}

/// <summary>A letter the commune generated for a dossier (a PDF), without its content.</summary>
[XmlType("CommuneDocument", Namespace = ContractNamespaces.Citizen)]
public sealed class CommuneDocument
{
    [XmlElement(Order = 1)] public string Id { get; set; } = "";
    [XmlElement(Order = 2)] public string Title { get; set; } = "";
    [XmlElement(Order = 3)] public string FileName { get; set; } = "";
    [XmlElement(Order = 4)] public string MediaType { get; set; } = "";
    /// <summary>When it was generated, in the commune's time.</summary>
    [XmlElement(Order = 5)] public DateTime CreatedAtLocal { get; set; }
}

/// <summary>A letter of the commune with its content (result of GetGeneratedDocument).</summary>
[XmlType("CommuneDocumentFile", Namespace = ContractNamespaces.Citizen)]
public sealed class CommuneDocumentFile
{
    [XmlElement(Order = 1)] public CommuneDocument Document { get; set; } = new();
    [XmlElement(Order = 2, DataType = "base64Binary")] public byte[] Content { get; set; } = [];
}

/// <summary>The citizen's dashboard: open dossiers first, archived (closed) ones apart, newest first.</summary>
[XmlType(Namespace = ContractNamespaces.Citizen)]
public sealed class Dashboard
{
    [XmlElement(Order = 1)] public string Email { get; set; } = "";
    [XmlElement(Order = 2)] public bool NotifySteps { get; set; }
    [XmlElement(Order = 3)] public bool NotifyMessages { get; set; }
    [XmlArray(Order = 4), XmlArrayItem("Dossier")] public DashboardDossier[] OpenDossiers { get; set; } = [];
    [XmlArray(Order = 5), XmlArrayItem("Dossier")] public DashboardDossier[] ArchivedDossiers { get; set; } = [];
}

/// <summary>
/// The citizen's personal data, carried as its elements (type Profil of the published schema, which
/// mirrors Accounts/ProfileFields.cs): identite, adresse, telephone, membres.
/// </summary>
[XmlType(Namespace = ContractNamespaces.Citizen)]
public sealed class Profile
{
    [XmlAnyElement]
    public System.Xml.XmlElement[] Fields { get; set; } = [];
}

/// <summary>The citizen's rating of one of their dossiers, and the commune's public answer (signed by the commune).</summary>
[XmlType("DossierRating", Namespace = ContractNamespaces.Citizen)]
public sealed class CitizenRating
{
    [XmlElement(Order = 1)] public int Rating { get; set; }
    [XmlElement(Order = 2)] public string? Comment { get; set; }
    [XmlElement(Order = 3)] public bool Malfunction { get; set; }
    [XmlElement(Order = 4)] public string? MalfunctionDescription { get; set; }
    [XmlElement(Order = 5)] public DateTime RatedAtLocal { get; set; }
    [XmlElement(Order = 6)] public string? Answer { get; set; }
    [XmlElement(Order = 7)] public string? AnsweredBy { get; set; }
    [XmlElement(Order = 8)] public DateTime AnsweredAtLocal { get; set; }
    [XmlIgnore] public bool AnsweredAtLocalSpecified { get; set; }
}
