namespace WebServicesCitoyens.Texts;

/// <summary>French texts about notification mails: what an agent reads when a commune's own text is refused.</summary>
public static class NotificationTexts
{
    public static string UnknownStep(string step, string procedureTitle) =>
        $"L'étape {step} n'existe pas dans la démarche « {procedureTitle} ».";
    public const string StepOnlyForSteps = "Une étape ne se précise que pour le message envoyé à une étape (StepReached).";
    public static string SubjectLength(int max) => $"L'objet du message doit compter de 1 à {max} caractères, sur une seule ligne.";
    public static string BodyLength(int max) => $"Le texte du message doit compter de 1 à {max} caractères.";
    public static string UnknownPlaceholders(IEnumerable<string> names, IEnumerable<string> known) =>
        $"Ces champs à remplacer n'existent pas : {string.Join(", ", names.Select(n => "{" + n + "}"))}. "
        + $"Champs possibles : {string.Join(", ", known.Select(n => "{" + n + "}"))}.";

    /// <summary>The prefix of the subject of every mail about a test dossier.</summary>
    public const string TestSubjectPrefix = "[TEST] ";

    /// <summary>How {date} is written: 23/11/2026 à 15:45, in the commune's time.</summary>
    public const string DateFormat = "dd/MM/yyyy 'à' HH:mm";
}
