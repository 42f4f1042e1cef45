using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>A POST a vendor's receiver got: its body and headers.</summary>
public sealed record ReceivedHook(string Body, string? Signature, string? Timestamp, int AnsweredWith);

/// <summary>
/// A vendor's webhook receiver on a loopback port (HttpListener), answering each POST with the status
/// <paramref name="answer"/> chooses from the number of the request (1, 2, …), and keeping what it got.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, int> _answer;
    private readonly ConcurrentQueue<ReceivedHook> _received = new();
    private int _count;

    public WebhookReceiver(Func<int, int> answer)
    {
        _answer = answer;
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
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var status = _answer(Interlocked.Increment(ref _count));
            _received.Enqueue(new ReceivedHook(body, context.Request.Headers["X-WSC-Signature"], context.Request.Headers["X-WSC-Timestamp"], status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
