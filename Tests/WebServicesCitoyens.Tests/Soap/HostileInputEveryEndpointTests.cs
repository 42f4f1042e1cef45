using System.Net.Sockets;
using System.Text;
using System.Xml.Linq;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Soap;

/// <summary>
/// The hostile-input list of the security reference (OWASP XML Security Cheat Sheet) sent to every SOAP
/// endpoint of the host: each procedure's service and each platform service. Each case gets its refusal
/// (a SOAP fault or the HTTP status the guard answers), the host stays up, and nothing is stored.
/// HostileInputTests goes deeper on one procedure (field values, methods, sub-paths).
/// </summary>
public sealed class HostileInputEveryEndpointTests
{
    /// <summary>A SOAP endpoint and what a well-formed call to it names.</summary>
    public sealed record Endpoint(string Name, string Path, string Namespace, string Operation, string OtherOperation, Func<string, string> Action)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Endpoint> Endpoints() =>
        Definitions.Catalogue.Procedures.Select(p => new Endpoint(p.Code, $"/services/procedures/{p.Code}.svc", Infrastructure.Soap.Ns,
                "Submit", "GetStatus", WsdlGenerator.SoapAction))
            .Concat(ServiceContract.All.Select(c => new Endpoint(c.FileName, c.EndpointPath, c.Service.Namespace,
                c.Service.Operations[0], c.Service.Operations.Count > 1 ? c.Service.Operations[1] : "Autre", c.Service.SoapAction)));

    private static string Operation(Endpoint endpoint, string content = "") =>
        Infrastructure.Soap.Envelope($"<{endpoint.Operation} xmlns=\"{endpoint.Namespace}\">{content}</{endpoint.Operation}>");

    /// <summary>Sends the body and checks the host is up and the store unchanged; the answer's status and body.</summary>
    private static async Task<(int Status, string Body)> SendAsync(Endpoint endpoint, HttpContent content, string? action = null)
    {
        var before = Fingerprint();
        using var request = new HttpRequestMessage(HttpMethod.Post, SharedHost.Host.BaseUrl + endpoint.Path) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action ?? endpoint.Action(endpoint.Operation)}\"");
        using var response = await Infrastructure.Soap.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(SharedHost.Host.IsHealthy(), Is.True, "the host must stay up");
        Assert.That(Fingerprint(), Is.EqualTo(before), "nothing may be stored");
        return ((int)response.StatusCode, body);
    }

    private static Task<(int Status, string Body)> SendAsync(Endpoint endpoint, string text, string? action = null) =>
        SendAsync(endpoint, new StringContent(text, Encoding.UTF8, "text/xml"), action);

    /// <summary>What any call could have stored: dossiers, their events, accounts, sessions, vendor clients, mails, ratings and reports.</summary>
    internal static string Fingerprint() => SharedHost.Host.Rows(
        """
        SELECT (SELECT COUNT(*) FROM dossiers) AS dossiers, (SELECT COUNT(*) FROM dossier_events) AS events,
               (SELECT COUNT(*) FROM citizens) AS citizens, (SELECT COUNT(*) FROM agent_sessions) AS agent_sessions,
               (SELECT COUNT(*) FROM vendor_clients) AS vendor_clients, (SELECT COUNT(*) FROM outbox) AS mails,
               (SELECT COUNT(*) FROM feedback) AS feedback
        """);

    private static void IsRefusedWith(int status, (int Status, string Body) answer, params int[] expected) =>
        Assert.That(answer.Status, Is.AnyOf(expected.Prepend(status).Cast<object>().ToArray()), answer.Body);

    [TestCaseSource(nameof(Endpoints))]
    public async Task A_doctype_with_an_external_entity_is_refused_without_reading_it(Endpoint endpoint)
    {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + Operation(endpoint, "&xxe;");
        var answer = await SendAsync(endpoint, xxe);

        IsRefusedWith(400, answer);
        Assert.That(Infrastructure.Soap.FaultString(answer.Body), Does.Contain("DOCTYPE"));
        Assert.That(answer.Body, Does.Not.Contain("root:"));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Billion_laughs_and_quadratic_blowup_are_refused(Endpoint endpoint)
    {
        var entities = new StringBuilder("<!ENTITY l0 \"ha\">");
        for (var i = 1; i <= 10; i++) entities.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        IsRefusedWith(400, await SendAsync(endpoint, $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [{entities}]>" + Operation(endpoint, "&l10;")));

        var quadratic = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY a \"{new string('a', 50_000)}\">]>"
                        + Operation(endpoint, string.Concat(Enumerable.Repeat("&a;", 2_000)));
        IsRefusedWith(400, await SendAsync(endpoint, quadratic));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Very_deep_nesting_and_unclosed_tags_are_refused(Endpoint endpoint)
    {
        static string Deep(int levels) => string.Concat(Enumerable.Repeat("<a>", levels)) + string.Concat(Enumerable.Repeat("</a>", levels));

        // 100,000 levels is over most endpoints' size limit (413); within it, the depth limit refuses it (400).
        IsRefusedWith(400, await SendAsync(endpoint, Operation(endpoint, Deep(100_000))), 413);
        IsRefusedWith(400, await SendAsync(endpoint, Operation(endpoint, string.Concat(Enumerable.Repeat("<a>", 1_000)))));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Thousands_of_attributes_and_a_huge_element_name_are_refused(Endpoint endpoint)
    {
        var attributes = string.Concat(Enumerable.Range(0, 5000).Select(i => $" a{i}=\"x\""));
        IsRefusedWith(400, await SendAsync(endpoint,
            Infrastructure.Soap.Envelope($"<{endpoint.Operation} xmlns=\"{endpoint.Namespace}\"{attributes}/>")));
        var name = new string('n', 10_000);
        IsRefusedWith(400, await SendAsync(endpoint, Infrastructure.Soap.Envelope($"<{name} xmlns=\"{endpoint.Namespace}\"/>")));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task Malformed_xml_trailing_garbage_and_invalid_utf8_are_refused(Endpoint endpoint)
    {
        var call = Operation(endpoint);
        IsRefusedWith(400, await SendAsync(endpoint, call[..(call.Length / 2)]));
        IsRefusedWith(400, await SendAsync(endpoint, call + "<garbage/>"));

        var bytes = Encoding.UTF8.GetBytes(Operation(endpoint, "<x>AB</x>"));
        var at = Encoding.UTF8.GetString(bytes).IndexOf("AB", StringComparison.Ordinal);
        bytes[at] = 0xC3; bytes[at + 1] = 0x28; // a lead byte followed by a non-continuation byte
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        IsRefusedWith(400, await SendAsync(endpoint, content));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task An_oversized_body_is_refused_announced_or_chunked(Endpoint endpoint)
    {
        // Over every endpoint's limit (the citizen account's, for a 5 MiB document in base64, is the largest).
        var huge = Operation(endpoint, $"<x>{new string('x', 9 * 1024 * 1024)}</x>");
        IsRefusedWith(413, await SendAsync(endpoint, huge));

        var before = Fingerprint();
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", new Uri(SharedHost.Host.BaseUrl).Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {endpoint.Path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"));
        var chunk = new string('<', 64 * 1024);
        try
        {
            for (var i = 0; i < 160; i++) await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n{chunk}\r\n"));
        }
        catch (IOException) { /* the host may close the connection once over its limit */ }
        var answer = new byte[64];
        var read = await stream.ReadAsync(answer);
        Assert.That(Encoding.ASCII.GetString(answer, 0, read), Does.StartWith("HTTP/1.1 413"));
        Assert.That(SharedHost.Host.IsHealthy(), Is.True);
        Assert.That(Fingerprint(), Is.EqualTo(before));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task A_soapaction_naming_another_operation_than_the_body_is_refused(Endpoint endpoint)
    {
        var answer = await SendAsync(endpoint, Operation(endpoint), endpoint.Action(endpoint.OtherOperation));

        IsRefusedWith(500, answer, 400);
        Assert.That(XDocument.Parse(answer.Body).Descendants("faultcode").Single().Value, Is.EqualTo("s:Client"));
    }

    [TestCaseSource(nameof(Endpoints))]
    public async Task An_unexpected_element_is_refused_naming_it(Endpoint endpoint)
    {
        var answer = await SendAsync(endpoint, Operation(endpoint, "<ChampInconnu>x</ChampInconnu>"));

        IsRefusedWith(500, answer);
        Assert.That(XDocument.Parse(answer.Body).Descendants("faultcode").Single().Value, Is.EqualTo("s:Client"));
        Assert.That(Infrastructure.Soap.FaultString(answer.Body), Does.Contain("ChampInconnu"));
    }
}
