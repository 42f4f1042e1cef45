using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Rendering.BackOfficePage;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The queue's page document (view <c>dossiers</c>): <c>page:Queue</c> with the filter applied and the
/// choices of the filter form (the procedures of the agent's remit with their steps, the states), the
/// count and paging with the addresses of the neighbouring pages, the sortable columns with the address
/// each link goes to, one <c>page:Row</c> per dossier, what the selection form offers (the commune's
/// agents to entrust dossiers to, the manual actions of those procedures) and, after a selection was
/// posted, the outcome for each dossier.
/// </summary>
public static class BackOfficeQueuePage
{
    /// <summary>The sortable columns, in table order (their labels are the stylesheet's).</summary>
    private static readonly string[] SortableColumns = ["numero", "demarche", "etape", "depot"];

    /// <param name="queue">The page of the queue, or null when the filter was refused (the list is then not shown).</param>
    /// <param name="toLocal">A UTC time in the commune's time.</param>
    public static XDocument For(Context context, QueueFilter filter, QueuePage? queue, IReadOnlyList<ProcedureDefinition> remit,
        IReadOnlyList<Agent> colleagues, Func<DateTime, DateTime> toLocal, IReadOnlyList<BulkOutcome>? outcomes = null,
        IReadOnlyList<Search.SavedSearch>? savedSearches = null)
    {
        var pages = queue is null ? 1 : (int)Math.Max(1, (queue.Total + queue.PageSize - 1) / queue.PageSize);
        var element = new XElement(Page + "Queue",
            new XAttribute("href", BackOfficeQueueAddress.Href(filter)),
            new XAttribute("sort", BackOfficeQueueAddress.SortKey(filter.Sort)),
            new XAttribute("order", filter.Descending ? "desc" : "asc"),
            new XAttribute("pageSize", filter.PageSize),
            new XElement(Page + "Filter", BackOfficeQueueAddress.Values(filter).Select(v => new XElement(Page + "Value", new XAttribute("name", v.Name), v.Value))),
            new XElement(Page + "Procedures", remit.Select(p => new XElement(Page + "Procedure", new XAttribute("code", p.Code),
                new XElement(Page + "Title", p.Title),
                p.Steps.Select(s => new XElement(Page + "Step", new XAttribute("code", s.Code), s.AgentLabel))))),
            new XElement(Page + "States", BackOfficeQueueAddress.States.Select(s =>
                new XElement(Page + "State", new XAttribute("code", s.Key), BackOfficePageTexts.StateLabel(s.State)))),
            Colleagues(colleagues, context.Agent),
            new XElement(Page + "Actions", BulkActions(remit, filter.Procedure).Select(a =>
                new XElement(Page + "Action", new XAttribute("code", a.Code), a.Label))),
            SavedSearches(savedSearches ?? [], filter));
        if (queue is not null)
        {
            element.Add(
                new XAttribute("total", queue.Total), new XAttribute("page", queue.Page), new XAttribute("pages", pages),
                new XElement(Page + "Count", queue.TotalIsLowerBound
                    ? BackOfficePageTexts.MoreDossiersThan(queue.Total) : BackOfficePageTexts.DossierCount(queue.Total)),
                new XElement(Page + "PageLabel", queue.TotalIsLowerBound ? BackOfficePageTexts.PageOfUncounted(queue.Page) : BackOfficePageTexts.PageOf(queue.Page, pages)),
                new XElement(Page + "Columns", SortableColumns.Select(key =>
                {
                    var sort = BackOfficeQueueAddress.Sorts.First(s => s.Key == key).Sort;
                    var sorted = filter.Sort == sort ? (filter.Descending ? "desc" : "asc") : null;
                    var next = filter with { Sort = sort, Descending = sorted == "asc", Page = 1 };
                    return new XElement(Page + "Column", new XAttribute("key", key), new XAttribute("href", BackOfficeQueueAddress.Href(next)),
                        sorted is null ? null : new XAttribute("sorted", sorted));
                })),
                new XElement(Page + "Paging",
                    queue.Page > 1 ? new XAttribute("previous", BackOfficeQueueAddress.Href(filter with { Page = queue.TotalIsLowerBound ? queue.Page - 1 : Math.Min(queue.Page - 1, pages) })) : null,
                    HasNext(queue, pages) ? new XAttribute("next", BackOfficeQueueAddress.Href(filter with { Page = queue.Page + 1 })) : null),
                new XElement(Page + "Rows", queue.Entries.Select(entry => new XElement(Page + "Row",
                    new XAttribute("number", entry.Number),
                    new XAttribute("href", BackOfficeDossierPage.Href(entry.Number)),
                    new XAttribute("overdue", entry.Overdue ? "true" : "false"),
                    new XAttribute("test", entry.IsTest ? "true" : "false"),
                    new XElement(Page + "Applicant", entry.Applicant),
                    entry.RequestedBy is { } asking ? new XElement(Page + "RequestedBy", asking) : null,
                    new XElement(Page + "Procedure", new XAttribute("code", entry.ProcedureCode), entry.ProcedureTitle),
                    new XElement(Page + "Step", new XAttribute("code", entry.StepCode), entry.StepLabel),
                    new XElement(Page + "State", new XAttribute("code", entry.State), BackOfficePageTexts.StateLabel(entry.State)),
                    new XElement(Page + "SubmittedAtLocal", Local(toLocal(Timestamps.Parse(entry.SubmittedAt)))),
                    entry.AssignedAgentName is { } name ? new XElement(Page + "Assigned", name) : null))));
        }
        if (outcomes is not null)
            element.Add(new XElement(Page + "Outcomes", outcomes.Select(o => new XElement(Page + "Outcome",
                new XAttribute("number", o.Number), new XAttribute("done", o.Done ? "true" : "false"),
                o.Done ? BackOfficePageTexts.BulkOk : BackOfficePageTexts.BulkRefused(o.Reason ?? "")))));
        return Document("dossiers", context, element);
    }

    /// <summary>
    /// The agent's saved searches, each with the queue's address it reopens and the address its deletion
    /// is posted to (the one shown now marked current); the filter shown is what « Enregistrer cette recherche » saves.
    /// </summary>
    private static XElement SavedSearches(IReadOnlyList<Search.SavedSearch> searches, QueueFilter shown) =>
        new(Page + "SavedSearches", searches.Select(s => new XElement(Page + "Search",
            new XAttribute("id", s.Id),
            new XAttribute("href", BackOfficeQueueAddress.Href(s.Filter)),
            new XAttribute("delete", BackOfficeQueueAddress.SavedSearchPath + "/" + s.Id + "/suppression"),
            s.Filter == shown with { Page = 1 } ? new XAttribute("current", "true") : null,
            s.Name)));

    /// <summary>The commune's agents and administrators, to entrust dossiers to or take theirs over (the agent marked self).</summary>
    internal static XElement Colleagues(IReadOnlyList<Agent> colleagues, Agent? self) =>
        new(Page + "Colleagues", colleagues.Where(a => a.Role != AgentRole.Operator).Select(a => new XElement(Page + "Colleague",
            new XAttribute("id", a.Id), a.Id == self?.Id ? new XAttribute("self", "true") : null, a.DisplayName)));

    /// <summary>
    /// The manual actions of the procedures in view (the chosen one, else the remit's), one per code:
    /// the same code may name an action of several procedures, each dossier then performs its own.
    /// </summary>
    private static IEnumerable<(string Code, string Label)> BulkActions(IReadOnlyList<ProcedureDefinition> remit, string? procedure) =>
        remit.Where(p => procedure is null || p.Code == procedure)
            .SelectMany(p => p.Actions.Where(a => !a.IsAutomatic))
            .GroupBy(a => a.Code)
            .Select(g => (g.Key, string.Join(" / ", g.Select(a => a.Label).Distinct())));

    /// <summary>
    /// A page follows when the count says so, or when the count stopped at the limit and this page is full: the pages past
    /// the counted ones are still there (the count limit bounds the count, not the list).
    /// </summary>
    private static bool HasNext(QueuePage queue, int pages) =>
        queue.Page < pages || (queue.TotalIsLowerBound && queue.Entries.Count == queue.PageSize);
}
