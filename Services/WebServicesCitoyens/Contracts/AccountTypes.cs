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
    /// <summary>What the commune wrote to the citizen about this dossier, oldest first.</summary>
    [XmlArray(Order = 12), XmlArrayItem("Message")] public CitizenMessage[] Messages { get; set; } = [];
}

/// <summary>A message of the commune to the citizen about a dossier.</summary>
[XmlType(Namespace = ContractNamespaces.Citizen)]
public sealed class CitizenMessage
{
    [XmlElement(Order = 1)] public DateTime SentAtLocal { get; set; }
    [XmlElement(Order = 2)] public string Text { get; set; } = "";
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
