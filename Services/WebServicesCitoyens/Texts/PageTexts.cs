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
    public const string FormTooLarge = "Le formulaire envoyé est trop volumineux.";
}
