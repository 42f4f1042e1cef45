using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The queue, <c>/gestion/dossiers</c> (seed 002's table of dossiers to « traiter »): filtered, sorted
/// and paged by its address (<see cref="BackOfficeQueueAddress"/>); a selection of its dossiers posted
/// to <c>/gestion/dossiers/selection</c> is entrusted to an agent or has an action performed on each,
/// and <c>/gestion/dossiers/reprise</c> takes over a colleague's dossiers. Those two answer the queue
/// with the outcome for each dossier (an outcome per dossier cannot travel in a redirect's address).
/// </summary>
internal static class AgentQueuePages
{
    public static void Map(RouteGroupBuilder pages)
    {
        // ?format=xml gives the page document.
        pages.MapGet("/dossiers", (HttpContext context, string? format, string? fait, DossierQueue queue, AgentStore agents, ProcedureCatalogue catalogue) =>
            AgentPages.WithAgent(context, async session =>
            {
                var remit = session.Remit(catalogue);
                var (filter, errors) = BackOfficeQueueAddress.Parse(name => context.Request.Query[name].FirstOrDefault(), remit);
                return await QueueAsync(session, queue, agents, remit, filter, errors.Count > 0 ? errors : null, null, AgentSearchPages.Confirmation(fait),
                    errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK, format);
            }));

        pages.MapPost("/dossiers/selection", (HttpContext context, DossierQueue queue, DossierProcessing processing, AgentStore agents,
            ProcedureCatalogue catalogue) => AgentPages.WithAgent(context, async session =>
            {
                var (form, refusal) = await AgentPages.ReadPostAsync(context, session);
                if (form is null) return refusal!;
                var remit = session.Remit(catalogue);
                var filter = BackOfficeQueueAddress.Parse(name => form[name].FirstOrDefault(), remit).Filter;
                var numbers = form["dossiers"].Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).ToList();
                ValidationError? problem = numbers.Count == 0 ? new("selection", BackOfficePageTexts.SelectionEmpty) : null;
                try
                {
                    IReadOnlyList<BulkOutcome>? outcomes = null;
                    if (problem is null)
                    {
                        switch (form["operation"].ToString())
                        {
                            case "attribuer":
                                var assignee = form["agent"].ToString();
                                outcomes = await processing.AssignAsync(session.Agent, numbers, assignee == "personne" ? null : assignee);
                                break;
                            case "action" when form["action"].ToString() is { Length: > 0 } code:
                                outcomes = await processing.PerformOnEachAsync(session.Agent, numbers, code);
                                break;
                            case "action":
                                problem = new("action", BackOfficePageTexts.ActionCodeNeeded);
                                break;
                            default:
                                problem = new("selection", BackOfficePageTexts.BulkOperationUnknown);
                                break;
                        }
                    }
                    if (outcomes is not null)
                        return await QueueAsync(session, queue, agents, remit, filter, null, outcomes,
                            BackOfficePageTexts.BulkDone(outcomes.Count(o => o.Done), outcomes.Count));
                }
                catch (RequestValidationException refused)
                {
                    problem = new(refused.Errors[0].Path == "AgentId" ? "agent" : "selection", refused.Errors[0].Message);
                }
                return await QueueAsync(session, queue, agents, remit, filter, [problem!], null, null, StatusCodes.Status422UnprocessableEntity);
            }));

        pages.MapPost("/dossiers/reprise", (HttpContext context, DossierQueue queue, DossierProcessing processing, AgentStore agents,
            ProcedureCatalogue catalogue) => AgentPages.WithAgent(context, async session =>
            {
                var (form, refusal) = await AgentPages.ReadPostAsync(context, session);
                if (form is null) return refusal!;
                var remit = session.Remit(catalogue);
                var filter = BackOfficeQueueAddress.Parse(name => form[name].FirstOrDefault(), remit).Filter;
                var colleagueId = form["collegue"].ToString();
                var colleague = (await agents.OfCommuneAsync(session.Agent.CommuneCode ?? ""))
                    .FirstOrDefault(a => a.Id == colleagueId && a.Id != session.Agent.Id);
                if (colleague is null)
                    return await QueueAsync(session, queue, agents, remit, filter,
                        [new ValidationError("collegue", colleagueId.Length == 0 ? BackOfficePageTexts.ColleagueNeeded : BackOfficeTexts.UnknownAgent)],
                        null, null, StatusCodes.Status422UnprocessableEntity);
                var outcomes = await processing.TakeOverAsync(session.Agent, colleague.Id);
                return await QueueAsync(session, queue, agents, remit, filter, null, outcomes,
                    BackOfficePageTexts.TakenOver(outcomes.Count(o => o.Done), colleague.DisplayName));
            }));
    }

    /// <summary>The queue page: the list unless the filter was refused, and the outcomes of what was just posted.</summary>
    internal static async Task<IResult> QueueAsync(AgentSession session, DossierQueue queue, AgentStore agents, IReadOnlyList<ProcedureDefinition> remit,
        QueueFilter filter, IReadOnlyList<ValidationError>? errors, IReadOnlyList<BulkOutcome>? outcomes, string? notice,
        int status = StatusCodes.Status200OK, string? format = null, IReadOnlyDictionary<string, string>? values = null)
    {
        var list = errors is { Count: > 0 } && status == StatusCodes.Status400BadRequest ? null : await queue.ListAsync(session.Agent, filter);
        var colleagues = session.Agent.CommuneCode is { } commune ? await agents.OfCommuneAsync(commune) : [];
        var saved = await session.Services.GetRequiredService<Search.SavedSearches>().ListAsync(session.Agent);
        return session.Render(BackOfficeQueuePage.For(session.Context(notice, errors, values), filter, list, remit, colleagues, session.ToLocal, outcomes, saved),
            status, format);
    }
}
