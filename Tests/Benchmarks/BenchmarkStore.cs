namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// Where the generated store lives and what it holds: how many dossiers (WSC_BENCH_DOSSIERS, a million
/// by default) and the instant the statistics are read at. The store is kept between runs (generating
/// a million dossiers takes minutes) and found again by its size in the name. WSC_BENCH_STORE names
/// another store: the one parameter that chooses it — a SQLite file, or a PostgreSQL connection string
/// (Npgsql's form, "Host=…;Database=…"); <see cref="Open"/> is the one place that turns it into a
/// <see cref="Storage.Database"/>.
/// </summary>
public static class BenchmarkStore
{
    public const int DefaultDossiers = 1_000_000;

    /// <summary>"Now" for the generated store and the benchmarks: its 24 months of filings end here.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 15, 12, 0, 0, TimeSpan.Zero);

    public static int Dossiers =>
        int.TryParse(Environment.GetEnvironmentVariable("WSC_BENCH_DOSSIERS"), out var count) && count > 0 ? count : DefaultDossiers;

    public static string Folder =>
        Environment.GetEnvironmentVariable("WSC_BENCH_FOLDER") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "wsc-bench");

    public static string File =>
        Environment.GetEnvironmentVariable("WSC_BENCH_STORE") is { Length: > 0 } store ? store : Path.Combine(Folder, $"wsc-{Dossiers}.db");

    /// <summary>A PostgreSQL connection string rather than a file.</summary>
    public static bool IsPostgreSql => File.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The generated store, opened like the host opens its own.</summary>
    public static Storage.Database Open()
    {
        if (IsPostgreSql) return Storage.Database.PostgreSql(File);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(File))!);
        return new Storage.Database(File);
    }

    /// <summary>The engine's name for reports.</summary>
    public static string EngineName => IsPostgreSql ? "PostgreSQL" : "SQLite";

    /// <summary>
    /// Written once the generation has finished; without it, the next run resumes the generation. A
    /// PostgreSQL store's marker is named after its database.
    /// </summary>
    public static string DoneMarker => Path.Combine(Folder, (IsPostgreSql
        ? "postgresql-" + new Npgsql.NpgsqlConnectionStringBuilder(File).Database
        : Path.GetFileName(File)) + ".done");

    /// <summary>The repository's root, above the running program.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (System.IO.File.Exists(Path.Combine(folder.FullName, "WebServicesCitoyens.sln"))) return folder.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}

/// <summary>The benchmarks' clock: always <see cref="BenchmarkStore.Now"/>.</summary>
public sealed class FixedClock : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => BenchmarkStore.Now;
}
