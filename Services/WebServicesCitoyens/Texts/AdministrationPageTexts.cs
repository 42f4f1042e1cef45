using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Texts;

/// <summary>
/// French texts of the administrators' pages under /gestion/administration that the page documents
/// carry (administration.xsl writes the fixed labels of its forms itself): names of states, triggers
/// and field types, confirmations after a change, and the refusals of the pages' own inputs.
/// </summary>
public static class AdministrationPageTexts
{
    public const string UnknownPage = "Aucune page de la gestion ne se trouve à cette adresse.";
    public const string ChooseCommune = "Indiquez le code INSEE de la commune à administrer.";

    // ------------------------------------------------------------------ names of what the pages show

    public static string StateLabel(string state) => state switch
    {
        ConfigurationStates.Draft => "Brouillon",
        ConfigurationStates.Test => "En test",
        ConfigurationStates.Online => "En ligne",
        ConfigurationStates.Retired => "Retirée",
        _ => state,
    };

    public static string OfferLabel(OfferState? offer) => offer switch
    {
        OfferState.Online => "Proposée en ligne",
        OfferState.Test => "Proposée en test (clé d'aperçu)",
        _ => "Non proposée",
    };

    /// <summary>How an action runs, as the tree of seed 002 says it: « manuelle », « à l'entrée », « après un délai de 15 jours ».</summary>
    public static string TriggerLabel(ActionTrigger trigger, TimeSpan? delay) => trigger switch
    {
        ActionTrigger.OnEnter => "à l'entrée dans l'étape",
        ActionTrigger.AfterDelay when delay is { } d => $"après un délai de {DelayLabel(d)}",
        ActionTrigger.AfterDelay => "après un délai",
        _ => "manuelle",
    };

    public static string DelayLabel(TimeSpan delay) =>
        delay.Ticks % TimeSpan.TicksPerDay == 0 ? Count((int)delay.TotalDays, "jour")
        : delay.Ticks % TimeSpan.TicksPerHour == 0 ? Count((int)delay.TotalHours, "heure")
        : Count((int)Math.Ceiling(delay.TotalMinutes), "minute");

    public static string FieldTypeLabel(FieldType type) => type switch
    {
        FieldType.Text => "Texte court",
        FieldType.FreeText => "Texte long",
        FieldType.Date => "Date",
        FieldType.Integer => "Nombre entier",
        FieldType.Boolean => "Case à cocher (oui ou non)",
        FieldType.Enum => "Liste de choix",
        FieldType.Email => "Adresse électronique",
        FieldType.Phone => "Téléphone",
        FieldType.Attachment => "Pièce jointe",
        _ => ContractCompatibility.TypeName(type),
    };

    public static string RoleLabel(AgentRole role) => role switch
    {
        AgentRole.Administrator => "Administrateur ou administratrice",
        AgentRole.Operator => "Exploitant de la plateforme",
        _ => "Agent",
    };

    public const string AnyAgent = "tout agent qui traite la démarche";
    public const string CatalogueVersion = "la définition du catalogue national";

    // ------------------------------------------------------------------ confirmations after a change (PRG: ?fait=…)

    public static string Done(string operation, long? draft, long? test, long? online) => operation switch
    {
        "brouillon" => $"Le brouillon (version {draft}) est créé : modifiez-le ci-dessous, puis passez-le en test.",
        "etape-ajouter" => "L'étape est ajoutée au brouillon, reliée au processus.",
        "etape-modifier" => "Les libellés de l'étape sont modifiés.",
        "etape-supprimer" => "L'étape est supprimée ; les actions qui y menaient mènent à l'étape qui la suivait.",
        "action-ajouter" => "L'action est ajoutée à l'étape.",
        "action-modifier" => "L'action est modifiée.",
        "action-supprimer" => "L'action est supprimée.",
        "acteur-enregistrer" => "L'acteur est enregistré avec ses profils.",
        "acteur-supprimer" => "L'acteur est supprimé.",
        "champ-ajouter" => "Le champ est ajouté au formulaire de la commune.",
        "champ-modifier" => "Le champ est modifié.",
        "champ-monter" or "champ-descendre" => "Le champ est déplacé.",
        "champ-supprimer" => "Le champ est supprimé du formulaire.",
        "message-enregistrer" => "Le message est enregistré.",
        "message-supprimer" => "Le message est supprimé : le texte par défaut de la plateforme s'applique.",
        "document-enregistrer" => "Le document est enregistré.",
        "document-supprimer" => "Le document est supprimé.",
        "import" => $"La définition importée est le brouillon (version {draft}).",
        "test" => $"La version {test} est en test : seule la clé d'aperçu de la commune l'ouvre, et ses dossiers sont des dossiers de test.",
        "en-ligne" => $"La version {online} est en ligne : les nouveaux dossiers sont déposés avec elle.",
        "abandonner" => "Le brouillon est abandonné.",
        _ => "",
    };

    /// <summary>The confirmation of a setting changed on the list page (<c>?fait=</c>).</summary>
    public static string SettingsDone(string operation) => operation switch
    {
        DelaysOperation => "Le réglage des délais de traitement est enregistré.",
        CertificateOperation => "Le certificat et l'adresse de transmission sont enregistrés : les dossiers partent chiffrés pour ce certificat.",
        _ => "",
    };

    // ------------------------------------------------------------------ the commune's delays

    /// <summary>The operation the list page's delays form posts.</summary>
    public const string DelaysOperation = "delais-publics";
    public const string DelaysHeading = "Délais de traitement";

    public static string DelaysState(bool delaysPublic) => delaysPublic
        ? "Les délais de traitement de la commune sont publics : l'observatoire des démarches les publie, et le formulaire de chaque démarche affiche son « Délai habituel » (9 demandes sur 10 traitées en N jours ou moins, sur les trois derniers mois) dès que la commune en a clos au moins 5 sur cette période."
        : "Les délais de traitement de la commune ne sont pas publiés : ni l'observatoire des démarches ni les formulaires ne les affichent.";

    public static string DelaysButton(bool delaysPublic) => delaysPublic ? "Ne plus publier les délais" : "Publier les délais";

    public const string DelaysChoiceUnknown = "Choisissez de publier les délais (oui) ou non (non).";

    // ------------------------------------------------------------------ transmission of dossiers (HostedForms communes)

    /// <summary>The operation the list page's certificate form posts.</summary>
    public const string CertificateOperation = "certificat";
    public const string ReceptionHeading = "Transmission des dossiers (communes HostedForms)";
    public const string NoCertificate = "Aucun certificat : les dossiers de la commune attendent qu'un certificat et une adresse soient enregistrés.";
    public const int MaxCertificateBytes = 64 * 1024;
    public static string CertificateTooLarge => $"Le fichier dépasse {MaxCertificateBytes / 1024} Kio : ce n'est pas un certificat.";
    public const string CertificateNeeded = "Choisissez le fichier du certificat (PEM ou DER).";

    public static string PeopleDone(string operation) => operation switch
    {
        "profil" => "Le profil est enregistré.",
        "agent" => "Le compte est créé : communiquez le mot de passe à son titulaire, qui pourra se connecter à la gestion des dossiers.",
        "desactiver" => "Le compte est désactivé : il ne peut plus se connecter, son historique est conservé.",
        _ => "",
    };

    // ------------------------------------------------------------------ refusals of the pages' own inputs

    public const string UnknownOperation = "Cette opération n'existe pas : utilisez les boutons de la page.";
    public static string DefinitionTooLarge(int maxBytes) => $"Le fichier dépasse {maxBytes / 1024} Kio : il est refusé.";
    public const string DefinitionNeeded = "Collez la définition (XML) ou choisissez un fichier.";
    public const string DefinitionNotUtf8 = "Le fichier n'est pas un texte UTF-8 : enregistrez la définition en UTF-8.";
    public const string DelayFormat = "Le délai s'écrit en nombre entier de jours (de 1 à 3650), ou en durée ISO 8601 (par exemple PT12H).";
    public const string DelayNeeded = "Une action « après un délai » a un délai ; les autres n'en ont pas.";
    public const string OptionFormat = "Écrivez une valeur possible par ligne, sous la forme CODE = Libellé (par exemple EN_MAIRIE = Retrait en mairie).";
    public static string UnknownRole(string role) => $"« {role} » n'est pas un rôle : Agent ou administrateur.";
    public const string PostTooLarge = "Le formulaire envoyé est trop volumineux.";

    private static string Count(int n, string unit) => $"{n} {unit}{(n > 1 ? "s" : "")}";
}
