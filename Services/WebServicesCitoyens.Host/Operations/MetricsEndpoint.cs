using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// <c>/metrics</c> in the Prometheus text format, never public: answered to a loopback caller without a
/// forwarding header (Metrics:AllowLoopback, default true; set it to false when a reverse proxy on the same
/// machine forwards the public's requests) or to <c>Authorization: Bearer {Metrics:BearerToken}</c> when one
/// is configured. Anyone else gets the 404 of an address that does not exist.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void AddMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PlatformMetrics>();
        builder.Services.AddSingleton<StoreGauges>();
    }

    public static void MapMetrics(this WebApplication app)
    {
        var allowLoopback = app.Configuration.GetValue("Metrics:AllowLoopback", true);
        var token = app.Configuration["Metrics:BearerToken"] is { Length: > 0 } configured ? Encoding.UTF8.GetBytes("Bearer " + configured) : null;
        app.MapGet(Path, async (HttpContext context, PlatformMetrics metrics, StoreGauges gauges) =>
        {
            if (!Allowed(context, allowLoopback, token)) return Results.NotFound();
            var text = new PrometheusText();
            metrics.Write(text);
            await gauges.WriteAsync(text, context.RequestAborted);
            return Results.Text(text.ToString(), PrometheusText.ContentType);
        });
    }

    private static bool Allowed(HttpContext context, bool allowLoopback, byte[]? token)
    {
        if (token is not null && context.Request.Headers.Authorization is [{ } given]
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), token))
            return true;
        return allowLoopback && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
            && !context.Request.Headers.ContainsKey("X-Forwarded-For") && !context.Request.Headers.ContainsKey("Forwarded");
    }
}
