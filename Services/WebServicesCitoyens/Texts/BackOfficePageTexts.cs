using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Texts;

/// <summary>
/// French texts of the agents' pages under /gestion that the page documents carry (backoffice.xsl
/// writes the fixed labels of its forms itself): titles of the message pages, confirmations after a
/// change, the names of states, channels and history entries, and the refusals of the filter form.
/// </summary>
public static class BackOfficePageTexts
{
    public const string NotFoundTitle = "Dossier introuvable";
    public const string DocumentNotFoundTitle = "Document introuvable";
    public const string RefusedTitle = "Demande refusée";
    public const string LoggedOut = "Vous êtes déconnecté(e) de la gestion des dossiers.";
    public const string SessionEnded = "Votre session a pris fin : connectez-vous de nouveau.";

    // ------------------------------------------------------------------ confirmations after a change (PRG: ?fait=…)

    public static string ActionDone(string actionLabel, string stepLabel) =>
        $"Action « {actionLabel} » effectuée. Étape en cours : « {stepLabel} ».";
    public const string NoteAdded = "La note interne est ajoutée à l'historique ; l'usager ne la voit pas.";
    public const string MessageSent = "Le message est envoyé à l'usager : il le lit dans son espace et le reçoit par courriel.";
    public const string CorrectionRequested = "La demande de correction est envoyée à l'usager ; le dossier attend sa réponse.";
    public static string Rejected(string exitLabel) => $"Le dossier est rejeté (« {exitLabel} ») ; l'usager en reçoit le motif.";
    public const string Closed = "Le dossier est clos.";
    public static string Assigned(string? agentName) => agentName is null
        ? "Le dossier n'est plus attribué : il retourne dans la file commune."
        : $"Le dossier est confié à {agentName}.";
    public static string BulkDone(int done, int total) =>
        $"{done} dossier{(done > 1 ? "s" : "")} traité{(done > 1 ? "s" : "")} sur {total} sélectionné{(total > 1 ? "s" : "")}.";
    public static string TakenOver(int done, string colleague) => done == 0
        ? $"{colleague} n'a aucun dossier en cours de votre périmètre."
        : $"{done} dossier{(done > 1 ? "s" : "")} de {colleague} vous {(done > 1 ? "sont" : "est")} désormais attribué{(done > 1 ? "s" : "")}.";
    public const string BulkOk = "Fait";
    public static string BulkRefused(string reason) => $"Refusé : {reason}";

    // ------------------------------------------------------------------ refusals of the pages' forms

    public static string StalePage(string stepLabel) =>
        $"Rien n'a été fait : la page affichait une étape dépassée, le dossier a changé entre-temps (un collègue ou une action automatique l'a fait avancer). Il est maintenant à l'étape « {stepLabel} ».";
    public const string SelectionEmpty = "Cochez au moins un dossier de la liste.";
    public const string BulkOperationUnknown = "Choisissez ce qu'il faut faire des dossiers cochés.";
    public const string ActionCodeNeeded = "Choisissez l'action à effectuer sur les dossiers cochés.";
    public const string ColleagueNeeded = "Choisissez le collègue dont vous reprenez les dossiers.";
    public const string UnknownProcedureFilter = "Cette démarche n'est pas de votre périmètre : choisissez-en une de la liste.";
    public const string UnknownStepFilter = "Cette étape n'existe pas dans vos démarches : choisissez-en une de la liste.";
    public const string UnknownStateFilter = "Choisissez un état de la liste.";
    public const string AgeFilter = "L'ancienneté s'écrit en nombre entier de jours, de 0 à 3650.";
    public const string PageFilter = "Le numéro de page est un nombre entier à partir de 1.";
    public const string PageSizeFilter = "Le nombre de dossiers par page est compris entre 1 et 100.";
    public const string SortFilter = "Ce tri n'existe pas : choisissez une colonne de la liste.";

    // ------------------------------------------------------------------ names of what the pages show

    public static string StateLabel(string state) => state switch
    {
        DossierStates.Open => "En cours",
        DossierStates.AwaitingCitizen => "En attente de l'usager",
        DossierStates.Closed => "Clos",
        _ => state,
    };

    public static string ChannelLabel(string channel) => channel switch
    {
        nameof(Channel.Web) => "Formulaire en ligne",
        nameof(Channel.Soap) => "Service web (site de la commune ou logiciel)",
        nameof(Channel.Counter) => ChannelCounter,
        nameof(Channel.Phone) => ChannelPhone,
        nameof(Channel.Open311) => ChannelOpen311,
        _ => channel,
    };

    /// <summary>What an entry of the history is, as agents read it.</summary>
    public static string EventKindLabel(string kind) => kind switch
    {
        DossierEventKinds.Submitted => "Demande déposée",
        DossierEventKinds.StepReached => "Passage à l'étape",
        DossierEventKinds.DocumentAttached => "Pièce jointe par l'usager",
        DossierEventKinds.MessageToCitizen => "Message à l'usager",
        DossierEventKinds.ActionPerformed => "Action effectuée",
        DossierEventKinds.NoteAdded => "Note interne",
        DossierEventKinds.CorrectionRequested => "Correction demandée à l'usager",
        DossierEventKinds.CorrectionAnswered => "Réponse de l'usager",
        DossierEventKinds.Rejected => "Rejet",
        DossierEventKinds.Assigned => "Attribution",
        DossierEventKinds.DocumentGenerated => "Document produit",
        DossierEventKinds.ReceivedByCommune => HostedFormsTexts.ReceivedByCommune,
        _ => kind,
    };

    /// <summary>Who may read an entry of the history: said in words, never by a colour alone.</summary>
    public static string Visibility(string kind, bool visibleToCitizen) =>
        kind == DossierEventKinds.NoteAdded ? "note interne, non visible par l'usager"
        : visibleToCitizen ? "visible par l'usager"
        : "non visible par l'usager";

    public static string Overdue(int expectedDays) => $"Oui : délai annoncé de {expectedDays} jours dépassé";
    public static string NotOverdue(int expectedDays) => $"Non (délai annoncé : {expectedDays} jours)";
    public static string DossierCount(long count) => $"{count} dossier{(count > 1 ? "s" : "")}";
    /// <summary>The count stopped at the limit (the archives of a large commune).</summary>
    public static string MoreDossiersThan(long count) =>
        $"Plus de {count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} dossiers : affinez le filtre pour les compter";
    public static string PageOf(int page, int pages) => $"Page {page} sur {pages}";
    /// <summary>The page of a list whose count stopped at the limit: the number of pages is not known.</summary>
    public static string PageOfUncounted(int page) => $"Page {page}";
    public const string Nobody = "Personne";

    // ------------------------------------------------------------------ a request entered for a citizen (/gestion/saisie)

    public const string ChannelCounter = "Au guichet";
    public const string ChannelOpen311 = "Application de signalement (Open311)";
    public const string ChannelPhone = "Par téléphone";
    public const string ProcedureNotFoundTitle = "Démarche introuvable";
    public const string ProcedureUnavailableTitle = "Démarche indisponible";
    public const string ChannelNeeded = "Indiquez si la demande est faite au guichet ou par téléphone.";
    public static string Filed(string procedureTitle, string channel) =>
        $"La demande « {procedureTitle} » est enregistrée ({ChannelLabel(channel).ToLowerInvariant()}).";
    public const string Platform = "Web Services Citoyens";

    // A request addressed to another commune from the counter form.
    public static string FiledForCommune(string procedureTitle, string commune, string number) =>
        $"La demande « {procedureTitle} » est adressée à la mairie de {commune} : dossier N° {number}.";
}
