using Dapper;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.Infrastructure;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Tests.Workflow;

/// <summary>
/// The scheduler of delayed actions (seed 002: « envoi de plus de 15 jours → clôture ») on a real
/// SQLite store, run by two schedulers at once as two hosts sharing the store would.
/// </summary>
public sealed class DelayedActionsTests
{
    private const string Commune = "45234";
    private ScratchStore _store = null!;

    [SetUp]
    public async Task NewStore() => _store = await ScratchStore.CreateAsync();

    [TearDown]
    public void Remove() => _store.Dispose();

    /// <summary>One host's scheduler: its own connections to the shared file, its own services.</summary>
    private DelayedActions Scheduler()
    {
        var database = _store.Database;
        var definitions = new ProcedureDefinitions(Definitions.Catalogue, database);
        var store = new DossierStore(database, Seals.Of(database), new DossierNotifications(new PlatformOptions(Definitions.Catalogue, "http://127.0.0.1"), definitions));
        var engine = new WorkflowEngine(store, new DossierNotifications(new PlatformOptions(Definitions.Catalogue, "http://127.0.0.1"), definitions),
            new GeneratedDocuments(database));
        return new DelayedActions(database, store, definitions, engine, TimeProvider.System);
    }

    private async Task<string> DossierAtDispatchAsync(Database database, int daysAgo)
    {
        var number = DossierNumber.NewNumber();
        var at = Timestamps.ToText(DateTimeOffset.UtcNow.AddDays(-daysAgo - 5));
        var request = Definitions.Sample("etat-civil.acte-naissance").ToString();
        await new DossierStore(database, Seals.Of(database)).InsertAsync(
            new DossierRecord(number, Commune, "etat-civil.acte-naissance", 1, "req-" + number, "hash", TrackingCode.NewCode(), request, "ENVOI", "Web", at, at),
            new DossierEvent(number, 1, at, DossierEventKinds.Submitted, "ENREGISTREE", WebServicesCitoyens.Texts.DossierTexts.CitizenActor, null));
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("UPDATE dossiers SET step_entered_at = @entered WHERE number = @number",
            new { entered = Timestamps.ToText(DateTimeOffset.UtcNow.AddDays(-daysAgo)), number });
        return number;
    }

    [Test]
    public async Task Two_schedulers_on_one_store_close_each_dossier_sent_over_15_days_ago_exactly_once_and_leave_the_others()
    {
        var database = _store.Database;
        var due = new List<string>();
        for (var i = 0; i < 30; i++) due.Add(await DossierAtDispatchAsync(database, 16));
        var recent = await DossierAtDispatchAsync(database, 14);

        var performed = await Task.WhenAll(Scheduler().RunDueAsync(), Scheduler().RunDueAsync());

        Assert.That(performed.Sum(), Is.EqualTo(due.Count), $"each due dossier once in all (per scheduler: {string.Join(", ", performed)})");
        await using var connection = await database.OpenAsync();
        foreach (var number in due)
        {
            var state = await connection.QuerySingleAsync<(string Step, string State)>(
                "SELECT current_step AS Step, state FROM dossiers WHERE number = @number", new { number });
            Assert.That(state, Is.EqualTo(("CLOTURE", DossierStates.Closed)), number);
            var events = (await connection.QueryAsync<(string Kind, string Actor, string? Detail)>(
                "SELECT kind, actor, detail FROM dossier_events WHERE dossier_number = @number AND sequence > 1 ORDER BY sequence", new { number })).ToList();
            Assert.That(events, Is.EqualTo(new[]
            {
                (DossierEventKinds.ActionPerformed, WorkflowEngine.PlatformActor, (string?)"Envoi de plus de 15 jours : clôture"),
                (DossierEventKinds.StepReached, WorkflowEngine.PlatformActor, (string?)null),
            }), number);
        }
        Assert.That(await connection.QuerySingleAsync<string>("SELECT current_step FROM dossiers WHERE number = @recent", new { recent }), Is.EqualTo("ENVOI"),
            "sent 14 days ago: not due yet");
        Assert.That(await Scheduler().RunDueAsync(), Is.Zero, "nothing left to do");
    }
}
