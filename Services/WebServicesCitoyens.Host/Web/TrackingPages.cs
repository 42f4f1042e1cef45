using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// <c>/suivi?dossier=…&amp;code=…</c>: the steps of a dossier for whoever holds its tracking code.
/// Without both values, or with a wrong pair, it shows how to find them, and never says whether
/// the number exists.
/// </summary>
public static class TrackingPages
{
    public static void MapTrackingPages(this WebApplication app) =>
        app.MapGet("/suivi", async (string? dossier, string? code, SubmissionService submissions, XsltRenderer renderer) =>
        {
            if (string.IsNullOrWhiteSpace(dossier) || string.IsNullOrWhiteSpace(code))
                return HtmlPages.Message(renderer, PageTexts.TrackingTitle, PageTexts.TrackingHowTo, 200);
            try
            {
                var status = await submissions.StatusAsync(dossier, code);
                return HtmlPages.Render(renderer, "status.xsl", PageDocument.For(status, "GetStatusResult"));
            }
            catch (RequestValidationException refused)
            {
                return HtmlPages.Message(renderer, PageTexts.TrackingNotFoundTitle, refused.Errors[0].Message, 404);
            }
        });
}
