using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// The back office's processing, run in the test process on the running host's store (the same SQLite
/// file, in WAL mode), as an agent's page would: log in, open a dossier, perform an action of its step.
/// Dossiers are processed with the definition they were filed under, read from the store like the host does.
/// Letters are PDFs written in this process, with the host's fonts.
/// </summary>
public sealed class BackOfficeInProcess
{
    /// <summary>Hosting/DemoAgents.Password (the tests do not reference the host's assembly).</summary>
    public const string DemoPassword = "demo-orleans-2026";

    public BackOfficeInProcess(HostProcess host)
    {
        WebServicesCitoyens.Rendering.PdfSetup.Configure(WebServicesCitoyens.Rendering.DejaVuFontResolver.DefaultFolder);
        var database = host.Store;
        var platform = new PlatformOptions(Definitions.Catalogue, host.BaseUrl);
        var definitions = new ProcedureDefinitions(Definitions.Catalogue, database);
        var notifications = new DossierNotifications(platform, definitions);
        var store = new DossierStore(database, Seals.Of(host), notifications);
        var generated = new GeneratedDocuments(database);
        var documentOptions = new DocumentOptions(Path.Combine(host.DataFolder, "documents"));
        var citizenDocuments = new CitizenDocuments(new DocumentStore(database, Seals.Of(host)), new DocumentFiles(documentOptions), documentOptions, store, platform,
            TimeProvider.System);
        var agents = new AgentStore(database);
        Agents = new AgentService(agents, TimeProvider.System);
        Processing = new DossierProcessing(database, store, definitions, new WorkflowEngine(store, notifications, generated), notifications,
            citizenDocuments, generated, agents, new WebServicesCitoyens.Flux.VendorClientStore(database), TimeProvider.System);
    }

    public AgentService Agents { get; }
    public DossierProcessing Processing { get; }

    public async Task<Agent> AgentAsync(string email) =>
        await Agents.AuthenticateAsync(await Agents.LoginAsync(email, DemoPassword, "127.0.0.1"));
}
