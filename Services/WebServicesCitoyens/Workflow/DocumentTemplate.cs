using System.Text.RegularExpressions;
using WebServicesCitoyens.Notifications;

namespace WebServicesCitoyens.Workflow;

/// <summary>
/// A document the commune's back office generates for a dossier at a step of its workflow — a cover
/// letter « Lettre d'accompagnement », a « Certificat d'inscription » — printed by
/// <see cref="Rendering.LetterPdf"/>. <see cref="Code"/> names it (<c>[a-z][a-z0-9-]*</c>),
/// <see cref="Title"/> is its French title on one line, <see cref="Body"/> its French text, paragraphs
/// separated by blank lines, with placeholders written as in the mails (<see cref="MessageTemplate"/>).
/// </summary>
public sealed partial record DocumentTemplate(string Code, string Title, string Body)
{
    /// <summary>What starts the placeholder of a request field: {champ:personne.nom}.</summary>
    public const string FieldPrefix = "champ:";
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 20000;

    /// <summary>
    /// The named placeholders, with what they become: a mail's, without {message} (a letter carries no
    /// agent message) and {lien} (a tracking address is no use on paper), and with {demandeur}.
    /// Besides, {champ:&lt;path&gt;} is the value of a request field.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Placeholders = MessageTemplate.Placeholders
        .Where(p => p.Key is not ("message" or "lien"))
        .Append(new("demandeur", "the applicant's name"))
        .ToDictionary();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*\z")]
    private static partial Regex CodePattern();

    /// <summary>A field's dotted path, as the definitions write it: personne.nom.</summary>
    [GeneratedRegex(@"^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*\z")]
    private static partial Regex FieldPathPattern();

    /// <summary>
    /// The names between braces that are not placeholders, e.g. a typo such as {numéro}. A {champ:…}
    /// with a well-formed path is a placeholder here: whether the procedure has that field is for the
    /// caller, who knows the procedure (see <see cref="FieldPaths"/>).
    /// </summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string text) =>
        PlaceholderSyntax.Unknown(text, name => Placeholders.ContainsKey(name) || FieldPath(name) is not null);

    /// <summary>The paths of the {champ:…} placeholders in <paramref name="text"/>, each once, for the caller to check against the form.</summary>
    public static IReadOnlyList<string> FieldPaths(string text) => PlaceholderSyntax.Pattern().Matches(text)
        .Select(m => FieldPath(m.Groups[1].Value)).OfType<string>().Distinct().ToList();

    /// <summary>
    /// The body with its placeholders filled and its line breaks as "\n". A named placeholder takes its
    /// value from <paramref name="values"/>, and stays as written when none is given (so that a missing
    /// value shows instead of leaving a gap); {champ:path} takes <paramref name="fieldValue"/>(path),
    /// empty when it returns null (a field the applicant left blank is not in the request).
    /// </summary>
    public string RenderBody(IReadOnlyDictionary<string, string> values, Func<string, string?> fieldValue) =>
        PlaceholderSyntax.Pattern().Replace(Body.ReplaceLineEndings("\n"), m =>
        {
            var name = m.Groups[1].Value;
            if (FieldPath(name) is { } path) return (fieldValue(path) ?? "").ReplaceLineEndings("\n");
            return Placeholders.ContainsKey(name) && values.TryGetValue(name, out var value) ? value.ReplaceLineEndings("\n") : m.Value;
        });

    /// <summary>What is wrong with this template, for whoever loads it to report: code, title, body, placeholders.</summary>
    public IEnumerable<string> Problems()
    {
        if (!CodePattern().IsMatch(Code))
            yield return $"document '{Code}': the code needs a lower-case letter then lower-case letters, digits or dashes.";
        if (Title.Length == 0 || Title.Length > MaxTitleLength || Title != MessageTemplate.OneLine(Title))
            yield return $"document '{Code}': the title needs 1 to {MaxTitleLength} characters on one line, without leading, trailing or double spaces.";
        if (PlaceholderSyntax.Pattern().IsMatch(Title))
            yield return $"document '{Code}': the title is printed as written; placeholders go in the body.";
        if (Body.Trim().Length == 0 || Body.Length > MaxBodyLength)
            yield return $"document '{Code}': the body needs 1 to {MaxBodyLength} characters.";
        foreach (var name in UnknownPlaceholders(Body))
            yield return $"document '{Code}': {{{name}}} is not a placeholder "
                + $"({string.Join(", ", Placeholders.Keys.Select(k => "{" + k + "}"))}, {{{FieldPrefix}personne.nom}} for a field).";
    }

    /// <summary>The field path a {champ:…} name gives, or null when it is not one.</summary>
    private static string? FieldPath(string name) =>
        name.StartsWith(FieldPrefix, StringComparison.Ordinal) && FieldPathPattern().IsMatch(name[FieldPrefix.Length..])
            ? name[FieldPrefix.Length..] : null;
}
