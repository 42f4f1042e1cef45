using System.Globalization;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.HostedForms;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The acknowledgement link of a forwarded dossier (<c>/mairie/accuse-reception?dossier=…&amp;jeton=…</c>).
/// Opening it records nothing — a mail scanner follows the links of the mails it checks — but shows a page
/// asking the town hall to confirm, whose button posts the dossier and token to the same address: only that
/// post records, once, that the town hall received the dossier; again, the page says when that was. A wrong
/// token or number gets the same 404 page, on GET and POST alike, never whether the dossier exists.
/// </summary>
public static class HostedFormsPages
{
    private const string DossierField = "dossier";
    private const string TokenField = "jeton";

    public static void MapHostedFormsPages(this WebApplication app)
    {
        app.MapGet(DossierForwarding.AcknowledgePath, async (HttpContext http, string? dossier, string? jeton, HostedFormsStore store,
            XsltRenderer renderer) =>
        {
            Private(http);
            if (Link(dossier, jeton) is not var (number, token)) return Unknown(renderer);
            var (outcome, at) = await store.StateAsync(number, token);
            return outcome == AcknowledgementOutcome.Pending
                ? HtmlPages.Render(renderer, "message.xsl", PageDocument.Confirmation(HostedFormsTexts.ConfirmTitle, HostedFormsTexts.Confirm(number),
                    DossierForwarding.AcknowledgePath, new Dictionary<string, string> { [DossierField] = number, [TokenField] = token },
                    HostedFormsTexts.ConfirmButton))
                : Outcome(renderer, outcome, number, at);
        });

        app.MapPost(DossierForwarding.AcknowledgePath, async (HttpContext http, HostedFormsStore store, TimeProvider clock, XsltRenderer renderer) =>
        {
            Private(http);
            if (PagePosts.Refusal(http) is { } refusal) return HtmlPages.Message(renderer, PageTexts.UnavailableTitle, refusal.Message, refusal.Status);
            if ((await PostedForms.ReadAsync(http)).Form is not { } form) return Unknown(renderer);
            if (Link(form[DossierField].ToString(), form[TokenField].ToString()) is not var (number, token)) return Unknown(renderer);
            var (outcome, at) = await store.AcknowledgeAsync(number, token, clock.GetUtcNow());
            return Outcome(renderer, outcome, number, at);
        });
    }

    /// <summary>The token is a credential: these pages are cached nowhere and their address sent to no other site.</summary>
    private static void Private(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    /// <summary>The dossier number and token of a link, or null when they cannot be one.</summary>
    private static (string Number, string Token)? Link(string? dossier, string? token) =>
        DossierNumber.Normalize(dossier ?? "") is { } number && !string.IsNullOrWhiteSpace(token) && token.Length <= 200
            ? (number, token.Trim()) : null;

    private static IResult Outcome(XsltRenderer renderer, AcknowledgementOutcome outcome, string number, string? at) => outcome switch
    {
        AcknowledgementOutcome.Recorded => HtmlPages.Message(renderer, HostedFormsTexts.AcknowledgedTitle, HostedFormsTexts.Acknowledged(number), 200),
        AcknowledgementOutcome.AlreadyRecorded => HtmlPages.Message(renderer, HostedFormsTexts.AlreadyAcknowledgedTitle,
            HostedFormsTexts.AlreadyAcknowledged(number, at is null ? "" : Timestamps.Parse(at).ToString("dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)), 200),
        _ => Unknown(renderer),
    };

    private static IResult Unknown(XsltRenderer renderer) => HtmlPages.Message(renderer, HostedFormsTexts.UnknownLinkTitle, HostedFormsTexts.UnknownLink, 404);
}
