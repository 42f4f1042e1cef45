using System.Net.Sockets;
using System.Text;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Tests.Soap;

/// <summary>
/// The guard's body limit is each endpoint's: 256 KiB for the procedures and the catalogue, about
/// 7 MiB for the citizen account (a 5 MiB document in base64), and hostile XML is refused there as
/// quickly as anywhere.
/// </summary>
public sealed class BodyLimitTests
{
    private static string CitizenAccount => SharedHost.Host.BaseUrl + "/services/CitizenAccount.svc";

    /// <summary>A well-formed envelope of exactly <paramref name="size"/> bytes (padded with a comment).</summary>
    private static string EnvelopeOf(int size, string body)
    {
        var head = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + body + "</s:Body></s:Envelope><!--";
        return head + new string('x', size - Encoding.UTF8.GetByteCount(head) - 3) + "-->";
    }

    private static string Upload(string content) =>
        $"<UploadDocument xmlns=\"{ContractNamespaces.Citizen}\"><SessionToken>{new string('a', 43)}</SessionToken>"
        + $"<FileName>x.pdf</FileName><Content>{content}</Content></UploadDocument>";

    public static IEnumerable<TestCaseData> SmallEndpoints()
    {
        yield return new TestCaseData("/services/procedures/" + Requests.BirthCertificate + ".svc", "GetForm",
            $"<GetForm xmlns=\"{ContractNamespaces.Procedure}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>").SetArgDisplayNames("procedure");
        yield return new TestCaseData("/services/Catalogue.svc", null, $"<GetThemes xmlns=\"{ContractNamespaces.Catalogue}\"/>").SetArgDisplayNames("catalogue");
    }

    [TestCaseSource(nameof(SmallEndpoints))]
    public async Task The_procedures_and_the_catalogue_still_refuse_one_byte_over_256_kib(string path, string? operation, string body)
    {
        var url = SharedHost.Host.BaseUrl + path;

        var (atLimit, okBody, _) = await Infrastructure.Soap.PostAsync(url, EnvelopeOf(256 * 1024, body), operation);
        var (over, fault, _) = await Infrastructure.Soap.PostAsync(url, EnvelopeOf(256 * 1024 + 1, body), operation);

        Assert.That(atLimit, Is.EqualTo(200), okBody);
        Assert.That(over, Is.EqualTo(413));
        Assert.That(Infrastructure.Soap.FaultString(fault), Does.Contain("256 Kio"));
    }

    [Test]
    public async Task The_citizen_account_takes_a_5_mib_document_but_refuses_a_body_over_its_own_limit()
    {
        var fiveMiB = Convert.ToBase64String(new byte[5 * 1024 * 1024]);
        var (within, withinBody, _) = await Infrastructure.Soap.PostAsync(CitizenAccount, Infrastructure.Soap.Envelope(Upload(fiveMiB)), null);
        var (over, overBody, elapsed) = await Infrastructure.Soap.PostAsync(CitizenAccount, EnvelopeOf(8 * 1024 * 1024, Upload("")), null);

        Assert.That(within, Is.EqualTo(500), "read whole and answered (the session is not valid)");
        Assert.That(Infrastructure.Soap.FaultString(withinBody), Does.Contain("session"));
        Assert.That(over, Is.EqualTo(413));
        Assert.That(Infrastructure.Soap.FaultString(overBody), Does.Match("taille maximale de [0-9]+ Kio"));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task A_chunked_body_over_the_citizen_accounts_limit_gets_413()
    {
        var uri = new Uri(CitizenAccount);
        using var socket = new TcpClient("127.0.0.1", uri.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {uri.AbsolutePath} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"));
        var chunk = new string('A', 64 * 1024);
        try
        {
            for (var i = 0; i < 9 * 16; i++) // 9 MiB
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:X}\r\n{chunk}\r\n"));
        }
        catch (IOException) { /* the server may close the connection as soon as it has answered */ }
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer);

        Assert.That(Encoding.ASCII.GetString(buffer, 0, read), Does.StartWith("HTTP/1.1 413"));
        Assert.That(SharedHost.Host.IsHealthy(), Is.True);
    }

    [Test]
    public async Task Hostile_xml_is_refused_by_the_citizen_account_as_by_every_endpoint()
    {
        var entities = new StringBuilder("<!ENTITY l0 \"ha\">");
        for (var i = 1; i <= 10; i++) entities.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        var bomb = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [{entities}]>" + Infrastructure.Soap.Envelope(Upload("&l10;"));
        var deep = Infrastructure.Soap.Envelope(string.Concat(Enumerable.Repeat("<a>", 200_000)) + string.Concat(Enumerable.Repeat("</a>", 200_000)));
        var attributes = Infrastructure.Soap.Envelope($"<UploadDocument xmlns=\"{ContractNamespaces.Citizen}\""
            + string.Concat(Enumerable.Range(0, 50_000).Select(i => $" a{i}=\"x\"")) + "/>");
        var before = SharedHost.Host.Scalar("SELECT COUNT(*) FROM documents");

        foreach (var (name, hostile) in new[] { ("billion laughs", bomb), ("200,000 levels", deep), ("50,000 attributes", attributes) })
        {
            var (status, body, elapsed) = await Infrastructure.Soap.PostAsync(CitizenAccount, hostile, null);
            Assert.That(status, Is.EqualTo(400), $"{name}: {body}");
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), name);
        }
        Assert.That(SharedHost.Host.IsHealthy(), Is.True);
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM documents"), Is.EqualTo(before));
    }
}
