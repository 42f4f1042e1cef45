using System.Text;
using System.Xml.Linq;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Feedback;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The public observatory (seed 004): <c>/observatoire</c> (every procedure, the report form, the reports
/// about no procedure), <c>/observatoire/{code}</c> (one procedure and its published feedback), their open
/// data <c>/observatoire.xml</c>, <c>/observatoire/{code}.xml</c> (declared by /xsl/observatoire.xsd) and
/// <c>/observatoire.csv</c>; <c>POST /observatoire/signalement</c> records a report of a missing procedure or
/// a malfunction. The pages render the very documents the feeds give, with observatoire.xsl.
/// </summary>
public static class ObservatoryPages
{
    /// <summary>The honeypot control: hidden from people, filled by robots; such a report is answered as done and not kept.</summary>
    public const string TrapControl = "site";
    private const string ReportedDone = "signalement";

    public static void MapObservatoryPages(this WebApplication app)
    {
        app.MapGet("/observatoire", async (string? fait, Observatory observatory, CommuneStore communes, XsltRenderer renderer) =>
            HtmlPages.Render(renderer, "observatoire.xsl", ObservatoryPage.For(await observatory.DocumentAsync(communes),
                fait == ReportedDone ? FeedbackTexts.Reported : null)));

        app.MapGet("/observatoire.xml", async (Observatory observatory, CommuneStore communes) =>
            Xml(await observatory.DocumentAsync(communes)));

        app.MapGet("/observatoire.csv", async (HttpContext context, Observatory observatory) =>
        {
            context.Response.Headers.ContentDisposition = "inline; filename=\"observatoire.csv\"";
            return Results.Text(ObservatoryCsv.Write((await observatory.LinesAsync()).Lines), "text/csv; charset=utf-8", Encoding.UTF8);
        });

        app.MapGet("/observatoire/{code}", async (string code, Observatory observatory, CommuneStore communes, XsltRenderer renderer) =>
        {
            var xml = code.EndsWith(".xml", StringComparison.Ordinal);
            var document = await observatory.ProcedureDocumentAsync(xml ? code[..^4] : code, communes);
            if (document is null) return HtmlPages.Message(renderer, PageTexts.NotFoundTitle, PageTexts.UnknownProcedure, 404);
            return xml ? Xml(document) : HtmlPages.Render(renderer, "observatoire.xsl", ObservatoryPage.For(document));
        });

        app.MapPost("/observatoire/signalement", async (HttpContext context, Observatory observatory, PublicReports reports, CommuneStore communes,
            XsltRenderer renderer) =>
        {
            if (PagePosts.Refusal(context) is { } refusal) return HtmlPages.Message(renderer, PageTexts.UnavailableTitle, refusal.Message, refusal.Status);
            var (form, unread) = await PostedForms.ReadAsync(context);
            if (form is null) return HtmlPages.FormRefused(renderer, unread!);
            // A robot filled the trap: answered like a report kept, so that it learns nothing, and nothing is stored.
            if (form[TrapControl].ToString().Length > 0) return AgentPages.SeeOther("/observatoire?fait=" + ReportedDone);
            try
            {
                await reports.ReportAsync(form["nature"].ToString(), form["commune"].ToString(), form["demarche"].ToString(), form["texte"].ToString());
                return AgentPages.SeeOther("/observatoire?fait=" + ReportedDone);
            }
            catch (RequestValidationException refused)
            {
                var values = new[] { "nature", "commune", "demarche", "texte" }.Where(k => form[k].ToString().Length > 0)
                    .ToDictionary(k => k, k => form[k].ToString());
                return HtmlPages.Render(renderer, "observatoire.xsl",
                    ObservatoryPage.For(await observatory.DocumentAsync(communes), null, refused.Errors, values), StatusCodes.Status422UnprocessableEntity);
            }
        });
    }

    private static IResult Xml(XDocument document) =>
        Results.Content(document.Declaration is null ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + document.ToString(SaveOptions.DisableFormatting)
            : document.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8");
}
