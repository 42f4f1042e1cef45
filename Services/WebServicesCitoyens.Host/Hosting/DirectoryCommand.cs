using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// <c>import-communes [communes.json]</c>: fills the commune directory of the host's store (the same
/// Storage:SqlitePath as the host) from Etalab's open data, by default the copy npm installs under
/// Services/Directory. Idempotent: the directory is replaced in one transaction.
/// </summary>
public static class DirectoryCommand
{
    public const string DataFile = "Services/Directory/node_modules/@etalab/decoupage-administratif/data/communes.json";

    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != "import-communes") return false;

        var file = args.Length > 1 ? Path.GetFullPath(args[1]) : DefaultFile();
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine($"No communes file. Run `npm ci --prefix Services/Directory` first, or pass the path of communes.json.");
            exitCode = 2;
            return true;
        }
        var database = CommandStore.Settings().Database;
        Migrator.Migrate(database);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = DirectoryImport.RunAsync(database, file, Console.WriteLine).GetAwaiter().GetResult();
        Console.WriteLine($"imported in {watch.Elapsed.TotalSeconds:0.0} s: "
            + string.Join(", ", result.KeptByType.OrderBy(t => t.Key).Select(t => $"{t.Value} {t.Key}"))
            + $", {result.PostalCodes} postal codes ({result.Read} entries read)");
        return true;
    }

    private static string? DefaultFile()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "WebServicesCitoyens.sln"))) return Path.Combine(folder.FullName, DataFile);
        return null;
    }
}
