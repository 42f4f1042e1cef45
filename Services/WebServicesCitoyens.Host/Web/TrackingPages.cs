using System.Xml.Linq;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Feedback;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The pages of a dossier for whoever holds its tracking code:
/// <c>/suivi?dossier=…&amp;code=…</c> its steps, with links to <c>/suivi/demande?…</c> the submitted
/// request to print (rendered by request.xsl; <c>&amp;format=xml</c> gives its page document) and
/// <c>/suivi/demande.pdf?…</c> the same as a PDF to download, <c>/suivi/accuse.xml?…</c> the signed acknowledgement of receipt. Without both values they show how to
/// find them; with a wrong pair they all answer the same 404 page, and never say whether the number exists.
/// </summary>
public static class TrackingPages
{
    public static void MapTrackingPages(this WebApplication app)
    {
        app.MapGet("/suivi", (HttpContext http, string? dossier, string? code, string? fait, SubmissionService submissions, DossierRatings ratings,
            CommuneStore communes, XsltRenderer renderer) =>
            Tracked(dossier, code, renderer, async () =>
            {
                var status = await submissions.StatusAsync(dossier!, code!);
                Private(http);
                return await StatusPageAsync(submissions, ratings, communes, renderer, status, code!.Trim(),
                    fait == RatedDone ? FeedbackTexts.Rated : null, null, null, 200);
            }));

        // The rating of a closed dossier (seed 004), proved like the page itself by its number and tracking code:
        // no session, so no cross-site check either (whoever holds the code may also call the catalogue's RateDossier).
        app.MapPost(RatingPage.TrackingAction, async (HttpContext http, SubmissionService submissions, DossierRatings ratings, CommuneStore communes,
            XsltRenderer renderer) =>
        {
            if (!http.Request.HasFormContentType) return HtmlPages.Message(renderer, PageTexts.UnavailableTitle, PageTexts.FormUnreadable, 415);
            var (form, unread) = await PostedForms.ReadAsync(http);
            if (form is null) return HtmlPages.FormRefused(renderer, unread!);
            var (dossier, code) = (form["dossier"].ToString(), form["code"].ToString().Trim());
            return await Tracked(dossier, code, renderer, async () =>
            {
                var record = await submissions.TrackedAsync(dossier, code);
                Private(http);
                try
                {
                    await ratings.RateAsync(record, RatingForms.Input(form));
                    return AgentPages.SeeOther(TrackingLinks.For(record.Number, code).Tracking + "&fait=" + RatedDone);
                }
                catch (RequestValidationException refused) when (RatingForms.IsAboutDossier(refused))
                {
                    // Still open, or already rated: said plainly, nothing changed.
                    return HtmlPages.Message(renderer, FeedbackTexts.RatingRefusedTitle, refused.Errors[0].Message, StatusCodes.Status409Conflict);
                }
                catch (RequestValidationException refused)
                {
                    var status = await submissions.StatusAsync(record);
                    return await StatusPageAsync(submissions, ratings, communes, renderer, status, code, null,
                        RatingForms.OnControls(refused, "avis"), RatingForms.Values(form), StatusCodes.Status422UnprocessableEntity);
                }
            });
        });

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

        // The signed acknowledgement of receipt, as the receipt carried it: the file itself, to keep or verify.
        app.MapGet("/suivi/accuse.xml", (HttpContext http, string? dossier, string? code, SubmissionService submissions, XsltRenderer renderer) =>
            Tracked(dossier, code, renderer, async () =>
            {
                var record = await submissions.TrackedAsync(dossier!, code!);
                Private(http);
                return Results.File(await submissions.AcknowledgementAsync(record), "application/xml", AcknowledgementTexts.FileName(record.Number));
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

    private const string RatedDone = "avis";

    /// <summary>The tracking page: the status, the addresses of the dossier's pages and, once closed, its rating or the form to give it.</summary>
    private static async Task<IResult> StatusPageAsync(SubmissionService submissions, DossierRatings ratings, CommuneStore communes,
        XsltRenderer renderer, Contracts.DossierStatus status, string code, string? notice, IReadOnlyList<ValidationError>? errors,
        IReadOnlyDictionary<string, string>? values, int httpStatus)
    {
        var rating = await ratings.OfDossierAsync(status.DossierNumber) is { } given && await communes.FindAsync(given.CommuneCode) is { } commune
            ? FeedbackMapping.Rating(given, commune) : null;
        var page = PageDocument.WithLinks(PageDocument.For(status, "GetStatusResult", values, errors, notice: notice),
            TrackingLinks.For(status.DossierNumber, code));
        return HtmlPages.Render(renderer, "status.xsl", RatingPage.WithFeedback(page, status.Closed, rating, status.DossierNumber, code), httpStatus);
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
