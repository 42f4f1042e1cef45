using Dapper;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// Who and what the query benchmarks read, the same at every size: Orléans' first agent (the biggest
/// commune; a remit of one theme), an account following three dossiers and one following two — fixed counts,
/// so that the dashboard's figures compare across sizes (a generation stopped early has few accounts of
/// more: the generator sizes its pool of accounts on the number of dossiers asked for) —, the latest open
/// dossier and the first archived one with their tracking codes.
/// </summary>
public sealed record BenchmarkSamples(Agent Agent, string Procedure, Citizen FrequentCitizen, Citizen Citizen,
    (string Number, string TrackingCode) Open, (string Number, string TrackingCode) Archived)
{
    public const string Commune = "45234";

    /// <summary>Another sort and two filters: the agent's most frequent procedure, unassigned dossiers, newest first.</summary>
    public QueueFilter FilteredQueue => new(Procedure: Procedure, UnassignedOnly: true, Descending: true);

    /// <summary>The agent's own dossiers, last updated first.</summary>
    public static readonly QueueFilter MineQueue = new(AssignedToMe: true, Sort: QueueSort.Updated, Descending: true);

    /// <summary>The archives: the dossiers closed, newest first — the one list that grows with the years.</summary>
    public static readonly QueueFilter ArchiveQueue = new(State: DossierStates.Closed, Descending: true);

    public static async Task<BenchmarkSamples> FindAsync(BenchmarkServices services)
    {
        await using var connection = await services.Database.OpenAsync();
        var agent = await services.Agents.FindAsync(connection, StoreGenerator.AgentId(Commune, 0))
            ?? throw new InvalidOperationException("No generated agent in the store.");
        var procedure = services.Catalogue.Procedures.First(p => AgentRights.MayHandle(agent, p)).Code;
        var frequent = await connection.QuerySingleAsync<string>(
            "SELECT citizen_id FROM dossiers WHERE citizen_id IS NOT NULL GROUP BY citizen_id HAVING COUNT(*) = 3 ORDER BY citizen_id LIMIT 1");
        var ordinary = await connection.QuerySingleAsync<string>(
            "SELECT citizen_id FROM dossiers WHERE citizen_id IS NOT NULL GROUP BY citizen_id HAVING COUNT(*) = 2 ORDER BY citizen_id LIMIT 1");
        var open = await connection.QuerySingleAsync<(string, string)>(
            "SELECT number, tracking_code FROM dossiers WHERE commune_code = @Commune AND state = 'Open' ORDER BY submitted_at DESC LIMIT 1", new { Commune });
        var archived = await connection.QuerySingleAsync<(string, string)>(
            "SELECT number, tracking_code FROM dossiers WHERE commune_code = @Commune AND state = 'Closed' ORDER BY submitted_at LIMIT 1", new { Commune });
        return new BenchmarkSamples(agent, procedure, await Account(connection, frequent), await Account(connection, ordinary), open, archived);
    }

    private static async Task<Citizen> Account(System.Data.Common.DbConnection connection, string id) =>
        await CitizenStore.FindAsync(connection, null, id) ?? throw new InvalidOperationException($"No citizen {id}.");
}
