using BenchmarkDotNet.Attributes;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Statistics;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// The reads that must not slow down as the store grows, through the platform's own classes on the
/// generated store (<see cref="BenchmarkStore"/>): the back-office queue an agent opens first (the page
/// and the count, <see cref="DossierQueue.ListAsync"/>), with filters and another sort; a citizen's
/// dashboard (<see cref="CitizenDossiers.DashboardAsync"/>: every dossier the account follows, open and
/// archived, with its history; accounts of three and of two dossiers); and the status by number and tracking code
/// (<see cref="SubmissionService.StatusAsync(string, string)"/>, GetStatus and the tracking page).
/// Run at 10,000 and at millions of dossiers: the figures must stay flat (plans in <see cref="QueryPlans"/>).
/// </summary>
// The machine is shared: the minimum and the median say more than the mean when other jobs steal the CPU.
[MemoryDiagnoser, MinColumn, MedianColumn]
public class QueryBenchmarks
{
    private BenchmarkServices _services = null!;
    private BenchmarkSamples _samples = null!;

    [GlobalSetup]
    public void OpenTheStore()
    {
        if (!File.Exists(BenchmarkStore.DoneMarker))
            throw new InvalidOperationException($"No generated store at {BenchmarkStore.File}: run the program, which generates it first.");
        _services = new BenchmarkServices(BenchmarkStore.Open());
        _samples = BenchmarkSamples.FindAsync(_services).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "File d'attente, 1re page et total (DossierQueue.ListAsync)")]
    public Task<QueuePage> Queue() => _services.Queue.ListAsync(_samples.Agent, new QueueFilter());

    [Benchmark(Description = "File d'attente, une démarche, non attribués, plus récents d'abord")]
    public Task<QueuePage> QueueFiltered() => _services.Queue.ListAsync(_samples.Agent, _samples.FilteredQueue);

    [Benchmark(Description = "File d'attente, mes dossiers, tri par mise à jour")]
    public Task<QueuePage> QueueMine() => _services.Queue.ListAsync(_samples.Agent, BenchmarkSamples.MineQueue);

    [Benchmark(Description = "File d'attente, dossiers clos (les archives), plus récents d'abord")]
    public Task<QueuePage> QueueArchive() => _services.Queue.ListAsync(_samples.Agent, BenchmarkSamples.ArchiveQueue);

    [Benchmark(Description = "Tableau de bord, compte à 3 dossiers (CitizenDossiers.DashboardAsync)")]
    public Task<Dashboard> DashboardOfAFrequentCitizen() => _services.CitizenDossiers.DashboardAsync(_samples.FrequentCitizen);

    [Benchmark(Description = "Tableau de bord, compte à 2 dossiers")]
    public Task<Dashboard> Dashboard() => _services.CitizenDossiers.DashboardAsync(_samples.Citizen);

    [Benchmark(Description = "Suivi d'un dossier ouvert, numéro + code (SubmissionService.StatusAsync)")]
    public Task<DossierStatus> StatusOfAnOpenDossier() => _services.Submissions.StatusAsync(_samples.Open.Number, _samples.Open.TrackingCode);

    [Benchmark(Description = "Suivi d'un dossier clos")]
    public Task<DossierStatus> StatusOfAnArchivedDossier() => _services.Submissions.StatusAsync(_samples.Archived.Number, _samples.Archived.TrackingCode);
}
