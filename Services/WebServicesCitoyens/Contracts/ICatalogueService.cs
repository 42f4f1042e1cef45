using System.ServiceModel;

namespace WebServicesCitoyens.Contracts;

/// <summary>
/// The catalogue, at <c>/services/Catalogue.svc</c> (WSDL and XSD under <c>Wsdl/</c>): the themes,
/// the procedures a commune offers with their state, one procedure's description, a keyword search
/// over the procedures and the commune directory's search, for an autocomplete.
/// </summary>
[ServiceContract(Name = "CatalogueService", Namespace = ContractNamespaces.Catalogue)]
[XmlSerializerFormat]
public interface ICatalogueService
{
    /// <summary>The themes of the catalogue, in display order, with their number of procedures.</summary>
    [OperationContract(Name = "GetThemes")]
    Task<Theme[]> GetThemesAsync();

    /// <summary>
    /// What a commune offers: its profile, branding and procedures with their state. Procedures in Test
    /// are listed only with the commune's <paramref name="PreviewKey"/>.
    /// </summary>
    [OperationContract(Name = "GetCommuneCatalogue")]
    Task<CommuneCatalogue> GetCommuneCatalogueAsync(string CommuneCode, string? PreviewKey = null);

    /// <summary>One procedure of the catalogue in full.</summary>
    [OperationContract(Name = "GetProcedure")]
    Task<ProcedureDescription> GetProcedureAsync(string ProcedureCode);

    /// <summary>
    /// The procedures whose title, summary, purpose or theme hold every word of <paramref name="Keywords"/>
    /// (accents and case ignored); with <paramref name="CommuneCode"/>, only those the commune offers online.
    /// </summary>
    [OperationContract(Name = "SearchProcedures")]
    Task<CatalogueProcedure[]> SearchProceduresAsync(string Keywords, string? CommuneCode = null);

    /// <summary>Communes of the directory by name ("st etienne"), postal code or INSEE code, most populated first.</summary>
    [OperationContract(Name = "SearchCommunes")]
    Task<CommuneMatch[]> SearchCommunesAsync(string Query);

    /// <summary>
    /// The citizen rates a closed dossier, proved by its number and tracking code (what the tracking page
    /// and a commune's own site have): 1 to 5, an optional comment, optionally a malfunction with its
    /// description. One rating per dossier, ever; an open dossier is refused; a wrong code answers like
    /// an unknown number. A test dossier's rating is kept but never published.
    /// </summary>
    [OperationContract(Name = "RateDossier")]
    Task<DossierRating> RateDossierAsync(string DossierNumber, string TrackingCode, int Rating, string? Comment = null, bool? Malfunction = null,
        string? MalfunctionDescription = null);
}
