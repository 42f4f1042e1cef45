namespace WebServicesCitoyens.Feedback;

/// <summary>The kinds of feedback: a dossier's rating by its citizen, and the reports of the public observatory.</summary>
public static class FeedbackKinds
{
    /// <summary>A closed dossier rated by its citizen (1 to 5), with an optional comment and malfunction.</summary>
    public const string Rating = "Rating";
    /// <summary>A malfunction reported from the observatory, for a commune and optionally a procedure.</summary>
    public const string Malfunction = "Malfunction";
    /// <summary>A procedure a citizen misses in a commune's catalogue.</summary>
    public const string MissingProcedure = "MissingProcedure";

    public static readonly IReadOnlyList<string> All = [Rating, Malfunction, MissingProcedure];

    /// <summary>The kinds anyone may report from the observatory (a rating needs the dossier).</summary>
    public static readonly IReadOnlyList<string> Reports = [Malfunction, MissingProcedure];
}

/// <summary>One piece of feedback as stored (migration 0012_feedback.sql).</summary>
public sealed record FeedbackRecord(
    string Id, string Kind, string CommuneCode, string? ProcedureCode, string? DossierNumber, long? Rating, string? Comment,
    long Malfunction, string? MalfunctionDescription, long IsTest, string CreatedAt, string? Answer, string? AnsweredAt, string? AnsweredBy)
{
    public bool HasMalfunction => Malfunction == 1;
    public bool Test => IsTest == 1;
}

/// <summary>What a citizen gives when rating a closed dossier.</summary>
public sealed record RatingInput(int Rating, string? Comment, bool Malfunction, string? MalfunctionDescription);
