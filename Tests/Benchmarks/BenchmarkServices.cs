using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Feedback;
using WebServicesCitoyens.Statistics;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Benchmarks;

/// <summary>
/// The platform's classes the query benchmarks call, built on the generated store as the host builds them
/// (without the mail and webhook writers, which these reads never reach), with the benchmarks' clock.
/// </summary>
public sealed class BenchmarkServices
{
    public BenchmarkServices(Database database)
    {
        Database = database;
        Catalogue = DefinitionLoader.LoadFolder(Path.Combine(BenchmarkStore.RepositoryRoot, "Services", "Catalogue"));
        var clock = new FixedClock();
        var definitions = new ProcedureDefinitions(Catalogue, database);
        var communes = new CommuneStore(database);
        var platform = new PlatformOptions(Catalogue, "http://127.0.0.1:5080");
        // The queries measured append nothing to a history: a seal is never needed.
        Dossiers = new DossierStore(database, new HistorySeal(() => throw new InvalidOperationException("The query benchmarks seal nothing.")));
        Agents = new AgentStore(database);
        Queue = new DossierQueue(database, definitions, clock);
        Submissions = new SubmissionService(communes, Dossiers, clock, platform, definitions, new ExpectedDelays(new PublicStatistics(database, clock)));
        CitizenDossiers = new CitizenDossiers(Dossiers, Submissions, communes, platform, new GeneratedDocuments(database), clock,
            new DossierRatings(new FeedbackStore(database), Submissions, clock));
    }

    public Database Database { get; }
    public ProcedureCatalogue Catalogue { get; }
    public DossierStore Dossiers { get; }
    public AgentStore Agents { get; }
    public DossierQueue Queue { get; }
    public SubmissionService Submissions { get; }
    public CitizenDossiers CitizenDossiers { get; }
}
