using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Feedback;

/// <summary>
/// What anyone reports from the public observatory (seed 004: « signaler des dysfonctionnements ou des
/// oublis »): a missing procedure or a malfunction, for a commune that uses the platform and optionally
/// a procedure of the catalogue. No account, no name, no address is asked or kept; the page guards
/// against robots (a honeypot field) before calling this.
/// </summary>
public sealed class PublicReports(FeedbackStore store, CommuneStore communes, ProcedureCatalogue catalogue, TimeProvider clock)
{
    public const int MaxText = FeedbackTexts.MaxComment;

    public async Task<FeedbackRecord> ReportAsync(string? kind, string? communeCode, string? procedureCode, string? text)
    {
        var errors = new List<ValidationError>();
        if (kind is null || !FeedbackKinds.Reports.Contains(kind)) errors.Add(new("nature", FeedbackTexts.ReportKindUnknown));
        var commune = string.IsNullOrWhiteSpace(communeCode) ? null : await communes.FindAsync(communeCode.Trim());
        if (commune is null) errors.Add(new("commune", FeedbackTexts.ReportCommuneUnknown));
        var procedure = string.IsNullOrWhiteSpace(procedureCode) ? null : procedureCode.Trim();
        if (procedure is not null && catalogue.Find(procedure) is null) errors.Add(new("demarche", FeedbackTexts.ReportProcedureUnknown));
        var report = DossierRatings.Text(text);
        if (report is null or { Length: > MaxText }) errors.Add(new("texte", FeedbackTexts.ReportTextNeeded(MaxText)));
        if (errors.Count > 0) throw new RequestValidationException(errors);
        var feedback = new FeedbackRecord(AccountTokens.NewId(), kind!, commune!.Code, procedure, null, null, report, 0, null, 0,
            Timestamps.ToText(clock.GetUtcNow()), null, null, null);
        await store.InsertAsync(feedback);
        return feedback;
    }
}
