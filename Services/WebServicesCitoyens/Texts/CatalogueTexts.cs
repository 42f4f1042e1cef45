namespace WebServicesCitoyens.Texts;

/// <summary>The French names of the catalogue's themes and of the states of an offer.</summary>
public static class CatalogueTexts
{
    /// <summary>Every theme of the catalogue (DESIGN.md), in the order the catalogue shows them.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Themes =
    [
        ("etat-civil", "État civil"),
        ("population", "Population"),
        ("elections", "Élections"),
        ("urbanisme", "Urbanisme"),
        ("aide-sociale", "Aide sociale"),
        ("vie-quotidienne", "Vie quotidienne"),
        ("vie-scolaire", "Vie scolaire"),
        ("vie-culturelle", "Vie culturelle et associative"),
    ];

    public static string? ThemeLabel(string code) => Themes.FirstOrDefault(t => t.Code == code).Label;

    public const string StateOnline = "En ligne";
    public const string StateTest = "En test";
    public const string KeywordLabel = "Mots-clés";
    public const string ProcedureCodeLabel = "Code de la démarche";
    public const string CommuneQueryLabel = "Nom, code postal ou code INSEE";
    public static string UnknownProcedure(string code) =>
        $"Le champ « {ProcedureCodeLabel} » (ProcedureCode) : la démarche « {code} » n'existe pas dans le catalogue.";
}
