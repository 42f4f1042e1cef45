using System.ServiceModel;

namespace WebServicesCitoyens.Contracts;

/// <summary>
/// The back office, at <c>/services/BackOffice.svc</c> (WSDL and XSD under <c>Wsdl/</c>), for the
/// communes' agents and the software they use. <c>Login</c> gives a session token that every other
/// call carries first. An agent sees and processes their commune's dossiers within their profiles'
/// remit, an administrator all their commune's, the platform operator none; a dossier outside the
/// caller's remit answers exactly like a number that does not exist, and a refused call changes nothing.
/// </summary>
[ServiceContract(Name = "BackOfficeService", Namespace = ContractNamespaces.BackOffice)]
[XmlSerializerFormat]
public interface IBackOfficeService
{
    /// <summary>A new session (idle expiry 1 hour, absolute 10 hours); failed attempts are throttled like citizens'.</summary>
    [OperationContract(Name = "Login")]
    Task<AgentSession> LoginAsync(string Email, string Password);

    [OperationContract(Name = "Logout")]
    Task LogoutAsync(string SessionToken);

    /// <summary>The queue: the dossiers the caller may see, filtered, sorted, paged (100 a page at most), with the total.</summary>
    [OperationContract(Name = "ListDossiers")]
    Task<QueueResult> ListDossiersAsync(string SessionToken, DossierFilter? Filter);

    /// <summary>A dossier: the request as filed, its history, documents, the actions the caller may perform.</summary>
    [OperationContract(Name = "GetDossier")]
    Task<DossierView> GetDossierAsync(string SessionToken, string DossierNumber);

    /// <summary>
    /// Performs an action of the dossier's current step. With ExpectedStep (the step the agent saw), refused
    /// if the dossier has moved since, so that two agents cannot both act on the same state.
    /// </summary>
    [OperationContract(Name = "PerformAction")]
    Task<DossierView> PerformActionAsync(string SessionToken, string DossierNumber, string ActionCode, string? ExpectedStep);

    /// <summary>An internal note, for the commune's agents only: never shown or sent to the citizen.</summary>
    [OperationContract(Name = "AddNote")]
    Task<DossierView> AddNoteAsync(string SessionToken, string DossierNumber, string Text);

    /// <summary>A message to the citizen: in their account at once, and mailed.</summary>
    [OperationContract(Name = "SendMessage")]
    Task<DossierView> SendMessageAsync(string SessionToken, string DossierNumber, string Text);

    /// <summary>Asks the citizen to correct or complete the request (mailed); the dossier waits for their answer.</summary>
    [OperationContract(Name = "RequestCorrection")]
    Task<DossierView> RequestCorrectionAsync(string SessionToken, string DossierNumber, string Text);

    /// <summary>Rejects the dossier to one of its exit steps (the first without ExitStep), with the reason mailed to the citizen.</summary>
    [OperationContract(Name = "Reject")]
    Task<DossierView> RejectAsync(string SessionToken, string DossierNumber, string? ExitStep, string Reason);

    /// <summary>Closes the dossier: it moves to the procedure's closing step.</summary>
    [OperationContract(Name = "Close")]
    Task<DossierView> CloseAsync(string SessionToken, string DossierNumber);

    /// <summary>Gives the selected dossiers to an agent of the commune who handles them (without AgentId: back to the common queue).</summary>
    [OperationContract(Name = "Assign")]
    Task<BulkResult> AssignAsync(string SessionToken, DossierSelection DossierNumbers, string? AgentId);

    /// <summary>Every open dossier of an absent colleague, within the caller's remit, becomes the caller's.</summary>
    [OperationContract(Name = "TakeOver")]
    Task<BulkResult> TakeOverAsync(string SessionToken, string ColleagueId);

    /// <summary>The same action on each selected dossier; each succeeds or fails on its own, with the reason.</summary>
    [OperationContract(Name = "PerformOnEach")]
    Task<BulkResult> PerformOnEachAsync(string SessionToken, DossierSelection DossierNumbers, string ActionCode);

    /// <summary>A document the workflow generated for the dossier, as a PDF.</summary>
    [OperationContract(Name = "GetGeneratedDocument")]
    Task<GeneratedDocumentContent> GetGeneratedDocumentAsync(string SessionToken, string DossierNumber, string DocumentId);

    /// <summary>A document the citizen gave to the dossier, with its content.</summary>
    [OperationContract(Name = "GetCitizenDocument")]
    Task<DossierDocumentContent> GetCitizenDocumentAsync(string SessionToken, string DossierNumber, string DocumentId);

    /// <summary>The agents of the caller's commune (to assign dossiers to), with their role and profiles.</summary>
    [OperationContract(Name = "ListAgents")]
    Task<AgentList> ListAgentsAsync(string SessionToken);

    /// <summary>
    /// Files a request for a citizen at the counter or on the phone, for a procedure of the caller's remit that
    /// their commune offers; checked like Submit. The answer is what to hand the citizen: number and tracking code.
    /// </summary>
    [OperationContract(Name = "FileOnBehalf")]
    Task<FilingReceipt> FileOnBehalfAsync(string SessionToken, string ProcedureCode, FilingChannel Channel, OnBehalfRequest Request);

    /// <summary>
    /// The commune's statistics over whole months (the last twelve without FromMonth/ToMonth, 36 at most), for
    /// the procedures of the caller's remit: who asks and what, volumes per day, week and month, delays
    /// (average, median, 90th percentile, in seconds) per procedure, service, agent and step, and the open
    /// dossiers by step, age and reason. Agents' lines: every agent for an administrator, oneself for an agent.
    /// </summary>
    [OperationContract(Name = "GetStatistics")]
    Task<StatisticsReport> GetStatisticsAsync(string SessionToken, string? FromMonth, string? ToMonth);
    /// <summary>Saves a queue filter under a name of the caller's (unique among theirs, 80 characters, 50 searches at most).</summary>
    [OperationContract(Name = "SaveSearch")]
    Task<SavedSearch> SaveSearchAsync(string SessionToken, string Name, DossierFilter Filter);

    /// <summary>The caller's saved searches (never another agent's), by name.</summary>
    [OperationContract(Name = "ListSavedSearches")]
    Task<SavedSearchList> ListSavedSearchesAsync(string SessionToken);

    /// <summary>Deletes one of the caller's saved searches; another agent's answers like an unknown identifier.</summary>
    [OperationContract(Name = "DeleteSavedSearch")]
    Task DeleteSavedSearchAsync(string SessionToken, string SearchId);

    /// <summary>
    /// Addresses a request to another commune for a citizen (seed 000: a civil-status act asked of the commune
    /// holding the register), for a procedure of the caller's remit that commune offers; checked like Submit.
    /// The other commune's agents see who asked for whom; the caller's commune follows it (ListCommuneRequests).
    /// </summary>
    [OperationContract(Name = "RequestFromCommune")]
    Task<FilingReceipt> RequestFromCommuneAsync(string SessionToken, string CommuneCode, string ProcedureCode, OnBehalfRequest Request);

    /// <summary>The requests the caller's commune addressed to other communes (procedures of the caller's remit), read-only, newest first.</summary>
    [OperationContract(Name = "ListCommuneRequests")]
    Task<CommuneRequestList> ListCommuneRequestsAsync(string SessionToken);
}
