using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// <c>restore {file}</c>: replaces the SQLite store (Storage:SqlitePath) with a backup, hosts stopped. The backup
/// is checked first (integrity, a migrated store); the command refuses while a host serves the store
/// (<see cref="Operations.StoreInUse"/>) or another program is writing to it, and holds hosts off until it is done;
/// the previous store is renamed aside (<c>{store}.avant-restauration-{UTC time}</c>), never deleted; the backup
/// is copied (SQLite's backup API, which also reads a WAL beside it) next to the store then renamed over it, so the store is never half-copied. Exit 0 restored, 1 refused, 2 usage.
/// </summary>
public static class RestoreCommand
{
    public const string Name = "restore";
    private static readonly string[] CompanionSuffixes = ["-wal", "-shm"];

    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != Name) return false;
        if (args.Length != 2)
        {
            Console.Error.WriteLine(OperationsTexts.RestoreUsage);
            exitCode = 2;
            return true;
        }
        var backup = Path.GetFullPath(args[1]);
        if (CommandStore.SqliteFile() is not { } sqliteFile)
        {
            exitCode = 2;
            return true;
        }
        var store = Path.GetFullPath(sqliteFile);
        if (SqliteBackup.Problem(backup) is { } problem)
        {
            Console.Error.WriteLine(OperationsTexts.RestoreRefusedFile(backup, problem));
            exitCode = 1;
            return true;
        }
        using var exclusive = Operations.StoreInUse.TryExclusive(store);
        if (exclusive is null || !SqliteBackup.IsUnused(store))
        {
            Console.Error.WriteLine(OperationsTexts.RestoreRefusedInUse(store));
            exitCode = 1;
            return true;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(store)!);
        var incoming = store + ".restauration";
        File.Delete(incoming);
        SqliteBackup.Copy(backup, incoming);
        if (File.Exists(store))
        {
            var aside = $"{store}.avant-restauration-{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}";
            File.Move(store, aside);
            // Normally gone (the lock test's connection checkpointed the WAL on closing); kept with the old store if not.
            foreach (var suffix in CompanionSuffixes)
                if (File.Exists(store + suffix)) File.Move(store + suffix, aside + suffix);
            Console.WriteLine(OperationsTexts.RestoreSetAside(aside));
        }
        File.Move(incoming, store);
        Console.WriteLine(OperationsTexts.RestoreDone(store, SqliteBackup.Dossiers(store)));
        return true;
    }
}
