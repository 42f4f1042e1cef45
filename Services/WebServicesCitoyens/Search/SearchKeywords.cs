using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Search;

/// <summary>
/// The keywords of a queue filter, as an agent or a program types them: 200 characters and 8 words at
/// most (each word of two characters or more is a term every dossier found must contain, as a prefix).
/// Checked where the filter comes in (the SOAP contract's Filter.Keywords, the page's control), so that
/// the refusal names what the caller typed into.
/// </summary>
public static class SearchKeywords
{
    public const int MaxLength = 200;
    public const int MaxWords = 8;

    /// <summary>The keywords' terms, or a refusal on <paramref name="path"/>; blank keywords are no keywords (no terms, no refusal).</summary>
    /// <param name="subject">What the refusal calls the keywords; by default the contract's field (« Le champ « Mots-clés » (Filter.Keywords) »).</param>
    public static (IReadOnlyList<string> Terms, ValidationError? Error) Read(string? keywords, string path, string? subject = null)
    {
        if (string.IsNullOrWhiteSpace(keywords)) return ([], null);
        subject ??= SearchTexts.KeywordsSubject(path);
        if (keywords.Length > MaxLength) return ([], new ValidationError(path, SearchTexts.KeywordsTooLong(subject, MaxLength)));
        var terms = SearchTerms.Of(keywords);
        if (terms.Count == 0) return ([], new ValidationError(path, SearchTexts.KeywordsWithoutWord(subject, SearchTerms.MinLength)));
        if (terms.Count > MaxWords) return ([], new ValidationError(path, SearchTexts.KeywordsTooMany(subject, MaxWords)));
        return (terms, null);
    }

    /// <summary>The keywords, trimmed, when they are acceptable; throws a refusal naming <paramref name="path"/> otherwise.</summary>
    public static string? Checked(string? keywords, string path)
    {
        var (_, error) = Read(keywords, path);
        if (error is not null) throw new RequestValidationException([error]);
        return string.IsNullOrWhiteSpace(keywords) ? null : keywords.Trim();
    }
}
