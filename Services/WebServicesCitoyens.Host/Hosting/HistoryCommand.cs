using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// <c>verify-history [--certificate file.cer]</c>: walks the hash chain of every dossier's history in the
/// store (Storage:PostgreSql or Storage:SqlitePath) and the platform's seal on each chain's head, checked with the certificate given
/// (DER or PEM, as published at /signature/certificat-plateforme.cer) or, without one, this installation's
/// seal (never created here); prints « Historique intègre » (exit 0) or the first tampered event (exit 1).
/// A store from before the chain or the seal is migrated, chained and sealed first, as the host does at
/// start-up (sealed only where this installation's seal is found).
/// </summary>
public static class HistoryCommand
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "verify-history") return false;
        string? certificatePath = null;
        if (args.Length == 3 && args[1] == "--certificate") certificatePath = args[2];
        else if (args.Length != 1)
        {
            Console.Error.WriteLine(HistoryTexts.Usage);
            exitCode = 2;
            return true;
        }
        var store = CommandStore.Settings();
        if (!store.StoreExists)
        {
            Console.Error.WriteLine(HistoryTexts.NoStore(store.Database.Description));
            exitCode = 2;
            return true;
        }
        using var certificate = certificatePath is null ? VerifyReceiptCommand.InstallationCertificate() : VerifyReceiptCommand.Published(certificatePath);
        if (certificate is null) { exitCode = 2; return true; }

        var database = store.Database;
        Migrator.Migrate(database);
        var chained = HistoryChainBackfill.RunAsync(database).GetAwaiter().GetResult();
        if (chained > 0) Console.WriteLine(HistoryTexts.Backfilled(chained));
        if (InstallationSeal(store.DataFolder) is { } seal)
        {
            var sealedHeads = HistorySealBackfill.RunAsync(database, seal).GetAwaiter().GetResult();
            if (sealedHeads > 0) Console.WriteLine(HistoryTexts.Sealed(sealedHeads));
        }
        var report = new HistoryVerifier(database, certificate).VerifyAsync().GetAwaiter().GetResult();
        if (report.FirstBreak is { } found)
        {
            Console.WriteLine(HistoryTexts.Tampered(found));
            exitCode = 1;
        }
        else Console.WriteLine(HistoryTexts.Intact(report.Dossiers, report.Events));
        return true;
    }

    /// <summary>The installation's seal, to seal a store from before 0017 as the host would; null where there is none.</summary>
    private static HistorySeal? InstallationSeal(string dataFolder)
    {
        var settings = SealSettings.From(CommandStore.Configuration(), dataFolder);
        return File.Exists(settings.Path) ? new HistorySeal(Trust.PlatformCertificate.LoadOrCreate(settings.Path, settings.Password)) : null;
    }
}
