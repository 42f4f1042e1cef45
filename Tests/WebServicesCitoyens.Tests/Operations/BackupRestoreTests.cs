using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace WebServicesCitoyens.Tests.Operations;

/// <summary>
/// The host's backup and restore commands, run as an operator runs them (the host dll with the command, the
/// store in Storage__SqlitePath): a backup taken during a burst of submissions holds every dossier acknowledged
/// before it started and restores into a store whose history verifies; restore refuses a running host's store
/// and an unsound file, changing nothing, and sets the previous store aside.
/// </summary>
[Category(StoreUnderTest.SqliteOnly)] // backup and restore copy the SQLite file
public sealed class BackupRestoreTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), "wsc-backups-" + Guid.NewGuid().ToString("N")[..8]));

    [TearDown]
    public void RemoveFolder()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static (int ExitCode, string Output, string Error) Host(string store, params string[] command) =>
        Tool.Run("dotnet", [HostProcess.FindHostDll(), .. command], environment: new Dictionary<string, string> { ["Storage__SqlitePath"] = store });

    private static long Count(string store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static Dictionary<string, string> Fingerprints(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, request_hash || '|' || tracking_code || '|' || submitted_at FROM dossiers";
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, string>();
        while (reader.Read()) rows[reader.GetString(0)] = reader.GetString(1);
        return rows;
    }

    [Test]
    public async Task A_backup_during_a_burst_of_submissions_restores_every_dossier_acknowledged_before_it_and_the_history_verifies()
    {
        using var host = HostProcess.Start();
        var acknowledged = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var burst = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                acknowledged.Enqueue((await Requests.SubmitAsync(host, Requests.BirthCertificate, Requests.BirthCertificateRequest())).Number);
        })).ToList();
        while (acknowledged.Count < 40) await Task.Delay(50);

        var beforeBackup = acknowledged.ToList();
        var backup = Path.Combine(_folder, "sauvegarde.db");
        var (code, output, error) = Host(host.DatabasePath, "backup", backup);
        var duringOrAfter = acknowledged.Count - beforeBackup.Count;
        await Task.Delay(300);
        stop.Cancel();
        await Task.WhenAll(burst);

        Assert.That(code, Is.EqualTo(0), output + error);
        Assert.That(output, Does.StartWith($"Sauvegarde écrite : {backup} ("));
        Assert.That(duringOrAfter, Is.GreaterThan(0), "submissions went on while the backup ran");
        Assert.That(acknowledged.Count, Is.GreaterThan(beforeBackup.Count));

        var restored = Path.Combine(_folder, "restauree", "wsc.db");
        (code, output, error) = Host(restored, "restore", backup);
        Assert.That(code, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain($"Entrepôt restauré : {restored} ("));

        var live = Fingerprints(host.DatabasePath);
        var copy = Fingerprints(restored);
        Assert.That(copy.Keys, Is.SupersetOf(beforeBackup), "every dossier acknowledged before the backup is in the restored store");
        Assert.That(beforeBackup.Select(n => copy[n]), Is.EqualTo(beforeBackup.Select(n => live[n])), "and identical");
        Assert.That(Count(restored, "SELECT COUNT(*) FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_number = d.number)"),
            Is.Zero, "no dossier without its first event: nothing half-written");
        // Checked with the platform's published certificate, as whoever restores a backup elsewhere would.
        var certificate = Path.Combine(_folder, "certificat-plateforme.cer");
        File.WriteAllBytes(certificate, Seals.CertificateIn(host.DataFolder).PublicCertificate);
        var (verified, verdict, verifyError) = Host(restored, "verify-history", "--certificate", certificate);
        Assert.That(verified, Is.EqualTo(0), verdict + verifyError);
        Assert.That(verdict, Does.StartWith("Historique intègre"));
    }

    [Test]
    public async Task Restore_refuses_the_store_of_a_running_host_and_changes_nothing()
    {
        using var host = HostProcess.Start();
        await Requests.SubmitAsync(host, Requests.BirthCertificate, Requests.BirthCertificateRequest());
        var backup = Path.Combine(_folder, "sauvegarde.db");
        Assert.That(Host(host.DatabasePath, "backup", backup).ExitCode, Is.EqualTo(0));
        var (number, _) = await Requests.SubmitAsync(host, Requests.BirthCertificate, Requests.BirthCertificateRequest());

        var (code, output, error) = Host(host.DatabasePath, "restore", backup);

        Assert.That(code, Is.EqualTo(1), output + error);
        Assert.That(error, Does.StartWith("Restauration refusée : un hôte utilise l'entrepôt"));
        Assert.That(Directory.GetFiles(host.DataFolder, "wsc.db.avant-restauration-*"), Is.Empty);
        Assert.That(host.Scalar("SELECT COUNT(*) FROM dossiers WHERE number = @number", ("@number", number)), Is.EqualTo(1), "the dossier filed after the backup is still there");
        Assert.That(host.IsHealthy(), Is.True);
    }

    [Test]
    public async Task Restore_sets_the_previous_store_aside_and_refuses_a_file_that_is_not_a_sound_store()
    {
        using (var host = HostProcess.Start())
        {
            await Requests.SubmitAsync(host, Requests.BirthCertificate, Requests.BirthCertificateRequest());
            Assert.That(Host(host.DatabasePath, "backup", Path.Combine(_folder, "sauvegarde.db")).ExitCode, Is.EqualTo(0));
        }
        var store = Path.Combine(_folder, "magasin", "wsc.db");
        Assert.That(Host(store, "restore", Path.Combine(_folder, "sauvegarde.db")).ExitCode, Is.EqualTo(0));
        var dossiers = Count(store, "SELECT COUNT(*) FROM dossiers");
        var garbage = Path.Combine(_folder, "pas-une-sauvegarde.db");
        await File.WriteAllTextAsync(garbage, "ceci n'est pas une base SQLite");

        var (refused, _, refusal) = Host(store, "restore", garbage);
        var (code, output, error) = Host(store, "restore", Path.Combine(_folder, "sauvegarde.db"));

        Assert.That(refused, Is.EqualTo(1));
        Assert.That(refusal, Does.StartWith($"Restauration refusée : {garbage} n'est pas une sauvegarde saine"));
        Assert.That(code, Is.EqualTo(0), output + error);
        var aside = Directory.GetFiles(Path.GetDirectoryName(store)!, "wsc.db.avant-restauration-*").Where(f => !f.EndsWith("-wal") && !f.EndsWith("-shm")).ToList();
        Assert.That(aside, Has.Count.EqualTo(1), "the refused restore set nothing aside, the second one did");
        Assert.That(output, Does.StartWith($"Ancien entrepôt mis de côté : {aside[0]}"));
        Assert.That(Count(aside[0], "SELECT COUNT(*) FROM dossiers"), Is.EqualTo(dossiers));
        Assert.That(Count(store, "SELECT COUNT(*) FROM dossiers"), Is.EqualTo(dossiers));
    }

    [Test]
    public void A_backup_never_overwrites_a_file()
    {
        var target = Path.Combine(_folder, "existe.db");
        File.WriteAllText(target, "déjà là");

        var (code, _, error) = Host(SharedHost.Host.DatabasePath, "backup", target);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.StartWith($"Le fichier {target} existe déjà"));
        Assert.That(File.ReadAllText(target), Is.EqualTo("déjà là"));
    }
}
