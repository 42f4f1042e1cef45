namespace WebServicesCitoyens.Texts;

/// <summary>What the statistics call things, for the agents' pages, the CSV exports and the observatory.</summary>
public static class StatisticsTexts
{
    public static string ApplicantKind(string kind) => kind switch
    {
        Statistics.ApplicantKinds.Association => "Associations",
        Statistics.ApplicantKinds.Business => "Entreprises et professionnels",
        Statistics.ApplicantKinds.Partner => "Partenaires (notaires, administrations)",
        _ => "Particuliers",
    };

    public static string Channel(string channel) => channel switch
    {
        "Web" => "Formulaire en ligne",
        "Soap" => "Site de la commune ou logiciel (service web)",
        "Counter" => BackOfficePageTexts.ChannelCounter,
        "Phone" => BackOfficePageTexts.ChannelPhone,
        "Open311" => BackOfficePageTexts.ChannelOpen311,
        _ => channel,
    };

    public static string PendingReason(string reason) => reason switch
    {
        Statistics.PendingReasons.Citizen => "En attente de l'usager",
        Statistics.PendingReasons.Overdue => "En retard sur le délai annoncé",
        _ => "En attente d'un agent",
    };

    public static string AgeBand(string band) => band switch
    {
        "0-7" => "Moins d'une semaine",
        "8-30" => "De 8 à 30 jours",
        "31-90" => "De 31 à 90 jours",
        _ => "Plus de 90 jours",
    };

    public const string WholeDossier = "Du dépôt à la clôture";
    public const string Platform = "Traitements automatiques";
    public const string FormerAgent = "Ancien agent";

    public const string FromMonthLabel = "Mois de début";
    public const string ToMonthLabel = "Mois de fin";
    /// <summary>What follows « Délai habituel : » on a form (the 90th percentile of the last months' closings).</summary>
    public static string ExpectedDelay(int days, int months) =>
        $"9 demandes sur 10 traitées en {days} jour{(days > 1 ? "s" : "")} ou moins (sur les {MonthsInWords(months)} derniers mois)";

    private static string MonthsInWords(int months) => months switch
    {
        2 => "deux", 3 => "trois", 4 => "quatre", 6 => "six", 12 => "douze",
        _ => months.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A month as GetStatistics takes it (back-office.xsd's type Mois).</summary>
    public const string MonthPattern = "[0-9]{4}-[0-9]{2}";
    public const string MonthFormat = "Le mois s'écrit AAAA-MM, par exemple 2026-11.";
    public const string MonthsInOrder = "Le mois de fin ne peut précéder le mois de début.";
    public static string PeriodTooLong(int months) => $"La période ne peut dépasser {months} mois.";
}
