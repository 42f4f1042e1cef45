using System.Diagnostics;

namespace WebServicesCitoyens.Tests.Durability;

/// <summary>
/// The crash test: several SOAP clients submit without pause while the host is killed (SIGKILL, with every
/// process of its tree) at random moments, again and again; a client log outside the platform records each
/// receipt as it arrives. After each restart, every acknowledged dossier must be there and identical,
/// nothing half-written, SQLite's integrity check and verify-history clean. The control run weakens
/// durability the way a kill reveals (receipts before the commit) and must find acknowledged dossiers lost.
/// WSC_CRASH_KILLS (10) and WSC_CRASH_CLIENTS (8) make the long run by hand, e.g. WSC_CRASH_KILLS=200.
/// </summary>
[NonParallelizable]
[Category(StoreUnderTest.SqliteOnly)] // kills the host, whose SQLite file is the store; PostgreSQL is a server of its own
public sealed class CrashTests
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

    private string _folder = "";

    [SetUp]
    public void NewFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "wsc-crash-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void RemoveFolder()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Test]
    public async Task Every_receipt_acknowledged_before_a_SIGKILL_is_found_identical_after_the_restart_and_nothing_is_half_written()
    {
        var kills = Setting("WSC_CRASH_KILLS", 10);
        var random = new Random();
        var host = HostProcess.Start();
        var baseline = AcknowledgedCheck.BaselineOf(host.DatabasePath);
        using var log = new ReceiptLog(Path.Combine(_folder, "receipts.log"));
        var load = new SubmissionLoad(host, log, Setting("WSC_CRASH_CLIENTS", 8));
        var acknowledgedAtKills = new List<int>();
        try
        {
            for (var kill = 1; kill <= kills; kill++)
            {
                // Under load first (some receipts since the restart), then a random moment.
                var before = log.Read().Count;
                var loaded = Stopwatch.StartNew();
                while (log.Read().Count == before && loaded.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(20);
                await Task.Delay(random.Next(200, 1500));

                acknowledgedAtKills.Add(log.Read().Count);
                host = await Task.Run(() => KillAndRestart(host));
                load.Host = host;

                var acknowledged = log.Read();
                var check = AcknowledgedCheck.Of(host.DatabasePath, acknowledged, Requests.BirthCertificate, baseline);
                Assert.That(check.Missing, Is.Empty, $"after kill {kill}: {check}");
                Assert.That(check.Changed, Is.Empty, $"after kill {kill}: {check}");
                Assert.That(check.HalfWritten, Is.Empty, $"after kill {kill}: {check}");
                Assert.That(check.Integrity, Is.EqualTo("ok"), $"after kill {kill}");
            }
        }
        catch
        {
            await load.StopAsync();
            host.Dispose();
            throw;
        }
        await load.StopAsync();
        // The last host's store, every kill behind it: each dossier's history chain intact.
        var (code, output, error) = Tool.Run("dotnet", [HostProcess.FindHostDll(), "verify-history"],
            environment: host.StoreEnvironment);
        host.Dispose();

        Assert.That(acknowledgedAtKills.Zip(acknowledgedAtKills.Skip(1)).Count(pair => pair.Second > pair.First),
            Is.EqualTo(kills - 1), "receipts arrived between every two kills: each kill came under load");
        Assert.That(load.Cut, Is.GreaterThan(0), "the kills cut calls in flight");
        Assert.That(code, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("Historique intègre"));
        TestContext.Out.WriteLine($"{kills} kills, {log.Read().Count} receipts acknowledged, {load.Cut} calls cut; {output.Trim()}");
    }

    [Test]
    public async Task With_receipts_given_before_the_commit_a_SIGKILL_loses_acknowledged_dossiers_and_the_check_finds_them_missing()
    {
        // The control run: receipts go out, then the commit waits 4 s; a kill just after a receipt is certain to beat that commit.
        var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Storage__UnsafeAcknowledgeBeforeCommit"] = "true",
            ["Storage__UnsafeAcceptLosingAcknowledgedDossiers"] = "true",
            ["Storage__UnsafeCommitDelayMilliseconds"] = "4000",
        });
        Assert.That(host.Output, Does.Contain("UNSAFE: Storage:UnsafeAcknowledgeBeforeCommit=true"), "the host says it loudly");
        var baseline = AcknowledgedCheck.BaselineOf(host.DatabasePath);
        using var log = new ReceiptLog(Path.Combine(_folder, "receipts.log"));
        var load = new SubmissionLoad(host, log, 4);
        AcknowledgedCheck check;
        try
        {
            var waited = Stopwatch.StartNew();
            while (log.Read().Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(10);
            Assert.That(log.Read(), Is.Not.Empty, "receipts arrived");
            host = await Task.Run(() => KillAndRestart(host));
            load.Host = host;
            check = AcknowledgedCheck.Of(host.DatabasePath, log.Read(), Requests.BirthCertificate, baseline);
        }
        finally
        {
            await load.StopAsync();
            host.Dispose();
        }

        Assert.That(check.Missing, Is.Not.Empty, $"the check detects the loss: {check}");
        Assert.That(check.Integrity, Is.EqualTo("ok"));
    }

    [Test]
    public void The_host_refuses_to_acknowledge_before_the_commit_unless_a_second_setting_accepts_losing_acknowledged_dossiers()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => HostProcess.Start(new Dictionary<string, string>
        {
            ["Storage__UnsafeAcknowledgeBeforeCommit"] = "true",
        }).Dispose());

        Assert.That(refused!.Message, Does.Contain("The host exited at start"));
        Assert.That(refused.Message, Does.Contain("Storage:UnsafeAcceptLosingAcknowledgedDossiers=true"));
    }

    /// <summary>Kills the host (SIGKILL to its whole process tree), checks none of its processes is left, and starts the next on the same store.</summary>
    private static HostProcess KillAndRestart(HostProcess host)
    {
        var processes = ProcessTree(host.ProcessId);
        var next = host.Restart();
        host.Dispose();
        Assert.That(processes.Where(Alive), Is.Empty, "no process of the killed host lingers");
        return next;
    }

    private static List<int> ProcessTree(int pid)
    {
        var tree = new List<int> { pid };
        for (var i = 0; i < tree.Count; i++)
            foreach (var task in SafeDirectories($"/proc/{tree[i]}/task"))
                try
                {
                    tree.AddRange(File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse));
                }
                catch (IOException) { }
        return tree;
    }

    private static IEnumerable<string> SafeDirectories(string path)
    {
        try { return Directory.GetDirectories(path); }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
    }

    private static bool Alive(int pid)
    {
        // A killed process stays a zombie until reaped: only a running one counts.
        try { return !File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2].StartsWith('Z'); }
        catch (IOException) { return false; }
    }
}
