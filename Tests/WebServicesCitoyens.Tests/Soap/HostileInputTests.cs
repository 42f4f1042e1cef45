using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WebServicesCitoyens.Tests.Soap;

/// <summary>
/// The hostile XML of the security reference: each gets a fault or a 4xx within a second, the
/// server stays up and nothing is stored.
/// </summary>
public sealed class HostileInputTests
{
    private static string Url => SharedHost.Host.ServiceUrl(Requests.BirthCertificate);

    private static async Task<(int Status, string Body)> Send(string content, string? operation = "Submit")
    {
        var before = SharedHost.Host.CountDossiers();
        var (status, body, elapsed) = await Infrastructure.Soap.PostAsync(Url, content, operation);
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "a hostile request must be refused quickly");
        Assert.That(SharedHost.Host.IsHealthy(), Is.True, "the server must stay up");
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before), "nothing may be stored");
        return (status, body);
    }

    private static string ValidSubmit() => Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("hostile"), Requests.BirthCertificateRequest()));

    [Test]
    public async Task A_doctype_with_an_external_entity_is_refused_without_reading_it()
    {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                  + ValidSubmit().Replace("Lefèvre</nomNaissance>", "&xxe;</nomNaissance>");
        var (status, body) = await Send(xxe);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("DOCTYPE"));
        Assert.That(body, Does.Not.Contain("root:"));
    }

    [Test]
    public async Task Billion_laughs_is_refused()
    {
        var entities = new StringBuilder("<!ENTITY l0 \"ha\">");
        for (var i = 1; i <= 10; i++) entities.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        var bomb = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [{entities}]>" + ValidSubmit().Replace("Lefèvre</nomNaissance>", "&l10;</nomNaissance>");
        var (status, _) = await Send(bomb);

        Assert.That(status, Is.EqualTo(400));
    }

    [Test]
    public async Task Nesting_100000_levels_deep_is_refused()
    {
        static string Deep(int levels) => string.Concat(Enumerable.Repeat("<a>", levels)) + string.Concat(Enumerable.Repeat("</a>", levels));

        // 100,000 levels is already over the size limit; 30,000 fits in it and meets the depth limit.
        Assert.That((await Send(Infrastructure.Soap.Envelope(Deep(100_000)))).Status, Is.EqualTo(413));
        var (status, body) = await Send(Infrastructure.Soap.Envelope(Deep(30_000)));
        Assert.That(status, Is.EqualTo(400));
        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("imbriqué"));
    }

    [Test]
    public async Task Thousands_of_attributes_are_refused()
    {
        var attributes = string.Concat(Enumerable.Range(0, 5000).Select(i => $" a{i}=\"x\""));
        var (status, _) = await Send(Infrastructure.Soap.Envelope($"<Submit xmlns=\"{Infrastructure.Soap.Ns}\"{attributes}/>"));

        Assert.That(status, Is.EqualTo(400));
    }

    [Test]
    public async Task Malformed_xml_and_trailing_garbage_are_refused()
    {
        Assert.That((await Send(ValidSubmit()[..200])).Status, Is.EqualTo(400));
        Assert.That((await Send(ValidSubmit() + "<garbage/>")).Status, Is.EqualTo(400));
    }

    [Test]
    public async Task Invalid_utf8_is_refused()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(ValidSubmit().Replace("Lefèvre</nomNaissance>", "LEFEVRE</nomNaissance>"));
        var index = Array.IndexOf(bytes, (byte)'L');
        bytes[index] = 0xC3; bytes[index + 1] = 0x28; // a lead byte followed by a non-continuation byte
        var before = SharedHost.Host.CountDossiers();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        using var response = await Infrastructure.Soap.Http.PostAsync(Url, content);

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_huge_element_name_is_refused()
    {
        var name = new string('n', 10_000);
        var (status, _) = await Send(Infrastructure.Soap.Envelope($"<{name} xmlns=\"{Infrastructure.Soap.Ns}\"/>"));
        Assert.That(status, Is.EqualTo(400));
    }

    [TestCase("NaN")]
    [TestCase("INF")]
    [TestCase("-1")]
    [TestCase("1e3")]
    public async Task Numbers_that_are_not_plain_integers_in_range_are_refused(string copies)
    {
        var (status, body) = await Send(Infrastructure.Soap.Envelope(
            Requests.SubmitBody(Requests.NewId("number"), Requests.BirthCertificateRequest(copies: copies))));
        Assert.That(status, Is.EqualTo(500));
        Assert.That(Infrastructure.Soap.FaultFields(body), Does.Contain("nombreExemplaires"));
    }

    [Test]
    public async Task A_duplicated_element_is_refused()
    {
        var request = Requests.BirthCertificateRequest();
        var copies = request.Element(Infrastructure.Soap.Tns + "nombreExemplaires")!;
        copies.AddAfterSelf(new System.Xml.Linq.XElement(copies));
        var (_, body) = await Send(Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("dup"), request)));
        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("(nombreExemplaires) est présent plusieurs fois"));
    }

    [Test]
    public async Task An_oversized_body_with_content_length_gets_413()
    {
        var huge = ValidSubmit().Replace("Lefèvre</nomNaissance>", new string('x', 2_000_000) + "</nomNaissance>");
        var (status, _) = await Send(huge);

        Assert.That(status, Is.EqualTo(413));
    }

    [Test]
    public async Task An_oversized_chunked_body_gets_413()
    {
        var port = new Uri(Url).Port;
        var before = SharedHost.Host.CountDossiers();
        using var socket = new TcpClient("127.0.0.1", port);
        var stream = socket.GetStream();
        var head = $"POST {new Uri(Url).AbsolutePath} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var chunk = new string('<', 64 * 1024);
        var status = "";
        try
        {
            for (var i = 0; i < 64; i++)
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n{chunk}\r\n"));
        }
        catch (IOException) { /* the server may close the connection as soon as it has answered */ }
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer);
        status = Encoding.ASCII.GetString(buffer, 0, read);

        Assert.That(status, Does.StartWith("HTTP/1.1 413"));
        Assert.That(SharedHost.Host.IsHealthy(), Is.True);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_body_that_is_not_soap_is_refused()
    {
        Assert.That((await Send("<Envelope><Body/></Envelope>")).Status, Is.EqualTo(500));
        var (status, _, _) = await Infrastructure.Soap.PostAsync(Url, "{\"json\":true}", "Submit", "application/json");
        Assert.That(status, Is.EqualTo(415));
    }

    [TestCase("PUT")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    [TestCase("OPTIONS")]
    public async Task Methods_other_than_get_and_post_never_reach_soapcore(string method)
    {
        var before = SharedHost.Host.CountDossiers();
        using var request = new HttpRequestMessage(new HttpMethod(method), Url)
        {
            Content = new StringContent(Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("method"), Requests.BirthCertificateRequest(copies: "999"))),
                System.Text.Encoding.UTF8, "text/xml"),
        };
        using var response = await Infrastructure.Soap.Http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [TestCase("/")]
    [TestCase("/Submit")]
    public async Task Sub_paths_of_an_endpoint_never_reach_soapcore(string suffix)
    {
        var before = SharedHost.Host.CountDossiers();
        var (status, _, _) = await Infrastructure.Soap.PostAsync(Url + suffix, ValidSubmit(), "Submit");

        Assert.That(status, Is.EqualTo(404));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task An_action_in_the_content_type_or_a_ws_addressing_header_must_match_the_body()
    {
        var before = SharedHost.Host.CountDossiers();
        var inContentType = await Infrastructure.Soap.PostAsync(Url, ValidSubmit(), operation: null,
            contentType: $"text/xml; charset=utf-8; action=\"{WebServicesCitoyens.Schemas.WsdlGenerator.SoapAction("GetStatus")}\"");
        var addressed = ValidSubmit().Replace("<s:Body>",
            $"<s:Header><a:Action xmlns:a=\"http://www.w3.org/2005/08/addressing\">{WebServicesCitoyens.Schemas.WsdlGenerator.SoapAction("GetForm")}</a:Action></s:Header><s:Body>");
        var inHeader = await Infrastructure.Soap.PostAsync(Url, addressed, operation: null);

        foreach (var (status, body, _) in new[] { inContentType, inHeader })
        {
            Assert.That(status, Is.EqualTo(500));
            Assert.That(XDocumentFaultCode(body), Is.EqualTo("s:Client"));
            Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("ne correspond pas à l'opération Submit"));
        }
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    private static string XDocumentFaultCode(string body) => System.Xml.Linq.XDocument.Parse(body).Descendants("faultcode").Single().Value;

    [Test]
    public async Task SoapCore_form_post_operations_are_disabled()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["CommuneCode"] = Requests.Commune });
        var before = SharedHost.Host.CountDossiers();
        var response = await Infrastructure.Soap.Http.PostAsync(Url + "/GetForm", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("GetFormResult"));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }
}
