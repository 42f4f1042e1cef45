using System.Globalization;
using System.Text;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The queue's address, <c>/gestion/dossiers?recherche=…&amp;demarche=…&amp;etape=…&amp;tri=…&amp;page=…</c>, both ways: the
/// filter form's values (GET query, or the same names posted back with a selection) read into a
/// <see cref="QueueFilter"/>, and a filter written back as an address for the sorting and paging
/// links. Only values the agent could have chosen are taken; any other is refused naming its control.
/// </summary>
public static class BackOfficeQueueAddress
{
    public const string Path = "/gestion/dossiers";
    /// <summary>Where a search is saved (POST), and under which each saved search is deleted (<c>/{id}/suppression</c>).</summary>
    public const string SavedSearchPath = "/gestion/recherches";
    public const int DefaultPageSize = 25;
    public const int MaxAgeDays = 3650;

    /// <summary>The sort keys of the address and the columns they sort.</summary>
    public static readonly IReadOnlyList<(string Key, QueueSort Sort)> Sorts =
    [
        ("numero", QueueSort.Number), ("demarche", QueueSort.Procedure), ("etape", QueueSort.Step),
        ("depot", QueueSort.Submitted), ("maj", QueueSort.Updated),
    ];

    /// <summary>The states of the address (none: the dossiers still to process, open or awaiting the citizen).</summary>
    public static readonly IReadOnlyList<(string Key, string State)> States =
    [
        ("en-cours", DossierStates.Open), ("en-attente", DossierStates.AwaitingCitizen), ("clos", DossierStates.Closed),
    ];

    /// <summary>The filter the values ask for, and the refusals of those that are not choices of the form (the filter then leaves them out).</summary>
    /// <param name="value">The value of a control (the query's or the posted form's), null when absent.</param>
    /// <param name="remit">The procedures the agent handles.</param>
    public static (QueueFilter Filter, IReadOnlyList<ValidationError> Errors) Parse(Func<string, string?> value, IReadOnlyList<ProcedureDefinition> remit)
    {
        var errors = new List<ValidationError>();
        string? Given(string name) => value(name) is { } v && v.Trim().Length > 0 ? v.Trim() : null;
        bool Checked(string name) => Given(name) == "oui";
        int? Number(string name, int min, int max, string message)
        {
            if (Given(name) is not { } text) return null;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            errors.Add(new ValidationError(name, message));
            return null;
        }

        var procedure = Given("demarche");
        if (procedure is not null && remit.All(p => p.Code != procedure))
        {
            errors.Add(new ValidationError("demarche", BackOfficePageTexts.UnknownProcedureFilter));
            procedure = null;
        }
        var step = Given("etape");
        var stepsOffered = procedure is null ? remit : remit.Where(p => p.Code == procedure);
        if (step is not null && !stepsOffered.Any(p => p.FindStep(step) is not null))
        {
            errors.Add(new ValidationError("etape", BackOfficePageTexts.UnknownStepFilter));
            step = null;
        }
        string? state = null;
        if (Given("etat") is { } stateKey)
        {
            state = States.FirstOrDefault(s => s.Key == stateKey).State;
            if (state is null) errors.Add(new ValidationError("etat", BackOfficePageTexts.UnknownStateFilter));
        }
        var sort = QueueSort.Submitted;
        if (Given("tri") is { } sortKey)
        {
            if (Sorts.Any(s => s.Key == sortKey)) sort = Sorts.First(s => s.Key == sortKey).Sort;
            else errors.Add(new ValidationError("tri", BackOfficePageTexts.SortFilter));
        }
        var descending = Given("ordre") switch
        {
            null or "asc" => false,
            "desc" => true,
            _ => Refuse("tri", BackOfficePageTexts.SortFilter),
        };
        var keywords = Given("recherche");
        if (Search.SearchKeywords.Read(keywords, "recherche", SearchTexts.PageKeywordsSubject).Error is { } refused)
        {
            errors.Add(refused);
            keywords = null;
        }
        var filter = new QueueFilter(procedure, step, state,
            Number("anciennete", 0, MaxAgeDays, BackOfficePageTexts.AgeFilter),
            Checked("retard"), Checked("moi"), Checked("libres"), Checked("test"), sort, descending,
            Number("page", 1, int.MaxValue, BackOfficePageTexts.PageFilter) ?? 1,
            Number("taille", 1, QueueFilter.MaxPageSize, BackOfficePageTexts.PageSizeFilter) ?? DefaultPageSize, keywords);
        return (filter, errors);

        bool Refuse(string name, string message)
        {
            errors.Add(new ValidationError(name, message));
            return false;
        }
    }

    /// <summary>The filter's values as the form names them (only those set), for the address and for the posted selection.</summary>
    public static IReadOnlyList<(string Name, string Value)> Values(QueueFilter filter)
    {
        var values = new List<(string, string)>();
        if (filter.Keywords is { } keywords) values.Add(("recherche", keywords));
        if (filter.Procedure is { } procedure) values.Add(("demarche", procedure));
        if (filter.Step is { } step) values.Add(("etape", step));
        if (filter.State is { } state) values.Add(("etat", States.First(s => s.State == state).Key));
        if (filter.OlderThanDays is { } days) values.Add(("anciennete", days.ToString(CultureInfo.InvariantCulture)));
        if (filter.OverdueOnly) values.Add(("retard", "oui"));
        if (filter.AssignedToMe) values.Add(("moi", "oui"));
        if (filter.UnassignedOnly) values.Add(("libres", "oui"));
        if (filter.TestDossiers) values.Add(("test", "oui"));
        if (filter.Sort != QueueSort.Submitted) values.Add(("tri", SortKey(filter.Sort)));
        if (filter.Descending) values.Add(("ordre", "desc"));
        if (filter.Page != 1) values.Add(("page", filter.Page.ToString(CultureInfo.InvariantCulture)));
        if (filter.PageSize != DefaultPageSize) values.Add(("taille", filter.PageSize.ToString(CultureInfo.InvariantCulture)));
        return values;
    }

    /// <summary>The site-relative address of the queue with this filter.</summary>
    public static string Href(QueueFilter filter)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in Values(filter))
            query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return Path + query;
    }

    public static string SortKey(QueueSort sort) => Sorts.First(s => s.Sort == sort).Key;
}
