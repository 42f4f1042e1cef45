using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WebServicesCitoyens.Benchmarks;
using WebServicesCitoyens.Catalogue;

// `submissions` measures durable SOAP submissions per second, one commit per filing against group commit
// (SubmissionThroughput), into results/submissions.md; it needs no generated store.
if (args is ["submissions"])
{
    var path = Path.Combine(BenchmarkStore.RepositoryRoot, "Tests", "Benchmarks", "results", "submissions.md");
    await using var report = new StreamWriter(path);
    await SubmissionThroughput.RunAsync(report);
    return;
}

// Generates the store when it is missing or unfinished (kept between runs; a generation cut short
// resumes), then hands the arguments to BenchmarkDotNet (e.g. --filter '*'). "generate" only generates;
// "plans" prints the query plans of the measured queries (QueryPlans). The reports are copied to
// Tests/Benchmarks/results.
// "seal": a generation stopped before its end (killed between two transactions) becomes the store to measure.
if (args is ["seal"])
{
    var count = await StoreGenerator.DossierCountAsync(BenchmarkStore.Open());
    await StoreGenerator.SealAsync(BenchmarkStore.Open(), BenchmarkStore.DoneMarker, $"{count} dossiers, sealed: the migrations since applied, the planner statistics analysed (a generation stopped early, or a store brought up to date)");
    return;
}
// "multiply K": the store of N × K dossiers (WSC_BENCH_DOSSIERS=N × K) made from the generated store of N
// (StoreMultiplier: K regions like the generated one), generated first when missing.
if (args is ["multiply", var copiesText] && int.TryParse(copiesText, out var copies))
{
    var seed = BenchmarkStore.Dossiers;
    if (!File.Exists(BenchmarkStore.DoneMarker))
        throw new InvalidOperationException($"Generate the store of {seed:N0} dossiers first (-- generate), then multiply it.");
    var target = Path.Combine(BenchmarkStore.Folder, $"wsc-{(long)seed * copies}.db");
    await StoreMultiplier.MultiplyAsync(BenchmarkStore.File, await StoreGenerator.DossierCountAsync(BenchmarkStore.Open()), copies, target,
        Path.Combine(BenchmarkStore.Folder, Path.GetFileName(target) + ".done"), Console.Out);
    return;
}
// "copy-to-postgresql <connection string>": the generated SQLite store copied into that PostgreSQL database
// (PostgreSqlCopy); then WSC_BENCH_STORE=<connection string> measures it.
if (args is ["copy-to-postgresql", var connectionString])
{
    if (BenchmarkStore.IsPostgreSql || !File.Exists(BenchmarkStore.DoneMarker))
        throw new InvalidOperationException($"No generated SQLite store at {BenchmarkStore.File} to copy.");
    var marker = Path.Combine(BenchmarkStore.Folder, $"postgresql-{new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database}.done");
    await PostgreSqlCopy.CopyAsync(BenchmarkStore.File, WebServicesCitoyens.Storage.Database.PostgreSql(connectionString), marker, Console.Out);
    return;
}
if (!File.Exists(BenchmarkStore.DoneMarker))
{
    Console.WriteLine($"Generating {BenchmarkStore.Dossiers:N0} dossiers into {BenchmarkStore.File} …");
    var catalogue = DefinitionLoader.LoadFolder(Path.Combine(BenchmarkStore.RepositoryRoot, "Services", "Catalogue"));
    await StoreGenerator.GenerateAsync(BenchmarkStore.Open(), BenchmarkStore.Dossiers, catalogue, Console.Out, BenchmarkStore.DoneMarker);
}
if (args is ["generate"]) return;

// The size measured is what the store holds (a generation may have been stopped and sealed before its end).
var size = await StoreGenerator.DossierCountAsync(BenchmarkStore.Open());
var results = Path.Combine(BenchmarkStore.RepositoryRoot, "Tests", "Benchmarks", "results");
Directory.CreateDirectory(results);
if (args is ["plans"])
{
    var services = new BenchmarkServices(BenchmarkStore.Open());
    var plans = Path.Combine(results, $"query-plans-{Suffix(size)}.md");
    await File.WriteAllTextAsync(plans, $"# Query plans ({size:N0} dossiers, {BenchmarkStore.EngineName})\n\n"
        + await QueryPlans.DescribeAsync(services));
    Console.WriteLine($"Written {plans}");
    return;
}

var benchmarks = Path.Combine(BenchmarkStore.RepositoryRoot, "Tests", "Benchmarks");
var artifacts = Path.Combine(benchmarks, "artifacts");
var config = DefaultConfig.Instance
    .WithArtifactsPath(artifacts)
    // The figures vary little from one call to the next: a short job keeps a run to a couple of minutes. In
    // process: the store is read through the platform's own library, and no boilerplate project is built.
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance)
        .WithId($"{size}-dossiers"));
// Only this run's reports are copied below: an earlier run's would be renamed with this store's size.
if (Directory.Exists(Path.Combine(artifacts, "results"))) Directory.Delete(Path.Combine(artifacts, "results"), recursive: true);
BenchmarkSwitcher.FromAssembly(typeof(StatisticsBenchmarks).Assembly).Run(args, config);

// The query benchmarks run at several sizes: their reports carry the number of dossiers in their name.
foreach (var report in Directory.EnumerateFiles(Path.Combine(artifacts, "results")))
{
    var name = Path.GetFileName(report);
    if (name.Contains(nameof(QueryBenchmarks))) name = name.Replace(nameof(QueryBenchmarks), $"{nameof(QueryBenchmarks)}-{Suffix(size)}");
    File.Copy(report, Path.Combine(results, name), overwrite: true);
}

// Reports of a SQLite store carry the size alone (as the first ones did), those of PostgreSQL the engine too.
static string Suffix(long size) => BenchmarkStore.IsPostgreSql ? $"postgresql-{size}" : $"{size}";
