using System.Globalization;
using Dapper;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// What the store holds that an operator watches, read at each scrape with indexed queries only: dossiers
/// waiting per state (index dossiers_state), and the outbox backlog — notifications not yet sent (outbox_due)
/// and webhook deliveries not yet delivered (webhook_deliveries_due) — with the age of the oldest.
/// </summary>
public sealed class StoreGauges(Database database, TimeProvider clock)
{
    private static readonly string[] WaitingStates = [DossierStates.Open, DossierStates.AwaitingCitizen];
    private static readonly (string Queue, string Sql)[] Backlogs =
    [
        ("notifications", "SELECT COUNT(*) AS Pending, MIN(created_at) AS Oldest FROM outbox WHERE sent_at IS NULL"),
        ("webhooks", "SELECT COUNT(*) AS Pending, MIN(created_at) AS Oldest FROM webhook_deliveries WHERE delivered_at IS NULL"),
    ];

    public async Task WriteAsync(PrometheusText text, CancellationToken cancellation)
    {
        await using var connection = await database.OpenAsync(cancellation);
        text.Family("wsc_dossiers_waiting", "gauge", "Dossiers not closed, by processing state.");
        foreach (var state in WaitingStates)
        {
            var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM dossiers WHERE state = @state", new { state }, cancellationToken: cancellation));
            text.Sample("wsc_dossiers_waiting", PrometheusText.With("", "state", state), count);
        }
        var now = clock.GetUtcNow();
        var backlogs = new List<(string Queue, long Pending, double OldestSeconds)>();
        foreach (var (queue, sql) in Backlogs)
        {
            var row = await connection.QuerySingleAsync<(long Pending, string? Oldest)>(new CommandDefinition(sql, cancellationToken: cancellation));
            var age = row.Oldest is null ? 0 : Math.Max(0, (now - DateTimeOffset.Parse(row.Oldest, CultureInfo.InvariantCulture)).TotalSeconds);
            backlogs.Add((queue, row.Pending, Math.Round(age, 3)));
        }
        text.Family("wsc_outbox_pending", "gauge", "Messages written but not yet delivered: notifications (e-mail) and webhook deliveries.");
        foreach (var (queue, pending, _) in backlogs) text.Sample("wsc_outbox_pending", PrometheusText.With("", "queue", queue), pending);
        text.Family("wsc_outbox_oldest_age_seconds", "gauge", "Age of the oldest message not yet delivered (0 when none waits).");
        foreach (var (queue, _, age) in backlogs) text.Sample("wsc_outbox_oldest_age_seconds", PrometheusText.With("", "queue", queue), age);
    }
}
