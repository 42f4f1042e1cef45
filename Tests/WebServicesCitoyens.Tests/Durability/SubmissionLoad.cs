using System.Xml.Linq;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Tests.Durability;

/// <summary>
/// Several SOAP clients submitting birth-certificate requests without pause to whichever host is current,
/// each request different (the applicant's street number), each receipt written to the <see cref="ReceiptLog"/>
/// the moment it arrives. A call cut by a dying host is retried with the same client request id (as a
/// careful client does), against the host that replaced it.
/// </summary>
public sealed class SubmissionLoad
{
    private readonly ReceiptLog _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _clients = [];
    private volatile HostProcess _host;
    private int _counter;
    private int _cut;

    public SubmissionLoad(HostProcess host, ReceiptLog log, int clients)
    {
        _host = host;
        _log = log;
        for (var i = 0; i < clients; i++) _clients.Add(Task.Run(ClientAsync));
    }

    /// <summary>Calls that failed without an answer (the host was killed under them, or not yet listening).</summary>
    public int Cut => Volatile.Read(ref _cut);

    public HostProcess Host
    {
        get => _host;
        set => _host = value;
    }

    /// <summary>The stored text and hash the platform makes of a request (RequestDocument), for the client log.</summary>
    public static (string Text, string Hash) Expected(XElement request)
    {
        var definition = Definitions.Get(Requests.BirthCertificate);
        var text = RequestDocument.ToText(RequestDocument.Normalize(definition, request));
        return (text, RequestDocument.Hash(definition.Code, text));
    }

    public static XElement Request(int n)
    {
        var request = Requests.BirthCertificateRequest();
        request.Descendants(Infrastructure.Soap.Tns + "numero").Single().Value = (n % 100_000).ToString();
        return request;
    }

    private async Task ClientAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var request = Request(Interlocked.Increment(ref _counter));
            var id = Requests.NewId("crash");
            var hash = Expected(request).Hash;
            var envelope = Infrastructure.Soap.Envelope(Requests.SubmitBody(id, request));
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    var (status, body, _) = await Infrastructure.Soap.PostAsync(_host.ServiceUrl(Requests.BirthCertificate), envelope, "Submit");
                    if (status == 200)
                    {
                        var result = XDocument.Parse(body).Descendants(Infrastructure.Soap.Tns + "SubmitResult").Single();
                        _log.Append(new AcknowledgedReceipt(result.Element(Infrastructure.Soap.Tns + "DossierNumber")!.Value, id, hash));
                    }
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Interlocked.Increment(ref _cut);
                    await Task.Delay(100);
                }
            }
        }
    }

    public async Task StopAsync()
    {
        _stop.Cancel();
        await Task.WhenAll(_clients);
    }
}
