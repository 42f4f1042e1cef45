using System.Text;
using Dapper;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// The plans the engine chooses for the statements the query benchmarks run, taken from the platform's own
/// code (<see cref="DossierQueue.Query"/>, <see cref="DossierStore.FindSql"/>, <see cref="DossierStore.ByCitizenSql"/>,
/// <see cref="DossierStore.EventsSql"/>), written as markdown: SQLite's EXPLAIN QUERY PLAN (every one must SEARCH an
/// index, none SCAN a table) or PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) (index scans, no Seq Scan of a big table).
/// </summary>
public static class QueryPlans
{
    public static async Task<string> DescribeAsync(BenchmarkServices services)
    {
        var samples = await BenchmarkSamples.FindAsync(services);
        var text = new StringBuilder();
        await using var connection = await services.Database.OpenAsync();
        async Task Plan(string title, string sql, object args)
        {
            if (services.Database.Engine == Storage.StoreEngine.PostgreSql)
            {
                // Dapper turns the named parameters into Npgsql's; EXPLAIN ANALYZE runs the statement and shows the real rows and times.
                var lines = await connection.QueryAsync<string>("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql, args);
                text.Append("### ").AppendLine(title).AppendLine().AppendLine("```");
                foreach (var line in lines) text.AppendLine(line);
                text.AppendLine("```").AppendLine();
                return;
            }
            var rows = await connection.QueryAsync<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql, args);
            text.Append("### ").AppendLine(title).AppendLine().AppendLine("```");
            var depth = new Dictionary<long, int> { [0] = 0 };
            foreach (var row in rows)
            {
                depth[row.Id] = depth.GetValueOrDefault(row.Parent) + 1;
                text.Append(' ', 2 * (depth[row.Id] - 1)).AppendLine(row.Detail);
            }
            text.AppendLine("```").AppendLine();
        }

        foreach (var (title, filter) in new[]
                 {
                     ("File d'attente, 1re page", new QueueFilter()),
                     ("File d'attente, une démarche, non attribués, plus récents d'abord", samples.FilteredQueue),
                     ("File d'attente, mes dossiers, tri par mise à jour", BenchmarkSamples.MineQueue),
                     ("File d'attente, dossiers clos, plus récents d'abord", BenchmarkSamples.ArchiveQueue),
                 })
        {
            var query = services.Queue.Query(samples.Agent, filter)!;
            await Plan(title + " — total", query.CountSql, query.Args);
            await Plan(title + " — page", query.PageSql, query.Args);
        }
        await Plan("Tableau de bord — dossiers suivis (DossierStore.ByCitizenSql)", DossierStore.ByCitizenSql, new { citizenId = samples.FrequentCitizen.Id });
        await Plan("Suivi — le dossier par son numéro (DossierStore.FindSql)", DossierStore.FindSql, new { number = samples.Open.Number });
        await Plan("Suivi et tableau de bord — l'historique (DossierStore.EventsAsync)",
            DossierStore.EventsSql, new { number = samples.Open.Number });
        return text.ToString();
    }
}
