using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// <c>verify-history</c>: walks the hash chain of every dossier's history in the store (Storage:PostgreSql or Storage:SqlitePath)
/// and prints « Historique intègre » (exit 0) or the first tampered event (exit 1). A store from before
/// the chain is migrated and chained first, as the host does at start-up.
/// </summary>
public static class HistoryCommand
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "verify-history") return false;
        var store = CommandStore.Settings();
        if (!store.StoreExists)
        {
            Console.Error.WriteLine(HistoryTexts.NoStore(store.Database.Description));
            exitCode = 2;
            return true;
        }
        var database = store.Database;
        Migrator.Migrate(database);
        var chained = HistoryChainBackfill.RunAsync(database).GetAwaiter().GetResult();
        if (chained > 0) Console.WriteLine(HistoryTexts.Backfilled(chained));
        var report = new HistoryVerifier(database).VerifyAsync().GetAwaiter().GetResult();
        if (report.FirstBreak is { } found)
        {
            Console.WriteLine(HistoryTexts.Tampered(found));
            exitCode = 1;
        }
        else Console.WriteLine(HistoryTexts.Intact(report.Dossiers, report.Events));
        return true;
    }
}
