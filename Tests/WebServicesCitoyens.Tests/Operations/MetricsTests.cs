using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Operations;

/// <summary>
/// /metrics in the Prometheus text format: request and fault counters move with the calls, the duration
/// histogram counts them, the queue depth and the outbox backlog are read from the store; the text parses;
/// only a loopback caller or the configured bearer token reads it, anyone else gets a 404.
/// </summary>
public sealed partial class MetricsTests
{
    private const string SubmitLabels = "service=\"procedures/etat-civil.acte-naissance\",operation=\"Submit\"";

    private static async Task<string> ScrapeAsync(HostProcess host)
    {
        using var response = await S.Http.GetAsync(host.BaseUrl + "/metrics");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.ToString(), Does.StartWith("text/plain; version=0.0.4"));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of one sample, 0 when the series does not exist yet.</summary>
    private static double Value(string text, string series) =>
        text.Split('\n').Where(line => line.StartsWith(series + " ")).Select(line => double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture))
            .SingleOrDefault();

    [Test]
    public async Task Requests_faults_durations_and_waiting_dossiers_move_after_calls()
    {
        var before = await ScrapeAsync(SharedHost.Host);
        await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest());
        var incomplete = Requests.BirthCertificateRequest();
        incomplete.Element(S.Tns + "nombreExemplaires")!.Remove();
        var (status, _, _) = await S.PostAsync(SharedHost.Host.ServiceUrl(Requests.BirthCertificate),
            S.Envelope(Requests.SubmitBody(Requests.NewId("metrics"), incomplete)), "Submit");
        Assert.That(status, Is.EqualTo(500));

        var after = await ScrapeAsync(SharedHost.Host);

        Assert.That(Value(after, $"wsc_requests_total{{{SubmitLabels},status=\"200\"}}"), Is.GreaterThanOrEqualTo(Value(before, $"wsc_requests_total{{{SubmitLabels},status=\"200\"}}") + 1));
        Assert.That(Value(after, $"wsc_requests_total{{{SubmitLabels},status=\"500\"}}"), Is.GreaterThanOrEqualTo(Value(before, $"wsc_requests_total{{{SubmitLabels},status=\"500\"}}") + 1));
        Assert.That(Value(after, $"wsc_soap_faults_total{{{SubmitLabels}}}"), Is.GreaterThanOrEqualTo(Value(before, $"wsc_soap_faults_total{{{SubmitLabels}}}") + 1));
        const string count = "wsc_request_duration_seconds_count{service=\"procedures/etat-civil.acte-naissance\"}";
        Assert.That(Value(after, count), Is.GreaterThanOrEqualTo(Value(before, count) + 2));
        Assert.That(Value(after, "wsc_requests_total{service=\"web\",operation=\"/metrics\",status=\"200\"}"), Is.GreaterThanOrEqualTo(1), "the scrape before counted");
        Assert.That(Value(after, "wsc_dossiers_waiting{state=\"Open\"}"), Is.GreaterThanOrEqualTo(Value(before, "wsc_dossiers_waiting{state=\"Open\"}") + 1));
        Assert.That(Value(after, "wsc_dossiers_waiting{state=\"Open\"}"), Is.EqualTo(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossiers WHERE state = 'Open'")).Within(5),
            "the gauge is the store's count (other tests may file meanwhile)");
    }

    [Test]
    public async Task The_outbox_backlog_counts_the_mails_waiting_and_the_age_of_the_oldest()
    {
        // The shared host has no SMTP server: the citizen's mail of a submission stays in the outbox.
        await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest());
        await Task.Delay(1100);

        var text = await ScrapeAsync(SharedHost.Host);

        var pending = SharedHost.Host.Scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");
        Assert.That(pending, Is.GreaterThan(0));
        Assert.That(Value(text, "wsc_outbox_pending{queue=\"notifications\"}"), Is.EqualTo(pending).Within(5));
        Assert.That(Value(text, "wsc_outbox_oldest_age_seconds{queue=\"notifications\"}"), Is.GreaterThanOrEqualTo(1));
        Assert.That(text, Does.Contain("wsc_outbox_pending{queue=\"webhooks\"} ").And.Contain("wsc_outbox_oldest_age_seconds{queue=\"webhooks\"} "));
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*"(,[a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*")*)\})? (?<value>[-+]?([0-9.]+([eE][-+]?[0-9]+)?|Inf)|NaN)$""")]
    private static partial Regex Sample();

    [GeneratedRegex(@"^# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .+|TYPE (?<name>[a-zA-Z_:][a-zA-Z0-9_:]*) (?<type>counter|gauge|histogram|summary|untyped))$")]
    private static partial Regex Comment();

    [Test]
    public async Task The_text_is_in_the_exposition_format_with_each_sample_under_its_declared_family_and_cumulative_buckets()
    {
        await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest());
        var text = await ScrapeAsync(SharedHost.Host);

        Assert.That(text, Does.EndWith("\n"));
        var declared = new Dictionary<string, string>();
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                var comment = Comment().Match(line);
                Assert.That(comment.Success, Is.True, $"not a comment line of the format: {line}");
                if (comment.Groups["type"].Success) declared[comment.Groups["name"].Value] = comment.Groups["type"].Value;
                continue;
            }
            var sample = Sample().Match(line);
            Assert.That(sample.Success, Is.True, $"not a sample line of the format: {line}");
            var name = sample.Groups["name"].Value;
            var family = declared.ContainsKey(name) ? name : Regex.Replace(name, "_(bucket|sum|count)$", "");
            Assert.That(declared, Does.ContainKey(family), $"{name} has no TYPE before it");
        }
        Assert.That(declared, Does.ContainKey("wsc_requests_total").And.ContainKey("wsc_soap_faults_total").And.ContainKey("wsc_request_duration_seconds")
            .And.ContainKey("wsc_dossiers_waiting").And.ContainKey("wsc_outbox_pending").And.ContainKey("wsc_outbox_oldest_age_seconds"));

        const string labels = "service=\"procedures/etat-civil.acte-naissance\"";
        var buckets = text.Split('\n').Where(l => l.StartsWith($"wsc_request_duration_seconds_bucket{{{labels},"))
            .Select(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)).ToList();
        Assert.That(buckets, Has.Count.EqualTo(12));
        Assert.That(buckets, Is.Ordered, "buckets are cumulative");
        Assert.That(buckets[^1], Is.EqualTo(Value(text, $"wsc_request_duration_seconds_count{{{labels}}}")), "+Inf is the count");
    }

    [Test]
    public async Task An_operation_the_service_does_not_have_is_counted_without_its_name()
    {
        var invented = "Invente" + Guid.NewGuid().ToString("N")[..8];
        var (status, _, _) = await S.PostAsync(SharedHost.Host.ServiceUrl(Requests.BirthCertificate),
            S.Envelope($"<tns:{invented} xmlns:tns=\"{S.Ns}\"/>"), null);
        Assert.That(status, Is.EqualTo(500));

        var text = await ScrapeAsync(SharedHost.Host);

        Assert.That(text, Does.Not.Contain(invented), "a caller cannot add series");
        Assert.That(Value(text, "wsc_soap_faults_total{service=\"procedures/etat-civil.acte-naissance\",operation=\"\"}"), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task A_loopback_caller_behind_a_forwarding_proxy_gets_a_404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SharedHost.Host.BaseUrl + "/metrics");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.7");
        using var response = await S.Http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Without_loopback_access_only_the_configured_bearer_token_reads_the_metrics()
    {
        const string token = "jeton-de-supervision-ops-2026";
        using var host = HostProcess.Start(new Dictionary<string, string> { ["Metrics__AllowLoopback"] = "false", ["Metrics__BearerToken"] = token });

        async Task<HttpStatusCode> Scrape(string? authorization)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, host.BaseUrl + "/metrics");
            if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var response = await S.Http.SendAsync(request);
            return response.StatusCode;
        }

        Assert.That(await Scrape(null), Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await Scrape("Bearer " + token + "x"), Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await Scrape("Basic " + token), Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await Scrape("Bearer " + token), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(host.Output, Does.Not.Contain(token), "the token is never logged");
    }
}
