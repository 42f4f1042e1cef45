using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Soap;

/// <summary>The catalogue service at /services/Catalogue.svc; requests reach it valid against Wsdl/Catalogue.xsd.</summary>
public sealed class CatalogueService(CatalogueQueries queries, SubmissionService submissions, Feedback.DossierRatings ratings,
    Communes.CommuneStore communes) : ICatalogueService
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

    public async Task<DossierRating> RateDossierAsync(string DossierNumber, string TrackingCode, int Rating, string? Comment = null,
        bool? Malfunction = null, string? MalfunctionDescription = null)
    {
        // A wrong code answers exactly like an unknown number (the tracking page's refusal).
        var dossier = await submissions.TrackedAsync(DossierNumber, TrackingCode);
        var rating = await ratings.RateAsync(dossier, new Feedback.RatingInput(Rating, Comment, Malfunction ?? false, MalfunctionDescription));
        return Feedback.FeedbackMapping.Rating(rating, (await communes.FindAsync(dossier.CommuneCode))!);
    }
}
