using System.Text;
using System.Xml.Linq;
using Dapper;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.BackOffice;

/// <summary>How the queue is sorted.</summary>
public enum QueueSort { Submitted, Updated, Number, Procedure, Step }

/// <summary>
/// What an agent asks of the queue (seed 002's list of dossiers to « traiter »): each filter is
/// optional. <see cref="State"/> null means the dossiers still to process (open or waiting for the
/// citizen); test dossiers (filed through the preview key) are listed only when asked for.
/// <see cref="Keywords"/>: words every dossier listed contains, in any field of its request or its number
/// (see <see cref="Search.SearchKeywords"/>), with every other filter.
/// </summary>
public sealed record QueueFilter(
    string? Procedure = null, string? Step = null, string? State = null, int? OlderThanDays = null, bool OverdueOnly = false,
    bool AssignedToMe = false, bool UnassignedOnly = false, bool TestDossiers = false,
    QueueSort Sort = QueueSort.Submitted, bool Descending = false, int Page = 1, int PageSize = 25, string? Keywords = null)
{
    public const int MaxPageSize = 100;
}

/// <summary>A line of the queue.</summary>
public sealed record QueueEntry(
    string Number, string Applicant, string ProcedureCode, string ProcedureTitle, string StepCode, string StepLabel,
    string SubmittedAt, string UpdatedAt, string State, string? AssignedAgentId, string? AssignedAgentName, bool Overdue, bool IsTest, string Channel,
    string? RequestedBy = null);

/// <summary>
/// A request the agent's commune addressed to another one, as the asking commune follows it (read-only):
/// where it went, for whom, by which agent, the step as the citizen reads it, and whether it is closed.
/// </summary>
public sealed record CommuneRequestEntry(string Number, string CommuneCode, string CommuneName, string ProcedureTitle, string Applicant,
    string RequestedByAgent, string SubmittedAt, string Step, bool Closed);

/// <param name="Total">The dossiers matching, counted up to the queue's count limit.</param>
/// <param name="TotalIsLowerBound">More dossiers match than <paramref name="Total"/>: the count stopped at the limit.</param>
public sealed record QueuePage(long Total, int Page, int PageSize, IReadOnlyList<QueueEntry> Entries, bool TotalIsLowerBound = false);

/// <summary>The SQL of a queue page: the count of the dossiers matching (up to the limit and one), the page itself, their arguments.</summary>
public sealed record QueueQuery(string CountSql, string PageSql, DynamicParameters Args, int Page, int PageSize);

/// <summary>
/// The dossiers an agent may see, filtered, sorted and paged in SQL: the agent's commune, the
/// procedures of their remit (<see cref="AgentRights"/>). Overdue: open longer than the procedure's
/// announced delay (its definition's expectedDays).
/// The count stops at <paramref name="countLimit"/>: the backlog is counted whole, but the archives of a
/// large commune (every dossier closed over the years, hundreds of thousands) would make each page as slow
/// as the archives are long; past the limit the page says « plus de … » and the agent narrows the filter.
/// </summary>
public sealed class DossierQueue(Database database, ProcedureDefinitions definitions, TimeProvider clock, int countLimit = DossierQueue.DefaultCountLimit)
{
    /// <summary>BackOffice:QueueCountLimit by default.</summary>
    public const int DefaultCountLimit = 10_000;

    public async Task<QueuePage> ListAsync(Agent agent, QueueFilter filter)
    {
        var query = Query(agent, filter);
        if (query is null)
            return new QueuePage(0, Math.Max(1, filter.Page), Math.Clamp(filter.PageSize, 1, QueueFilter.MaxPageSize), []);
        var (countSql, pageSql, args, page, pageSize) = query;

        await using var connection = await database.OpenAsync();
        var counted = await connection.ExecuteScalarAsync<long>(countSql, args);
        var rows = await connection.QueryAsync<DossierRecord, QueueExtra, (DossierRecord Dossier, QueueExtra Extra)>(
            pageSql, (dossier, extra) => (dossier, extra), args, splitOn: "IsOverdue");
        var entries = rows.Select(row =>
        {
            var dossier = row.Dossier;
            var procedure = definitions.For(dossier);
            var step = procedure?.FindStep(dossier.CurrentStep);
            var applicant = procedure is null ? "" : GeneratedDocuments.ApplicantName(procedure, XElement.Parse(dossier.RequestXml));
            return new QueueEntry(dossier.Number, applicant,
                dossier.ProcedureCode, procedure?.Title ?? dossier.ProcedureCode, dossier.CurrentStep, step?.AgentLabel ?? dossier.CurrentStep,
                dossier.SubmittedAt, dossier.UpdatedAt, dossier.State, dossier.AssignedAgentId, row.Extra.AssignedAgentName, row.Extra.IsOverdue == 1,
                dossier.IsTest, dossier.Channel,
                dossier.RequestedByCommuneCode is null ? null
                    : Texts.BackOfficeTexts.RequestedBy(row.Extra.RequestedByCommuneName ?? dossier.RequestedByCommuneCode, dossier.RequestedByAgent ?? "", applicant));
        }).ToList();
        return new QueuePage(Math.Min(counted, countLimit), page, pageSize, entries, TotalIsLowerBound: counted > countLimit);
    }

    /// <summary>
    /// The queue's two statements (the count, the page) and their arguments, or null when the agent may see
    /// nothing. Apart from <see cref="ListAsync"/> so that the benchmarks show the plans of the very SQL it runs.
    /// </summary>
    public QueueQuery? Query(Agent agent, QueueFilter filter)
    {
        var pageSize = Math.Clamp(filter.PageSize, 1, QueueFilter.MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var procedures = definitions.Catalogue.Procedures.Where(p => AgentRights.MayHandle(agent, p)).ToList();
        if (agent.CommuneCode is null || procedures.Count == 0) return null;

        var now = clock.GetUtcNow();
        var where = new StringBuilder("d.commune_code = @commune");
        var args = new DynamicParameters();
        args.Add("commune", agent.CommuneCode);
        var inRemit = new List<string>();
        var overdue = new List<string>();
        for (var i = 0; i < procedures.Count; i++)
        {
            args.Add("p" + i, procedures[i].Code);
            args.Add("due" + i, Timestamps.ToText(procedures[i].OverdueIfFiledBefore(now)));
            inRemit.Add("@p" + i);
            overdue.Add($"(d.procedure_code = @p{i} AND d.submitted_at < @due{i})");
        }
        where.Append($" AND d.procedure_code IN ({string.Join(", ", inRemit)})");
        var overdueSql = $"(d.state <> 'Closed' AND ({string.Join(" OR ", overdue)}))";
        where.Append(filter.TestDossiers ? " AND d.is_test = 1" : " AND d.is_test = 0");
        if (filter.Procedure is not null) { where.Append(" AND d.procedure_code = @procedure"); args.Add("procedure", filter.Procedure); }
        if (filter.Step is not null) { where.Append(" AND d.current_step = @step"); args.Add("step", filter.Step); }
        if (filter.State is null) where.Append(" AND d.state <> 'Closed'");
        else { where.Append(" AND d.state = @state"); args.Add("state", filter.State); }
        if (filter.OlderThanDays is { } days) { where.Append(" AND d.submitted_at < @older"); args.Add("older", Timestamps.ToText(now.AddDays(-days))); }
        if (filter.OverdueOnly) where.Append(" AND " + overdueSql);
        if (filter.AssignedToMe) { where.Append(" AND d.assigned_agent_id = @me"); args.Add("me", agent.Id); }
        if (filter.UnassignedOnly) where.Append(" AND d.assigned_agent_id IS NULL");
        // With keywords, the dossiers holding them lead the join (CROSS JOIN keeps that order on SQLite):
        // a few index ranges, rather than every dossier of the commune read and tested.
        // The dossiers still to process are read from their partial index (migration 0020), whatever the sort: without
        // planner statistics SQLite may otherwise walk every dossier of the commune (the benchmarks' plans at 10 million).
        var from = filter.State is null ? "dossiers d" + SqlDialect.IndexedBy(database.Engine, "dossiers_open") : "dossiers d";
        if (Search.SearchKeywords.Read(filter.Keywords, "Keywords") is var (terms, problem) && problem is not null)
            throw new Schemas.RequestValidationException([problem]);
        if (terms.Count > 0)
        {
            from = $"({Search.DossierSearchIndex.MatchingNumbers(terms, "@commune", args)}) k CROSS JOIN dossiers d";
            where.Append(" AND d.number = k.dossier_number");
        }

        var order = filter.Sort switch
        {
            QueueSort.Updated => "d.updated_at",
            QueueSort.Number => "d.number",
            QueueSort.Procedure => "d.procedure_code",
            QueueSort.Step => "d.current_step",
            _ => "d.submitted_at",
        } + (filter.Descending ? " DESC" : " ASC") + ", d.number";
        args.Add("limit", pageSize);
        args.Add("offset", (page - 1) * pageSize);
        // One more than the limit tells "more than the limit" apart from "exactly the limit".
        args.Add("countUpTo", countLimit + 1);

        return new QueueQuery($"SELECT COUNT(*) FROM (SELECT 1 FROM {from} WHERE {where} LIMIT @countUpTo) counted",
            $"""
            SELECT {DossierStore.Columns("d")}, CASE WHEN {overdueSql} THEN 1 ELSE 0 END AS IsOverdue, a.display_name AS AssignedAgentName,
                   rc.name AS RequestedByCommuneName
            FROM {from} LEFT JOIN agents a ON a.id = d.assigned_agent_id LEFT JOIN communes rc ON rc.code = d.requested_by_commune_code
            WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset
            """, args, page, pageSize);
    }

    /// <summary>
    /// The queue's columns beyond the dossier's. Dapper splits the row at IsOverdue, never null: split at a
    /// column that may be null (the agent's name of an unassigned dossier), it would map no object at all.
    /// </summary>
    private sealed class QueueExtra
    {
        public string? AssignedAgentName { get; set; }
        public long IsOverdue { get; set; }
        public string? RequestedByCommuneName { get; set; }
    }

    /// <summary>
    /// The requests the agent's commune addressed to other communes, for the procedures of the agent's remit,
    /// newest first (200 at most): read-only, the other commune processes them.
    /// </summary>
    public async Task<IReadOnlyList<CommuneRequestEntry>> RequestedByAsync(Agent agent)
    {
        var procedures = definitions.Catalogue.Procedures.Where(p => AgentRights.MayHandle(agent, p)).Select(p => p.Code).ToList();
        if (agent.CommuneCode is null || procedures.Count == 0) return [];
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<DossierRecord, CommuneName, (DossierRecord Dossier, CommuneName Commune)>(
            $"""
            SELECT {DossierStore.Columns("d")}, c.name AS Name
            FROM dossiers d JOIN communes c ON c.code = d.commune_code
            WHERE d.requested_by_commune_code = @commune AND d.procedure_code {SqlDialect.InList(connection, "@procedures")}
            ORDER BY d.submitted_at DESC, d.number LIMIT 200
            """, (dossier, commune) => (dossier, commune), new { commune = agent.CommuneCode, procedures }, splitOn: "Name");
        return rows.Select(row =>
        {
            var (dossier, commune) = row;
            var procedure = definitions.For(dossier);
            var step = procedure?.FindStep(dossier.CurrentStep);
            return new CommuneRequestEntry(dossier.Number, dossier.CommuneCode, commune.Name, procedure?.Title ?? dossier.ProcedureCode,
                procedure is null ? "" : GeneratedDocuments.ApplicantName(procedure, XElement.Parse(dossier.RequestXml)),
                dossier.RequestedByAgent ?? "", dossier.SubmittedAt, step?.CitizenLabel ?? dossier.CurrentStep,
                step?.IsFinal ?? dossier.State == DossierStates.Closed);
        }).ToList();
    }

    private sealed class CommuneName
    {
        public string Name { get; set; } = "";
    }
}
