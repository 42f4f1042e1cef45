namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the back office: refusals, labels of the dossier actions, history lines.</summary>
public static class BackOfficeTexts
{
    public const string NotAllowed = "Cette opération est réservée aux administrateurs de la commune.";
    public const string DisplayNameNeeded = "Indiquez le nom affiché de l'agent (100 caractères au plus).";
    public const string AgentEmailTaken = "Un agent utilise déjà cette adresse électronique.";
    public static string UnknownProfile(string code) => $"Le profil « {code} » n'existe pas dans cette commune.";
    public const string ProfileCodeFormat = "Le code d'un profil s'écrit en minuscules, chiffres et tirets (par exemple etat-civil).";
    public const string ProfileLabelNeeded = "Indiquez le libellé du profil (100 caractères au plus).";
    public static string UnknownScope(string entry) => $"« {entry} » n'est ni une thématique ni une démarche du catalogue.";
    public const string ScopeNeeded = "Un profil couvre au moins une thématique ou une démarche.";

    public const string DossierNotFound = "Aucun dossier de votre périmètre ne porte ce numéro.";
    public const string DocumentNotFound = "Ce dossier n'a pas de document portant cet identifiant.";
    public const string DossierClosed = "Ce dossier est clos : seules une note interne et un message à l'usager restent possibles.";
    public const string DossierChanged = "Le dossier a changé entre-temps (un collègue ou une action automatique l'a fait avancer) : rouvrez-le pour voir son état.";
    public static string ActionNotAvailable(string action, string step) => $"L'action {action} n'est pas possible pour vous à l'étape « {step} ».";
    public static string UnknownExit(string step) => $"L'étape {step} n'est pas une issue de rejet de cette démarche.";
    public const string UnknownAgent = "Aucun agent de votre commune ne porte cet identifiant.";
    public static string AssigneeOutOfRemit(string name) => $"{name} ne traite pas cette démarche : le dossier ne peut pas lui être confié.";
    public const string Unassigned = "personne (dossier remis dans la file commune)";
    public static string SelectionTooLarge(int max) => $"Une sélection compte au plus {max} dossiers.";
    public static string TextNeeded(int max) => $"Le texte est vide ou dépasse {max} caractères.";
    public const string FormerAgent = "ancien agent";
    public const string PlatformActor = "traitement automatique";
    public const string CitizenActor = "l'usager";

    public static string CorrectionMail(string request) =>
        $"La mairie vous demande de compléter ou de corriger votre demande :\n\n{request}\n\nRépondez depuis votre espace citoyen, rubrique « Mes dossiers en cours » (un dossier déposé sans compte s'y ajoute avec son numéro et son code de suivi). Le traitement reprend dès votre réponse.";
    public static string RejectionMail(string reason) => $"Votre demande ne peut pas aboutir, pour la raison suivante :\n\n{reason}";
}
