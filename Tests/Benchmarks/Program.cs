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

// Generates the store when it is missing (kept between runs), then hands the arguments to BenchmarkDotNet
// (e.g. --filter '*'). "generate" only generates. The reports are copied to Tests/Benchmarks/results.
var store = BenchmarkStore.File;
if (!File.Exists(BenchmarkStore.DoneMarker))
{
    Console.WriteLine($"Generating {BenchmarkStore.Dossiers:N0} dossiers into {store} …");
    var catalogue = DefinitionLoader.LoadFolder(Path.Combine(BenchmarkStore.RepositoryRoot, "Services", "Catalogue"));
    await StoreGenerator.GenerateAsync(store, BenchmarkStore.Dossiers, catalogue, Console.Out);
}
if (args is ["generate"]) return;

var benchmarks = Path.Combine(BenchmarkStore.RepositoryRoot, "Tests", "Benchmarks");
var artifacts = Path.Combine(benchmarks, "artifacts");
var config = DefaultConfig.Instance
    .WithArtifactsPath(artifacts)
    // The figures vary little from one call to the next: a short job keeps a run to a couple of minutes. In
    // process: the store is read through the platform's own library, and no boilerplate project is built.
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance)
        .WithId($"{BenchmarkStore.Dossiers}-dossiers"));
BenchmarkSwitcher.FromAssembly(typeof(StatisticsBenchmarks).Assembly).Run(args, config);

var results = Path.Combine(benchmarks, "results");
Directory.CreateDirectory(results);
foreach (var report in Directory.EnumerateFiles(Path.Combine(artifacts, "results")))
    File.Copy(report, Path.Combine(results, Path.GetFileName(report)), overwrite: true);
