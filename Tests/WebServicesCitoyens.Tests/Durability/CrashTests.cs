using System.Diagnostics;

namespace WebServicesCitoyens.Tests.Durability;

/// <summary>
/// The crash test: several SOAP clients submit without pause while the host is killed (SIGKILL, with every
/// process of its tree) at random moments, again and again; a client log outside the platform records each
/// receipt as it arrives. After each restart, every acknowledged dossier must be there and identical,
/// nothing half-written, the engine's integrity check (SQLite's integrity_check, PostgreSQL's amcheck) and
/// verify-history clean. On PostgreSQL the store is a server of its own: killing the host proves the host
/// acknowledges only after the server's commit; every other kill also crashes the server (SIGKILL to the
/// postmaster and all its processes), which must recover from its write-ahead log every commit it confirmed.
/// That server is a cluster of the test's own, not the suite's shared one. The control run weakens
/// durability the way a kill reveals (receipts before the commit) and must find acknowledged dossiers lost.
/// WSC_CRASH_KILLS (10 on SQLite, 4 on PostgreSQL: two of them crash the server) and WSC_CRASH_CLIENTS (8) make the long run by hand,
/// e.g. WSC_CRASH_KILLS=200.
/// </summary>
[NonParallelizable]
public sealed class CrashTests
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

    private string _folder = "";
    private TestPostgres.Cluster? _server;

    [SetUp]
    public void NewFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "wsc-crash-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void RemoveFolder()
    {
        _server?.Dispose();
        _server = null;
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>A host on a fresh store: on PostgreSQL, a database on a server of this test's own, which it may crash.</summary>
    private HostProcess StartHost()
    {
        if (!StoreUnderTest.IsPostgreSql) return HostProcess.Start();
        _server = TestPostgres.StartDedicated();
        return HostProcess.Start(postgreSql: _server.CreateDatabase());
    }

    [Test]
    public async Task Every_receipt_acknowledged_before_a_SIGKILL_is_found_identical_after_the_restart_and_nothing_is_half_written()
    {
        var kills = Setting("WSC_CRASH_KILLS", StoreUnderTest.IsPostgreSql ? 4 : 10);
        var random = new Random();
        var host = StartHost();
        var baseline = AcknowledgedCheck.BaselineOf(host);
        using var log = new ReceiptLog(Path.Combine(_folder, "receipts.log"));
        var load = new SubmissionLoad(host, log, Setting("WSC_CRASH_CLIENTS", 8));
        var acknowledgedAtKills = new List<int>();
        var serverCrashes = 0;
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
                var crashServer = _server is not null && kill % 2 == 0;
                host = await Task.Run(() => KillAndRestart(host, crashServer ? _server : null));
                load.Host = host;
                if (crashServer) serverCrashes++;

                var acknowledged = log.Read();
                var check = AcknowledgedCheck.Of(host, acknowledged, Requests.BirthCertificate, baseline);
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
        if (_server is not null)
        {
            Assert.That(serverCrashes, Is.EqualTo(kills / 2), "every other kill crashed the PostgreSQL server too");
            Assert.That(_server.Log, Does.Contain("database system was interrupted"), "the server went through crash recovery");
        }
        TestContext.Out.WriteLine($"{kills} kills ({serverCrashes} with the PostgreSQL server), {log.Read().Count} receipts acknowledged, {load.Cut} calls cut; {output.Trim()}");
    }

    [Test]
    public async Task With_receipts_given_before_the_commit_a_SIGKILL_loses_acknowledged_dossiers_and_the_check_finds_them_missing()
    {
        // The control run: receipts go out, then the commit waits 4 s; a kill just after a receipt is certain to beat that commit.
        // On PostgreSQL the server rolls back the transaction whose connection died with the host: killing the host
        // suffices, and the suite's shared server serves.
        var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Storage__UnsafeAcknowledgeBeforeCommit"] = "true",
            ["Storage__UnsafeAcceptLosingAcknowledgedDossiers"] = "true",
            ["Storage__UnsafeCommitDelayMilliseconds"] = "4000",
        });
        Assert.That(host.Output, Does.Contain("UNSAFE: Storage:UnsafeAcknowledgeBeforeCommit=true"), "the host says it loudly");
        var baseline = AcknowledgedCheck.BaselineOf(host);
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
            check = AcknowledgedCheck.Of(host, log.Read(), Requests.BirthCertificate, baseline);
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

    /// <summary>
    /// Kills the host (SIGKILL to its whole process tree) and, when given, crashes its PostgreSQL server at
    /// the same moment and starts it again (crash recovery); checks none of the host's processes is left,
    /// and starts the next host on the same store.
    /// </summary>
    private static HostProcess KillAndRestart(HostProcess host, TestPostgres.Cluster? crashedServer = null)
    {
        var processes = ProcessTree.Of(host.ProcessId);
        crashedServer?.Crash();
        var next = host.Restart(whileDown: crashedServer is null ? null : crashedServer.Recover);
        host.Dispose();
        Assert.That(processes.Where(ProcessTree.Alive), Is.Empty, "no process of the killed host lingers");
        return next;
    }
}
