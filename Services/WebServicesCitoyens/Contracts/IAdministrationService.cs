using System.ServiceModel;

namespace WebServicesCitoyens.Contracts.Configuration;

/// <summary>
/// The administration of a commune's procedures and people, at <c>/services/Administration.svc</c>
/// (WSDL and XSD under <c>Wsdl/</c>), for the commune's administrators and the platform's operator.
/// <c>Login</c> gives a back-office session token that every other call carries. A commune's
/// configuration of a procedure is a versioned definition document: the edits change its Draft (created
/// from the newest published version at the first edit), each checked as a whole; <c>PublishTest</c>
/// and <c>PublishOnline</c> take it on line. A commune or procedure outside the caller's remit answers
/// exactly like one that does not exist. The document travels as a string (<c>DefinitionXml</c>).
/// </summary>
[ServiceContract(Name = "AdministrationService", Namespace = ContractNamespaces.Administration)]
[XmlSerializerFormat]
public interface IAdministrationService
{
    [OperationContract(Name = "Login")]
    Task<AgentSession> LoginAsync(string Email, string Password);

    [OperationContract(Name = "Logout")]
    Task LogoutAsync(string SessionToken);

    // ------------------------------------------------------------------ versions

    [OperationContract(Name = "ListConfigurations")]
    Task<ConfigurationList> ListConfigurationsAsync(string SessionToken, string CommuneCode);

    [OperationContract(Name = "ListVersions")]
    Task<VersionList> ListVersionsAsync(string SessionToken, string CommuneCode, string ProcedureCode);

    /// <summary>A version's document; without <paramref name="Version"/>, the Draft, else Test, else Online, else the catalogue's file.</summary>
    [OperationContract(Name = "ExportConfiguration")]
    Task<string> ExportConfigurationAsync(string SessionToken, string CommuneCode, string ProcedureCode, int? Version = null);

    [OperationContract(Name = "ImportConfiguration")]
    Task<VersionInfo> ImportConfigurationAsync(string SessionToken, string CommuneCode, string ProcedureCode, string DefinitionXml);

    [OperationContract(Name = "CreateDraft")]
    Task<VersionInfo> CreateDraftAsync(string SessionToken, string CommuneCode, string ProcedureCode);

    [OperationContract(Name = "DiscardDraft")]
    Task DiscardDraftAsync(string SessionToken, string CommuneCode, string ProcedureCode);

    [OperationContract(Name = "PublishTest")]
    Task<VersionInfo> PublishTestAsync(string SessionToken, string CommuneCode, string ProcedureCode);

    [OperationContract(Name = "PublishOnline")]
    Task<VersionInfo> PublishOnlineAsync(string SessionToken, string CommuneCode, string ProcedureCode);

    [OperationContract(Name = "GetProcessTree")]
    Task<ProcessTreeInfo> GetProcessTreeAsync(string SessionToken, string CommuneCode, string ProcedureCode, int? Version = null);

    // ------------------------------------------------------------------ structured edits of the Draft

    [OperationContract(Name = "AddStep")]
    Task<VersionInfo> AddStepAsync(string SessionToken, string CommuneCode, string ProcedureCode, string After, string Code, string AgentLabel, string CitizenLabel);

    [OperationContract(Name = "UpdateStep")]
    Task<VersionInfo> UpdateStepAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code, string? AgentLabel = null, string? CitizenLabel = null);

    [OperationContract(Name = "RemoveStep")]
    Task<VersionInfo> RemoveStepAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code);

    [OperationContract(Name = "AddAction")]
    Task<VersionInfo> AddActionAsync(string SessionToken, string CommuneCode, string ProcedureCode, string StepCode, string Code, string Label,
        string? To = null, string? Trigger = null, string? Delay = null, string? Actor = null, string? Document = null,
        string? MessageSubject = null, string? MessageBody = null);

    [OperationContract(Name = "UpdateAction")]
    Task<VersionInfo> UpdateActionAsync(string SessionToken, string CommuneCode, string ProcedureCode, string StepCode, string Code, string Label,
        string? To = null, string? Trigger = null, string? Delay = null, string? Actor = null, string? Document = null,
        string? MessageSubject = null, string? MessageBody = null);

    [OperationContract(Name = "RemoveAction")]
    Task<VersionInfo> RemoveActionAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code);

    [OperationContract(Name = "SaveActor")]
    Task<VersionInfo> SaveActorAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code, string Label, CodeList? Profiles = null);

    [OperationContract(Name = "RemoveActor")]
    Task<VersionInfo> RemoveActorAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code);

    [OperationContract(Name = "AddField")]
    Task<VersionInfo> AddFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string? GroupPath, string? After, string Name,
        string Label, string Type, bool Required, string? Help = null, OptionList? Options = null);

    [OperationContract(Name = "UpdateField")]
    Task<VersionInfo> UpdateFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Path, string? Label = null,
        string? Help = null, bool? Required = null);

    [OperationContract(Name = "HideField")]
    Task<VersionInfo> HideFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Path, bool Hidden);

    [OperationContract(Name = "MoveField")]
    Task<VersionInfo> MoveFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Path, string Direction);

    [OperationContract(Name = "RemoveField")]
    Task<VersionInfo> RemoveFieldAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Path);

    [OperationContract(Name = "SetMessage")]
    Task<VersionInfo> SetMessageAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Event, string? StepCode, string Subject, string Body);

    [OperationContract(Name = "RemoveMessage")]
    Task<VersionInfo> RemoveMessageAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Event, string? StepCode = null);

    [OperationContract(Name = "SetDocument")]
    Task<VersionInfo> SetDocumentAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code, string Title, string Body);

    [OperationContract(Name = "RemoveDocument")]
    Task<VersionInfo> RemoveDocumentAsync(string SessionToken, string CommuneCode, string ProcedureCode, string Code);

    // ------------------------------------------------------------------ people

    [OperationContract(Name = "ListProfiles")]
    Task<ProfileList> ListProfilesAsync(string SessionToken, string CommuneCode);

    [OperationContract(Name = "SaveProfile")]
    Task SaveProfileAsync(string SessionToken, string CommuneCode, string Code, string Label, CodeList Scope);

    [OperationContract(Name = "ListAgents")]
    Task<AgentList> ListAgentsAsync(string SessionToken, string CommuneCode);

    [OperationContract(Name = "CreateAgent")]
    Task<AgentInfo> CreateAgentAsync(string SessionToken, string CommuneCode, string Email, string DisplayName, string Role, string Password,
        CodeList? Profiles = null);

    [OperationContract(Name = "DisableAgent")]
    Task DisableAgentAsync(string SessionToken, string CommuneCode, string AgentId);

    // ------------------------------------------------------------------ the commune's settings

    [OperationContract(Name = "GetCommuneSettings")]
    Task<CommuneSettings> GetCommuneSettingsAsync(string SessionToken, string CommuneCode);

    /// <summary>Whether the commune's processing delays are published: the public observatory, « Délai habituel » on its forms.</summary>
    [OperationContract(Name = "SetDelaysPublic")]
    Task<CommuneSettings> SetDelaysPublicAsync(string SessionToken, string CommuneCode, bool Public);

    // ------------------------------------------------------------------ citizens' feedback (seed 004)

    /// <summary>
    /// The feedback on the commune's procedures, newest first (200 at most): ratings with their comments
    /// and malfunctions, reports from the observatory; filtered by procedure, kind, unanswered only.
    /// The commune's administrators only (not the operator: citizens' words are the commune's data).
    /// </summary>
    [OperationContract(Name = "ListFeedback")]
    Task<FeedbackList> ListFeedbackAsync(string SessionToken, string CommuneCode, string? ProcedureCode = null, string? Kind = null,
        bool? Unanswered = null);

    /// <summary>Answers one piece of feedback publicly, in the commune's name (a new answer replaces the previous one).</summary>
    [OperationContract(Name = "AnswerFeedback")]
    Task<FeedbackEntry> AnswerFeedbackAsync(string SessionToken, string FeedbackId, string Answer);

    // ------------------------------------------------------------------ HostedForms communes (seed 000)

    /// <summary>
    /// A HostedForms commune's certificate (X.509, PEM or DER, RSA of 2048 bits or more, valid, allowing
    /// encryption) and the address its dossiers go to, signed by the platform and encrypted to it; the
    /// dossiers that waited for a certificate leave at once.
    /// </summary>
    [OperationContract(Name = "SetCommuneCertificate")]
    Task<CommuneSettings> SetCommuneCertificateAsync(string SessionToken, string CommuneCode, byte[] Certificate, string DossierEmail);
    // ------------------------------------------------------------------ the commune's software (Flux.svc)

    /// <summary>
    /// Registers a vendor client (the software of one of the commune's services) reading the procedures of
    /// Scope (themes or procedure codes). The answer carries its secret, shown this once. Administrators of the commune.
    /// </summary>
    [OperationContract(Name = "RegisterVendorClient")]
    Task<VendorClientInfo> RegisterVendorClientAsync(string SessionToken, string CommuneCode, string Name, CodeList Scope);

    [OperationContract(Name = "ListVendorClients")]
    Task<VendorClientList> ListVendorClientsAsync(string SessionToken, string CommuneCode);

    /// <summary>A new secret for the client (in the answer, once); the previous one stops working at once.</summary>
    [OperationContract(Name = "RotateVendorSecret")]
    Task<VendorClientInfo> RotateVendorSecretAsync(string SessionToken, string CommuneCode, string ClientId);

    /// <summary>Refuses every later call of the client; what it did stays in the dossiers' histories.</summary>
    [OperationContract(Name = "RevokeVendorClient")]
    Task RevokeVendorClientAsync(string SessionToken, string CommuneCode, string ClientId);

    /// <summary>The client's webhook callback and its latest delivery attempts (status codes, errors), newest first.</summary>
    [OperationContract(Name = "ListWebhookDeliveries")]
    Task<WebhookLog> ListWebhookDeliveriesAsync(string SessionToken, string CommuneCode, string ClientId);
}
