using System.Xml.Linq;
using WebServicesCitoyens.Contracts;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Operations;

/// <summary>
/// Every request gets a correlation id (the caller's X-Correlation-Id when sane, else a new one), answered in
/// the same header, carried by every log line of the request, the one request line included, and by the SOAP
/// fault and its log line; every line of the log is one JSON object with a UTC ISO-8601 timestamp.
/// </summary>
public sealed class CorrelationTests
{
    private static async Task<(HttpResponseMessage Response, string Body)> SubmitAsync(HostProcess host, string? correlationId, XElement request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, host.ServiceUrl(Requests.BirthCertificate))
        {
            Content = new StringContent(S.Envelope(Requests.SubmitBody(Requests.NewId("correlation"), request)), System.Text.Encoding.UTF8, "text/xml"),
        };
        message.Headers.TryAddWithoutValidation("SOAPAction", $"\"{WebServicesCitoyens.Schemas.WsdlGenerator.SoapAction("Submit")}\"");
        if (correlationId is not null) message.Headers.TryAddWithoutValidation("X-Correlation-Id", correlationId);
        var response = await S.Http.SendAsync(message);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_sane_correlation_id_comes_back_in_the_header_and_in_the_one_request_line_with_the_SOAP_operation()
    {
        var correlationId = "ops-" + Guid.NewGuid().ToString("N")[..12];

        var (response, body) = await SubmitAsync(SharedHost.Host, correlationId, Requests.BirthCertificateRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(200), body);
        Assert.That(response.Headers.GetValues("X-Correlation-Id").Single(), Is.EqualTo(correlationId));
        var line = LogLines.RequestLines(await LogLines.OfRequestAsync(SharedHost.Host, correlationId)).Single();
        Assert.That(LogLines.State(line, "Method"), Is.EqualTo("POST"));
        Assert.That(LogLines.State(line, "Path"), Is.EqualTo("/services/procedures/etat-civil.acte-naissance.svc"));
        Assert.That(LogLines.State(line, "SoapOperation"), Is.EqualTo("Submit"));
        Assert.That(LogLines.State(line, "Status"), Is.EqualTo("200"));
        Assert.That(double.Parse(LogLines.State(line, "DurationMs"), System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0));
        Assert.That(LogLines.State(line, "SoapFault"), Is.EqualTo("False"));
    }

    [TestCase("a b")]
    [TestCase("<script>")]
    [TestCase("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task An_unfit_correlation_id_is_replaced_by_a_new_one(string given)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SharedHost.Host.BaseUrl + "/health/live");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", given);
        using var response = await S.Http.SendAsync(request);

        var answered = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.That(answered, Is.Not.EqualTo(given));
        Assert.That(answered, Does.Match("^[0-9a-f]{32}$"));
    }

    [Test]
    public async Task A_request_without_correlation_id_gets_a_new_one_for_each_request()
    {
        using var first = await S.Http.GetAsync(SharedHost.Host.BaseUrl + "/health/live");
        using var second = await S.Http.GetAsync(SharedHost.Host.BaseUrl + "/health/live");

        var ids = new[] { first, second }.Select(r => r.Headers.GetValues("X-Correlation-Id").Single()).ToList();
        Assert.That(ids, Is.All.Match("^[0-9a-f]{32}$"));
        Assert.That(ids[0], Is.Not.EqualTo(ids[1]));
    }

    [Test]
    public async Task A_refused_request_logs_its_refusal_and_its_request_line_as_a_fault_under_the_caller_s_id()
    {
        var correlationId = "ops-refused-" + Guid.NewGuid().ToString("N")[..8];
        var request = Requests.BirthCertificateRequest();
        request.Element(S.Tns + "nombreExemplaires")!.Remove();

        var (response, body) = await SubmitAsync(SharedHost.Host, correlationId, request);

        Assert.That((int)response.StatusCode, Is.EqualTo(500), body);
        var lines = await LogLines.OfRequestAsync(SharedHost.Host, correlationId);
        Assert.That(lines.Select(l => l.GetProperty("Message").GetString()), Has.Some.StartWith("SOAP request to /services/procedures/etat-civil.acte-naissance.svc refused"));
        var requestLine = LogLines.RequestLines(lines).Single();
        Assert.That(LogLines.State(requestLine, "SoapFault"), Is.EqualTo("True"));
        Assert.That(LogLines.State(requestLine, "SoapOperation"), Is.EqualTo("Submit"));
    }

    [Test]
    public async Task A_server_fault_names_the_caller_s_correlation_id_and_its_error_line_carries_it()
    {
        using var host = HostProcess.Start();
        host.Execute("DROP TABLE dossier_events");
        var correlationId = "ops-fault-" + Guid.NewGuid().ToString("N")[..8];

        var (response, body) = await SubmitAsync(host, correlationId, Requests.BirthCertificateRequest());

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        Assert.That(XDocument.Parse(body).Descendants(XName.Get("CorrelationId", ContractNamespaces.Faults)).Single().Value, Is.EqualTo(correlationId));
        var lines = await LogLines.OfRequestAsync(host, correlationId);
        var errors = lines.Where(l => l.GetProperty("LogLevel").GetString() == "Error").ToList();
        Assert.That(errors.Select(l => l.GetProperty("Message").GetString()), Does.Contain($"SOAP operation failed; correlation id {correlationId}"));
        Assert.That(errors.Select(l => l.TryGetProperty("Exception", out var e) ? e.GetString() : ""), Has.Some.Contain("dossier_events"));
        Assert.That(LogLines.State(LogLines.RequestLines(lines).Single(), "SoapFault"), Is.EqualTo("True"));
    }

    [Test]
    public async Task Every_log_line_is_one_JSON_object_with_a_UTC_ISO_8601_timestamp()
    {
        await Requests.SubmitAsync(Requests.BirthCertificate, Requests.BirthCertificateRequest());
        await Task.Delay(500);

        var jsonLines = SharedHost.Host.Output.Split('\n').Where(line => line.StartsWith('{')).ToList();
        var lines = LogLines.Parse(SharedHost.Host.Output);

        Assert.That(lines, Has.Count.GreaterThan(3));
        Assert.That(lines, Has.Count.EqualTo(jsonLines.Count), "each line that opens an object closes it on the same line");
        Assert.That(lines.Select(l => l.GetProperty("Timestamp").GetString()),
            Is.All.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
        var latest = DateTime.Parse(lines[^1].GetProperty("Timestamp").GetString()!, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.That(latest, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(10)), "the timestamp is UTC, not local time");
    }
}
