using System.Globalization;
using System.Text;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Host.Hosting;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Webhooks;

/// <summary>
/// The rhythm of webhook deliveries (<c>Webhooks:PollSeconds</c>, <c>RetryBaseSeconds</c>, <c>RetryMaxSeconds</c>,
/// <c>MaxFailures</c>: consecutive failures after which a client's callback is disabled).
/// </summary>
public sealed record WebhookSettings(TimeSpan PollInterval, TimeSpan RetryBase, TimeSpan RetryMax, int MaxFailures)
{
    public static WebhookSettings From(IConfiguration configuration) => new(
        Seconds(configuration, "Webhooks:PollSeconds", 5), Seconds(configuration, "Webhooks:RetryBaseSeconds", 30),
        Seconds(configuration, "Webhooks:RetryMaxSeconds", 3600),
        int.TryParse(configuration["Webhooks:MaxFailures"], CultureInfo.InvariantCulture, out var max) && max > 0 ? max : 10);

    private static TimeSpan Seconds(IConfiguration configuration, string key, double fallback) =>
        TimeSpan.FromSeconds(double.TryParse(configuration[key], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback);
}

/// <summary>
/// POSTs the webhook deliveries due to the clients' callback URLs: the JSON body, signed with the client's
/// secret, opened from the store for that (<see cref="WebhookSignature"/>, <see cref="VendorSecrets"/>), with
/// the time of sending. Only to an address the SSRF guard allows, checked on the address connected to
/// (<see cref="GuardedConnection"/>). A 2xx answer delivers it; anything else (another status, no answer
/// within 15 s, a redirection, which is never followed, a refused address) is logged and retried after an
/// exponential backoff, as the mail outbox; each host claims one delivery at a time with a short lease, so only one sends each.
/// </summary>
public sealed class WebhookSender(WebhookStore store, WebhookSettings settings, VendorSecrets secrets, CallbackPolicy policy, TimeProvider clock,
    ILogger<WebhookSender> logger) : BackgroundService
{
    /// <summary>How many deliveries one round sends before the next round looks again.</summary>
    private const int BatchSize = 10;

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(10), ConnectCallback = GuardedConnection.For(policy),
        UseProxy = false,
    })
    {
        Timeout = WebhookStore.AttemptTimeout,
    };

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PollingLoop.RunAsync(SendDueAsync, settings.PollInterval, clock, e => logger.LogError(e, "The webhook deliveries could not be read or updated"),
            stoppingToken);

    private async Task<bool> SendDueAsync(CancellationToken cancellation)
    {
        for (var i = 0; i < BatchSize; i++)
        {
            // Claimed one at a time, each with its own short lease (WebhookStore.Lease).
            if ((await store.ClaimDueAsync(clock.GetUtcNow(), 1, cancellation)) is not [var delivery]) return false;
            int? status = null;
            string? error = null;
            try
            {
                // A URL declared in clear before the guard, or while the setting allowed it, is not sent.
                if (!policy.IsAcceptable(delivery.CallbackUrl)) throw new CallbackRefusedException(FluxTexts.CallbackSchemeRefusedAtSend);
                using var request = new HttpRequestMessage(HttpMethod.Post, delivery.CallbackUrl)
                {
                    Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
                };
                var timestamp = WebhookSignature.TimestampOf(clock.GetUtcNow());
                request.Headers.TryAddWithoutValidation(WebhookSignature.Header,
                    WebhookSignature.Of(timestamp, delivery.Body, secrets.Open(delivery.ClientId, delivery.SecretSealed)));
                request.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, timestamp);
                using var response = await _http.SendAsync(request, cancellation);
                status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode) error = $"HTTP {status}";
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                error = Refusal(e) is { } refused ? refused.Message : $"{e.GetType().Name}: {MessageTemplate.OneLine(e.Message)}";
            }
            var delivered = error is null;
            if (!delivered) logger.LogWarning("Webhook {Id} to client {Client} not delivered: {Error}", delivery.Id, delivery.ClientId, error);
            var now = clock.GetUtcNow();
            await store.RecordAsync(delivery, now, status, error, delivered,
                delivered ? now : now + OutboxStore.Backoff(delivery.Attempts + 1, settings.RetryBase, settings.RetryMax), settings.MaxFailures);
        }
        return true;
    }

    /// <summary>The guard's refusal, however deep HttpClient wrapped it.</summary>
    private static CallbackRefusedException? Refusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is CallbackRefusedException refused) return refused;
        return null;
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }
}
