using System.Xml.Serialization;

namespace WebServicesCitoyens.Contracts.Configuration;

// The parameters and results of the administration service, mirrored by Schemas/administration.xsd.

/// <summary>A back-office session: the token to send with every call, when it ends at the latest, and who it is.</summary>
[XmlType("Session", Namespace = ContractNamespaces.Administration)]
public sealed class AgentSession
{
    [XmlElement(Order = 1)] public string SessionToken { get; set; } = "";
    [XmlElement(Order = 2)] public DateTime ExpiresAt { get; set; }
    [XmlElement(Order = 3)] public string DisplayName { get; set; } = "";
    /// <summary>Agent, Administrator or Operator.</summary>
    [XmlElement(Order = 4)] public string Role { get; set; } = "";
    /// <summary>The agent's commune (none for the operator, who administers every commune).</summary>
    [XmlElement(Order = 5)] public string? CommuneCode { get; set; }
}

/// <summary>A procedure of the commune: whether it offers it (Online, Test) and its versions in each state.</summary>
[XmlType("Demarche", Namespace = ContractNamespaces.Administration)]
public sealed class ProcedureConfigurationInfo
{
    [XmlElement(Order = 1)] public string ProcedureCode { get; set; } = "";
    [XmlElement(Order = 2)] public string Title { get; set; } = "";
    [XmlElement(Order = 3)] public string ThemeLabel { get; set; } = "";
    [XmlElement(Order = 4)] public string? Offer { get; set; }
    [XmlElement(Order = 5)] public int DraftVersion { get; set; }
    [XmlIgnore] public bool DraftVersionSpecified { get; set; }
    [XmlElement(Order = 6)] public int TestVersion { get; set; }
    [XmlIgnore] public bool TestVersionSpecified { get; set; }
    [XmlElement(Order = 7)] public int OnlineVersion { get; set; }
    [XmlIgnore] public bool OnlineVersionSpecified { get; set; }
}

[XmlType("ListeDemarches", Namespace = ContractNamespaces.Administration)]
public sealed class ConfigurationList
{
    [XmlElement("Procedure", Order = 1)] public ProcedureConfigurationInfo[] Procedures { get; set; } = [];
}

/// <summary>A version of the commune's configuration of a procedure.</summary>
[XmlType("Version", Namespace = ContractNamespaces.Administration)]
public sealed class VersionInfo
{
    [XmlElement(Order = 1)] public string ProcedureCode { get; set; } = "";
    [XmlElement(Order = 2)] public int Version { get; set; }
    /// <summary>Draft, Test, Online or Retired.</summary>
    [XmlElement(Order = 3)] public string State { get; set; } = "";
    [XmlElement(Order = 4)] public DateTime CreatedAt { get; set; }
    /// <summary>The name of the agent who created it.</summary>
    [XmlElement(Order = 5)] public string CreatedBy { get; set; } = "";
    [XmlElement(Order = 6)] public DateTime PublishedAt { get; set; }
    [XmlIgnore] public bool PublishedAtSpecified { get; set; }
}

[XmlType("ListeVersions", Namespace = ContractNamespaces.Administration)]
public sealed class VersionList
{
    [XmlElement("Version", Order = 1)] public VersionInfo[] Versions { get; set; } = [];
}

/// <summary>The process of a version as a tree (seed 002: steps, actions, transitions, actors).</summary>
[XmlType("Processus", Namespace = ContractNamespaces.Administration)]
public sealed class ProcessTreeInfo
{
    [XmlElement(Order = 1)] public string ProcedureCode { get; set; } = "";
    [XmlElement(Order = 2)] public string Title { get; set; } = "";
    /// <summary>The version shown; absent: the catalogue's definition.</summary>
    [XmlElement(Order = 3)] public int Version { get; set; }
    [XmlIgnore] public bool VersionSpecified { get; set; }
    [XmlElement(Order = 4)] public string? State { get; set; }
    [XmlElement(Order = 5)] public int ExpectedDays { get; set; }
    [XmlArray(Order = 6), XmlArrayItem("Step")] public StepInfo[] Steps { get; set; } = [];
    [XmlArray(Order = 7), XmlArrayItem("Actor")] public ActorInfo[] Actors { get; set; } = [];
    [XmlArray(Order = 8), XmlArrayItem("Document")] public DocumentInfo[] Documents { get; set; } = [];
}

[XmlType("Etape", Namespace = ContractNamespaces.Administration)]
public sealed class StepInfo
{
    [XmlElement(Order = 1)] public int Number { get; set; }
    [XmlElement(Order = 2)] public string Code { get; set; } = "";
    [XmlElement(Order = 3)] public string AgentLabel { get; set; } = "";
    [XmlElement(Order = 4)] public string CitizenLabel { get; set; } = "";
    [XmlElement(Order = 5)] public bool Initial { get; set; }
    [XmlElement(Order = 6)] public bool Exit { get; set; }
    [XmlElement(Order = 7)] public bool Final { get; set; }
    /// <summary>The subject of the version's own mail for this step, if it has one.</summary>
    [XmlElement(Order = 8)] public string? MessageSubject { get; set; }
    [XmlArray(Order = 9), XmlArrayItem("Action")] public ActionInfo[] Actions { get; set; } = [];
}

[XmlType("Action", Namespace = ContractNamespaces.Administration)]
public sealed class ActionInfo
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
    /// <summary>manual, onEnter or afterDelay.</summary>
    [XmlElement(Order = 3)] public string Trigger { get; set; } = "";
    /// <summary>An ISO 8601 duration (P15D), for afterDelay.</summary>
    [XmlElement(Order = 4)] public string? Delay { get; set; }
    [XmlElement(Order = 5)] public string? Actor { get; set; }
    [XmlElement(Order = 6)] public string? ActorLabel { get; set; }
    [XmlElement(Order = 7)] public string? MessageSubject { get; set; }
    [XmlElement(Order = 8)] public string? Document { get; set; }
    [XmlElement(Order = 9)] public string? DocumentTitle { get; set; }
    /// <summary>The step it leads to (« Vers l'étape 3 – … »); absent: the dossier stays.</summary>
    [XmlElement(Order = 10)] public int ToStepNumber { get; set; }
    [XmlIgnore] public bool ToStepNumberSpecified { get; set; }
    [XmlElement(Order = 11)] public string? ToStep { get; set; }
    [XmlElement(Order = 12)] public string? ToStepLabel { get; set; }
}

[XmlType("Acteur", Namespace = ContractNamespaces.Administration)]
public sealed class ActorInfo
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
    [XmlArray(Order = 3), XmlArrayItem("Profile")] public string[] Profiles { get; set; } = [];
}

[XmlType("ModeleDocument", Namespace = ContractNamespaces.Administration)]
public sealed class DocumentInfo
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Title { get; set; } = "";
    [XmlElement(Order = 3)] public string Body { get; set; } = "";
}

/// <summary>A profile (service) of the commune and its remit: themes or procedure codes.</summary>
[XmlType("Profil", Namespace = ContractNamespaces.Administration)]
public sealed class ProfileInfo
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
    [XmlArray(Order = 3), XmlArrayItem("Entry")] public string[] Scope { get; set; } = [];
}

[XmlType("ListeProfils", Namespace = ContractNamespaces.Administration)]
public sealed class ProfileList
{
    [XmlElement("Profile", Order = 1)] public ProfileInfo[] Profiles { get; set; } = [];
}

[XmlType("Agent", Namespace = ContractNamespaces.Administration)]
public sealed class AgentInfo
{
    [XmlElement(Order = 1)] public string Id { get; set; } = "";
    [XmlElement(Order = 2)] public string Email { get; set; } = "";
    [XmlElement(Order = 3)] public string DisplayName { get; set; } = "";
    [XmlElement(Order = 4)] public string Role { get; set; } = "";
    [XmlArray(Order = 5), XmlArrayItem("Profile")] public string[] Profiles { get; set; } = [];
}

[XmlType("ListeAgents", Namespace = ContractNamespaces.Administration)]
public sealed class AgentList
{
    [XmlElement("Agent", Order = 1)] public AgentInfo[] Agents { get; set; } = [];
}

/// <summary>A list of codes given as a parameter (profiles, a profile's remit).</summary>
[XmlType("ListeCodes", Namespace = ContractNamespaces.Administration)]
public sealed class CodeList
{
    [XmlElement("Code", Order = 1)] public string[] Codes { get; set; } = [];
}

/// <summary>The choices of a commune's enum field, given as a parameter.</summary>
[XmlType("ListeOptions", Namespace = ContractNamespaces.Administration)]
public sealed class OptionList
{
    [XmlElement("Option", Order = 1)] public OptionInfo[] Options { get; set; } = [];
}

[XmlType("Option", Namespace = ContractNamespaces.Administration)]
public sealed class OptionInfo
{
    [XmlElement(Order = 1)] public string Value { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
}

/// <summary>A commune's own settings: whether its processing delays are published (observatory, forms).</summary>
[XmlType("ReglagesCommune", Namespace = ContractNamespaces.Administration)]
public sealed class CommuneSettings
{
    [XmlElement(Order = 1)] public string CommuneCode { get; set; } = "";
    [XmlElement(Order = 2)] public string Name { get; set; } = "";
    [XmlElement(Order = 3)] public bool DelaysPublic { get; set; }
    /// <summary>HostedForms: where forwarded dossiers go.</summary>
    [XmlElement(Order = 4)] public string? DossierEmail { get; set; }
    /// <summary>HostedForms: the commune's certificate, when one was given (dossiers wait for it).</summary>
    [XmlElement(Order = 5)] public CommuneCertificateInfo? Certificate { get; set; }
}

/// <summary>The certificate a HostedForms commune gave: whom it names, until when, its SHA-256 fingerprint.</summary>
[XmlType("CertificatCommune", Namespace = ContractNamespaces.Administration)]
public sealed class CommuneCertificateInfo
{
    [XmlElement(Order = 1)] public string Subject { get; set; } = "";
    [XmlElement(Order = 2)] public string Issuer { get; set; } = "";
    [XmlElement(Order = 3)] public DateTime NotAfter { get; set; }
    [XmlElement(Order = 4)] public string Sha256Fingerprint { get; set; } = "";
}

/// <summary>
/// One piece of feedback on the commune's procedures (seed 004): a dossier's rating by its citizen, or a
/// report from the observatory (malfunction, missing procedure); never the citizen's name or address.
/// </summary>
[XmlType("Avis", Namespace = ContractNamespaces.Administration)]
public sealed class FeedbackEntry
{
    [XmlElement(Order = 1)] public string FeedbackId { get; set; } = "";
    /// <summary>Rating, Malfunction or MissingProcedure.</summary>
    [XmlElement(Order = 2)] public string Kind { get; set; } = "";
    [XmlElement(Order = 3)] public string? ProcedureCode { get; set; }
    [XmlElement(Order = 4)] public string? ProcedureTitle { get; set; }
    [XmlElement(Order = 5)] public string? DossierNumber { get; set; }
    [XmlElement(Order = 6)] public int Rating { get; set; }
    [XmlIgnore] public bool RatingSpecified { get; set; }
    [XmlElement(Order = 7)] public string? Comment { get; set; }
    [XmlElement(Order = 8)] public bool Malfunction { get; set; }
    [XmlElement(Order = 9)] public string? MalfunctionDescription { get; set; }
    [XmlElement(Order = 10)] public bool IsTest { get; set; }
    [XmlElement(Order = 11)] public DateTime CreatedAtLocal { get; set; }
    [XmlElement(Order = 12)] public string? Answer { get; set; }
    [XmlElement(Order = 13)] public DateTime AnsweredAtLocal { get; set; }
    [XmlIgnore] public bool AnsweredAtLocalSpecified { get; set; }
}

[XmlType("ListeAvis", Namespace = ContractNamespaces.Administration)]
public sealed class FeedbackList
{
    [XmlElement("Feedback", Order = 1)] public FeedbackEntry[] Entries { get; set; } = [];
}

/// <summary>
/// A vendor client of the commune (Flux.svc): its id, name, scope and state. Secret is given only in the
/// answer of RegisterVendorClient and RotateVendorSecret, once: the platform keeps only its hash.
/// </summary>
[XmlType("LogicielService", Namespace = ContractNamespaces.Administration)]
public sealed class VendorClientInfo
{
    [XmlElement(Order = 1)] public string ClientId { get; set; } = "";
    [XmlElement(Order = 2)] public string Name { get; set; } = "";
    [XmlArray(Order = 3), XmlArrayItem("Entry")] public string[] Scope { get; set; } = [];
    [XmlElement(Order = 4)] public DateTime CreatedAt { get; set; }
    [XmlElement(Order = 5)] public DateTime RotatedAt { get; set; }
    [XmlIgnore] public bool RotatedAtSpecified { get; set; }
    [XmlElement(Order = 6)] public bool Revoked { get; set; }
    [XmlElement(Order = 7)] public string? Secret { get; set; }
}

[XmlType("ListeLogicielsService", Namespace = ContractNamespaces.Administration)]
public sealed class VendorClientList
{
    [XmlElement("Client", Order = 1)] public VendorClientInfo[] Clients { get; set; } = [];
}

/// <summary>The webhook delivery log of a vendor client: its callback and its latest attempts, newest first (200 at most).</summary>
[XmlType("JournalRappels", Namespace = ContractNamespaces.Administration)]
public sealed class WebhookLog
{
    [XmlElement(Order = 1)] public string ClientId { get; set; } = "";
    [XmlElement(Order = 2)] public string? CallbackUrl { get; set; }
    [XmlElement(Order = 3)] public long ConsecutiveFailures { get; set; }
    [XmlElement(Order = 4)] public DateTime DisabledAt { get; set; }
    [XmlIgnore] public bool DisabledAtSpecified { get; set; }
    [XmlElement("Attempt", Order = 5)] public WebhookAttemptInfo[] Attempts { get; set; } = [];
}

[XmlType("TentativeRappel", Namespace = ContractNamespaces.Administration)]
public sealed class WebhookAttemptInfo
{
    [XmlElement(Order = 1)] public string DeliveryId { get; set; } = "";
    [XmlElement(Order = 2)] public string EventKind { get; set; } = "";
    [XmlElement(Order = 3)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 4)] public long Attempt { get; set; }
    [XmlElement(Order = 5)] public DateTime AttemptedAt { get; set; }
    [XmlElement(Order = 6)] public int StatusCode { get; set; }
    [XmlIgnore] public bool StatusCodeSpecified { get; set; }
    [XmlElement(Order = 7)] public string? Error { get; set; }
    [XmlElement(Order = 8)] public bool Delivered { get; set; }
}
