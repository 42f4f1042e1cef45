namespace WebServicesCitoyens.Texts;

/// <summary>French texts of the Open311 GeoReport v2 endpoint: its errors, notices and attribute descriptions.</summary>
public static class Open311Texts
{
    public const string Group = "Voirie et espace public";

    public static string ServiceNotice(string communeName) =>
        $"Signalement transmis aux services municipaux ({communeName}). Le numéro de dossier (service_request_id) permet d'en suivre le traitement. "
        + "La description et le lieu du signalement sont publics ; vos coordonnées ne sont jamais publiées.";

    public const string FormatUnknown = "Format inconnu : utilisez .xml ou .json.";
    public const string ResourceUnknown = "Ressource Open311 inconnue.";
    public const string JurisdictionMissing = "Le paramètre jurisdiction_id (code INSEE de la commune) est obligatoire.";
    public static string JurisdictionUnknown(string code) =>
        $"La collectivité « {code} » (jurisdiction_id) n'utilise pas la plateforme pour les signalements Open311.";
    public const string ServiceCodeMissing = "Le paramètre service_code est obligatoire.";
    public static string ServiceUnknown(string code) =>
        $"Le service « {code} » (service_code) n'est pas proposé par cette collectivité.";
    public const string RequestNotFound = "Aucun signalement ne correspond à ce numéro pour cette collectivité.";
    public const string LocationMissing = "Indiquez le lieu du signalement : lat et long, ou address_string.";
    public const string LatLongPair = "La latitude (lat) et la longitude (long) s'indiquent ensemble.";
    public static string AttributeUnknown(string code) => $"L'attribut « {code} » n'existe pas pour ce service.";
    public static string DateInvalid(string parameter) =>
        $"Le paramètre {parameter} doit être une date et heure ISO 8601 (par exemple 2026-11-24T10:00:00Z).";
    public const string StatusInvalid = "Le paramètre status vaut open ou closed.";
    public static string IdempotencyKeyInvalid(int maxLength) =>
        $"L'en-tête Idempotency-Key contient de 1 à {maxLength} caractères parmi les lettres sans accent, les chiffres et . _ : -.";
    public static string IdempotencyKeyReused(string key) =>
        $"La clé « {key} » a déjà servi pour un autre signalement auprès de cette collectivité : "
        + "renvoyez le même signalement pour retrouver son numéro, ou utilisez une nouvelle clé pour un nouveau signalement.";
    public const string FormUnreadable = "Le corps de la requête doit être encodé en application/x-www-form-urlencoded, 128 Kio au plus.";

    /// <summary>The address written when a report gives only a position.</summary>
    public static string PositionOnly(string latitude, string longitude) => $"Position GPS {latitude}, {longitude}";

    public const string DateDescription = "Date au format AAAA-MM-JJ.";
    public const string TimeDescription = "Heure au format HH:MM.";
    public const string BooleanYes = "Oui";
    public const string BooleanNo = "Non";

    /// <summary>One refusal as an Open311 error: the Open311 parameter, then the platform's French message naming the field.</summary>
    public static string Refusal(string parameter, string message) => $"{parameter} : {message}";
}
