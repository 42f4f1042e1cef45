namespace WebServicesCitoyens.Texts;

/// <summary>
/// French texts of the citizens' feedback (seed 004): rating a closed dossier, reporting a missing
/// procedure or a malfunction, the commune's answers, and what the closing mail adds.
/// </summary>
public static class FeedbackTexts
{
    public const int MaxComment = 2000;
    public const int MaxAnswer = 4000;

    // ------------------------------------------------------------------ parameter labels (faults name them)
    public const string RatingLabel = "Note";
    public const string CommentLabel = "Commentaire";
    public const string MalfunctionLabel = "Signaler un dysfonctionnement";
    public const string MalfunctionDescriptionLabel = "Description du dysfonctionnement";
    public const string FeedbackIdLabel = "Identifiant de l'avis";
    public const string AnswerLabel = "Réponse de la commune";
    public const string KindLabel = "Nature de l'avis";
    public const string UnansweredLabel = "Sans réponse seulement";
    public const string ReportTextLabel = "Votre signalement";
    public const string ReportKindLabel = "Nature du signalement";

    // ------------------------------------------------------------------ rating a dossier
    public const string DossierOpen =
        "Ce dossier n'est pas encore clos : vous pourrez donner votre avis sur la démarche une fois son traitement terminé.";
    public const string AlreadyRated =
        "Vous avez déjà donné votre avis sur ce dossier : un seul avis par dossier est possible, il n'a pas été modifié.";
    public const string RatingRange = "Le champ « Note » (Rating) : choisissez une note de 1 (très insatisfait) à 5 (très satisfait).";
    public static string CommentTooLong(int max) => $"Le champ « {CommentLabel} » (Comment) compte {max} caractères au plus.";
    public static string MalfunctionDescriptionNeeded(int max) =>
        $"Le champ « {MalfunctionDescriptionLabel} » (MalfunctionDescription) : décrivez le dysfonctionnement en 1 à {max} caractères.";
    public const string MalfunctionDescriptionWithoutFlag =
        "Le champ « Description du dysfonctionnement » (MalfunctionDescription) ne se remplit que si vous signalez un dysfonctionnement (Malfunction).";
    public const string RatingRefusedTitle = "Avis non enregistré";
    public const string Rated = "Merci : votre avis est enregistré. La commune peut y répondre publiquement, sans jamais vous nommer.";

    /// <summary>What the mail of a closing step adds: the invitation to rate, from the tracking page.</summary>
    public static string RatingInvitation(string trackingUrl) =>
        "\n\nVotre avis nous aide à améliorer cette démarche : notez-la de 1 à 5 et laissez un commentaire si vous le souhaitez "
        + "(un seul avis par dossier, publié sans votre nom) :\n" + trackingUrl;

    // ------------------------------------------------------------------ reports from the observatory
    public static string ReportTextNeeded(int max) => $"Le champ « {ReportTextLabel} » est obligatoire et compte {max} caractères au plus.";
    public const string ReportKindUnknown = "Le champ « Nature du signalement » : choisissez « Démarche manquante » ou « Dysfonctionnement ».";
    public const string ReportCommuneUnknown = "Le champ « Commune » : choisissez une commune qui utilise Web Services Citoyens.";
    public const string ReportProcedureUnknown = "Le champ « Démarche » : choisissez une démarche du catalogue, ou aucune.";
    public const string ReportRefused = "Votre signalement n'a pas pu être enregistré.";
    public const string Reported = "Merci : votre signalement est enregistré et transmis à la commune, qui peut y répondre publiquement.";

    // ------------------------------------------------------------------ the commune's side
    public const string FeedbackUnknown = "Le champ « Identifiant de l'avis » (FeedbackId) : aucun avis de votre commune ne porte cet identifiant.";
    public static string AnswerNeeded(int max) => $"Le champ « {AnswerLabel} » (Answer) est obligatoire et compte {max} caractères au plus.";
    public const string KindUnknown = "Le champ « Nature de l'avis » (Kind) : Rating, Malfunction ou MissingProcedure.";
    public const string Answered = "Votre réponse est publiée sur l'observatoire, au nom de la commune.";

    public static string KindLabelOf(string kind) => kind switch
    {
        Feedback.FeedbackKinds.Rating => "Avis sur un dossier",
        Feedback.FeedbackKinds.Malfunction => "Dysfonctionnement signalé",
        _ => "Démarche manquante",
    };

    /// <summary>How the public answer is signed: the commune, never the agent.</summary>
    public static string AnsweredBy(string communeName) => $"Réponse de la mairie {Of(communeName)}";

    /// <summary>« de Bourges », « d'Orléans », « d'Hyères »: the elision before a vowel or a mute h.</summary>
    private static string Of(string name) =>
        name.Length > 0 && "AEIOUYHÀÂÉÈÊËÎÏÔÛÜaeiouyhàâéèêëîïôûü".Contains(name[0]) ? "d'" + name : "de " + name;
}
