namespace WebServicesCitoyens.Texts;

/// <summary>The French texts of HostedForms communes: their certificate, the forwarded dossier's mail, the acknowledgement.</summary>
public static class HostedFormsTexts
{
    public const string CertificateLabel = "Certificat de la commune";
    public const string DossierEmailLabel = "Adresse de réception des dossiers";
    public const string CertificateUnreadable = "Le certificat n'est pas lisible : donnez un certificat X.509 au format PEM ou DER.";
    public const string CertificateNotRsa = "Le certificat doit porter une clé RSA.";
    public static string CertificateKeyTooShort(int bits) => $"La clé du certificat fait {bits} bits : il en faut au moins 2048.";
    public const string CertificateExpired = "Le certificat a expiré.";
    public const string CertificateNotYetValid = "Le certificat n'est pas encore valide.";
    public const string CertificateNotForEncryption = "L'usage de la clé du certificat ne permet pas le chiffrement (keyEncipherment).";
    public const string DossierEmailInvalid = "L'adresse électronique de réception des dossiers n'est pas valide.";

    public static string MailSubject(string number, string procedure) => $"Dossier {number} : {procedure}";

    public static string MailBody(string number, string procedure, string commune, string submittedAt, string fileName, string acknowledgeUrl) =>
        $"""
        Bonjour,

        Une demande « {procedure} » a été déposée pour la commune de {commune} sur Web Services Citoyens.

        Numéro de dossier : {number}
        Déposée le : {submittedAt}

        La demande complète est jointe au format XML ({fileName}).
        Ce message est signé par la plateforme et chiffré pour votre commune seule.

        Pour confirmer que la mairie a bien reçu ce dossier, ouvrez ce lien :
        {acknowledgeUrl}

        Web Services Citoyens
        """;

    public static string AttachmentName(string number) => $"demande-{number}.xml";

    /// <summary>The dossier's history entry once the commune acknowledged it; the citizen reads it too.</summary>
    public const string ReceivedByCommune = "Reçu par la mairie";
    public const string ReceivedActor = "la mairie";

    // The link's page asks to confirm: opening it (a mail scanner follows links) records nothing.
    public const string ConfirmTitle = "Confirmer la réception du dossier";
    public static string Confirm(string number) =>
        $"Confirmez que la mairie a bien reçu le dossier {number}. Le demandeur verra « {ReceivedByCommune} » dans le suivi de sa demande.";
    public const string ConfirmButton = "Confirmer la réception";

    public const string AcknowledgedTitle = "Réception enregistrée";
    public static string Acknowledged(string number) => $"La réception du dossier {number} par la mairie est enregistrée. Le demandeur le voit dans le suivi de sa demande.";
    public const string AlreadyAcknowledgedTitle = "Réception déjà enregistrée";
    public static string AlreadyAcknowledged(string number, string at) => $"La réception du dossier {number} était déjà enregistrée (le {at}).";
    public const string UnknownLinkTitle = "Lien non valable";
    public const string UnknownLink = "Ce lien de confirmation n'est pas valable : vérifiez qu'il est complet, tel que le courriel le donne.";
}
