namespace WebServicesCitoyens.Texts;

/// <summary>
/// French texts of the agents' statistics page and of its CSV exports (statistics.xsl writes the page's
/// fixed headings itself). The CSV column names are stable: spreadsheets and scripts read them.
/// </summary>
public static class StatisticsPageTexts
{
    public const string Title = "Statistiques";
    public const string NotAvailableTitle = "Statistiques introuvables";
    public const string NotAvailable =
        "Les statistiques sont celles d'une commune : ce compte n'est rattaché à aucune commune. Connectez-vous avec un compte d'agent ou d'administrateur de la commune.";
    public const string TableNotFoundTitle = "Tableau introuvable";
    public const string TableNotFound = "Ce tableau de statistiques n'existe pas : utilisez les liens « Télécharger (CSV) » de la page des statistiques.";

    /// <summary>The decimal separator of delays in the CSV files (French spreadsheets).</summary>
    public const string DecimalComma = ",";

    // ------------------------------------------------------------------ CSV columns

    public const string CodeColumn = "Code";
    public const string ApplicantColumn = "Demandeur";
    public const string ThemeColumn = "Thématique";
    public const string ProcedureColumn = "Démarche";
    public const string ChannelColumn = "Canal";
    public const string ServiceColumn = "Service";
    public const string AgentColumn = "Agent";
    public const string DayColumn = "Jour";
    public const string WeekColumn = "Semaine";
    public const string MonthColumn = "Mois";
    public const string ProcedureCodeColumn = "Code démarche";
    public const string StepCodeColumn = "Code étape";
    public const string StepColumn = "Étape";

    public static readonly IReadOnlyList<string> CountColumns = ["Déposés", "Clos", "Rejetés"];
    public static readonly IReadOnlyList<string> PeriodColumns = ["Déposés", "Clos"];
    public static readonly IReadOnlyList<string> DelayColumns = ["Dossiers", "Moyenne (jours)", "Médiane (jours)", "90e centile (jours)"];
    public static readonly IReadOnlyList<string> PendingColumns =
        [ProcedureCodeColumn, ProcedureColumn, StepCodeColumn, StepColumn, "Code motif", "Motif", "Code ancienneté", "Ancienneté", "Dossiers"];

    /// <summary>The name of a downloaded file: statistiques-{table}-{du}-{au}.csv.</summary>
    public static string FileName(string table, string fromMonth, string toMonth) => $"statistiques-{table}-{fromMonth}-{toMonth}.csv";
}
