using Dapper;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.Infrastructure;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Tests.Workflow;

/// <summary>Actions run on entering a step, chained, in the filing's transaction, on a real SQLite store.</summary>
public sealed class AutomaticActionsTests
{
    private ScratchStore _store = null!;

    [SetUp]
    public async Task NewStore() => _store = await ScratchStore.CreateAsync();

    [TearDown]
    public void Remove() => _store.Dispose();

    /// <summary>The birth certificate with two automatic actions: taken in charge on filing (with a message), then checked on entering that step.</summary>
    private static ProcedureDefinition WithAutomaticStart()
    {
        var birth = Definitions.Get("etat-civil.acte-naissance");
        return birth with
        {
            OwnActions = birth.Actions.Where(a => a.Step is not ("ENREGISTREE" or "PRISE_EN_CHARGE")).Concat(
            [
                new WorkflowAction("ACCUSE", "ENREGISTREE", "Prise en charge automatique", "PRISE_EN_CHARGE", ActionTrigger.OnEnter, null, null,
                    new ActionMessage("Votre demande {numero} est prise en charge", "Bonjour,\n\nLa mairie de {commune} a pris en charge votre demande {numero}."), null),
                new WorkflowAction("CONTROLE_AUTO", "PRISE_EN_CHARGE", "Contrôle automatique", "CONTROLE_RECEVABILITE", ActionTrigger.OnEnter, null, null, null, null),
            ]).ToList(),
        };
    }

    [Test]
    public async Task A_filed_dossier_runs_the_automatic_actions_of_each_step_it_enters_and_their_message_is_in_the_same_commit()
    {
        var database = _store.Database;
        var definition = WithAutomaticStart();
        Assert.That(WorkflowCheck.Problems(definition), Is.Empty);
        var notifications = new DossierNotifications(new PlatformOptions(Definitions.Catalogue, "http://127.0.0.1"), new ProcedureDefinitions(Definitions.Catalogue, database));
        var store = new DossierStore(database, Seals.Of(database), notifications);
        var engine = new WorkflowEngine(store, notifications, new GeneratedDocuments(database));

        var number = DossierNumber.NewNumber();
        var at = Timestamps.ToText(DateTimeOffset.UtcNow);
        var dossier = new DossierRecord(number, "45234", definition.Code, 1, "req-" + number, "hash", TrackingCode.NewCode(),
            Definitions.Sample(definition.Code).ToString(), "ENREGISTREE", "Web", at, at);
        await store.InsertAsync(dossier, new DossierEvent(number, 1, at, DossierEventKinds.Submitted, "ENREGISTREE", "usager", null),
            (connection, transaction) => engine.EnterFirstStepAsync(connection, transaction, dossier, definition, DateTimeOffset.UtcNow));

        await using var check = await database.OpenAsync();
        Assert.That(await check.QuerySingleAsync<string>("SELECT current_step FROM dossiers WHERE number = @number", new { number }), Is.EqualTo("CONTROLE_RECEVABILITE"));
        var history = (await check.QueryAsync<(string Kind, string? Step, string Actor)>(
            "SELECT kind, step_code AS Step, actor FROM dossier_events WHERE dossier_number = @number ORDER BY sequence", new { number })).ToList();
        Assert.That(history, Is.EqualTo(new[]
        {
            (DossierEventKinds.Submitted, (string?)"ENREGISTREE", "usager"),
            (DossierEventKinds.ActionPerformed, null, WorkflowEngine.PlatformActor),
            (DossierEventKinds.StepReached, "PRISE_EN_CHARGE", WorkflowEngine.PlatformActor),
            (DossierEventKinds.ActionPerformed, null, WorkflowEngine.PlatformActor),
            (DossierEventKinds.StepReached, "CONTROLE_RECEVABILITE", WorkflowEngine.PlatformActor),
        }));
        var subjects = (await check.QueryAsync<string>("SELECT subject FROM outbox ORDER BY id")).ToList();
        Assert.That(subjects, Does.Contain($"Votre demande {number} est prise en charge"), "the action's own message, in the filing's commit");
    }

    [Test]
    public async Task A_failing_automatic_action_rolls_the_filing_back_so_nothing_half_done_is_stored()
    {
        var database = _store.Database;
        var birth = Definitions.Get("etat-civil.acte-naissance");
        // A step the definition does not have: the engine refuses to move there, and the whole filing goes.
        var broken = birth with { OwnActions = [new WorkflowAction("NULLE_PART", "ENREGISTREE", "Vers nulle part", "NULLE_PART", ActionTrigger.OnEnter, null, null, null, null)] };
        var store = new DossierStore(database, Seals.Of(database));
        var engine = new WorkflowEngine(store, new DossierNotifications(new PlatformOptions(Definitions.Catalogue, "http://127.0.0.1")), new GeneratedDocuments(database));
        var number = DossierNumber.NewNumber();
        var at = Timestamps.ToText(DateTimeOffset.UtcNow);
        var dossier = new DossierRecord(number, "45234", birth.Code, 1, "req-" + number, "hash", TrackingCode.NewCode(),
            Definitions.Sample(birth.Code).ToString(), "ENREGISTREE", "Web", at, at);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.InsertAsync(dossier,
            new DossierEvent(number, 1, at, DossierEventKinds.Submitted, "ENREGISTREE", "usager", null),
            (connection, transaction) => engine.EnterFirstStepAsync(connection, transaction, dossier, broken, DateTimeOffset.UtcNow)));
        Assert.That(await store.FindAsync(number), Is.Null);
    }
}
