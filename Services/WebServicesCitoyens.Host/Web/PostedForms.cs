using System.Xml.Linq;
using Microsoft.AspNetCore.Http.Features;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// What the pages posting a procedure's form share — a commune's form (<see cref="FormPages"/>) and the
/// agents' counter form (<see cref="CounterFilingPages"/>): reading the post within limits, the
/// idempotency key it carries back, and every refusal of the request at once. Every public form post
/// (Open311, the rating on /suivi, the observatory's report, a hosted commune's acknowledgement) reads
/// its form through <see cref="ReadAsync"/> too: over the limits it is refused, never a server error.
/// </summary>
internal static class PostedForms
{
    /// <summary>A 4,000-character text of accented letters is about 50 KB once URL-encoded.</summary>
    public const int MaxFormBytes = 128 * 1024;

    /// <summary>The posted form, or null when it is over the limits (too large, too many values): answered 413.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxFormBytes) return null;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxFormBytes;
        try
        {
            return await context.Request.ReadFormAsync(new FormOptions { ValueLengthLimit = MaxFormBytes, ValueCountLimit = 200 });
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            // Too many values, a value over the limit, or a body over the limit while chunked.
            return null;
        }
    }

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
