using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Host.Soap;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>The wiring of the domain: store, catalogue, services, rendering.</summary>
public static class PlatformRegistration
{
    public static void AddPlatform(this WebApplicationBuilder builder)
    {
        var paths = PlatformPaths.NextToBinaries();
        var catalogue = DefinitionLoader.LoadFolder(paths.Catalogue);
        var store = StoreSettings.From(builder.Configuration);
        var publicUrl = builder.Configuration["Platform:PublicUrl"] is { Length: > 0 } configured
            ? configured
            : PublicUrlFromListeningAddress((builder.Configuration["Urls"] ?? "http://localhost:5080").Split(';')[0]);

        // The e-safe's files go next to the store unless Documents:Folder says where; Documents:MaxSizeKb
        // (5120) and Documents:MaxPerCitizen (100) bound what a citizen keeps.
        var documentDefaults = DocumentOptions.In(store.DataFolder,
            builder.Configuration.GetValue<int?>("Documents:MaxSizeKb"), builder.Configuration.GetValue<int?>("Documents:MaxPerCitizen"));
        var documents = builder.Configuration["Documents:Folder"] is { Length: > 0 } folder
            ? documentDefaults with { Folder = Path.GetFullPath(folder) }
            : documentDefaults;

        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton(catalogue);
        builder.Services.AddSingleton(new PlatformOptions(catalogue, publicUrl));
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(store.Database);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CommuneStore>();
        builder.Services.AddSingleton<CommuneDirectory>();
        builder.Services.AddSingleton<CatalogueQueries>();
        builder.Services.AddSingleton<CitizenStore>();
        builder.Services.AddSingleton<AccountService>();
        builder.Services.AddSingleton<CitizenDossiers>();
        builder.Services.AddSingleton<Feedback.FeedbackStore>();
        builder.Services.AddSingleton<Feedback.DossierRatings>();
        builder.Services.AddSingleton<Feedback.CommuneFeedback>();
        builder.Services.AddSingleton<Feedback.PublicReports>();
        builder.Services.AddSingleton<Feedback.Observatory>();
        builder.Services.AddSingleton<ProfileService>();
        builder.Services.AddSingleton(documents);
        builder.Services.AddSingleton<DocumentFiles>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<CitizenDocuments>();
        builder.Services.AddSingleton<CitizenExports>();
        // Every dossier filed and every step reached writes its mail to the outbox in the same transaction.
        builder.Services.AddSingleton<Administration.ProcedureDefinitions>();
        builder.Services.AddSingleton(services => new DossierNotifications(
            services.GetRequiredService<PlatformOptions>(), services.GetRequiredService<Administration.ProcedureDefinitions>()));
        // Every history append seals the dossier's chain head with the platform's seal (loaded on the first append).
        builder.Services.AddSingleton(services => new HistorySeal(() => services.GetRequiredService<Trust.PlatformCertificate>()));
        // Concurrent filings share one commit (GroupCommitSettings: Storage:GroupCommitMaxBatch).
        builder.AddGroupCommit();
        builder.Services.AddSingleton(services =>
            new DossierStore(services.GetRequiredService<Database>(), services.GetRequiredService<HistorySeal>(),
                services.GetRequiredService<DossierNotifications>(), services.GetRequiredService<Flux.WebhookEvents>(),
                services.GetRequiredService<GroupCommitter>()));
        builder.Services.AddSingleton<Flux.WebhookEvents>();
        builder.Services.AddSingleton<SubmissionService>();
        builder.Services.AddSingleton<Open311.Open311Services>();
        builder.Services.AddSingleton<Open311.Open311Requests>();
        // The back office: agents, the queue, processing through the workflow, generated documents.
        builder.Services.AddSingleton<WebServicesCitoyens.BackOffice.AgentStore>();
        builder.Services.AddSingleton<WebServicesCitoyens.BackOffice.AgentService>();
        var queueCountLimit = builder.Configuration.GetValue("BackOffice:QueueCountLimit", WebServicesCitoyens.BackOffice.DossierQueue.DefaultCountLimit);
        builder.Services.AddSingleton(services => new WebServicesCitoyens.BackOffice.DossierQueue(services.GetRequiredService<Database>(),
            services.GetRequiredService<Administration.ProcedureDefinitions>(), services.GetRequiredService<TimeProvider>(), Math.Max(1, queueCountLimit)));
        builder.Services.AddSingleton<WebServicesCitoyens.BackOffice.DossierProcessing>();
        builder.Services.AddSingleton<WebServicesCitoyens.BackOffice.OnBehalfFiling>();
        builder.Services.AddSingleton<Search.SavedSearches>();
        // Flux.svc: the communes' software pulls dossiers and pushes their status.
        builder.Services.AddSingleton<Flux.VendorClientStore>();
        // The clients' secrets, sealed with the data key (Secrets:DataKeyPath, shared by every host; created in
        // the data folder on first use), opened only to sign their webhooks.
        var dataKey = DataKeySettings.From(builder.Configuration, store.DataFolder);
        builder.Services.AddSingleton(new Flux.VendorSecrets(() => Trust.PlatformDataKey.LoadOrCreate(dataKey.Path)));
        // Webhooks go to public https addresses only; Webhooks:AllowLoopback (tests) lets them reach the loopback interface.
        builder.Services.AddSingleton(new Flux.CallbackPolicy(builder.Configuration.GetValue("Webhooks:AllowLoopback", false)));
        builder.Services.AddSingleton<Flux.VendorClients>();
        builder.Services.AddSingleton<Flux.WebhookStore>();
        builder.Services.AddSingleton(WebServicesCitoyens.Host.Webhooks.WebhookSettings.From(builder.Configuration));
        builder.Services.AddHostedService<WebServicesCitoyens.Host.Webhooks.WebhookSender>();
        builder.Services.AddSingleton<Flux.DossierFeed>();
        builder.Services.AddSingleton<Workflow.GeneratedDocuments>();
        builder.Services.AddSingleton<Workflow.WorkflowEngine>();
        builder.Services.AddSingleton<Workflow.DelayedActions>();
        // The seal of acknowledgements and forwarded dossiers: Signing:CertificatePath (a PKCS #12 file every
        // host shares), created self-signed next to the store when not configured — on first use, so that a
        // host that seals nothing never makes a key.
        var seal = SealSettings.From(builder.Configuration, store.DataFolder);
        builder.Services.AddSingleton(seal);
        builder.Services.AddSingleton(_ => Trust.PlatformCertificate.LoadOrCreate(seal.Path, seal.Password));
        builder.Services.AddSingleton(services => new Trust.Acknowledgements(
            new Lazy<Trust.PlatformCertificate>(services.GetRequiredService<Trust.PlatformCertificate>), services.GetRequiredService<PlatformOptions>()));
        // HostedForms communes: each dossier forwarded signed and encrypted, the seal loaded only when one leaves.
        builder.Services.AddSingleton(services => new HostedForms.DossierForwarding(
            () => services.GetRequiredService<Trust.PlatformCertificate>(), services.GetRequiredService<PlatformOptions>(),
            services.GetRequiredService<Administration.ProcedureDefinitions>()));
        builder.Services.AddSingleton<HostedForms.HostedFormsStore>();
        builder.Services.AddSingleton<HostedForms.CommuneReception>();
        builder.Services.AddSingleton<Statistics.CommuneStatistics>();
        builder.Services.AddSingleton<Statistics.PublicStatistics>();
        builder.Services.AddSingleton<Statistics.ExpectedDelays>();
        builder.Services.AddSingleton<Statistics.StatisticsRebuild>();
        // The administration of the communes' procedures: versions of their configurations, checked and edited.
        builder.Services.AddSingleton(Administration.CatalogueSources.Load(paths.Catalogue));
        builder.Services.AddSingleton<Administration.ConfigurationStore>();
        builder.Services.AddSingleton<Administration.ConfigurationCheck>();
        builder.Services.AddSingleton<Administration.ConfigurationService>();
        builder.Services.AddSingleton(new XsltRenderer(paths.Xsl));
        ConfigurePdf(builder.Configuration["Pdf:FontFolder"] is { Length: > 0 } fonts ? fonts : DejaVuFontResolver.DefaultFolder);
        builder.Services.AddSingleton(SoapEndpoints.Load(catalogue, paths.Wsdl,
            new Dictionary<string, int>
            {
                [Schemas.CitizenAccountContract.EndpointPath] = documents.SoapBodyBytes,
                [Schemas.AdministrationContract.EndpointPath] = Schemas.AdministrationContract.MaxBodyBytes,
            }));
        builder.Services.AddHttpContextAccessor();
    }

    /// <summary>
    /// The PDF of a submitted request needs the DejaVu fonts: without them the host still starts, says
    /// what to install, and /suivi/demande.pdf answers that the document is unavailable.
    /// </summary>
    private static void ConfigurePdf(string fontFolder)
    {
        try
        {
            PdfSetup.Configure(fontFolder);
        }
        catch (FileNotFoundException missing)
        {
            Console.Error.WriteLine($"warning: PDF downloads are unavailable. {missing.Message}");
        }
    }

    /// <summary>
    /// Receipts carry a tracking address, so it must be one a citizen can open: a host listening on
    /// every interface (0.0.0.0, *, +, [::]) is named localhost until Platform:PublicUrl says better.
    /// </summary>
    private static string PublicUrlFromListeningAddress(string url)
    {
        var wildcard = System.Text.RegularExpressions.Regex.Match(url, @"^(https?://)(0\.0\.0\.0|\*|\+|\[::\])(.*)$");
        if (!wildcard.Success) return url;
        var local = wildcard.Groups[1].Value + "localhost" + wildcard.Groups[3].Value;
        Console.Error.WriteLine($"warning: listening on {url}; receipts will link to {local}. Set Platform__PublicUrl to the address citizens use.");
        return local;
    }

    /// <summary>
    /// False, having said why on the error output, when the store would not keep what a receipt promises
    /// (see <see cref="DurabilityCheck"/>): the host then exits rather than serve.
    /// </summary>
    public static bool StoreIsDurable(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<Database>();
        var problems = DurabilityCheck.ProblemsAsync(database).GetAwaiter().GetResult();
        foreach (var problem in problems) Console.Error.WriteLine($"error: the store {database.Description} is not durable: {problem}.");
        if (problems.Count > 0) Console.Error.WriteLine("The host does not start on a store that could lose acknowledged dossiers.");
        return problems.Count == 0;
    }

    public static void MigrateAndSeed(this WebApplication app)
    {
        Migrator.Migrate(app.Services.GetRequiredService<Database>());
        // What follows is done once per store, not once per host: hosts starting together take turns.
        using var turn = StartupLock.Take(app.Services.GetRequiredService<Database>());
        // A store from before the statistics roll-ups (migration 0010) gets them computed from its histories once.
        var statistics = app.Services.GetRequiredService<Statistics.StatisticsRebuild>();
        if (statistics.IsNeededAsync().GetAwaiter().GetResult())
            app.Logger.LogInformation("Statistics rebuilt from {Count} dossiers", statistics.RunAsync().GetAwaiter().GetResult());
        // The dossiers filed before the search index existed (migration 0011) are indexed once, before anything is served.
        var indexed = Search.DossierSearchIndex.BackfillAsync(app.Services.GetRequiredService<Database>()).GetAwaiter().GetResult();
        if (indexed > 0) Console.WriteLine($"Search index: {indexed} dossiers filed before it were indexed.");
        // The histories written before the hash chain (migration 0013) are chained once, before anything is served.
        var chained = Dossiers.HistoryChainBackfill.RunAsync(app.Services.GetRequiredService<Database>()).GetAwaiter().GetResult();
        if (chained > 0) Console.WriteLine($"History chain: {chained} events written before it were chained.");
        // Then their heads get the platform's seal (migration 0017), once.
        var sealedHeads = Dossiers.HistorySealBackfill.RunAsync(app.Services.GetRequiredService<Database>(),
            app.Services.GetRequiredService<HistorySeal>()).GetAwaiter().GetResult();
        if (sealedHeads > 0) Console.WriteLine($"History seal: {sealedHeads} dossiers written before it were sealed.");
        // The demo (commune, sample dossier, agents with the password published in the README) is for
        // trying the platform; a deployment sets Demo:Seed=false and creates its operator (create-operator).
        if (!app.Configuration.GetValue("Demo:Seed", true)) return;
        DemoCommune.SeedAsync(app.Services).GetAwaiter().GetResult();
        DemoAgents.SeedAsync(app.Services).GetAwaiter().GetResult();
        DemoVendorClient.SeedAsync(app.Services).GetAwaiter().GetResult();
    }
}
