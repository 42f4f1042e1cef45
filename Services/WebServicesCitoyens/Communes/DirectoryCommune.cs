namespace WebServicesCitoyens.Communes;

/// <summary>A commune of the national directory, as imported.</summary>
public sealed record DirectoryCommune(
    string Code, string Type, string Name, string? Department, string? Region, long? Population,
    string? ParentCode, IReadOnlyList<string> PostalCodes);

/// <summary>The kinds of commune the directory keeps (types of the INSEE code officiel géographique).</summary>
public static class DirectoryCommuneTypes
{
    public const string Current = "commune-actuelle";
    public const string MunicipalArrondissement = "arrondissement-municipal";
    public const string Delegated = "commune-deleguee";

    public static readonly IReadOnlySet<string> Kept = new HashSet<string> { Current, MunicipalArrondissement, Delegated };
}
