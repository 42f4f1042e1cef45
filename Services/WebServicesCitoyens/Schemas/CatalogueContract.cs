using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Schemas.ServiceContract;

namespace WebServicesCitoyens.Schemas;

/// <summary>
/// The catalogue service's published contract: its XSD (catalogue.xsd, embedded) and the WSDL around
/// it, committed as Wsdl/Catalogue.xsd and Wsdl/Catalogue.wsdl, and the elements its validator explains.
/// </summary>
public static class CatalogueContract
{
    public const string EndpointPath = "/services/Catalogue.svc";

    public static readonly WsdlService Service = new(
        "CatalogueService", ContractNamespaces.Catalogue, "CatalogueService",
        ["GetThemes", "GetCommuneCatalogue", "GetProcedure", "SearchProcedures", "SearchCommunes", "RateDossier"],
        "Catalogue des démarches de Web Services Citoyens : thèmes, démarches d'une commune, description d'une démarche, recherche. Documentation : /docs",
        " Generated from Services/WebServicesCitoyens/Schemas/catalogue.xsd by the host's generate-contracts command. Do not edit. ",
        EndpointPath);

    public static readonly ServiceContract Contract = new("Catalogue", Service, "catalogue.xsd", Operations());

    /// <summary>The operations and their parameters, with the French labels fault messages use.</summary>
    private static IReadOnlyList<ContractElement> Operations()
    {
        var communeCode = Param("CommuneCode", ValidationTexts.CommuneCodeLabel, true, FieldType.CommuneCode);
        return
        [
            Operation("GetThemes"),
            Operation("GetCommuneCatalogue", communeCode, Param("PreviewKey", ValidationTexts.PreviewKeyLabel, false, FieldType.Text, 100)),
            Operation("GetProcedure", Param("ProcedureCode", CatalogueTexts.ProcedureCodeLabel, true, FieldType.Text, 100, "[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*")),
            Operation("SearchProcedures", Param("Keywords", CatalogueTexts.KeywordLabel, true, FieldType.Text, 200),
                Param("CommuneCode", ValidationTexts.CommuneCodeLabel, false, FieldType.CommuneCode)),
            Operation("SearchCommunes", Param("Query", CatalogueTexts.CommuneQueryLabel, true, FieldType.Text, 100)),
            Operation("RateDossier", [Param("DossierNumber", ValidationTexts.DossierNumberLabel, true, FieldType.Text, 20),
                Param("TrackingCode", ValidationTexts.TrackingCodeLabel, true, FieldType.Text, 64), .. RatingParameters()]),
        ];
    }
}
