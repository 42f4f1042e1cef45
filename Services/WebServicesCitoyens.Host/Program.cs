using WebServicesCitoyens.Host.Hosting;
using WebServicesCitoyens.Host.Notifications;
using WebServicesCitoyens.Host.Operations;
using WebServicesCitoyens.Host.Soap;
using WebServicesCitoyens.Host.Web;

// Commands that run and exit: `generate-contracts` rewrites Wsdl/ from the definitions,
// `import-communes` fills the commune directory, `create-operator` creates the platform's operator,
// `verify-history` checks the hash chain of every dossier's history and the platform's seal on its head, `verify-receipt` a signed
// acknowledgement of receipt, `backup` copies the SQLite store while hosts run, `restore` puts a backup in its place, hosts stopped.
if (ContractsCommand.TryRun(args, out var exitCode) || DirectoryCommand.TryRun(args, out exitCode)
    || OperatorCommand.TryRun(args, out exitCode) || HistoryCommand.TryRun(args, out exitCode)
    || VerifyReceiptCommand.TryRun(args, out exitCode) || BackupCommand.TryRun(args, out exitCode)
    || RestoreCommand.TryRun(args, out exitCode)) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddLogs();
builder.AddPlatform();
builder.AddHealth();
builder.AddMetrics();
builder.AddNotifications();
builder.AddSoapServices();
builder.Services.AddHostedService<WebServicesCitoyens.Host.BackOffice.WorkflowScheduler>();

// Held until the process ends: the restore command refuses an SQLite store a host serves.
using var storeInUse = StoreSettings.From(builder.Configuration).Database.SqliteFile is { } sqliteFile ? StoreInUse.Hold(sqliteFile) : null;
var app = builder.Build();
if (!app.StoreIsDurable()) return 1;
app.UseMiddleware<RequestObserver>();
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
app.MapMetrics();
app.PrintAddressesOnStart();
app.Run();
return 0;
