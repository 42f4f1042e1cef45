using System.Diagnostics;
using MimeKit;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a free loopback port: Debian's aiosmtpd run by <c>Tests/Interop/smtp_sink.py</c>,
/// which writes every message it accepts to a folder as .eml; the tests read them with MimeKit.
/// It can be stopped and started again on the same port, as an SMTP server going down and coming back.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private Process? _process;

    private SmtpSink(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    public int Port { get; }
    public string Folder { get; }
    public bool IsRunning => _process is { HasExited: false };

    public static SmtpSink Start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wsc-smtp-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var sink = new SmtpSink(HostProcess.FreePort(), folder);
        sink.Restart();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => sink.Stop();
        return sink;
    }

    /// <summary>
    /// A host's settings to mail to this sink, its outbox polled every 0.2 s, with <paramref name="more"/>
    /// added (e.g. the retry delays a test shortens).
    /// </summary>
    public Dictionary<string, string> HostSettings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = Port.ToString(),
            ["Smtp__Security"] = "None",
            ["Notifications__PollSeconds"] = "0.2",
        };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    /// <summary>Starts the server (again) on its port; returns once it accepts connections.</summary>
    public void Restart()
    {
        if (IsRunning) return;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var said = "";
        while (DateTime.UtcNow < deadline)
        {
            var start = new ProcessStartInfo("/usr/bin/python3", [Repository.PathOf("Tests", "Interop", "smtp_sink.py"), Port.ToString(), Folder])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var process = Process.Start(start)!;
            var errors = new System.Text.StringBuilder();
            // Drain what the server logs, so that a full pipe never blocks it.
            process.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
            process.BeginErrorReadLine();
            var ready = process.StandardOutput.ReadLineAsync();
            if (ready.Wait(TimeSpan.FromSeconds(10)) && ready.Result?.StartsWith("listening") == true)
            {
                _process = process;
                return;
            }
            // The port may still be held for a moment after the previous server died: try again.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit(5_000);
            lock (errors) said = errors.ToString();
            process.Dispose();
            Thread.Sleep(300);
        }
        throw new InvalidOperationException($"aiosmtpd did not start on port {Port}:\n{said}");
    }

    /// <summary>Stops the server: connections to its port are refused until <see cref="Restart"/>.</summary>
    public void Stop()
    {
        if (_process is null) return;
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { /* already gone */ }
        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message received so far, with its envelope recipients (X-Envelope-To).</summary>
    public IReadOnlyList<MimeMessage> Messages() => Directory.EnumerateFiles(Folder, "*.eml")
        .Select(file => MimeMessage.Load(file))
        .ToList();

    /// <summary>The messages whose envelope went to this address.</summary>
    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        Messages().Where(m => EnvelopeRecipients(m).Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    public static IReadOnlyList<string> EnvelopeRecipients(MimeMessage message) =>
        (message.Headers["X-Envelope-To"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Waits until <paramref name="count"/> messages went to the address; fails the test with what arrived otherwise.</summary>
    public IReadOnlyList<MimeMessage> WaitFor(string address, int count = 1, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var messages = MessagesTo(address);
            if (messages.Count >= count) return messages;
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{count} mail(s) to {address} expected within {seconds} s, {messages.Count} arrived; "
                    + $"received in all: {string.Join("; ", Messages().Select(m => string.Join(",", EnvelopeRecipients(m)) + " « " + m.Subject + " »"))}");
            }
            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
