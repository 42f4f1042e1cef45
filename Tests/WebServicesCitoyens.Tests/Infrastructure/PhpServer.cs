using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>PHP's own web server (php -S) on a free loopback port, serving a folder as a commune's site would.</summary>
public sealed class PhpServer : IDisposable
{
    private readonly Process _php;

    public string Url { get; }

    public PhpServer(string folder, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("php", ["-S", $"127.0.0.1:{port}", "-t", folder])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        _php = Process.Start(start)!;
        _php.BeginOutputReadLine();
        _php.BeginErrorReadLine();
        Url = $"http://127.0.0.1:{port}";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try { using var client = new TcpClient("127.0.0.1", port); return; }
            catch (SocketException) { Thread.Sleep(100); }
        }
        Assert.Fail("php -S did not start");
    }

    public void Dispose()
    {
        if (!_php.HasExited) _php.Kill(entireProcessTree: true);
        _php.Dispose();
    }
}
