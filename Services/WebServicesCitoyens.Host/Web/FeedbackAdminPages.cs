using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Feedback;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The citizens' feedback on the commune's procedures, <c>/gestion/administration/avis</c> (seed 004):
/// ratings with their comments and malfunctions, reports from the observatory, filtered by procedure,
/// kind and unanswered ones (a GET form, so every view has its address), each with a form to answer
/// it publicly in the commune's name (posted to the same address, operation <c>repondre</c>). Only the
/// commune's administrators (<see cref="AgentRights.MayAnswerFeedback"/>): anybody else, the operator
/// included, gets the page of an address that does not exist.
/// </summary>
internal static class FeedbackAdminPages
{
    private const string Stylesheet = "feedback-admin.xsl";
    private const string Path = "/" + "administration/" + AdministrationAddress.FeedbackSegment;

    public static void Map(RouteGroupBuilder pages)
    {
        pages.MapGet(Path, (HttpContext context, string? commune, string? demarche, string? nature, string? fait, string? format,
            CommuneFeedback feedback, ProcedureCatalogue catalogue) => WithAnswerer(context, commune, async admin =>
            {
                var filter = new FeedbackAdminPage.Filter(Blank(demarche), Blank(nature), context.Request.Query["sans-reponse"] == "oui");
                try
                {
                    return Render(admin, await PageAsync(admin, feedback, catalogue, filter, fait == "reponse" ? FeedbackTexts.Answered : null), 200, format);
                }
                catch (RequestValidationException refused)
                {
                    // A filter the form does not offer: the page with the refusal, and no list.
                    var errors = refused.Errors.Select(e => e with { Path = e.Path == "Kind" ? "nature" : "demarche" }).ToList();
                    return Render(admin with { Errors = errors }, FeedbackAdminPage.For(admin.Context(), admin.Address, filter, [], catalogue,
                        admin.Session.ToLocal), StatusCodes.Status400BadRequest, format);
                }
            }));

        pages.MapPost(Path, (HttpContext context, string? commune, CommuneFeedback feedback, ProcedureCatalogue catalogue) =>
            WithAnswerer(context, commune, admin => AdministrationPost.HandleAsync(context, admin, async post =>
            {
                var form = post.Form;
                var id = form["avis"].ToString();
                try
                {
                    if (post.Operation != "repondre")
                        throw new RequestValidationException([new ValidationError("operation", AdministrationPageTexts.UnknownOperation)]);
                    await feedback.AnswerAsync(admin.Agent, id, form["reponse"].ToString());
                    return AgentPages.SeeOther(admin.Address.Feedback(done: "reponse"));
                }
                catch (RequestValidationException refused) when (refused.Errors.All(e => e.Path != "FeedbackId"))
                {
                    // The answer refused next to its form (reponse-{id}), what was typed kept.
                    var key = AdministrationPages.FormKey(id);
                    var errors = refused.Errors.Select(e => e with { Path = "reponse-" + key }).ToList();
                    var refused422 = admin with { Errors = errors, Values = new Dictionary<string, string> { ["reponse-" + key] = form["reponse"].ToString() } };
                    return Render(refused422, await PageAsync(refused422, feedback, catalogue, new(null, null, false), null),
                        StatusCodes.Status422UnprocessableEntity, null);
                }
                catch (RequestValidationException)
                {
                    // Another commune's feedback, or an unknown id: the page of an address that does not exist.
                    return admin.NotFound();
                }
            })));
    }

    private static async Task<System.Xml.Linq.XDocument> PageAsync(AdministrationSession admin, CommuneFeedback feedback, ProcedureCatalogue catalogue,
        FeedbackAdminPage.Filter filter, string? notice)
    {
        if (filter.Procedure is { } code && catalogue.Find(code) is null)
            throw new RequestValidationException([new ValidationError("ProcedureCode", CatalogueTexts.UnknownProcedure(code))]);
        var entries = await feedback.ListAsync(admin.Agent, admin.Commune.Code, filter.Procedure, filter.Kind, filter.Unanswered);
        return FeedbackAdminPage.For(admin.Context(notice), admin.Address, filter, entries, catalogue, admin.Session.ToLocal);
    }

    /// <summary>The administration's page for who may answer the commune's feedback; anybody else: an address that does not exist.</summary>
    private static Task<IResult> WithAnswerer(HttpContext context, string? commune, Func<AdministrationSession, Task<IResult>> page) =>
        AdministrationPages.WithAdministrator(context, commune, admin =>
            AgentRights.MayAnswerFeedback(admin.Agent, admin.Commune.Code) ? page(admin) : Task.FromResult(admin.NotFound()));

    private static IResult Render(AdministrationSession admin, System.Xml.Linq.XDocument page, int status, string? format) =>
        format == "xml" ? admin.Render(page, status, format) : HtmlPages.Render(admin.Session.Renderer, Stylesheet, page, status);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
