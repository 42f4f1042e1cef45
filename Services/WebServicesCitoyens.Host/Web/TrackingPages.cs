using System.Xml.Linq;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The pages of a dossier for whoever holds its tracking code:
/// <c>/suivi?dossier=…&amp;code=…</c> its steps, with links to <c>/suivi/demande?…</c> the submitted
/// request to print (rendered by request.xsl; <c>&amp;format=xml</c> gives its page document) and
/// <c>/suivi/demande.pdf?…</c> the same as a PDF to download. Without both values they show how to
/// find them; with a wrong pair they all answer the same 404 page, and never say whether the number exists.
/// </summary>
public static class TrackingPages
{
    public static void MapTrackingPages(this WebApplication app)
    {
        app.MapGet("/suivi", (HttpContext http, string? dossier, string? code, SubmissionService submissions, XsltRenderer renderer) =>
            Tracked(dossier, code, renderer, async () =>
            {
                var status = await submissions.StatusAsync(dossier!, code!);
                Private(http);
                var page = PageDocument.WithLinks(PageDocument.For(status, "GetStatusResult"), TrackingLinks.For(status.DossierNumber, code!.Trim()));
                return HtmlPages.Render(renderer, "status.xsl", page);
            }));

        app.MapGet("/suivi/demande", (HttpContext http, string? dossier, string? code, string? format, SubmissionService submissions,
            XsltRenderer renderer) =>
            Tracked(dossier, code, renderer, async () =>
            {
                var request = await submissions.PrintableRequestAsync(dossier!, code!);
                var page = PageDocument.Request(request, TrackingLinks.For(request.DossierNumber, code!.Trim()));
                Private(http);
                return format == "xml"
                    ? Results.Content(page.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8")
                    : HtmlPages.Render(renderer, "request.xsl", page);
            }));

        app.MapGet("/suivi/demande.pdf", (HttpContext http, string? dossier, string? code, SubmissionService submissions,
            XsltRenderer renderer) =>
            Tracked(dossier, code, renderer, async () =>
            {
                var request = await submissions.PrintableRequestAsync(dossier!, code!);
                // Only once the dossier is proven: a missing font never tells whether a number exists.
                if (!PdfSetup.IsReady)
                    return HtmlPages.Message(renderer, RequestTexts.PdfUnavailableTitle, RequestTexts.PdfUnavailable, 503);
                Private(http);
                return Results.File(RequestPdf.Render(request), "application/pdf", RequestTexts.PdfFileName(request.DossierNumber));
            }));
    }

    /// <summary>
    /// The page of a dossier proven by its number and tracking code; without both, how to find them;
    /// with a wrong pair (or an unknown number), the one not-found page.
    /// </summary>
    private static async Task<IResult> Tracked(string? dossier, string? code, XsltRenderer renderer, Func<Task<IResult>> page)
    {
        if (string.IsNullOrWhiteSpace(dossier) || string.IsNullOrWhiteSpace(code))
            return HtmlPages.Message(renderer, PageTexts.TrackingTitle, PageTexts.TrackingHowTo, 200);
        try
        {
            return await page();
        }
        catch (RequestValidationException refused)
        {
            return HtmlPages.Message(renderer, PageTexts.TrackingNotFoundTitle, refused.Errors[0].Message, 404);
        }
    }

    /// <summary>A citizen's personal data: kept by no cache, and its address (which holds the tracking code) sent to no other site.</summary>
    private static void Private(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
