namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the signed acknowledgement of receipt and of its verification (command and page).</summary>
public static class AcknowledgementTexts
{
    public static string Valid(string dossierNumber, DateTime submittedAtUtc, string procedureTitle, string communeName, string communeCode) =>
        $"Accusé de réception valide : dossier {dossierNumber}, déposé le {submittedAtUtc:dd/MM/yyyy} à {submittedAtUtc:HH:mm:ss} UTC, "
        + $"démarche « {procedureTitle} », commune de {communeName} ({communeCode}).";
    public const string InvalidPrefix = "Accusé de réception non valide : ";
    public const string NotXml = "le fichier n'est pas un document XML lisible.";
    public const string Doctype = "le fichier contient une déclaration DOCTYPE, refusée par sécurité ; un accusé de réception n'en a jamais.";
    public const string TooLarge = "le fichier dépasse la taille d'un accusé de réception (64 Kio au plus).";
    public const string Empty = "aucun fichier n'a été envoyé.";
    public const string NotAcknowledgement =
        "le fichier n'est pas un accusé de réception de Web Services Citoyens (élément racine AccuseReception attendu).";
    public static string SignatureCount(int count) => count == 0
        ? "le document ne porte aucune signature de la plateforme."
        : $"le document porte {count} signatures ; un accusé de réception en porte exactement une, directement sous son élément racine.";
    public const string SignatureMisplaced = "la signature n'est pas directement sous l'élément racine AccuseReception.";
    public const string SignatureUnreadable = "la signature est mal formée.";
    public const string NotWholeDocument = "la signature ne porte pas sur le document entier (une seule référence, URI=\"\", est attendue).";
    public static string UnexpectedAlgorithm(string what, string found) =>
        $"la signature n'utilise pas les algorithmes attendus ({what} : « {found} »).";
    public const string SignatureMismatch =
        "la signature ne correspond pas au certificat de la plateforme : le document a été modifié après sa signature, "
        + "ou il n'a pas été signé par Web Services Citoyens.";
    public static string UnexpectedContent(string detail) =>
        $"le contenu ne suit pas le modèle publié (/xsl/accuse-reception.xsd) : {detail}.";
    public static string CertificateUnreadable(string path) =>
        $"Le certificat « {path} » est illisible (un certificat X.509 en DER ou en PEM est attendu).";
    public static string FileUnreadable(string path) => $"Le fichier « {path} » est introuvable ou illisible.";
    public const string NoPlatformCertificate =
        "Le certificat de la plateforme est introuvable : indiquez-le avec --certificate (il est publié à /signature/certificat-plateforme.cer).";
    public const string Usage = "Usage : verify-receipt accuse.xml [--certificate certificat-plateforme.cer]";

    // The verification page.
    public const string PageTitle = "Vérifier un accusé de réception";
    public const string PageIntro =
        "Chaque demande déposée sur Web Services Citoyens reçoit un accusé de réception signé par la plateforme (fichier XML). "
        + "Déposez-le ici pour vérifier qu'il a bien été émis par la plateforme et qu'il n'a pas été modifié. "
        + "La vérification n'utilise que le certificat publié de la plateforme.";
    public const string FileLabel = "Accusé de réception (fichier XML, 64 Kio au plus)";
    public const string Submit = "Vérifier";
    public const string CertificateLinks = "Certificat de la plateforme";
    public const string CertificateDer = "au format DER (.cer)";
    public const string CertificatePem = "au format PEM (.pem)";
    public const string ValidTitle = "Accusé de réception valide";
    public const string InvalidTitle = "Accusé de réception non valide";
    public static string FileName(string dossierNumber) => $"accuse-reception-{dossierNumber}.xml";
    public const string DownloadLabel = "Télécharger l'accusé de réception signé (XML)";
}
