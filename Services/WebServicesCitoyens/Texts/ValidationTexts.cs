namespace WebServicesCitoyens.Texts;

/// <summary>
/// Every validation message a citizen, webmaster or vendor reads, in French, in one place.
/// A message always names the field by its label and by its path in the request, so a person
/// filling the form and a developer reading a SOAP fault both know what to fix.
/// </summary>
public static class ValidationTexts
{
    public static string Field(string label, string path) => $"Le champ « {label} » ({path})";

    public static string Missing(string label, string path) => $"{Field(label, path)} est obligatoire.";
    public static string EmptyOptional(string label, string path) =>
        $"{Field(label, path)} est vide : indiquez une valeur ou n'envoyez pas l'élément.";
    public static string TooLong(string label, string path, int max, int actual) =>
        $"{Field(label, path)} dépasse {max} caractères ({actual} saisis).";
    public static string BadPattern(string label, string path) => $"{Field(label, path)} n'a pas le format attendu.";
    public static string NotADate(string label, string path) =>
        $"{Field(label, path)} doit être une date valide au format AAAA-MM-JJ.";
    public static string DateBefore(string label, string path, string min) =>
        $"{Field(label, path)} ne peut pas être antérieur au {min}.";
    public static string DateAfter(string label, string path, string max) =>
        $"{Field(label, path)} ne peut pas être postérieur au {max}.";
    public static string DateInFuture(string label, string path) => $"{Field(label, path)} ne peut pas être dans le futur.";
    public static string DateInPast(string label, string path) => $"{Field(label, path)} ne peut pas être dans le passé.";
    public static string NotAnInteger(string label, string path) => $"{Field(label, path)} doit être un nombre entier.";
    public static string OutOfRange(string label, string path, string? min, string? max) => (min, max) switch
    {
        (not null, not null) => $"{Field(label, path)} doit être compris entre {min} et {max}.",
        (not null, null) => $"{Field(label, path)} doit être supérieur ou égal à {min}.",
        _ => $"{Field(label, path)} doit être inférieur ou égal à {max}.",
    };
    public static string NotAnOption(string label, string path, string value, IEnumerable<string> allowed) =>
        $"{Field(label, path)} : « {value} » n'est pas une valeur autorisée (valeurs possibles : {string.Join(", ", allowed)}).";
    public static string NotAnEmail(string label, string path) => $"{Field(label, path)} n'est pas une adresse électronique valide.";
    public static string NotAPhone(string label, string path) => $"{Field(label, path)} n'est pas un numéro de téléphone valide.";
    public static string NotACommuneCode(string label, string path) =>
        $"{Field(label, path)} doit être un code INSEE de commune à 5 caractères (par exemple 45234 ou 2A004).";
    public static string NotTheCommune(string label, string path, string communeName, string communeCode) =>
        $"{Field(label, path)} doit être celui de {communeName} ({communeCode}) : la demande est adressée à la mairie de cette commune.";
    public static string NotABoolean(string label, string path) => $"{Field(label, path)} doit valoir true ou false.";
    public static string NotADecimal(string label, string path) =>
        $"{Field(label, path)} doit être un nombre, avec un point comme séparateur décimal (par exemple 47.9025).";
    public static string NotAnAmount(string label, string path) =>
        $"{Field(label, path)} doit être un montant en euros avec deux décimales au plus, séparées par un point (par exemple 150.50).";
    public static string NotASiret(string label, string path) => $"{Field(label, path)} doit être un numéro SIRET de 14 chiffres.";
    public static string BadSiretKey(string label, string path) =>
        $"{Field(label, path)} n'est pas un numéro SIRET valide : sa clé de contrôle est fausse ; vérifiez les 14 chiffres.";
    public static string NotAnRna(string label, string path) =>
        $"{Field(label, path)} doit être un numéro RNA : la lettre W suivie de 9 chiffres (par exemple W751234567).";
    public static string NotATime(string label, string path) =>
        $"{Field(label, path)} doit être une heure au format HH:MM, sur 24 heures (par exemple 14:30).";
    public static string TimeBefore(string label, string path, string min) => $"{Field(label, path)} ne peut pas être avant {min}.";
    public static string TimeAfter(string label, string path, string max) => $"{Field(label, path)} ne peut pas être après {max}.";
    public static string SlotEndsBeforeStart(string label, string path) =>
        $"{Field(label, path)} : l'heure de fin doit être après l'heure de début.";
    public static string TimeBoundsRule(string? min, string? max) => (min, max) switch
    {
        (not null, not null) => $"Heure comprise entre {min} et {max}.",
        (not null, null) => $"Heure à partir de {min}.",
        _ => $"Heure jusqu'à {max}.",
    };
    public const string NotInFutureRule = "Ne peut pas être dans le futur (vérifié par le service).";
    public const string NotInPastRule = "Ne peut pas être dans le passé (vérifié par le service).";
    public static string TooMany(string label, string path, int max) => $"{Field(label, path)} ne peut être présent que {max} fois au plus.";
    public static string TooFew(string label, string path, int min) => $"{Field(label, path)} doit être présent au moins {min} fois.";
    public static string OnlyText(string label, string path) => $"{Field(label, path)} ne doit contenir que du texte.";
    public static string Duplicate(string label, string path) => $"{Field(label, path)} est présent plusieurs fois.";
    public static string Misplaced(string label, string path, IEnumerable<string> order) =>
        $"{Field(label, path)} n'est pas à sa place ; ordre attendu : {string.Join(", ", order)}.";
    public static string TextNotAllowed(string path) => $"L'élément « {path} » ne doit pas contenir de texte.";
    public static string Unexpected(string name, string parentPath, IEnumerable<string> expected) =>
        $"L'élément « {name} » n'est pas attendu dans « {parentPath} » (éléments attendus : {string.Join(", ", expected)}).";
    public static string UnexpectedAttribute(string name, string path) => $"L'attribut « {name} » n'est pas attendu sur « {path} ».";
    public static string WrongNamespace(string name, string actualNamespace, string expectedNamespace) =>
        $"L'élément « {name} » est dans l'espace de noms « {(actualNamespace.Length == 0 ? "aucun" : actualNamespace)} » ; "
        + $"il doit être qualifié dans l'espace de noms {expectedNamespace}.";
    public static string UnknownOperation(string name) => $"L'opération « {name} » n'existe pas dans ce service.";
    public static string NotSchemaValid(string path) => $"Le contenu de « {path} » ne respecte pas le schéma publié.";
    public static string ErrorCount(int count) => count == 1 ? "La demande contient une erreur" : $"La demande contient {count} erreurs";

    // The commune's own fields (complementsCommune).
    public const string ComplementsDocumentation =
        "Réponses aux questions propres à la commune : les champs qu'elle a ajoutés à son formulaire (marqués CommuneField dans GetForm), "
        + "un élément complement par champ, son attribut code étant le nom du champ. Vérifiées selon la version de la démarche en vigueur dans la commune.";
    public const string ComplementsLabel = "Questions de la commune";
    public const string ComplementLabel = "Réponse à une question de la commune";
    public static string BadComplementCode(string path) =>
        $"Le code du complément ({path}) doit commencer par une minuscule et ne contenir que des lettres et des chiffres (64 caractères au plus).";
    public static string UnknownComplement(string code, IEnumerable<string> known) => known.Any()
        ? $"Le complément « {code} » n'est pas une question de la commune pour cette démarche (questions : {string.Join(", ", known)})."
        : $"Le complément « {code} » n'est pas une question de la commune : elle n'en a ajouté aucune à cette démarche.";
    public static string ComplementTwice(string code) => $"Le complément « {code} » est donné plusieurs fois.";

    // Labels of the parts of the contract that are not procedure fields.
    public const string CommuneCodeLabel = "Code INSEE de la commune";
    public const string ClientRequestIdLabel = "Identifiant de requête de l'appelant";
    public const string RequestLabel = "Demande";
    public const string PreviewKeyLabel = "Clé d'aperçu";
    public const string DossierNumberLabel = "Numéro de dossier";
    public const string TrackingCodeLabel = "Code de suivi";

    /// <summary>Echo.svc's one parameter.</summary>
    public const string EchoTextLabel = "Texte à renvoyer";

    public const string AddressNumberLabel = "Numéro";
    public const string AddressStreetLabel = "Voie";
    public const string AddressComplementLabel = "Complément d'adresse";
    public const string AddressPostalCodeLabel = "Code postal";
    public const string AddressCityLabel = "Commune";
    public const string LatitudeLabel = "Latitude";
    public const string LongitudeLabel = "Longitude";
    public const string SlotDateLabel = "Date";
    public const string SlotStartLabel = "Heure de début";
    public const string SlotEndLabel = "Heure de fin";
}
