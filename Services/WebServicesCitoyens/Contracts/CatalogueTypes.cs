using System.Xml.Serialization;

namespace WebServicesCitoyens.Contracts;

// The results of the catalogue service, mirrored by Schemas/catalogue.xsd.

/// <summary>A theme of the catalogue and how many procedures it holds.</summary>
[XmlType(Namespace = ContractNamespaces.Catalogue)]
public sealed class Theme
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Label { get; set; } = "";
    [XmlElement(Order = 3)] public int ProcedureCount { get; set; }
}

/// <summary>A procedure of the catalogue, with its addresses; for a commune, also the state of its offer and its form's address.</summary>
[XmlType(Namespace = ContractNamespaces.Catalogue)]
public sealed class CatalogueProcedure
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Theme { get; set; } = "";
    [XmlElement(Order = 3)] public string ThemeLabel { get; set; } = "";
    [XmlElement(Order = 4)] public string Title { get; set; } = "";
    [XmlElement(Order = 5)] public string Summary { get; set; } = "";
    /// <summary>Online or Test; absent outside a commune's catalogue.</summary>
    [XmlElement(Order = 6)] public string? State { get; set; }
    /// <summary>Where a citizen fills the form: the hosted page, or a Redirect commune's own page.</summary>
    [XmlElement(Order = 7)] public string? FormUrl { get; set; }
    [XmlElement(Order = 8)] public string ServiceUrl { get; set; } = "";
    [XmlElement(Order = 9)] public string DocumentationUrl { get; set; } = "";
}

/// <summary>A commune as the catalogue presents it: identity, profile and branding.</summary>
[XmlType(Namespace = ContractNamespaces.Catalogue)]
public sealed class CatalogueCommune
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Name { get; set; } = "";
    /// <summary>Redirect, HostedForms or BackOffice.</summary>
    [XmlElement(Order = 3)] public string Profile { get; set; } = "";
    [XmlElement(Order = 4)] public string PrimaryColor { get; set; } = "";
    [XmlElement(Order = 5)] public string SecondaryColor { get; set; } = "";
    [XmlElement(Order = 6)] public string? LogoUrl { get; set; }
    [XmlElement(Order = 7)] public string? WebsiteUrl { get; set; }
    [XmlElement(Order = 8)] public string? HeaderText { get; set; }
}

/// <summary>What a commune offers, theme by theme (procedures in theme order, then by title).</summary>
[XmlType(Namespace = ContractNamespaces.Catalogue)]
public sealed class CommuneCatalogue
{
    [XmlElement(Order = 1)] public CatalogueCommune Commune { get; set; } = new();
    [XmlArray(Order = 2), XmlArrayItem("Theme")] public Theme[] Themes { get; set; } = [];
    [XmlArray(Order = 3), XmlArrayItem("Procedure")] public CatalogueProcedure[] Procedures { get; set; } = [];
}

/// <summary>One procedure in full: what it is for, who may ask, how it is processed, the steps a citizen sees.</summary>
[XmlType(Namespace = ContractNamespaces.Catalogue)]
public sealed class ProcedureDescription
{
    [XmlElement(Order = 1)] public CatalogueProcedure Procedure { get; set; } = new();
    [XmlElement(Order = 2)] public int Version { get; set; }
    [XmlElement(Order = 3)] public string Purpose { get; set; } = "";
    [XmlElement(Order = 4)] public string WhoMayAsk { get; set; } = "";
    [XmlElement(Order = 5)] public string Processing { get; set; } = "";
    [XmlElement(Order = 6)] public string WsdlUrl { get; set; } = "";
    [XmlArray(Order = 7), XmlArrayItem("Step")] public string[] Steps { get; set; } = [];
}

/// <summary>A commune of the directory, and whether it uses the platform.</summary>
[XmlType(Namespace = ContractNamespaces.Catalogue)]
public sealed class CommuneMatch
{
    [XmlElement(Order = 1)] public string Code { get; set; } = "";
    [XmlElement(Order = 2)] public string Name { get; set; } = "";
    /// <summary>commune-actuelle, arrondissement-municipal or commune-deleguee.</summary>
    [XmlElement(Order = 3)] public string Type { get; set; } = "";
    [XmlElement(Order = 4)] public string? Department { get; set; }
    [XmlElement(Order = 5)] public string? PostalCode { get; set; }
    [XmlElement(Order = 6)] public long Population { get; set; }
    [XmlElement(Order = 7)] public bool UsesPlatform { get; set; }
}

/// <summary>
/// A dossier's rating by its citizen (seed 004), as RateDossier answers it: the note, the comment and
/// the malfunction reported, and once the commune answered, its answer signed by the commune (never an agent).
/// </summary>
[XmlType(Namespace = ContractNamespaces.Catalogue)]
public sealed class DossierRating
{
    [XmlElement(Order = 1)] public string DossierNumber { get; set; } = "";
    [XmlElement(Order = 2)] public string ProcedureCode { get; set; } = "";
    /// <summary>1 (very dissatisfied) to 5 (very satisfied).</summary>
    [XmlElement(Order = 3)] public int Rating { get; set; }
    [XmlElement(Order = 4)] public string? Comment { get; set; }
    [XmlElement(Order = 5)] public bool Malfunction { get; set; }
    [XmlElement(Order = 6)] public string? MalfunctionDescription { get; set; }
    [XmlElement(Order = 7)] public DateTime RatedAtLocal { get; set; }
    [XmlElement(Order = 8)] public string? Answer { get; set; }
    /// <summary>Who answered: the commune (« Réponse de la mairie d'Orléans »).</summary>
    [XmlElement(Order = 9)] public string? AnsweredBy { get; set; }
    [XmlElement(Order = 10)] public DateTime AnsweredAtLocal { get; set; }
    [XmlIgnore] public bool AnsweredAtLocalSpecified { get; set; }
}
