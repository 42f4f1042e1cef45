namespace WebServicesCitoyens.Texts;

/// <summary>French texts of Flux.svc (the communes' software) and of the administration of its clients.</summary>
public static class FluxTexts
{
    // ------------------------------------------------------------------ parameter labels (faults name them)
    public const string ClientIdLabel = "Identifiant du client";
    public const string SecretLabel = "Secret du client";
    public const string ClientNameLabel = "Nom du logiciel";
    public const string ScopeLabel = "Démarches lues (thématiques ou codes)";
    public const string AfterLabel = "Curseur";
    public const string MaxLabel = "Nombre de dossiers au plus";
    public const string VendorReferenceLabel = "Référence de l'éditeur";
    public const string StepCodeLabel = "Étape atteinte";
    public const string MessageLabel = "Message à l'usager";
    public const string CloseLabel = "Clôturer le dossier";
    public const string RejectReasonLabel = "Motif du rejet";
    public const string CallbackUrlLabel = "Adresse de rappel";

    public const int MaxPull = 100;
    public const int MaxName = 100;
    public const int MaxReference = 100;

    // ------------------------------------------------------------------ refusals
    /// <summary>Unknown, revoked or rotated-away credentials: one answer, so that none of them can be told apart.</summary>
    public const string UnknownClient = "Identifiant ou secret du client inconnu.";
    public const string NotAllowed = "La gestion des logiciels des services est réservée aux administrateurs de la commune.";
    public const string UnknownClientOfCommune = "Aucun logiciel de la commune ne porte cet identifiant.";
    public const string AfterFormat = "Le curseur (After) est le nombre rendu par l'appel précédent : un entier positif ou nul.";
    public static string MaxRange => $"Le nombre de dossiers (Max) va de 1 à {MaxPull}.";
    public const string NameNeeded = "Le nom du logiciel compte de 1 à 100 caractères.";
    public const string ReferenceNeeded = "La référence de l'éditeur compte de 1 à 100 caractères.";
    public const string OneChange =
        "Indiquez exactement un changement : une étape atteinte (StepCode), un message (Message), la clôture (Close) ou un rejet motivé (RejectReason).";
    public static string UnknownStep(string code) =>
        $"« {code} » n'est pas une étape de cette démarche où l'éditeur peut placer le dossier (un rejet passe par RejectReason).";
    public const string CallbackFormat =
        "L'adresse de rappel (CallbackUrl) est une adresse https absolue, sans identifiant ni mot de passe.";
    public const string CallbackFormatWithLoopback =
        "L'adresse de rappel (CallbackUrl) est une adresse https absolue, sans identifiant ni mot de passe (ou http vers 127.0.0.1, ::1 ou localhost, "
        + "que cette plateforme d'essai accepte).";
    public static string CallbackForbidden(System.Net.IPAddress address) =>
        $"L'adresse de rappel (CallbackUrl) mène à {address}, une adresse interne à un réseau (boucle locale, réseau privé, lien local, multidiffusion…) : "
        + "les rappels ne partent que vers une adresse publique.";
    public const string CallbackNeedsNewSecret =
        "L'adresse de rappel (CallbackUrl) n'est acceptée qu'une fois le secret du client renouvelé par la commune : "
        + "les rappels sont signés avec le secret, que la plateforme ne garde que pour les clients enregistrés ou renouvelés depuis cette version.";
    public const string FormAlreadyUsed = "Ce formulaire a déjà servi : rechargez la page pour enregistrer un autre logiciel.";

    // ------------------------------------------------------------------ webhook delivery log (read by the commune's administrators)
    public static string CallbackRefusedAtSend(string host, string address) =>
        $"Envoi refusé : {host} mène à {address}, une adresse interne à un réseau ; les rappels ne partent que vers une adresse publique.";
    public const string CallbackSchemeRefusedAtSend =
        "Envoi refusé : l'adresse de rappel n'est pas en https (déclarez-la de nouveau en https).";

    // ------------------------------------------------------------------ how histories name a vendor client
    public static string VendorActor(string name) => $"logiciel « {name} »";
    public const string FormerVendor = "ancien logiciel";
}
