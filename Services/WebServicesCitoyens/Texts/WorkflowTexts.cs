namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the workflow: default actions, dossier actions, history lines, the process checks.</summary>
public static class WorkflowTexts
{
    public static string MoveTo(string stepLabel) => $"Passer à l'étape « {stepLabel} »";

    // ------------------------------------------------------------------ the process checks (administrators read them)
    public static string UnknownStep(string action, string step) => $"L'action {action} mentionne l'étape {step}, qui n'existe pas.";
    public static string ActionOnFinalStep(string action, string step) =>
        $"L'action {action} part de l'étape « {step} », qui est finale : un dossier clos n'a plus d'action.";
    public static string DelayOnlyAfterDelay(string action) =>
        $"L'action {action} : un délai (par exemple P15D pour 15 jours) est exigé pour une action « après un délai », et seulement pour elle.";
    public static string DelayedNeedsTarget(string action) =>
        $"L'action {action} s'exécute après un délai : elle doit mener à une autre étape (sinon elle se répéterait sans fin).";
    public static string UnknownActor(string action, string actor) => $"L'action {action} est confiée à l'acteur {actor}, qui n'est pas déclaré.";
    public static string AutomaticHasNoActor(string action) => $"L'action automatique {action} n'a pas d'acteur : c'est la plateforme qui l'exécute.";
    public static string UnknownDocument(string action, string document) => $"L'action {action} génère le document {document}, qui n'est pas déclaré.";
    public static string UnknownPlaceholder(string action, string name) => $"Le message de l'action {action} contient {{{name}}}, qui n'est pas une variable connue.";
    public static string UnknownDocumentField(string document, string path) =>
        $"Le document {document} reprend le champ {path}, qui n'est pas un champ du formulaire.";
    public static string ActionTwice(string action) => $"Le code d'action {action} est employé deux fois.";
    public static string Unreachable(string step) => $"L'étape « {step} » n'est atteinte par aucune action depuis l'étape initiale.";
    public static string NoWayToClose(string step) => $"Depuis l'étape « {step} », aucune suite d'actions ne mène à une étape finale.";
    public static string AutomaticLoop(string steps) => $"Des actions automatiques forment une boucle sans fin : {steps}.";
}
