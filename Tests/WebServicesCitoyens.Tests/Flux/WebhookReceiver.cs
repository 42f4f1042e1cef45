using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>A POST a vendor's receiver got: its body and headers.</summary>
public sealed record ReceivedHook(string Body, string? Signature, string? Timestamp, int AnsweredWith);

/// <summary>
/// A vendor's webhook receiver on a loopback port (HttpListener), answering each POST with the status
/// <paramref name="answer"/> chooses from the number of the request (1, 2, …) and the number of times this
/// same body came (1 the first time), after holding the request <c>hold</c> long; it keeps what it got and
/// notes any body that arrived while the same body was still being answered (a delivery sent twice at once).
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, int, int> _answer;
    private readonly TimeSpan _hold;
    private readonly ConcurrentQueue<ReceivedHook> _received = new();
    private readonly ConcurrentDictionary<string, int> _timesSeen = new();
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentQueue<string> _overlapping = new();
    private int _count;

    public WebhookReceiver(Func<int, int> answer) : this((n, _) => answer(n), TimeSpan.Zero) { }

    public WebhookReceiver(Func<int, int, int> answer, TimeSpan hold)
    {
        _answer = answer;
        _hold = hold;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public IReadOnlyList<ReceivedHook> Received => _received.ToList();

    /// <summary>Bodies received while the same body was still being answered.</summary>
    public IReadOnlyList<string> Overlapping => _overlapping.ToList();

    /// <summary>Waits until the hooks received satisfy <paramref name="enough"/> (30 s at most).</summary>
    public IReadOnlyList<ReceivedHook> WaitFor(Func<IReadOnlyList<ReceivedHook>, bool> enough, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (enough(Received)) return Received;
            Thread.Sleep(100);
        }
        Assert.Fail($"The receiver did not get what was expected; it got:\n{string.Join("\n", Received)}");
        return [];
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            // Each request answered on its own, so that two senders at once would be seen at once.
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (_inFlight.AddOrUpdate(body, 1, (_, n) => n + 1) > 1) _overlapping.Enqueue(body);
        try
        {
            var status = _answer(Interlocked.Increment(ref _count), _timesSeen.AddOrUpdate(body, 1, (_, n) => n + 1));
            if (_hold > TimeSpan.Zero) await Task.Delay(_hold);
            _received.Enqueue(new ReceivedHook(body, context.Request.Headers["X-WSC-Signature"], context.Request.Headers["X-WSC-Timestamp"], status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
        finally
        {
            _inFlight.AddOrUpdate(body, 0, (_, n) => n - 1);
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
