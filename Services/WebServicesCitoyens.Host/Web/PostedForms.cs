using System.Xml.Linq;
using Microsoft.AspNetCore.Http.Features;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// What the pages posting a procedure's form share — a commune's form (<see cref="FormPages"/>) and the
/// agents' counter form (<see cref="CounterFilingPages"/>): reading the post within limits, the
/// idempotency key it carries back, and every refusal of the request at once. Every public form post
/// (Open311, the rating on /suivi, the observatory's report, a hosted commune's acknowledgement) reads
/// its form through <see cref="ReadAsync"/> too, and so does every form behind a session (the account's,
/// the agents'): over the limits or not UTF-8 it is refused, never a server error.
/// </summary>
internal static class PostedForms
{
    /// <summary>Why a posted form was not read: its status (413 over the limits, 400 not UTF-8) and the French message saying so.</summary>
    public sealed record Refusal(int Status, string Message);

    private static readonly Refusal TooLarge = new(StatusCodes.Status413PayloadTooLarge, PageTexts.FormTooLarge);

    /// <summary>A 4,000-character text of accented letters is about 50 KB once URL-encoded.</summary>
    public const int MaxFormBytes = 128 * 1024;

    /// <summary>
    /// The posted form; or, with no form, why it is refused: over the limits (too large, too many values: 413),
    /// or a field that is not UTF-8 (400, naming it).
    /// </summary>
    public static async Task<(IFormCollection? Form, Refusal? Refusal)> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxFormBytes) return (null, TooLarge);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxFormBytes;
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { ValueLengthLimit = MaxFormBytes, ValueCountLimit = 200 });
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            // Too many values, a value over the limit, or a body over the limit while chunked.
            return (null, TooLarge);
        }
        return NotUtf8(form) is { } field ? (null, new Refusal(StatusCodes.Status400BadRequest, PageTexts.FormNotUtf8(field))) : (form, null);
    }

    /// <summary>
    /// The first field (its name, shortened) whose name or value was not UTF-8, or null. The reader puts U+FFFD in
    /// place of such bytes: the platform's pages post UTF-8, so a replacement character means a client sent another
    /// encoding (Latin-1…) and its text would be stored altered. Refused instead, like a SOAP body that is not UTF-8;
    /// a U+FFFD typed as such is refused too — it only ever stands for text already lost.
    /// </summary>
    private static string? NotUtf8(IFormCollection form) =>
        form.FirstOrDefault(f => f.Key.Contains('\uFFFD') || f.Value.Any(v => v?.Contains('\uFFFD') == true)).Key is { } key
            ? key.Length > 64 ? key[..64] + "…" : key
            : null;

    /// <summary>The idempotency key the form carried back (clientRequestId), when it is one a page may have written with this prefix.</summary>
    public static string? RequestId(IFormCollection form, string prefix) =>
        form["clientRequestId"].ToString() is { Length: > 0 and <= 64 } posted && posted.StartsWith(prefix, StringComparison.Ordinal)
            && posted.All(IsIdCharacter) ? posted : null;

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-';

    /// <summary>
    /// The refusals of a posted form's Submit element, all at once: the XSD's and, when it refuses, the
    /// definition's own rules on the fields it did not refuse, so that a person sees every problem in one
    /// go. Empty when the XSD accepts it: the submission then checks the rules itself — unless the page
    /// refuses something of its own anyway (<paramref name="withRules"/>: the counter form's channel).
    /// </summary>
    public static IReadOnlyList<ValidationError> Refusals(ProcedureDefinition definition, ProcedureDefinition version, Commune commune,
        XElement submit, SchemaValidator validator, bool withRules = false)
    {
        var errors = validator.Validate(submit);
        if (errors.Count == 0 && !withRules) return [];
        var request = submit.Element(submit.Name.Namespace + "Request")!;
        var today = DateOnly.FromDateTime(commune.ToLocal(DateTime.UtcNow));
        var rules = DefinitionRules.Check(version, request, commune, today).Concat(CommuneRequestRules.Check(version, definition, request))
            .Where(r => errors.All(e => e.Path != r.Path));
        return [.. errors, .. rules];
    }
}
