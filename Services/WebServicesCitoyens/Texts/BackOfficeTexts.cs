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

    // Filing a request for a citizen (at the counter, on the phone).
    public const string ProcedureNotInRemit = "Aucune démarche de votre périmètre ne porte ce code.";
    public static string ProcedureNotOfferedHere(string title) =>
        $"Votre commune ne propose pas la démarche « {title} » en ligne : elle ne peut pas être saisie pour un usager.";
    public static string RegisterHeldElsewhere(string label, string path, string holder) =>
        $"{ValidationTexts.Field(label, path)} : l'acte est détenu par la mairie de {holder} ; la demande ne peut être saisie que par elle.";

    // Labels of the back office service's parameters, for its faults.
    public const string FilterLabel = "Filtre de la file";
    public const string StepCodeLabel = "Code de l'étape";
    public const string StateLabel = "État du dossier";
    public const string OlderThanDaysLabel = "Déposé depuis plus de (jours)";
    public const string OverdueOnlyLabel = "En retard seulement";
    public const string AssignedToMeLabel = "Mes dossiers seulement";
    public const string UnassignedOnlyLabel = "Dossiers non attribués seulement";
    public const string TestDossiersLabel = "Dossiers de test";
    public const string SortLabel = "Tri";
    public const string DescendingLabel = "Ordre décroissant";
    public const string PageLabel = "Page";
    public const string PageSizeLabel = "Dossiers par page";
    public const string ActionCodeLabel = "Code de l'action";
    public const string ExpectedStepLabel = "Étape attendue";
    public const string TextLabel = "Texte";
    public const string ReasonLabel = "Motif du rejet";
    public const string ExitStepLabel = "Étape de rejet";
    public const string DossierNumbersLabel = "Dossiers sélectionnés";
    public const string AgentIdLabel = "Identifiant de l'agent";
    public const string ColleagueIdLabel = "Identifiant du collègue";
    public const string DocumentIdLabel = "Identifiant du document";
    public const string ChannelLabel = "Canal de dépôt";

    public static string CorrectionMail(string request) =>
        $"La mairie vous demande de compléter ou de corriger votre demande :\n\n{request}\n\nRépondez depuis votre espace citoyen, rubrique « Mes dossiers en cours » (un dossier déposé sans compte s'y ajoute avec son numéro et son code de suivi). Le traitement reprend dès votre réponse.";
    public static string RejectionMail(string reason) => $"Votre demande ne peut pas aboutir, pour la raison suivante :\n\n{reason}";

    // Requests from one commune to another (seed 000: a town hall asking another for a civil-status act).
    public static string RequestedBy(string communeName, string agent, string applicant) =>
        $"Demandé par la mairie de {communeName} (agent : {agent}) pour {(applicant.Length > 0 ? applicant : "un usager")}";
    public const string TargetCommuneLabel = "Commune à qui la demande est adressée";
    public const string OwnCommuneRequest = "Pour votre propre commune, saisissez la demande au guichet (FileOnBehalf).";
    public static string TargetDoesNotOffer(string commune, string title) =>
        $"La commune {commune} ne reçoit pas la démarche « {title} » sur la plateforme.";
    public const string UnknownTargetCommune = "Aucune commune de la plateforme ne porte ce code.";
}
