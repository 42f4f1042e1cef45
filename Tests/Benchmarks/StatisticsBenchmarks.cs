using BenchmarkDotNet.Attributes;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Statistics;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// The statistics' three reads on the generated store (<see cref="BenchmarkStore"/>): a big commune's
/// report over twelve months as its administrator asks for it, the observatory's figures of every
/// procedure over every commune, and the delay shown on a form.
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private CommuneStatistics _commune = null!;
    private PublicStatistics _public = null!;
    private Agent _administrator = null!;
    private StatisticsPeriod _twelveMonths = null!;

    [GlobalSetup]
    public void OpenTheStore()
    {
        if (!File.Exists(BenchmarkStore.DoneMarker))
            throw new InvalidOperationException($"No generated store at {BenchmarkStore.File}: run the program, which generates it first.");
        var database = BenchmarkStore.Open();
        var catalogue = DefinitionLoader.LoadFolder(Path.Combine(BenchmarkStore.RepositoryRoot, "Services", "Catalogue"));
        var clock = new FixedClock();
        _commune = new CommuneStatistics(database, new ProcedureDefinitions(catalogue, database), new AgentStore(database), clock);
        _public = new PublicStatistics(database, clock);
        _administrator = new Agent("bench-admin", "45234", "admin@45234.bench", "Administratrice", AgentRole.Administrator, []);
        _twelveMonths = StatisticsPeriod.LastTwelveMonths(DateOnly.FromDateTime(BenchmarkStore.Now.UtcDateTime));
    }

    [Benchmark(Description = "Orléans, 12 mois (CommuneStatistics.ReportAsync)")]
    public Task<CommuneStatisticsReport> CommuneReport() => _commune.ReportAsync(_administrator, _twelveMonths);

    [Benchmark(Description = "Observatoire, toutes communes (PublicStatistics.ProceduresAsync)")]
    public Task<IReadOnlyDictionary<string, PublicProcedureFigures>> Observatory() => _public.ProceduresAsync(_twelveMonths);

    [Benchmark(Description = "Délai attendu (PublicStatistics.ExpectedDelayAsync)")]
    public Task<DelayFigures?> ExpectedDelay() => _public.ExpectedDelayAsync("45234", "etat-civil.acte-naissance");
}
