using System.Globalization;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.HostedForms;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The acknowledgement link of a forwarded dossier (<c>/mairie/accuse-reception?dossier=…&amp;jeton=…</c>):
/// opening it records, once, that the town hall received the dossier; again, it says when that was;
/// a wrong token or number gets the same 404 page, never whether the dossier exists.
/// </summary>
public static class HostedFormsPages
{
    public static void MapHostedFormsPages(this WebApplication app) =>
        app.MapGet(DossierForwarding.AcknowledgePath, async (HttpContext http, string? dossier, string? jeton, HostedFormsStore store,
            TimeProvider clock, XsltRenderer renderer) =>
        {
            // The token is a credential: this page is cached nowhere and its address sent to no other site.
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            var number = DossierNumber.Normalize(dossier ?? "");
            if (number is null || string.IsNullOrWhiteSpace(jeton) || jeton.Length > 200)
                return HtmlPages.Message(renderer, HostedFormsTexts.UnknownLinkTitle, HostedFormsTexts.UnknownLink, 404);
            var (outcome, at) = await store.AcknowledgeAsync(number, jeton.Trim(), clock.GetUtcNow());
            return outcome switch
            {
                AcknowledgementOutcome.Recorded => HtmlPages.Message(renderer, HostedFormsTexts.AcknowledgedTitle, HostedFormsTexts.Acknowledged(number), 200),
                AcknowledgementOutcome.AlreadyRecorded => HtmlPages.Message(renderer, HostedFormsTexts.AlreadyAcknowledgedTitle,
                    HostedFormsTexts.AlreadyAcknowledged(number, at is null ? "" : Timestamps.Parse(at).ToString("dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)), 200),
                _ => HtmlPages.Message(renderer, HostedFormsTexts.UnknownLinkTitle, HostedFormsTexts.UnknownLink, 404),
            };
        });
}
