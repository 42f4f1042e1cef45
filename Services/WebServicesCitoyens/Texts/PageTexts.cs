namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the platform's own pages.</summary>
public static class PageTexts
{
    public const string NotFoundTitle = "Page introuvable";
    public const string UnknownProcedure = "Cette démarche n'existe pas dans le catalogue de Web Services Citoyens.";
    public const string UnavailableTitle = "Démarche non disponible";
    public const string TrackingTitle = "Suivre un dossier";
    public const string TrackingHowTo =
        "Indiquez le numéro de dossier et le code de suivi reçus avec votre récépissé : l'adresse de suivi figure sur le récépissé.";
    public const string TrackingNotFoundTitle = "Dossier introuvable";
    public const string FormTooLarge = "Le formulaire envoyé est trop volumineux : raccourcissez les textes les plus longs et envoyez-le de nouveau.";
    public static string FormNotUtf8(string field) =>
        $"Le champ « {field} » contient des caractères qui ne sont pas en UTF-8 : envoyez le formulaire encodé en UTF-8.";
    public const string FormUnreadable = "Le formulaire n'a pas pu être lu. Rechargez la page et saisissez de nouveau votre demande.";
    public static string CommuneNotServed(string code) =>
        $"La commune dont le code est {code} ne propose pas encore ses démarches en ligne sur ce service. Renseignez-vous auprès de sa mairie.";
    public static string ProcedureNotOnline(string communeName, string procedureTitle) =>
        $"{communeName} ne propose pas la démarche « {procedureTitle} » en ligne pour le moment. Renseignez-vous auprès de la mairie.";
    public static string HandledByCommuneSite(string communeName, string procedureTitle) =>
        $"{communeName} propose la démarche « {procedureTitle} » sur son propre site internet. Renseignez-vous auprès de la mairie.";

    public const string AccountTitle = "Mon espace citoyen";
    public const string EmailConfirmedTitle = "Adresse confirmée";
    public const string EmailConfirmed = "Votre adresse électronique est confirmée : vous pouvez vous connecter à votre espace citoyen.";
    public const string RegistrationTitle = "Ouverture de votre compte";
    public const string ResetRequestedTitle = "Mot de passe oublié";
    public const string PasswordResetTitle = "Mot de passe changé";
    public const string PasswordReset = "Votre nouveau mot de passe est enregistré ; vos autres sessions ont été fermées. Connectez-vous avec ce mot de passe.";
    public const string EmailChangedTitle = "Adresse changée";
    public const string EmailChanged = "L'adresse électronique de votre compte est changée : utilisez-la désormais pour vous connecter.";
    public const string LinkInvalidTitle = "Lien non valable";
    public const string DossierAttached = "Le dossier a été ajouté à votre espace.";
    public const string NotificationsSaved = "Vos choix de notification sont enregistrés.";
    public const string DocumentSaved = "Le document a été ajouté à votre espace.";
    public const string DocumentDeleted = "Le document a été supprimé de votre espace.";
    public const string DocumentKeptWithDossiers =
        "Le document a été retiré de votre espace ; il reste joint à vos dossiers clos, avec lesquels la mairie le conserve.";
    public const string DocumentNotFoundTitle = "Document introuvable";
    public const string DocumentNotFound = "Ce document ne figure pas dans votre espace.";
    public const string ExportFileName = "mes-donnees-web-services-citoyens.zip";
    public const string ForeignPost = "Ce formulaire ne peut être envoyé que depuis les pages de Web Services Citoyens.";
    public const string PasswordChangedTitle = "Mot de passe changé";
    public const string PasswordChanged = "Votre nouveau mot de passe est enregistré ; vos autres sessions ont été fermées.";
    public const string EmailChangeTitle = "Nouvelle adresse électronique";
    public const string EmailChangeSent =
        "Un courriel vient d'être envoyé à la nouvelle adresse : ouvrez le lien qu'il contient pour qu'elle devienne celle de votre compte.";
    public const string AccountDeletedTitle = "Compte supprimé";
    public const string AccountDeleted =
        "Votre compte est supprimé. Vos dossiers en cours restent traités par les mairies ; vous pouvez les suivre avec leur numéro et leur code de suivi.";
    public const string DocumentGiven = "Le document a été joint au dossier : la mairie peut le consulter.";
    public const string CorrectionAnswered = "Votre réponse a été transmise à la mairie : le traitement de votre dossier reprend.";
    public const string AnswerRefusedTitle = "Réponse non transmise";
    public const string LetterNotFoundTitle = "Courrier introuvable";
    public const string LetterNotFound = "Aucun de vos dossiers n'a de courrier de la mairie à cette adresse.";
}
