using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>The catalogue service at /services/Catalogue.svc; requests reach it valid against Wsdl/Catalogue.xsd.</summary>
public sealed class CatalogueService(CatalogueQueries queries) : ICatalogueService
{
    public Task<Theme[]> GetThemesAsync() => Task.FromResult(queries.Themes());

    public async Task<CommuneCatalogue> GetCommuneCatalogueAsync(string CommuneCode, string? PreviewKey = null) =>
        await queries.CommuneCatalogueAsync(CommuneCode, PreviewKey)
        ?? throw new RequestValidationException([new ValidationError("CommuneCode", DossierTexts.UnknownCommune(CommuneCode))]);

    public Task<ProcedureDescription> GetProcedureAsync(string ProcedureCode) =>
        Task.FromResult(queries.Procedure(ProcedureCode)
            ?? throw new RequestValidationException([new ValidationError("ProcedureCode", CatalogueTexts.UnknownProcedure(ProcedureCode))]));

    public Task<CatalogueProcedure[]> SearchProceduresAsync(string Keywords, string? CommuneCode = null) =>
        queries.SearchAsync(Keywords, CommuneCode);

    public Task<CommuneMatch[]> SearchCommunesAsync(string Query) => queries.SearchCommunesAsync(Query);
}
