using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Schemas.ServiceContract;

namespace WebServicesCitoyens.Schemas;

/// <summary>The citizen account service's published contract (citizen-account.xsd, Wsdl/CitizenAccount.*).</summary>
public static class CitizenAccountContract
{
    public const string EndpointPath = "/services/CitizenAccount.svc";

    public static readonly WsdlService Service = new(
        "CitizenAccountService", ContractNamespaces.Citizen, "CitizenAccountService",
        ["Register", "ConfirmEmail", "Login", "Logout", "RequestPasswordReset", "ResetPassword", "ChangePassword",
         "ChangeEmail", "ConfirmEmailChange", "SetNotifications", "DeleteAccount", "GetDashboard", "AttachDossier",
         "GetProfile", "SaveProfile",
         // Documents (the e-safe) and export.
         "UploadDocument", "ListDocuments", "GetDocument", "DeleteDocument", "AttachDocument", "ExportData",
         // The commune's processing: answering a correction request, its letters.
         "AnswerCorrection", "GetGeneratedDocument",
         // Feedback (seed 004): rating a closed dossier.
         "RateDossier"],
        "Compte citoyen de Web Services Citoyens : ouverture, connexion, mot de passe, tableau de bord des dossiers. Documentation : README, « Compte citoyen ».",
        " Generated from Services/WebServicesCitoyens/Schemas/citizen-account.xsd by the host's generate-contracts command. Do not edit. ",
        EndpointPath);

    /// <summary>The Profile element: the profile's fields, labelled for fault messages.</summary>
    public static readonly ContractElement ProfileElement = ContractElement.Complex("Profile", "Profile", ProfileTexts.Title, true,
        Accounts.ProfileFields.Items.Select(ContractElement.FromItem).ToList());

    public static readonly ServiceContract Contract = new("CitizenAccount", Service, "citizen-account.xsd", Operations());

    private static IReadOnlyList<ContractElement> Operations()
    {
        ContractElement Email(string name = "Email") => Param(name, AccountTexts.EmailLabel, true, FieldType.Email);
        ContractElement Password(string name, string label) => Param(name, label, true, FieldType.Text, 128);
        ContractElement Token(string name, string label) => Param(name, label, true, FieldType.Text, 100);
        var session = Token("SessionToken", AccountTexts.SessionLabel);
        var link = Token("Token", AccountTexts.LinkLabel);
        var password = Password("Password", AccountTexts.PasswordLabel);
        var newPassword = Password("NewPassword", AccountTexts.NewPasswordLabel);
        return
        [
            Operation("Register", Email(), password),
            Operation("ConfirmEmail", link),
            Operation("Login", Email(), password),
            Operation("Logout", session),
            Operation("RequestPasswordReset", Email()),
            Operation("ResetPassword", link, newPassword),
            Operation("ChangePassword", session, Password("CurrentPassword", AccountTexts.CurrentPasswordLabel), newPassword),
            Operation("ChangeEmail", session, Email("NewEmail"), password),
            Operation("ConfirmEmailChange", link),
            Operation("SetNotifications", session, Param("Steps", AccountTexts.NotifyStepsLabel, true, FieldType.Boolean),
                Param("Messages", AccountTexts.NotifyMessagesLabel, true, FieldType.Boolean)),
            Operation("DeleteAccount", session, password),
            Operation("GetDashboard", session),
            Operation("AttachDossier", session, Param("DossierNumber", ValidationTexts.DossierNumberLabel, true, FieldType.Text, 20),
                Param("TrackingCode", ValidationTexts.TrackingCodeLabel, true, FieldType.Text, 64)),
            Operation("GetProfile", session),
            Operation("SaveProfile", session, ProfileElement),
            .. DocumentOperations(session),
            .. ProcessingOperations(session),
        ];
    }

    // ------------------------------------------------------------------ documents (the e-safe) and export

    private static IEnumerable<ContractElement> DocumentOperations(ContractElement session)
    {
        var documentId = Param("DocumentId", AccountTexts.DocumentIdLabel, true, FieldType.Text, 64);
        return
        [
            // The content is xs:base64Binary, its size checked by the service (the XSD says what it is, not how much).
            Operation("UploadDocument", session, Param("FileName", AccountTexts.FileNameLabel, true, FieldType.Text, 255),
                Param("Content", AccountTexts.ContentLabel, true, FieldType.Attachment)),
            Operation("ListDocuments", session),
            Operation("GetDocument", session, documentId),
            Operation("DeleteDocument", session, documentId),
            Operation("AttachDocument", session, Param("DossierNumber", ValidationTexts.DossierNumberLabel, true, FieldType.Text, 20),
                Param("FieldPath", AccountTexts.FieldPathLabel, true, FieldType.Text, 200), documentId),
            Operation("ExportData", session),
        ];
    }

    // ------------------------------------------------------------------ the commune's processing

    private static IEnumerable<ContractElement> ProcessingOperations(ContractElement session)
    {
        var dossierNumber = Param("DossierNumber", ValidationTexts.DossierNumberLabel, true, FieldType.Text, 20);
        return
        [
            Operation("AnswerCorrection", session, dossierNumber,
                Param("Answer", AccountTexts.AnswerLabel, true, FieldType.FreeText, Accounts.CitizenDossiers.MaxAnswerLength)),
            Operation("GetGeneratedDocument", session, dossierNumber, Param("DocumentId", AccountTexts.DocumentIdLabel, true, FieldType.Text, 64)),
            Operation("RateDossier", [session, dossierNumber, .. RatingParameters()]),
        ];
    }
}
