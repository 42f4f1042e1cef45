using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Search;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The agent's saved searches, on the queue page: « Enregistrer cette recherche » posts the filter shown
/// with a name to <c>/gestion/recherches</c>, a saved search is deleted by a post to
/// <c>/gestion/recherches/{id}/suppression</c>. Both redirect (303) to the queue with the same filter and
/// their confirmation (<c>?fait=recherche-enregistree</c>, <c>recherche-supprimee</c>); a refused name
/// answers the queue with the refusal next to its control and the name kept (422). Another agent's search
/// answers exactly like an unknown one (404). The search itself is the queue's <c>recherche</c> filter.
/// </summary>
internal static class AgentSearchPages
{
    private const string Saved = "recherche-enregistree";
    private const string Deleted = "recherche-supprimee";

    public static void Map(RouteGroupBuilder pages)
    {
        pages.MapPost("/recherches", (HttpContext context, DossierQueue queue, AgentStore agents, SavedSearches searches, ProcedureCatalogue catalogue) =>
            AgentPages.WithAgent(context, async session =>
            {
                var (form, refusal) = await AgentPages.ReadPostAsync(context, session);
                if (form is null) return refusal!;
                var remit = session.Remit(catalogue);
                var (filter, errors) = BackOfficeQueueAddress.Parse(name => form[name].FirstOrDefault(), remit);
                var name = form["nom"].ToString();
                try
                {
                    // A filter the form could not have shown is not saved: the queue says what is wrong with it.
                    if (errors.Count > 0) throw new RequestValidationException(errors);
                    await searches.SaveAsync(session.Agent, name, filter);
                    return AgentPages.SeeOther(WithConfirmation(BackOfficeQueueAddress.Href(filter with { Page = 1 }), Saved));
                }
                catch (RequestValidationException refused)
                {
                    var problems = refused.Errors.Select(e => e.Path == "Name" ? e with { Path = "nom" } : e).ToList();
                    return await AgentQueuePages.QueueAsync(session, queue, agents, remit, filter, problems, null, null,
                        StatusCodes.Status422UnprocessableEntity, values: new Dictionary<string, string> { ["nom"] = name });
                }
            }));

        pages.MapPost("/recherches/{id}/suppression", (string id, HttpContext context, SavedSearches searches, ProcedureCatalogue catalogue) =>
            AgentPages.WithAgent(context, async session =>
            {
                var (form, refusal) = await AgentPages.ReadPostAsync(context, session);
                if (form is null) return refusal!;
                var filter = BackOfficeQueueAddress.Parse(name => form[name].FirstOrDefault(), session.Remit(catalogue)).Filter;
                try
                {
                    await searches.DeleteAsync(session.Agent, id);
                }
                catch (RequestValidationException)
                {
                    return session.Message(BackOfficePageTexts.NotFoundTitle, SearchTexts.SearchNotFound, StatusCodes.Status404NotFound);
                }
                return AgentPages.SeeOther(WithConfirmation(BackOfficeQueueAddress.Href(filter), Deleted));
            }));
    }

    /// <summary>The confirmation the queue shows after a redirect from these posts (<c>?fait=</c>), or null.</summary>
    public static string? Confirmation(string? done) => done switch
    {
        Saved => SearchTexts.SearchSaved,
        Deleted => SearchTexts.SearchDeleted,
        _ => null,
    };

    private static string WithConfirmation(string queueAddress, string done) =>
        queueAddress + (queueAddress.Contains('?') ? "&" : "?") + "fait=" + done;
}
