using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Contracts.Configuration;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Feedback;

/// <summary>Feedback as each contract carries it: times in the commune's time, the answer signed by the commune.</summary>
public static class FeedbackMapping
{
    public static DossierRating Rating(FeedbackRecord feedback, Commune commune) => new()
    {
        DossierNumber = feedback.DossierNumber ?? "",
        ProcedureCode = feedback.ProcedureCode ?? "",
        Rating = (int)(feedback.Rating ?? 0),
        Comment = feedback.Comment,
        Malfunction = feedback.HasMalfunction,
        MalfunctionDescription = feedback.MalfunctionDescription,
        RatedAtLocal = Local(commune, feedback.CreatedAt),
        Answer = feedback.Answer,
        AnsweredBy = feedback.Answer is null ? null : FeedbackTexts.AnsweredBy(commune.Name),
        AnsweredAtLocal = feedback.AnsweredAt is { } at ? Local(commune, at) : default,
        AnsweredAtLocalSpecified = feedback.AnsweredAt is not null,
    };

    public static CitizenRating CitizenRating(FeedbackRecord feedback, Commune? commune) => new()
    {
        Rating = (int)(feedback.Rating ?? 0),
        Comment = feedback.Comment,
        Malfunction = feedback.HasMalfunction,
        MalfunctionDescription = feedback.MalfunctionDescription,
        RatedAtLocal = Local(commune, feedback.CreatedAt),
        Answer = feedback.Answer,
        AnsweredBy = feedback.Answer is null || commune is null ? null : FeedbackTexts.AnsweredBy(commune.Name),
        AnsweredAtLocal = feedback.AnsweredAt is { } at ? Local(commune, at) : default,
        AnsweredAtLocalSpecified = feedback.AnsweredAt is not null,
    };

    public static FeedbackEntry Entry(FeedbackRecord feedback, Commune? commune, string? procedureTitle) => new()
    {
        FeedbackId = feedback.Id,
        Kind = feedback.Kind,
        ProcedureCode = feedback.ProcedureCode,
        ProcedureTitle = procedureTitle,
        DossierNumber = feedback.DossierNumber,
        Rating = (int)(feedback.Rating ?? 0),
        RatingSpecified = feedback.Rating is not null,
        Comment = feedback.Comment,
        Malfunction = feedback.HasMalfunction,
        MalfunctionDescription = feedback.MalfunctionDescription,
        IsTest = feedback.Test,
        CreatedAtLocal = Local(commune, feedback.CreatedAt),
        Answer = feedback.Answer,
        AnsweredAtLocal = feedback.AnsweredAt is { } at ? Local(commune, at) : default,
        AnsweredAtLocalSpecified = feedback.AnsweredAt is not null,
    };

    private static DateTime Local(Commune? commune, string at) => Accounts.CitizenDossiers.Local(commune, at);
}
