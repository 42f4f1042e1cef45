using System.Net;
using System.Net.Sockets;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Contracts;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// Calls to /services/CitizenAccount.svc over plain SOAP, from a chosen loopback address (the
/// service throttles failed logins per client address), and the mails the account wrote to the
/// outbox of the host's store, where the e-mailed links are read.
/// </summary>
public sealed class AccountCalls(HostProcess host, string clientAddress = "127.0.0.1")
{
    public static readonly XNamespace C = ContractNamespaces.Citizen;
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellation) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(clientAddress), 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellation);
            return new NetworkStream(socket, ownsSocket: true);
        },
    });

    public string Url => host.BaseUrl + "/services/CitizenAccount.svc";

    /// <summary>The operation's result element (or its response when it has none), or the fault's (fields, message).</summary>
    public async Task<(XElement? Result, IReadOnlyList<string> FaultFields, string Fault)> CallAsync(string operation, params (string Name, string Value)[] parameters)
    {
        var body = $"<{operation} xmlns=\"{C}\">" + string.Concat(parameters.Select(p => $"<{p.Name}>{SecurityElement.Escape(p.Value)}</{p.Name}>")) + $"</{operation}>";
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(S.Envelope(body), Encoding.UTF8, "text/xml") };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{C}/CitizenAccountService/{operation}\"");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var answer = XDocument.Parse(text).Descendants(C + operation + "Response").Single();
            return (answer.Element(C + operation + "Result") ?? answer, [], "");
        }
        return (null, S.FaultFields(text), S.FaultString(text));
    }

    public async Task<XElement> SucceedAsync(string operation, params (string Name, string Value)[] parameters)
    {
        var (result, fields, fault) = await CallAsync(operation, parameters);
        Assert.That(result, Is.Not.Null, $"{operation} refused: {string.Join(",", fields)} {fault}");
        return result!;
    }

    /// <summary>The last mail of a kind written to the outbox for an address.</summary>
    public string LastMail(string recipient, string kind) =>
        host.Text("SELECT body_text FROM outbox WHERE recipient = @r AND kind = @k ORDER BY created_at DESC LIMIT 1", ("@r", recipient), ("@k", kind))
        ?? throw new AssertionException($"No {kind} mail to {recipient} in the outbox.");

    public long MailCount(string recipient, string kind) =>
        host.Scalar("SELECT COUNT(*) FROM outbox WHERE recipient = @r AND kind = @k", ("@r", recipient), ("@k", kind));

    /// <summary>The token of the link in the last mail of a kind.</summary>
    public string TokenFrom(string recipient, string kind) =>
        Regex.Match(LastMail(recipient, kind), @"[?&]jeton=([A-Za-z0-9_-]{43})").Groups[1].Value is { Length: 43 } token
            ? token : throw new AssertionException($"No link in the {kind} mail.");

    public static string NewEmail(string prefix = "citoyen") => $"{prefix}.{Guid.NewGuid():N}@example.org";

    public const string GoodPassword = "une phrase de passe assez longue";

    /// <summary>A confirmed account and an open session.</summary>
    public async Task<(string Email, string Session)> NewCitizenAsync(string password = GoodPassword)
    {
        var email = NewEmail();
        await SucceedAsync("Register", ("Email", email), ("Password", password));
        await SucceedAsync("ConfirmEmail", ("Token", TokenFrom(email, "AccountConfirmation")));
        var session = await SucceedAsync("Login", ("Email", email), ("Password", password));
        return (email, session.Element(C + "SessionToken")!.Value);
    }
}
