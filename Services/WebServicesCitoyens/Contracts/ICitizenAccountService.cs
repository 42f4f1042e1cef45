using System.ServiceModel;

namespace WebServicesCitoyens.Contracts;

/// <summary>
/// The citizen account, at <c>/services/CitizenAccount.svc</c> (WSDL and XSD under <c>Wsdl/</c>).
/// An account is opened with an e-mail address and a password and confirmed by an e-mailed link;
/// <c>Login</c> gives a session token that every other call carries. Answers never reveal whether
/// an address has an account; another citizen's dossier answers like one that does not exist.
/// </summary>
[ServiceContract(Name = "CitizenAccountService", Namespace = ContractNamespaces.Citizen)]
[XmlSerializerFormat]
public interface ICitizenAccountService
{
    /// <summary>Opens an account and e-mails the confirmation link; the answer is the same for an address that already has one.</summary>
    [OperationContract(Name = "Register")]
    Task<string> RegisterAsync(string Email, string Password);

    /// <summary>Confirms the address with the token of the e-mailed link.</summary>
    [OperationContract(Name = "ConfirmEmail")]
    Task ConfirmEmailAsync(string Token);

    /// <summary>A new session (idle expiry 30 minutes, absolute 12 hours); failed attempts are throttled per account and client.</summary>
    [OperationContract(Name = "Login")]
    Task<Session> LoginAsync(string Email, string Password);

    [OperationContract(Name = "Logout")]
    Task LogoutAsync(string SessionToken);

    /// <summary>E-mails a link to choose a new password, when the address has an account; the same answer otherwise.</summary>
    [OperationContract(Name = "RequestPasswordReset")]
    Task<string> RequestPasswordResetAsync(string Email);

    /// <summary>Sets a new password with the token of the e-mailed link; every session closes.</summary>
    [OperationContract(Name = "ResetPassword")]
    Task ResetPasswordAsync(string Token, string NewPassword);

    [OperationContract(Name = "ChangePassword")]
    Task ChangePasswordAsync(string SessionToken, string CurrentPassword, string NewPassword);

    /// <summary>E-mails a confirmation link to the new address; <c>ConfirmEmailChange</c> completes the change.</summary>
    [OperationContract(Name = "ChangeEmail")]
    Task ChangeEmailAsync(string SessionToken, string NewEmail, string Password);

    [OperationContract(Name = "ConfirmEmailChange")]
    Task ConfirmEmailChangeAsync(string Token);

    /// <summary>Which e-mails the citizen receives: each step of their dossiers, messages from agents.</summary>
    [OperationContract(Name = "SetNotifications")]
    Task SetNotificationsAsync(string SessionToken, bool Steps, bool Messages);

    /// <summary>Deletes the account (password again); dossiers in progress stay with the communes, detached.</summary>
    [OperationContract(Name = "DeleteAccount")]
    Task DeleteAccountAsync(string SessionToken, string Password);

    /// <summary>The dossiers the citizen follows, open and archived, each with its steps.</summary>
    [OperationContract(Name = "GetDashboard")]
    Task<Dashboard> GetDashboardAsync(string SessionToken);

    /// <summary>Adds a dossier filed without the account, proved by its tracking code.</summary>
    [OperationContract(Name = "AttachDossier")]
    Task<DashboardDossier> AttachDossierAsync(string SessionToken, string DossierNumber, string TrackingCode);

    /// <summary>The personal data the citizen entered once (identity, usage name, address, phone, family members).</summary>
    [OperationContract(Name = "GetProfile")]
    Task<Profile> GetProfileAsync(string SessionToken);

    /// <summary>Replaces the personal data; refused, naming the field, when a value is not valid.</summary>
    [OperationContract(Name = "SaveProfile")]
    Task SaveProfileAsync(string SessionToken, Profile Profile);

    // ------------------------------------------------------------------ documents (the e-safe) and export

    /// <summary>
    /// Keeps a supporting document in the citizen's e-safe: PDF, JPEG or PNG, recognised by its content
    /// whatever its name, 5 MiB at most (by default). The name keeps the extension of what the content is.
    /// </summary>
    [OperationContract(Name = "UploadDocument")]
    Task<CitizenDocument> UploadDocumentAsync(string SessionToken, string FileName, byte[] Content);

    /// <summary>The e-safe's documents, newest first, each with the dossiers it was given to, and the limits of the e-safe.</summary>
    [OperationContract(Name = "ListDocuments")]
    Task<DocumentList> ListDocumentsAsync(string SessionToken);

    /// <summary>One document of the e-safe with its content; another citizen's answers like an unknown id.</summary>
    [OperationContract(Name = "GetDocument")]
    Task<DocumentFile> GetDocumentAsync(string SessionToken, string DocumentId);

    /// <summary>
    /// Removes a document from the e-safe. Refused while it is given to a dossier in progress; given
    /// only to closed dossiers, it stays with them; given to none, it is deleted.
    /// </summary>
    [OperationContract(Name = "DeleteDocument")]
    Task DeleteDocumentAsync(string SessionToken, string DocumentId);

    /// <summary>
    /// Gives a document of the e-safe to one of the citizen's dossiers in progress, for an attachment
    /// field of its procedure (e.g. pieces.justificatifDomicile, temoins[2].pieceIdentite) whose types and size it meets.
    /// </summary>
    [OperationContract(Name = "AttachDocument")]
    Task<CitizenDocument> AttachDocumentAsync(string SessionToken, string DossierNumber, string FieldPath, string DocumentId);

    /// <summary>Everything the platform holds about the citizen: account, notification choices, dossiers with request and history, documents' metadata.</summary>
    [OperationContract(Name = "ExportData")]
    Task<AccountExport> ExportDataAsync(string SessionToken);

    // ------------------------------------------------------------------ the commune's processing

    /// <summary>
    /// Answers the commune's correction request on one of the citizen's dossiers waiting for them
    /// (State AwaitingCitizen): the dossier goes back to the commune with the answer in its history.
    /// Documents are given to the dossier with AttachDocument, as before.
    /// </summary>
    [OperationContract(Name = "AnswerCorrection")]
    Task<DashboardDossier> AnswerCorrectionAsync(string SessionToken, string DossierNumber, string Answer);

    /// <summary>A letter the commune generated for one of the citizen's dossiers (a PDF), with its content.</summary>
    [OperationContract(Name = "GetGeneratedDocument")]
    Task<CommuneDocumentFile> GetGeneratedDocumentAsync(string SessionToken, string DossierNumber, string DocumentId);

    // ------------------------------------------------------------------ feedback (seed 004)

    /// <summary>
    /// Rates one of the citizen's closed dossiers: 1 to 5, an optional comment, optionally a malfunction
    /// with its description. One rating per dossier, ever; an open dossier is refused; another account's
    /// dossier answers like an unknown one. Answers the dossier's dashboard entry with its Rating.
    /// </summary>
    [OperationContract(Name = "RateDossier")]
    Task<DashboardDossier> RateDossierAsync(string SessionToken, string DossierNumber, int Rating, string? Comment = null, bool? Malfunction = null,
        string? MalfunctionDescription = null);
}
