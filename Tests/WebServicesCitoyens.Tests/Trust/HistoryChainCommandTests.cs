using static WebServicesCitoyens.Tests.Trust.HistoryChainWorld;

namespace WebServicesCitoyens.Tests.Trust;

/// <summary>
/// The host's verify-history command, run as an operator runs it (the host dll with the command, the store
/// in Storage__SqlitePath, the platform's certificate as published at /signature/certificat-plateforme.cer):
/// « Historique intègre » and exit code 0, or the first tampered event and 1.
/// </summary>
[Category(StoreUnderTest.SqliteOnly)]
public sealed class HistoryChainCommandTests
{
    /// <summary>verify-history on a store, with --certificate when given (a copy has no seal of its own next to it).</summary>
    public static (int ExitCode, string Output, string Error) VerifyHistory(string store, string? certificate) =>
        Tool.Run("dotnet", certificate is null ? [HostProcess.FindHostDll(), "verify-history"] : [HostProcess.FindHostDll(), "verify-history", "--certificate", certificate],
            environment: new Dictionary<string, string> { ["Storage__SqlitePath"] = store });

    /// <summary>The shared host's certificate, downloaded where the copy is, as an operator would.</summary>
    public static async Task<string> PublishedCertificateAsync(StoreCopy copy) =>
        (await AcknowledgementWorld.PublishedCertificateAsync(Path.GetDirectoryName(copy.File)!)).Der;

    [Test]
    public async Task The_command_says_the_history_is_intact_with_the_counts_and_exits_with_0()
    {
        await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        var dossiers = await CountAsync(copy.Database, "SELECT COUNT(*) FROM dossiers");
        var events = await CountAsync(copy.Database, "SELECT COUNT(*) FROM dossier_events");
        var certificate = await PublishedCertificateAsync(copy);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (code, output, error) = VerifyHistory(copy.File, certificate);

        Assert.That(code, Is.EqualTo(0), output + error);
        Assert.That(output.Trim(), Is.EqualTo($"Historique intègre : {dossiers} dossiers, {events} événements"));
    }

    [Test]
    public async Task The_command_names_the_dossier_and_the_sequence_of_the_first_tampered_event_and_exits_with_1()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await ExecuteAsync(copy.Database, "UPDATE dossier_events SET actor = 'usager' WHERE dossier_number = @processed AND sequence = 2", new { processed });
        var certificate = await PublishedCertificateAsync(copy);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (code, output, error) = VerifyHistory(copy.File, certificate);

        Assert.That(code, Is.EqualTo(1), output + error);
        Assert.That(output, Does.Contain($"Historique altéré : dossier {processed}, événement n° 2 : son empreinte (hash) ne correspond plus à son contenu"));
    }

    [Test]
    public void The_command_refuses_a_store_that_does_not_exist_without_creating_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "wsc-chain-missing-" + Guid.NewGuid().ToString("N")[..8], "wsc.db");

        var (code, _, error) = VerifyHistory(missing, null);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("Aucun entrepôt de dossiers"));
        Assert.That(File.Exists(missing), Is.False);
    }

    [Test]
    public async Task Without_a_certificate_the_command_on_a_store_without_its_seal_asks_for_one_and_exits_with_2()
    {
        await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (code, _, error) = VerifyHistory(copy.File, null);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("indiquez-le avec --certificate"));
        Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(copy.File)!, "platform-seal.pfx")), Is.False, "never creates a seal");
    }
}
