namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the citizen account: refusals, answers and the e-mails it sends.</summary>
public static class AccountTexts
{
    public const string EmailLabel = "Adresse électronique";
    public const string PasswordLabel = "Mot de passe";
    public const string NewPasswordLabel = "Nouveau mot de passe";
    public const string SessionLabel = "Session";
    public const string LinkLabel = "Lien reçu par courriel";
    public const string CurrentPasswordLabel = "Mot de passe actuel";
    public const string NotifyStepsLabel = "Courriel à chaque étape";
    public const string NotifyMessagesLabel = "Courriel à chaque message de la mairie";

    public static string PasswordTooShort(int min) => $"Le champ « {PasswordLabel} » doit compter au moins {min} caractères.";
    public static string PasswordTooLong(int max) => $"Le champ « {PasswordLabel} » ne peut dépasser {max} caractères.";
    public const string PasswordTooCommon =
        "Ce mot de passe fait partie des plus utilisés : choisissez-en un autre, par exemple une phrase de plusieurs mots.";
    public const string EmailInvalid = "Le champ « Adresse électronique » (Email) n'est pas une adresse électronique valide.";
    public const string LoginFailed = "Adresse électronique ou mot de passe incorrect.";
    public const string LoginThrottled =
        "Trop de tentatives de connexion ont échoué : patientez quelques minutes avant de réessayer, ou réinitialisez votre mot de passe.";
    public const string EmailNotConfirmed =
        "Votre adresse électronique n'est pas encore confirmée : ouvrez le lien reçu par courriel (un nouveau lien vient de vous être envoyé).";
    public const string SessionInvalid = "Votre session a expiré ou n'est plus valable : connectez-vous de nouveau.";
    public const string LinkInvalid = "Ce lien n'est pas valable ou a expiré : demandez-en un nouveau.";
    public const string CurrentPasswordWrong = "Le mot de passe actuel est incorrect.";
    public const string EmailTaken = "Cette adresse électronique est déjà celle d'un compte.";
    public const string DossierNotAttachable =
        "Aucun dossier ne correspond à ce numéro et à ce code de suivi, ou il est déjà suivi par un autre compte.";

    // Answers that say the same whether the account exists or not, so that nobody learns which addresses have one.
    public const string RegistrationAnswer =
        "Si cette adresse peut ouvrir un compte, un courriel vient d'y être envoyé : ouvrez le lien qu'il contient pour confirmer votre adresse.";
    public const string ResetAnswer =
        "Si un compte existe pour cette adresse, un courriel vient d'y être envoyé avec un lien pour choisir un nouveau mot de passe.";

    // E-mails. {0}: the link.
    public const string ConfirmSubject = "Confirmez votre adresse électronique – Web Services Citoyens";
    public static string ConfirmBody(string link, int hours) =>
        $"Bonjour,\n\nVous avez demandé l'ouverture d'un compte citoyen sur Web Services Citoyens.\n"
        + $"Pour confirmer votre adresse électronique, ouvrez ce lien (valable {hours} heures) :\n\n{link}\n\n"
        + "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : aucun compte ne sera ouvert.\n";
    public const string AlreadyRegisteredSubject = "Votre compte citoyen – Web Services Citoyens";
    public static string AlreadyRegisteredBody(string resetLink) =>
        "Bonjour,\n\nQuelqu'un a demandé l'ouverture d'un compte avec cette adresse, qui a déjà un compte.\n"
        + $"Si c'est vous et que vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau : {resetLink}\n\n"
        + "Sinon, ignorez ce message.\n";
    public const string ResetSubject = "Choisissez un nouveau mot de passe – Web Services Citoyens";
    public static string ResetBody(string link, int hours) =>
        $"Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable {hours} heures) :\n\n{link}\n\n"
        + "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.\n";
    public const string PasswordChangedSubject = "Votre mot de passe a été changé – Web Services Citoyens";
    public const string PasswordChangedBody =
        "Bonjour,\n\nLe mot de passe de votre compte citoyen vient d'être changé ; les autres sessions ont été fermées.\n"
        + "Si vous n'êtes pas à l'origine de ce changement, choisissez tout de suite un nouveau mot de passe avec « Mot de passe oublié ».\n";
    public const string ChangeEmailSubject = "Confirmez votre nouvelle adresse électronique – Web Services Citoyens";
    public static string ChangeEmailBody(string link, int hours) =>
        $"Bonjour,\n\nPour que cette adresse devienne celle de votre compte citoyen, ouvrez ce lien (valable {hours} heures) :\n\n{link}\n";
    public const string EmailChangedSubject = "L'adresse de votre compte a été changée – Web Services Citoyens";
    public static string EmailChangedBody(string newEmail) =>
        $"Bonjour,\n\nL'adresse électronique de votre compte citoyen est désormais {newEmail}.\n"
        + "Si vous n'êtes pas à l'origine de ce changement, contactez le support de votre mairie.\n";
    public static string DossierAttachedSubject(string number) => $"Votre dossier {number} est suivi depuis un compte citoyen";
    public static string DossierAttachedBody(string number, string procedureTitle) =>
        $"Bonjour,\n\nVotre demande « {procedureTitle} » (dossier {number}) vient d'être ajoutée à un compte citoyen, "
        + "à l'aide de son numéro et de son code de suivi ; les messages sur ce dossier iront désormais à ce compte.\n"
        + "Si ce n'est pas vous, contactez votre mairie en indiquant le numéro du dossier.\n";
    public const string DeletedSubject = "Votre compte citoyen a été supprimé – Web Services Citoyens";
    public const string DeletedBody =
        "Bonjour,\n\nVotre compte citoyen a été supprimé. Les dossiers en cours restent traités par les mairies ; "
        + "vous pouvez toujours les suivre avec leur numéro et leur code de suivi.\n"
        + "Les documents que vous aviez joints à vos dossiers restent avec ces dossiers ; les autres documents de votre espace ont été effacés.\n";

    // ------------------------------------------------------------------ documents (the e-safe) and export

    public const string FileNameLabel = "Nom du fichier";
    public const string ContentLabel = "Contenu du fichier";
    public const string DocumentIdLabel = "Identifiant du document";
    public const string FieldPathLabel = "Pièce justificative";

    /// <summary>A size in KiB as citizens read it: 5120 → « 5 Mo », 1536 → « 1,5 Mo ».</summary>
    public static string Megabytes(int kib) =>
        (Math.Round(kib / 1024.0, 1)).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + " Mo";

    public const string DocumentEmpty = "Le fichier envoyé est vide : choisissez un fichier.";
    public const string DocumentNotAccepted =
        "Le fichier n'est ni un PDF, ni une image JPEG ou PNG : son contenu a été vérifié, quel que soit son nom. "
        + "Enregistrez-le dans l'un de ces formats et envoyez-le de nouveau.";
    public static string DocumentTooLarge(int maxKb) => $"Le fichier dépasse la taille maximale de {Megabytes(maxKb)}.";
    public static string DocumentQuotaReached(int max) =>
        $"Votre espace contient déjà {max} documents : supprimez-en un avant d'en ajouter un autre.";
    public const string DocumentUnknown = "Aucun document de votre espace ne porte cet identifiant.";
    public static string DocumentStillInUse(string dossierNumber) =>
        $"Ce document est joint au dossier {dossierNumber}, encore en cours : il ne pourra être retiré de votre espace qu'une fois ce dossier clos.";
    public const string DossierNotYours =
        "Aucun des dossiers de votre espace ne porte ce numéro : ajoutez d'abord le dossier à votre espace avec son code de suivi.";
    public static string DossierClosedForDocuments(string dossierNumber) =>
        $"Le dossier {dossierNumber} est clos : on ne peut plus y joindre de document.";
    public static string NotAnAttachmentField(string path, string procedureTitle, IEnumerable<string> expected) =>
        $"« {path} » n'est pas une pièce justificative de la démarche « {procedureTitle} ». "
        + $"Pièces attendues : {string.Join(", ", expected)}.";
    public static string MediaTypeNotAccepted(string label, string path, IEnumerable<string> accepted, string actual) =>
        $"La pièce « {label} » ({path}) doit être au format {string.Join(" ou ", accepted)} : ce document est au format {actual}.";
    public static string DocumentTooLargeForField(string label, string path, int maxKb) =>
        $"La pièce « {label} » ({path}) ne peut dépasser {Megabytes(maxKb)} : ce document est plus volumineux.";

    // ------------------------------------------------------------------ the commune's processing: correction requests, letters

    public const string AnswerLabel = "Votre réponse";
    public static string AnswerNeeded(int max) =>
        $"Le champ « {AnswerLabel} » doit contenir votre réponse à la mairie, en {max} caractères au plus.";
    public const string NoCorrectionAwaited =
        "La mairie n'attend pas de réponse de votre part pour ce dossier : il n'y a pas de demande de complément en cours.";
    public const string GeneratedDocumentUnknown = "Ce dossier n'a pas de courrier de la mairie portant cet identifiant.";
}
