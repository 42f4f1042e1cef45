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
    public const string FormUnreadable = "Le formulaire n'a pas pu être lu. Rechargez la page et saisissez de nouveau votre demande.";
    public static string CommuneNotServed(string code) =>
        $"La commune dont le code est {code} ne propose pas encore ses démarches en ligne sur ce service. Renseignez-vous auprès de sa mairie.";
    public static string ProcedureNotOnline(string communeName, string procedureTitle) =>
        $"{communeName} ne propose pas la démarche « {procedureTitle} » en ligne pour le moment. Renseignez-vous auprès de la mairie.";
    public static string HandledByCommuneSite(string communeName, string procedureTitle) =>
        $"{communeName} propose la démarche « {procedureTitle} » sur son propre site internet. Renseignez-vous auprès de la mairie.";
}
