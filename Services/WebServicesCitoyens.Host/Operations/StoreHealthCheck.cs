using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// Readiness of the store: a real query on it (the migrations' journal, which every engine DbUp serves keeps
/// as <c>schemaversions</c>) within <see cref="Timeout"/>, and every migration embedded in this build found
/// in that journal — a host on a store another version left behind is not ready.
/// </summary>
public sealed class StoreHealthCheck(Database database, ILogger<StoreHealthCheck> logger) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private static readonly IReadOnlyList<string> Embedded = typeof(Migrator).Assembly.GetManifestResourceNames()
        .Where(name => name.Contains(".Storage.Migrations.")).ToList();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        IReadOnlySet<string> applied;
        try
        {
            await using var connection = await database.OpenAsync(timeout.Token);
            applied = (await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT scriptname FROM schemaversions", cancellationToken: timeout.Token))).ToHashSet();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The cause goes to the log only: the probe's answer is public.
            logger.LogWarning(e, "Readiness: the store does not answer");
            return HealthCheckResult.Unhealthy(OperationsTexts.StoreUnreachable);
        }
        var pending = Embedded.Where(name => !applied.Contains(name)).ToList();
        if (pending.Count == 0) return HealthCheckResult.Healthy();
        logger.LogWarning("Readiness: {Count} migrations not applied, first {First}", pending.Count, pending.Min());
        return HealthCheckResult.Unhealthy(OperationsTexts.MigrationsPending);
    }
}
