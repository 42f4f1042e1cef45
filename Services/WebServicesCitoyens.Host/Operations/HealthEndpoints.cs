using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// The probes, public and free of personal data and versions: <c>/health/live</c> (the process answers; no check
/// runs), <c>/health/ready</c> and its alias <c>/health</c> (store, migrations, catalogue). 200 with a plain
/// « prêt », or 503 with the names of the failed checks and their short reason, one per line.
/// </summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static void AddHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<CatalogueHealthCheck>("catalogue", tags: [ReadyTag]);

    public static void MapHealth(this WebApplication app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteReadiness };
        app.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (context, _) => Plain(context, OperationsTexts.Live),
        });
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health", ready);
    }

    private static Task WriteReadiness(HttpContext context, HealthReport report) =>
        Plain(context, report.Status == HealthStatus.Healthy
            ? OperationsTexts.Ready
            : string.Join("\n", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Description}")));

    private static Task Plain(HttpContext context, string text)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text + "\n");
    }
}
