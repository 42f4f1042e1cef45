using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Feedback;

/// <summary>
/// A citizen rates a closed dossier of theirs (seed 004): 1 to 5, an optional comment, and optionally
/// a malfunction with its description. One rating per dossier, ever (the store's unique key); an open
/// dossier is refused; a test dossier's rating is kept (the commune tries the flow) but never counted
/// nor shown publicly. Whoever proves the dossier — its account, or its tracking code — may rate it;
/// the caller checks that proof first, so that someone else's dossier answers like an unknown one.
/// </summary>
public sealed class DossierRatings(FeedbackStore store, SubmissionService submissions, TimeProvider clock)
{
    public async Task<FeedbackRecord> RateAsync(DossierRecord dossier, RatingInput input)
    {
        // The state as the citizen sees it: a dossier whose step is final is closed, whatever moved it there.
        if (!(await submissions.StatusAsync(dossier)).Closed) throw Refused("DossierNumber", FeedbackTexts.DossierOpen);
        if (await store.OfDossierAsync(dossier.Number) is not null) throw Refused("DossierNumber", FeedbackTexts.AlreadyRated);
        var feedback = new FeedbackRecord(AccountTokens.NewId(), FeedbackKinds.Rating, dossier.CommuneCode, dossier.ProcedureCode, dossier.Number,
            Check(input), Text(input.Comment), input.Malfunction ? 1 : 0, Text(input.MalfunctionDescription), dossier.TestMode,
            Timestamps.ToText(clock.GetUtcNow()), null, null, null);
        if (!await store.TryInsertAsync(feedback)) throw Refused("DossierNumber", FeedbackTexts.AlreadyRated);
        return feedback;
    }

    public Task<FeedbackRecord?> OfDossierAsync(string dossierNumber) => store.OfDossierAsync(dossierNumber);

    /// <summary>The rating, checked: every problem at once, each naming its parameter.</summary>
    private static int Check(RatingInput input)
    {
        var errors = new List<ValidationError>();
        if (input.Rating is < 1 or > 5) errors.Add(new("Rating", FeedbackTexts.RatingRange));
        if (Text(input.Comment) is { Length: > FeedbackTexts.MaxComment }) errors.Add(new("Comment", FeedbackTexts.CommentTooLong(FeedbackTexts.MaxComment)));
        var description = Text(input.MalfunctionDescription);
        if (input.Malfunction && description is null or { Length: > FeedbackTexts.MaxComment })
            errors.Add(new("MalfunctionDescription", FeedbackTexts.MalfunctionDescriptionNeeded(FeedbackTexts.MaxComment)));
        if (!input.Malfunction && description is not null) errors.Add(new("MalfunctionDescription", FeedbackTexts.MalfunctionDescriptionWithoutFlag));
        return errors.Count == 0 ? input.Rating : throw new RequestValidationException(errors);
    }

    /// <summary>A text as kept: line breaks as one character each (browsers send CR LF), trimmed, null when blank.</summary>
    internal static string? Text(string? value) => value?.Replace("\r\n", "\n").Trim() is { Length: > 0 } text ? text : null;

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
