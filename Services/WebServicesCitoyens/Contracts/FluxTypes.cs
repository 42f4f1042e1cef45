using System.Xml;
using System.Xml.Serialization;

namespace WebServicesCitoyens.Contracts.Flux;

/// <summary>A page of new dossiers and the cursor to give at the next pull.</summary>
[XmlType("Livraison", Namespace = ContractNamespaces.Flux)]
public sealed class DossierDelivery
{
    /// <summary>The last delivered dossier's Sequence (the one given when none was delivered): the After of the next pull.</summary>
    [XmlElement(Order = 1)] public long Cursor { get; set; }
    [XmlElement("Dossier", Order = 2)] public DeliveredDossierInfo[] Dossiers { get; set; } = [];
}

/// <summary>A dossier as a vendor receives it: where it stands, who filed it, and the procedure's typed request as filed.</summary>
[XmlType("DossierLivre", Namespace = ContractNamespaces.Flux)]
public sealed class DeliveredDossierInfo
{
    [XmlElement(Order = 1)] public long Sequence { get; set; }
    [XmlElement(Order = 2)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 3)] public string ProcedureCode { get; set; } = "";
    [XmlElement(Order = 4)] public string ProcedureTitle { get; set; } = "";
    [XmlElement(Order = 5)] public string Channel { get; set; } = "";
    [XmlElement(Order = 6)] public DateTime SubmittedAt { get; set; }
    [XmlElement(Order = 7)] public string Applicant { get; set; } = "";
    [XmlElement(Order = 8)] public string ApplicantKind { get; set; } = "";
    [XmlElement(Order = 9)] public string StepCode { get; set; } = "";
    [XmlElement(Order = 10)] public string? StepLabel { get; set; }
    [XmlElement(Order = 11)] public string State { get; set; } = "";
    [XmlElement(Order = 12)] public FiledRequest Request { get; set; } = new();
}

/// <summary>The procedure's typed request element (e.g. DemandeActeNaissance), in the procedures' namespace.</summary>
[XmlType("DemandeDeposee", Namespace = ContractNamespaces.Flux)]
public sealed class FiledRequest
{
    [XmlAnyElement] public XmlElement[] Content { get; set; } = [];
}

/// <summary>Where a dossier stands after a vendor's call.</summary>
[XmlType("EtatDossier", Namespace = ContractNamespaces.Flux)]
public sealed class DossierStatusInfo
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string StepCode { get; set; } = "";
    [XmlElement(Order = 3)] public string? StepLabel { get; set; }
    [XmlElement(Order = 4)] public string State { get; set; } = "";
    [XmlElement(Order = 5)] public string? VendorReference { get; set; }
}

[XmlType("Historique", Namespace = ContractNamespaces.Flux)]
public sealed class DossierHistoryInfo
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement("Event", Order = 2)] public HistoryEvent[] Events { get; set; } = [];
}

/// <summary>A line of the history, the actor named (an agent, a vendor client, the citizen, the platform).</summary>
[XmlType("Evenement", Namespace = ContractNamespaces.Flux)]
public sealed class HistoryEvent
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

/// <summary>The client's webhook callback: where events go, failures in a row, whether it was disabled after too many.</summary>
[XmlType("Rappel", Namespace = ContractNamespaces.Flux)]
public sealed class CallbackState
{
    [XmlElement(Order = 1)] public string? CallbackUrl { get; set; }
    [XmlElement(Order = 2)] public long ConsecutiveFailures { get; set; }
    [XmlElement(Order = 3)] public bool Disabled { get; set; }
}
