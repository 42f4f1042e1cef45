namespace WebServicesCitoyens.Host.Hosting;

/// <summary>The settings of a command that runs and exits: appsettings.json and the environment, as the host reads them.</summary>
public static class CommandStore
{
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(System.IO.Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>The store the host would work on.</summary>
    public static StoreSettings Settings() => StoreSettings.From(Configuration());

    /// <summary>The SQLite file of the store, for the commands that work on the file; null, having said so, on PostgreSQL.</summary>
    public static string? SqliteFile()
    {
        if (Settings().Database.SqliteFile is { } file) return file;
        Console.Error.WriteLine(Texts.OperationsTexts.BackupIsSqlite);
        return null;
    }
}
