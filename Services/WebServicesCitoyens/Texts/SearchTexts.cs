namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the full-text search over dossiers and of the agents' saved searches.</summary>
public static class SearchTexts
{
    // Keywords (Filter.Keywords over SOAP, « Rechercher » on the queue page); subject: what the refusal names.
    public const string KeywordsLabel = "Mots-clés";
    public static string KeywordsSubject(string path) => ValidationTexts.Field(KeywordsLabel, path);
    public const string PageKeywordsSubject = "La recherche";
    public static string KeywordsTooLong(string subject, int max) => $"{subject} compte {max} caractères au plus.";
    public static string KeywordsTooMany(string subject, int max) => $"{subject} compte {max} mots au plus : retirez les moins utiles.";
    public static string KeywordsWithoutWord(string subject, int min) =>
        $"{subject} ne contient aucun mot de {min} lettres ou chiffres au moins (les mots d'une seule lettre sont ignorés).";

    // Saved searches.
    public const string SearchNameLabel = "Nom de la recherche";
    public const string SearchIdLabel = "Identifiant de la recherche";
    public static string NameNeeded(int max) => $"Indiquez le nom de la recherche, {max} caractères au plus.";
    public const string NameTaken = "Vous avez déjà une recherche enregistrée sous ce nom : choisissez-en un autre ou supprimez l'ancienne.";
    public static string TooManySearches(int max) => $"Vous avez déjà {max} recherches enregistrées, le maximum : supprimez-en une avant d'en enregistrer une autre.";
    public const string SearchNotFound = "Aucune de vos recherches enregistrées ne porte cet identifiant.";

    // The queue page.
    public const string SearchSaved = "Recherche enregistrée : elle figure dans « Mes recherches enregistrées ».";
    public const string SearchDeleted = "Recherche supprimée.";
}
