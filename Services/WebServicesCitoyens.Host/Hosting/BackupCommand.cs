using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// <c>backup {file}</c>: an online copy of the SQLite store (Storage:SqlitePath) while hosts keep serving,
/// checked (<c>PRAGMA integrity_check</c>) before it is reported written; a copy that fails the check is removed.
/// Exit 0 written, 1 failed, 2 usage.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != Name) return false;
        if (args.Length != 2)
        {
            Console.Error.WriteLine(OperationsTexts.BackupUsage);
            exitCode = 2;
            return true;
        }
        if (CommandStore.SqliteFile() is not { } store)
        {
            exitCode = 2;
            return true;
        }
        var target = Path.GetFullPath(args[1]);
        if (!File.Exists(store))
        {
            Console.Error.WriteLine(HistoryTexts.NoStore(store));
            exitCode = 2;
            return true;
        }
        if (File.Exists(target))
        {
            Console.Error.WriteLine(OperationsTexts.BackupTargetExists(target));
            exitCode = 2;
            return true;
        }
        string? problem;
        try
        {
            SqliteBackup.Copy(store, target);
            problem = SqliteBackup.Problem(target);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
        }
        if (problem is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" }) File.Delete(target + suffix);
            Console.Error.WriteLine(OperationsTexts.BackupFailed(target, problem));
            exitCode = 1;
            return true;
        }
        Console.WriteLine(OperationsTexts.BackupDone(target, SqliteBackup.Dossiers(target)));
        return true;
    }
}
