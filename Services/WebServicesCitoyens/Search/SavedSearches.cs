using Dapper;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Search;

/// <summary>A search an agent saved: a name and the queue filter it reopens.</summary>
public sealed record SavedSearch(string Id, string Name, QueueFilter Filter, string CreatedAt);

/// <summary>
/// The searches each agent saves to reopen the queue with (table saved_searches): their own only — another
/// agent's search answers exactly like an identifier that does not exist —, names unique per agent,
/// <see cref="MaxPerAgent"/> each. Refusals are on the parameter of the SOAP contract (Name, SearchId), which the pages map to their controls.
/// </summary>
public sealed class SavedSearches(Database database, TimeProvider clock)
{
    public const int MaxPerAgent = 50;
    public const int MaxNameLength = 80;

    private sealed record Row(string Id, string Name, string FilterXml, string CreatedAt);

    public async Task<SavedSearch> SaveAsync(Agent agent, string name, QueueFilter filter)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > MaxNameLength) throw Refusal("Name", SearchTexts.NameNeeded(MaxNameLength));
        SearchKeywords.Checked(filter.Keywords, "Filter.Keywords");
        var saved = new SavedSearch(AccountTokens.NewId(), name, filter with { Page = 1 }, Timestamps.ToText(clock.GetUtcNow()));
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var count = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM saved_searches WHERE agent_id = @Id", new { agent.Id }, transaction);
        if (count >= MaxPerAgent) throw Refusal("Name", SearchTexts.TooManySearches(MaxPerAgent));
        var inserted = await connection.ExecuteAsync(
            """
            INSERT INTO saved_searches (id, agent_id, name, filter_xml, created_at) VALUES (@id, @agent, @name, @xml, @at)
            ON CONFLICT (agent_id, name) DO NOTHING
            """, new { id = saved.Id, agent = agent.Id, name, xml = SavedFilterXml.Write(saved.Filter), at = saved.CreatedAt }, transaction);
        if (inserted == 0) throw Refusal("Name", SearchTexts.NameTaken);
        await transaction.CommitAsync();
        return saved;
    }

    /// <summary>The agent's saved searches, by name.</summary>
    public async Task<IReadOnlyList<SavedSearch>> ListAsync(Agent agent)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<Row>(
            "SELECT id, name, filter_xml AS FilterXml, created_at AS CreatedAt FROM saved_searches WHERE agent_id = @Id ORDER BY name, id", new { agent.Id });
        return rows.Select(r => new SavedSearch(r.Id, r.Name, SavedFilterXml.Read(r.FilterXml), r.CreatedAt)).ToList();
    }

    /// <summary>One of the agent's saved searches, or null (unknown, or another agent's).</summary>
    public async Task<SavedSearch?> FindAsync(Agent agent, string id) =>
        (await ListAsync(agent)).FirstOrDefault(s => s.Id == id);

    public async Task DeleteAsync(Agent agent, string id)
    {
        await using var connection = await database.OpenAsync();
        var deleted = await connection.ExecuteAsync("DELETE FROM saved_searches WHERE id = @id AND agent_id = @agent", new { id, agent = agent.Id });
        if (deleted == 0) throw Refusal("SearchId", SearchTexts.SearchNotFound);
    }

    private static RequestValidationException Refusal(string path, string message) => new([new ValidationError(path, message)]);
}
