using WebServicesCitoyens.Host.Hosting;
using WebServicesCitoyens.Host.Notifications;
using WebServicesCitoyens.Host.Soap;
using WebServicesCitoyens.Host.Web;

// Commands that run and exit: `generate-contracts` rewrites Wsdl/ from the definitions,
// `import-communes` fills the commune directory, `create-operator` creates the platform's operator,
// `verify-history` checks the hash chain of every dossier's history and the platform's seal on its head, `verify-receipt` a signed
// acknowledgement of receipt.
if (ContractsCommand.TryRun(args, out var exitCode) || DirectoryCommand.TryRun(args, out exitCode)
    || OperatorCommand.TryRun(args, out exitCode) || HistoryCommand.TryRun(args, out exitCode)
    || VerifyReceiptCommand.TryRun(args, out exitCode)) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddNotifications();
builder.AddSoapServices();
builder.Services.AddHostedService<WebServicesCitoyens.Host.BackOffice.WorkflowScheduler>();

var app = builder.Build();
if (!app.StoreIsDurable()) return 1;
app.MigrateAndSeed();
app.UseSoapGuard();
app.MapPublishedFiles();
app.MapProcedureServices();
app.MapCataloguePages();
app.MapFormPages();
app.MapDocPages();
app.MapTrackingPages();
app.MapSignaturePages();
app.MapHostedFormsPages();
app.MapObservatoryPages();
app.MapAccountPages();
app.MapAgentPages();
app.MapOpen311();
app.MapHealth();
app.PrintAddressesOnStart();
app.Run();
return 0;
