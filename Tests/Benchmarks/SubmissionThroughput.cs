using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// `submissions`: durable SOAP submissions per second with 1 and with 32 concurrent clients, one commit per
/// filing (Storage:GroupCommitMaxBatch=1, as before group commit) against group commit (64). Each setting runs
/// the built host (Release) on a fresh store on loopback; the clients send Samples/soap/Submit.xml with a new
/// ClientRequestId each time and count the receipts (HTTP 200). Not BenchmarkDotNet: one long timed window per
/// case (WSC_BENCH_SECONDS, 15) says more about a disk-bound server than many short ones.
/// </summary>
public static class SubmissionThroughput
{
    public static async Task RunAsync(TextWriter report)
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("WSC_BENCH_SECONDS"), out var s) && s > 0 ? s : 15;
        var template = File.ReadAllText(Path.Combine(BenchmarkStore.RepositoryRoot, "Samples", "soap", "Submit.xml"))
            .Replace("{{CommuneCode}}", "45234");
        var lines = new List<string>
        {
            $"Durable SOAP submissions (Submit, birth certificate, Orléans) — {Environment.ProcessorCount} cores, {seconds} s per case, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"
                + (File.Exists("/proc/loadavg") ? $", load average at start {File.ReadAllText("/proc/loadavg").Split(' ')[0]}" : ""),
            "",
            "| Commits | Clients | Submissions/s | p50 (ms) | p99 (ms) | Faults |",
            "|---|---:|---:|---:|---:|---:|",
        };
        foreach (var maxBatch in new[] { 1, 64 })
        {
            using var host = HostUnderTest.Start(maxBatch);
            foreach (var clients in new[] { 1, 32 })
            {
                var (rate, p50, p99, faults) = await MeasureAsync(host.ServiceUrl, template, clients, TimeSpan.FromSeconds(seconds));
                var line = $"| {(maxBatch == 1 ? "one per filing (before)" : "group commit ≤ 64 (after)")} | {clients} | {rate:F1} | {p50:F1} | {p99:F1} | {faults} |";
                Console.WriteLine(line);
                lines.Add(line);
            }
        }
        report.WriteLine(string.Join(Environment.NewLine, lines));
    }

    private static async Task<(double Rate, double P50, double P99, int Faults)> MeasureAsync(string url, string template, int clients, TimeSpan duration)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var latencies = new List<double>();
        // A short warm-up (JIT, pools), then the timed window.
        await RunClientsAsync(http, url, template, clients, TimeSpan.FromSeconds(2), null);
        var watch = Stopwatch.StartNew();
        var faults = await RunClientsAsync(http, url, template, clients, duration, latencies);
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        return (latencies.Count / watch.Elapsed.TotalSeconds, At(0.5), At(0.99), faults);
    }

    /// <returns>The calls that got no receipt.</returns>
    private static async Task<int> RunClientsAsync(HttpClient http, string url, string template, int clients, TimeSpan duration, List<double>? latencies)
    {
        var until = DateTime.UtcNow + duration;
        var faults = 0;
        var tasks = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (DateTime.UtcNow < until)
            {
                var body = template.Replace("{{ClientRequestId}}", "bench-" + Guid.NewGuid().ToString("N"));
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };
                request.Headers.TryAddWithoutValidation("SOAPAction", "\"http://webservicescitoyens.fr/ws/procedure/v1/ProcedureService/Submit\"");
                var watch = Stopwatch.StartNew();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK) { Interlocked.Increment(ref faults); continue; }
                if (latencies is not null) lock (latencies) latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        return faults;
    }

    /// <summary>The built host on a free loopback port and a fresh store; killed and its store deleted on dispose.</summary>
    private sealed class HostUnderTest : IDisposable
    {
        private readonly Process _process;
        private readonly string _folder;

        private HostUnderTest(Process process, string folder, string baseUrl)
        {
            _process = process;
            _folder = folder;
            ServiceUrl = baseUrl + "/services/procedures/etat-civil.acte-naissance.svc";
        }

        public string ServiceUrl { get; }

        public static HostUnderTest Start(int maxBatch)
        {
            var dll = Path.Combine(BenchmarkStore.RepositoryRoot, "Services", "WebServicesCitoyens.Host", "bin", "Release", "net10.0", "WebServicesCitoyens.Host.dll");
            if (!File.Exists(dll)) throw new FileNotFoundException("Build the host in Release first: " + dll);
            var folder = Path.Combine(Path.GetTempPath(), "wsc-bench-submit-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var baseUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
            listener.Stop();
            var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl])
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["Storage__SqlitePath"] = Path.Combine(folder, "wsc.db");
            start.Environment["Storage__GroupCommitMaxBatch"] = maxBatch.ToString();
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; Thread.Sleep(200))
            {
                try { if (http.GetAsync(baseUrl + "/health").Result.IsSuccessStatusCode) return new(process, folder, baseUrl); }
                catch (AggregateException) { }
            }
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host did not start.");
        }

        public void Dispose()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}
