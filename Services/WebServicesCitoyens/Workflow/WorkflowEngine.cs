using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;

namespace WebServicesCitoyens.Workflow;

/// <summary>
/// Carries out what a workflow says, inside the caller's transaction: an action (its history line, its
/// message, its document, its transition), a move to a step (the step's mail, the dossier closed when
/// the step is final; a move also ends a wait for the citizen's correction, since the commune went on)
/// and the automatic actions of the step entered. Everything a change causes is committed, or rolled
/// back, with it.
/// </summary>
public sealed class WorkflowEngine(DossierStore store, DossierNotifications notifications, GeneratedDocuments documents)
{
    /// <summary>Who the history names for what the platform does by itself.</summary>
    public const string PlatformActor = "plateforme";

    /// <summary>Guards a chain of automatic actions at run time too (the process check refuses loops beforehand).</summary>
    private const int MaxAutomaticChain = 20;

    /// <summary>
    /// Claims the dossier for a change: succeeds only if it is still at <paramref name="expectedStep"/>
    /// and not closed, so two agents (or two hosts' schedulers) cannot both act on the same state.
    /// On PostgreSQL the row stays locked until the transaction ends.
    /// </summary>
    public static async Task<bool> ClaimAsync(DbConnection connection, DbTransaction transaction, string number, string expectedStep, string now) =>
        await connection.ExecuteAsync(
            "UPDATE dossiers SET updated_at = @now WHERE number = @number AND current_step = @expectedStep AND state <> 'Closed'",
            new { number, expectedStep, now }, transaction) == 1;

    /// <summary>Performs an action on a claimed dossier.</summary>
    public async Task PerformAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, ProcedureDefinition procedure,
        WorkflowAction action, string actor, DateTimeOffset now, int depth = 0)
    {
        var at = Timestamps.ToText(now);
        await store.AppendAsync(connection, transaction, dossier.Number, at, DossierEventKinds.ActionPerformed, null, actor, action.Label);
        if (action.Message is { } message)
            await notifications.ActionMessageAsync(connection, transaction, dossier, procedure, message, now);
        if (action.Document is { } code && procedure.Documents.FirstOrDefault(d => d.Code == code) is { } template)
        {
            var document = await documents.GenerateAsync(connection, transaction, dossier, procedure, template, now);
            await store.AppendAsync(connection, transaction, dossier.Number, at, DossierEventKinds.DocumentGenerated, null, actor, document.Title);
        }
        if (action.To is { } to)
            await MoveAsync(connection, transaction, dossier, procedure, to, actor, now, depth);
    }

    /// <summary>Runs the automatic actions of the step a dossier has just been filed at (in its filing transaction).</summary>
    public Task EnterFirstStepAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, ProcedureDefinition procedure, DateTimeOffset now) =>
        RunOnEnterAsync(connection, transaction, dossier, procedure, now, 0);

    /// <summary>Moves a claimed dossier to a step, then runs the automatic actions of that step.</summary>
    public async Task MoveAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, ProcedureDefinition procedure,
        string stepCode, string actor, DateTimeOffset now, int depth = 0, string? detail = null)
    {
        var step = procedure.FindStep(stepCode) ?? throw new InvalidOperationException($"No step {stepCode} in {procedure.Code}.");
        var at = Timestamps.ToText(now);
        await Statistics.StatisticsRecorder.StepLeftAsync(connection, transaction, dossier, step.IsFinal, step.IsExit, actor, now);
        await store.RecordStepAsync(connection, transaction, dossier.Number, stepCode, at, actor, detail);
        await connection.ExecuteAsync(
            """
            UPDATE dossiers SET step_entered_at = @at,
                   state = CASE WHEN @final = 1 THEN 'Closed' ELSE 'Open' END,
                   closed_at = CASE WHEN @final = 1 THEN @at ELSE NULL END
            WHERE number = @Number
            """, new { at, final = step.IsFinal ? 1 : 0, dossier.Number }, transaction);
        if (step.IsFinal) return;
        await RunOnEnterAsync(connection, transaction, dossier with { CurrentStep = stepCode, StepEnteredAt = at }, procedure, now, depth);
    }

    private async Task RunOnEnterAsync(DbConnection connection, DbTransaction transaction, DossierRecord moved, ProcedureDefinition procedure,
        DateTimeOffset now, int depth)
    {
        foreach (var automatic in procedure.ActionsOf(moved.CurrentStep).Where(a => a.Trigger == ActionTrigger.OnEnter))
        {
            if (depth >= MaxAutomaticChain) throw new InvalidOperationException($"Automatic actions of {procedure.Code} chain more than {MaxAutomaticChain} times.");
            await PerformAsync(connection, transaction, moved, procedure, automatic, PlatformActor, now, depth + 1);
            // An automatic action that moved the dossier ends this step's turn: the next step ran its own.
            if (automatic.To is not null) return;
        }
    }
}
