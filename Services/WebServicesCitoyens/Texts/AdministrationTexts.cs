using WebServicesCitoyens.Notifications;

namespace WebServicesCitoyens.Texts;

/// <summary>
/// French texts of the administration of procedures (seed 002 §4.1): refusals of the versions, of the
/// structured edits and of the check a version must pass; commune administrators read them.
/// </summary>
public static class AdministrationTexts
{
    // ------------------------------------------------------------------ access and versions
    public const string ConfigurationNotFound = "Aucune démarche de votre périmètre ne porte ce code pour cette commune.";
    public const string CommuneNotFound = "Aucune commune de votre périmètre ne porte ce code.";
    public static string VersionNotFound(long version) => $"Cette démarche n'a pas de version {version} dans la commune.";
    public const string NoDraft = "Cette démarche n'a pas de brouillon : modifiez-la ou importez une définition pour en créer un.";
    public const string NoTestVersion = "Cette démarche n'a pas de version en test : publiez d'abord le brouillon en test, essayez-le avec la clé d'aperçu, puis mettez-le en ligne.";
    public const string DraftChanged = "Le brouillon a changé entre-temps (un collègue l'a modifié ou publié) : rechargez-le.";
    public const string NotYourself = "Vous ne pouvez pas désactiver votre propre compte.";

    // ------------------------------------------------------------------ the document
    public static string DocumentTooLarge(int maxBytes) => $"La définition dépasse {maxBytes / 1024} Kio : elle est refusée.";
    public const string DoctypeRefused = "La définition contient une déclaration DOCTYPE (DTD, entités) : elle est refusée.";
    public static string Malformed(int line, int position) => $"La définition n'est pas un document XML bien formé (ligne {line}, position {position}).";
    public static string NotADefinition(string ns) =>
        $"Le document n'est pas une définition de démarche : son élément racine doit être « procedure » dans l'espace de noms {ns}.";
    public static string SchemaProblem(int line, string name, string detail) =>
        $"Ligne {line} : « {name} » ne respecte pas le schéma des définitions de démarche (procedure-definition.xsd). Détail technique : {detail}";
    public static string Refused(string detail) => $"La définition est refusée par le catalogue. Détail technique : {detail}";

    // ------------------------------------------------------------------ the national contract
    public static string KeepAttribute(string attribute, string value) =>
        $"L'attribut {attribute} de la démarche doit rester « {value} » : le contrat SOAP de la démarche est national.";
    public static string RequiredItemRemoved(string label, string path) =>
        $"Le champ « {label} » ({path}) est obligatoire dans le catalogue : il ne peut pas être supprimé, le contrat SOAP de la démarche l'exige.";
    public static string ItemRemoved(string label, string path) =>
        $"Le champ « {label} » ({path}) du catalogue ne peut pas être supprimé : masquez-le (hidden=\"true\"), il reste dans le contrat SOAP.";
    public static string GroupChanged(string label, string path) =>
        $"Le groupe « {label} » ({path}) garde son caractère obligatoire, ses occurrences et son rôle : seuls son libellé, son aide et l'ordre de ses champs changent.";
    public static string KindChanged(string label, string path) => $"« {label} » ({path}) doit rester un champ ou un groupe, comme dans le catalogue.";
    public static string GroupAdded(string label, string path) =>
        $"Le groupe « {label} » ({path}) n'existe pas dans le catalogue : une commune ajoute des champs, pas des groupes.";
    public static string FieldNotInCatalogue(string label, string path) =>
        $"Le champ « {label} » ({path}) n'existe pas dans le catalogue : un champ propre à la commune porte l'attribut commune=\"true\".";
    public static string CatalogueFieldMarkedCommune(string label, string path) =>
        $"Le champ « {label} » ({path}) est un champ du catalogue : l'attribut commune=\"true\" est réservé aux champs ajoutés par la commune.";
    public static string TypeChanged(string label, string path, string type) =>
        $"Le champ « {label} » ({path}) garde son type {type} : le contrat SOAP de la démarche est national.";
    public static string StaysRequired(string label, string path) => $"Le champ « {label} » ({path}) est obligatoire dans le catalogue : il le reste.";
    public static string HiddenRequired(string label, string path) => $"Le champ « {label} » ({path}) est obligatoire : il ne peut pas être masqué.";
    public static string HiddenConditional(string label, string path) =>
        $"Le champ « {label} » ({path}) est obligatoire pour certaines réponses : il ne peut pas être masqué.";
    public static string AcceptOnlyForAttachments(string name) =>
        $"Le champ {name} : les attributs accept et maxSizeKb sont réservés aux pièces justificatives (type attachment).";
    public static string ConstraintsChanged(string label, string path) =>
        $"Le champ « {label} » ({path}) garde les règles du catalogue (longueur, format, bornes, valeurs possibles, conditions) : seuls son libellé, son aide, son caractère obligatoire et sa place changent.";
    public static string PathTwice(string path) => $"Deux champs ou groupes portent le même chemin {path}.";

    // ------------------------------------------------------------------ the commune's own fields
    public static string TooManyCommuneFields(int max) => $"Une démarche compte au plus {max} champs propres à la commune.";
    public static string CommuneFieldNameTwice(string name) =>
        $"Deux champs propres à la commune s'appellent {name} : leur nom est le code de leur réponse (complementsCommune), il est unique.";
    public static string CommuneFieldType(string label, string path, string types) =>
        $"Le champ « {label} » ({path}) de la commune doit être d'un type simple : {types}.";
    public static string CommuneFieldRules(string label, string path) =>
        $"Le champ « {label} » ({path}) de la commune n'a pas d'autre règle que son caractère obligatoire, sa longueur et ses valeurs possibles.";
    public static string CommuneFieldTooLong(string label, string path, int max) => $"Le champ « {label} » ({path}) de la commune compte {max} caractères au plus.";
    public static string CommuneFieldHidden(string label, string path) =>
        $"Le champ « {label} » ({path}) est propre à la commune : supprimez-le plutôt que de le masquer.";
    public static string CommuneFieldRepeated(string label, string path) =>
        $"Le champ « {label} » ({path}) de la commune ne peut pas être dans un groupe répété.";
    public static string OptionsOnlyForChoices(string label, string path) =>
        $"Le champ « {label} » ({path}) : une liste de choix (enum) a des valeurs possibles, et seule elle en a.";

    // ------------------------------------------------------------------ the process
    public static string FirstStepIsExit(string step) => $"La première étape « {step} », où commence chaque dossier, ne peut pas être une issue de rejet.";
    public const string NoClosingStep = "Aucune étape finale (qui ne soit pas une issue de rejet) ne clôt le dossier.";
    public static string UnknownActorProfile(string actor, string profile) =>
        $"L'acteur « {actor} » est rattaché au profil {profile}, que la commune n'a pas.";
    public static string MessageProblem(NotificationEvent notification, string? step, string problem) =>
        $"Le message « {EventLabel(notification)} »{(step is null ? "" : $" de l'étape {step}")} : {problem}";
    public static string MessageTwice(NotificationEvent notification, string? step) =>
        $"Le message « {EventLabel(notification)} »{(step is null ? "" : $" de l'étape {step}")} est donné deux fois.";
    public static string DocumentTitle(string code, int max) =>
        $"Le document {code} : son titre tient sur une ligne de {max} caractères au plus, sans variable.";
    public static string DocumentBody(string code, int max) => $"Le document {code} : son texte compte {max} caractères au plus.";
    public static string DocumentPlaceholder(string code, string name, IEnumerable<string> known) =>
        $"Le document {code} contient {{{name}}}, qui n'est pas une variable connue ({string.Join(", ", known.Select(k => "{" + k + "}"))}, {{champ:chemin.du.champ}} pour un champ).";
    public static string DocumentField(string code, string path) =>
        $"Le document {code} cite le champ {path}, qui n'est pas un champ du formulaire de la démarche (les champs propres à la commune n'y sont pas repris).";

    public static string EventLabel(NotificationEvent notification) => notification switch
    {
        NotificationEvent.Submitted => "accusé de réception",
        NotificationEvent.StepReached => "étape atteinte",
        _ => "message d'un agent",
    };

    // ------------------------------------------------------------------ the structured edits
    public static string CodeFormat(string code, string rule) => $"« {code} » n'est pas un code valide : {rule}";
    public const string StepCodeRule = "une majuscule, puis des majuscules, chiffres ou soulignés (40 caractères au plus), par exemple VERIFICATION_PIECES.";
    public const string LowerCodeRule = "une minuscule, puis des minuscules, chiffres ou tirets (40 caractères au plus), par exemple etat-civil.";
    public const string FieldNameRule = "une minuscule, puis des lettres ou des chiffres (40 caractères au plus), par exemple lieuRetrait.";
    public const string OptionValueRule = "des majuscules, chiffres ou soulignés (40 caractères au plus), par exemple EN_MAIRIE.";
    public static string LabelLength(int max) => $"Le libellé est vide ou dépasse {max} caractères.";
    public static string HelpLength(int max) => $"L'aide dépasse {max} caractères.";
    public const string TextNeeded = "Le texte est vide.";
    public static string UnknownStep(string code) => $"La démarche n'a pas d'étape {code}.";
    public static string StepExists(string code) => $"La démarche a déjà une étape {code}.";
    public static string AddAfterFinal(string step) =>
        $"Aucune étape ne peut suivre « {step} » : c'est une étape finale, ou aucune étape (autre qu'une issue de rejet) ne vient après elle.";
    public const string FirstStepStays = "La première étape, où commence chaque dossier, ne peut pas être supprimée.";
    public static string NowhereToRelink(string step) =>
        $"L'étape « {step} » ne mène nulle part : les actions qui y conduisent ne peuvent pas être reportées sur une étape suivante.";
    public static string UnknownAction(string code) => $"La démarche n'a pas d'action {code}.";
    public static string ActionExists(string code) => $"La démarche a déjà une action {code}.";
    public const string LastAction = "La démarche garde au moins une action.";
    public static string UnknownTrigger(string trigger) => $"« {trigger} » n'est pas un déclenchement : manual (bouton de l'agent), onEnter (à l'entrée dans l'étape) ou afterDelay (après un délai).";
    public static string BadDelay(string delay) => $"« {delay} » n'est pas un délai ISO 8601 (par exemple P15D pour 15 jours, PT12H pour 12 heures).";
    public static string UnknownActor(string code) => $"La démarche n'a pas d'acteur {code}.";
    public static string ActorInUse(string code, string action) => $"L'acteur {code} est chargé de l'action {action} : retirez-le d'abord de l'action.";
    public static string UnknownDocument(string code) => $"La démarche n'a pas de document {code}.";
    public static string DocumentInUse(string code, string action) => $"Le document {code} est produit par l'action {action} : retirez-le d'abord de l'action.";
    public const string SubjectAndBody = "Un message a un objet et un texte : donnez les deux, ou aucun.";
    public static string UnknownFieldType(string type, IEnumerable<string> allowed) =>
        $"« {type} » n'est pas un type de champ possible pour la commune ({string.Join(", ", allowed)}).";
    public static string FieldNameTaken(string name) => $"Le nom {name} est déjà pris (par un champ du groupe ou un autre champ de la commune).";
    public const string OptionsOnlyForChoicesInput = "Une liste de choix (enum) a au moins une valeur possible, et seule elle en a.";
    public static string OptionTwice(string value) => $"La valeur {value} est donnée deux fois.";
    public static string UnknownItem(string path) => $"Le formulaire n'a pas de champ ou de groupe {path}.";
    public static string NotAField(string path) => $"{path} est un groupe : seul un champ peut être masqué.";
    public static string NotAGroup(string path) => $"{path} n'est pas un groupe du formulaire.";
    public static string RepeatedGroup(string path) => $"Le groupe {path} est répété : un champ de la commune ne peut pas y être ajouté.";
    public static string AlreadyFirst(string path) => $"{path} est déjà le premier de son groupe.";
    public static string AlreadyLast(string path) => $"{path} est déjà le dernier de son groupe.";
    public static string UnknownDirection(string direction) => $"« {direction} » n'est pas un sens : up (vers le haut) ou down (vers le bas).";
    public static string CatalogueItemStays(string path) =>
        $"{path} est obligatoire dans le catalogue (ou est un groupe) : il fait partie du contrat SOAP de la démarche et ne peut pas être supprimé.";
    public static string HideInstead(string path) => $"{path} est un champ du catalogue : il ne peut pas être supprimé, mais il peut être masqué.";
    public static string UnknownEvent(string name) => $"« {name} » n'est pas un événement : submitted (accusé de réception), stepReached (étape atteinte) ou agentMessage (message d'un agent).";
    public const string NoSuchMessage = "La version n'a pas de message pour cet événement et cette étape.";

    // ------------------------------------------------------------------ the service's parameters (fault messages name them)
    public const string ProcedureCodeLabel = "Code de la démarche";
    public const string VersionLabel = "Version";
    public const string DefinitionXmlLabel = "Définition de la démarche (XML)";
    public const string AfterLabel = "Après";
    public const string CodeLabel = "Code";
    public const string AgentLabelLabel = "Libellé pour les agents";
    public const string CitizenLabelLabel = "Libellé pour l'usager";
    public const string StepCodeLabel = "Étape";
    public const string LabelLabel = "Libellé";
    public const string ToLabel = "Étape suivante";
    public const string TriggerLabel = "Déclenchement";
    public const string DelayLabel = "Délai";
    public const string ActorLabel = "Acteur";
    public const string DocumentLabel = "Document";
    public const string MessageSubjectLabel = "Objet du message";
    public const string MessageBodyLabel = "Texte du message";
    public const string ProfilesLabel = "Profils";
    public const string GroupPathLabel = "Groupe";
    public const string NameLabel = "Nom du champ";
    public const string TypeLabel = "Type";
    public const string RequiredLabel = "Obligatoire";
    public const string HelpLabel = "Aide";
    public const string OptionsLabel = "Valeurs possibles";
    public const string OptionValueLabel = "Valeur";
    public const string PathLabel = "Champ";
    public const string HiddenLabel = "Masqué";
    public const string DelaysPublicLabel = "Délais publics";
    public const string DirectionLabel = "Sens";
    public const string EventLabelParameter = "Événement";
    public const string SubjectLabel = "Objet";
    public const string BodyLabel = "Texte";
    public const string TitleLabel = "Titre";
    public const string ScopeLabel = "Thématiques ou démarches traitées";
    public const string DisplayNameLabel = "Nom affiché";
    public const string RoleLabel = "Rôle";
    public const string AgentIdLabel = "Identifiant de l'agent";
    public static string UnknownRole(string role) => $"« {role} » n'est pas un rôle d'agent de commune : Agent ou Administrator.";
}
