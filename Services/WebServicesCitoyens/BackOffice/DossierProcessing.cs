using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Administration;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.BackOffice;

/// <summary>An entry of a dossier's history as agents read it: who (by name) and when.</summary>
public sealed record HistoryEntry(long Sequence, string OccurredAt, string Kind, string? StepCode, string? StepLabel, string Actor, string? Detail, bool VisibleToCitizen);

/// <summary>Everything an agent needs to treat a dossier.</summary>
public sealed record DossierFile(
    DossierRecord Dossier, ProcedureDefinition Procedure, string Applicant, string? AssignedAgentName,
    IReadOnlyList<HistoryEntry> History, IReadOnlyList<DossierDocument> CitizenDocuments, IReadOnlyList<GeneratedDocument> GeneratedDocuments,
    IReadOnlyList<WorkflowAction> Actions, bool Overdue)
{
    public WorkflowStep? CurrentStep => Procedure.FindStep(Dossier.CurrentStep);
    public bool IsOpen => Dossier.State != DossierStates.Closed;
}

/// <summary>The outcome of an action on one dossier of a selection.</summary>
public sealed record BulkOutcome(string Number, bool Done, string? Reason);

/// <summary>
/// What agents do to dossiers (seed 002, 4.2): open one, perform an action of its step, write an
/// internal note or a message, ask the citizen for a correction, reject with a reason, close, assign.
/// Each change is one transaction that claims the dossier at the state the agent saw, writes its
/// history line with who and when, and its mail; the citizen's view reads the same rows, so it is
/// up to date at once. A dossier outside the agent's remit answers exactly like a missing one.
/// </summary>
public sealed partial class DossierProcessing(
    Database database, DossierStore store, ProcedureDefinitions definitions, WorkflowEngine engine, DossierNotifications notifications,
    CitizenDocuments citizenDocuments, GeneratedDocuments generated, AgentStore agents, Flux.VendorClientStore vendors, TimeProvider clock)
{
    public const int MaxTextLength = 4000;

    public async Task<DossierFile> OpenAsync(Agent agent, string number)
    {
        var (dossier, procedure) = await VisibleAsync(agent, number);
        var names = (await agents.OfCommuneAsync(dossier.CommuneCode)).ToDictionary(a => a.Id, a => a.DisplayName);
        var history = await HistoryAsync(dossier, procedure, names);
        var actions = dossier.State == DossierStates.Closed ? [] :
            procedure.ActionsOf(dossier.CurrentStep).Where(a => AgentRights.MayPerform(agent, a, procedure)).ToList();
        var overdue = dossier.State != DossierStates.Closed
            && new DateTimeOffset(Timestamps.Parse(dossier.SubmittedAt)) < procedure.OverdueIfFiledBefore(clock.GetUtcNow());
        return new DossierFile(dossier, procedure, GeneratedDocuments.ApplicantName(procedure, System.Xml.Linq.XElement.Parse(dossier.RequestXml)),
            dossier.AssignedAgentId is { } id ? names.GetValueOrDefault(id) : null, history,
            await citizenDocuments.DocumentsOfDossierAsync(dossier.Number), await generated.OfDossierAsync(dossier.Number), actions, overdue);
    }

    /// <summary>
    /// A dossier's history with each actor named: an agent by their name now, a vendor client by its name
    /// (<paramref name="agentNames"/>: the commune's agents, by id).
    /// </summary>
    private async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(DossierRecord dossier, ProcedureDefinition procedure, IReadOnlyDictionary<string, string> agentNames)
    {
        var events = await store.EventsAsync(dossier.Number);
        var vendorNames = (await vendors.OfCommuneAsync(dossier.CommuneCode)).ToDictionary(v => v.Id, v => v.Name);
        string ActorName(string actor) => actor.StartsWith(AgentActorPrefix, StringComparison.Ordinal)
            ? agentNames.GetValueOrDefault(actor[AgentActorPrefix.Length..]) ?? BackOfficeTexts.FormerAgent
            : Flux.VendorClient.IdOf(actor) is { } vendor ? (vendorNames.GetValueOrDefault(vendor) is { } name ? FluxTexts.VendorActor(name) : FluxTexts.FormerVendor)
            : actor == WorkflowEngine.PlatformActor ? BackOfficeTexts.PlatformActor
            : actor == DossierTexts.CitizenActor ? BackOfficeTexts.CitizenActor : actor;
        return events.Select(e => new HistoryEntry(e.Sequence, e.OccurredAt, e.Kind, e.StepCode,
            e.StepCode is null ? null : procedure.FindStep(e.StepCode)?.AgentLabel, ActorName(e.Actor), e.Detail,
            DossierEventKinds.VisibleToCitizen(e.Kind))).ToList();
    }

    /// <summary>Performs a manual action of the dossier's current step (<paramref name="expectedStep"/>: the step the agent saw).</summary>
    public Task PerformAsync(Agent agent, string number, string actionCode, string? expectedStep = null) =>
        ChangeAsync(agent, number, expectedStep, async (connection, transaction, dossier, procedure, now) =>
        {
            var action = procedure.ActionsOf(dossier.CurrentStep).FirstOrDefault(a => a.Code == actionCode);
            if (action is null || !AgentRights.MayPerform(agent, action, procedure))
                throw Refused("ActionCode", BackOfficeTexts.ActionNotAvailable(actionCode, procedure.FindStep(dossier.CurrentStep)?.AgentLabel ?? dossier.CurrentStep));
            await engine.PerformAsync(connection, transaction, dossier, procedure, action, ActorOf(agent), now);
        });

    /// <summary>An internal note: in the history for the commune's agents, never shown or sent to the citizen.</summary>
    public Task AddNoteAsync(Agent agent, string number, string text) =>
        ChangeAsync(agent, number, null, (connection, transaction, dossier, _, now) =>
            store.AppendAsync(connection, transaction, dossier.Number, Timestamps.ToText(now), DossierEventKinds.NoteAdded, null, ActorOf(agent),
                CheckedText(text, "Text")), allowClosed: true);

    /// <summary>A message to the citizen: in their account at once, and mailed.</summary>
    public Task SendMessageAsync(Agent agent, string number, string text) =>
        ChangeAsync(agent, number, null, SendMessage(ActorOf(agent), text, "Text"), allowClosed: true);

    private Change SendMessage(string actor, string text, string field) => async (connection, transaction, dossier, procedure, now) =>
    {
        var message = CheckedText(text, field);
        await store.AppendAsync(connection, transaction, dossier.Number, Timestamps.ToText(now), DossierEventKinds.MessageToCitizen, null, actor, message);
        await notifications.AgentMessageAsync(connection, transaction, dossier, message, now);
    };

    /// <summary>Asks the citizen to correct or complete the request: the dossier waits for their answer from their account.</summary>
    public Task RequestCorrectionAsync(Agent agent, string number, string text) =>
        ChangeAsync(agent, number, null, async (connection, transaction, dossier, _, now) =>
        {
            var request = CheckedText(text, "Text");
            await connection.ExecuteAsync("UPDATE dossiers SET state = 'AwaitingCitizen' WHERE number = @Number", dossier, transaction);
            await store.AppendAsync(connection, transaction, dossier.Number, Timestamps.ToText(now), DossierEventKinds.CorrectionRequested, null, ActorOf(agent), request);
            await notifications.AgentMessageAsync(connection, transaction, dossier, BackOfficeTexts.CorrectionMail(request), now);
        });

    /// <summary>Rejects the dossier to one of its exits (the first when none is named), with the reason the citizen reads.</summary>
    public Task RejectAsync(Agent agent, string number, string? exitStep, string reason) =>
        ChangeAsync(agent, number, null, Reject(ActorOf(agent), exitStep, reason, "Reason"));

    private Change Reject(string actor, string? exitStep, string reason, string field) => async (connection, transaction, dossier, procedure, now) =>
    {
        var text = CheckedText(reason, field);
        var exit = exitStep is null ? procedure.ExitSteps.FirstOrDefault() : procedure.ExitSteps.FirstOrDefault(s => s.Code == exitStep);
        if (exit is null) throw Refused("ExitStep", BackOfficeTexts.UnknownExit(exitStep ?? ""));
        await store.AppendAsync(connection, transaction, dossier.Number, Timestamps.ToText(now), DossierEventKinds.Rejected, null, actor, text);
        await notifications.AgentMessageAsync(connection, transaction, dossier, BackOfficeTexts.RejectionMail(text), now);
        await engine.MoveAsync(connection, transaction, dossier, procedure, exit.Code, actor, now);
    };

    /// <summary>Closes the dossier: it moves to the procedure's closing step.</summary>
    public Task CloseAsync(Agent agent, string number) =>
        ChangeAsync(agent, number, null, Close(ActorOf(agent)));

    private Change Close(string actor) => (connection, transaction, dossier, procedure, now) =>
        engine.MoveAsync(connection, transaction, dossier, procedure, procedure.ClosingStep.Code, actor, now);

    /// <summary>
    /// Gives dossiers to an agent of the commune who may handle them (null: nobody), e.g. to take over
    /// an absent colleague's; each dossier is answered for on its own.
    /// </summary>
    public async Task<IReadOnlyList<BulkOutcome>> AssignAsync(Agent agent, IReadOnlyList<string> numbers, string? assigneeId)
    {
        Agent? assignee = null;
        if (assigneeId is not null)
        {
            assignee = (await agents.OfCommuneAsync(agent.CommuneCode ?? "")).FirstOrDefault(a => a.Id == assigneeId)
                ?? throw Refused("AgentId", BackOfficeTexts.UnknownAgent);
        }
        return await ForEachAsync(numbers, number => ChangeAsync(agent, number, null, async (connection, transaction, dossier, procedure, now) =>
        {
            if (assignee is not null && !AgentRights.MayHandle(assignee, procedure)) throw Refused("AgentId", BackOfficeTexts.AssigneeOutOfRemit(assignee.DisplayName));
            await connection.ExecuteAsync("UPDATE dossiers SET assigned_agent_id = @assigneeId WHERE number = @Number",
                new { assigneeId, dossier.Number }, transaction);
            await store.AppendAsync(connection, transaction, dossier.Number, Timestamps.ToText(now), DossierEventKinds.Assigned, null, ActorOf(agent),
                assignee?.DisplayName ?? BackOfficeTexts.Unassigned);
        }, allowClosed: true));
    }

    /// <summary>Every open dossier assigned to a colleague, within the agent's remit, becomes the agent's.</summary>
    public async Task<IReadOnlyList<BulkOutcome>> TakeOverAsync(Agent agent, string colleagueId)
    {
        await using var connection = await database.OpenAsync();
        var numbers = (await connection.QueryAsync<string>(
            "SELECT number FROM dossiers WHERE commune_code = @CommuneCode AND assigned_agent_id = @colleagueId AND state <> 'Closed' ORDER BY number",
            new { agent.CommuneCode, colleagueId })).AsList();
        var mine = new List<string>();
        foreach (var number in numbers)
            if (await FindVisibleAsync(agent, number) is not null) mine.Add(number);
        // Nothing to take (the operator, who belongs to no commune, never has): nobody to check as assignee either.
        return mine.Count == 0 ? [] : await AssignAsync(agent, mine, agent.Id);
    }

    /// <summary>The same action on each dossier of a selection; each succeeds or fails on its own (with the reason).</summary>
    public Task<IReadOnlyList<BulkOutcome>> PerformOnEachAsync(Agent agent, IReadOnlyList<string> numbers, string actionCode) =>
        ForEachAsync(numbers, number => PerformAsync(agent, number, actionCode));

    /// <summary>The content of a generated document of a dossier the agent may see, or a refusal like a missing dossier.</summary>
    public async Task<(GeneratedDocument Document, byte[] Content)> GeneratedDocumentAsync(Agent agent, string number, string documentId)
    {
        var (dossier, _) = await VisibleAsync(agent, number);
        var document = (await generated.OfDossierAsync(dossier.Number)).FirstOrDefault(d => d.Id == documentId);
        var content = document is null ? null : await generated.ContentAsync(dossier.Number, documentId);
        return document is null || content is null ? throw Refused("DocumentId", BackOfficeTexts.DocumentNotFound) : (document, content);
    }

    /// <summary>The content of a citizen's document given to a dossier the agent may see.</summary>
    public async Task<(DossierDocument Document, Stream Content)> CitizenDocumentAsync(Agent agent, string number, string documentId)
    {
        var (dossier, _) = await VisibleAsync(agent, number);
        var document = (await citizenDocuments.DocumentsOfDossierAsync(dossier.Number)).FirstOrDefault(d => d.DocumentId == documentId);
        var content = document is null ? null : await citizenDocuments.OpenDossierDocumentAsync(dossier.Number, documentId);
        return document is null || content is null ? throw Refused("DocumentId", BackOfficeTexts.DocumentNotFound) : (document, content);
    }

    public const string AgentActorPrefix = "agent:";

    /// <summary>How the history names an agent: by id, so a renamed agent keeps their lines and names are shown as they are now.</summary>
    public static string ActorOf(Agent agent) => AgentActorPrefix + agent.Id;

    /// <summary>The agent's id in a history's actor, or null when the actor is the citizen or the platform.</summary>
    public static string? AgentIdOf(string actor) =>
        actor.StartsWith(AgentActorPrefix, StringComparison.Ordinal) ? actor[AgentActorPrefix.Length..] : null;

    // ------------------------------------------------------------------ the shape of every change

    private delegate Task Change(DbConnection connection, DbTransaction transaction, DossierRecord dossier, ProcedureDefinition procedure, DateTimeOffset now);

    private Task ChangeAsync(Agent agent, string number, string? expectedStep, Change change, bool allowClosed = false) =>
        ChangeAsync(() => VisibleAsync(agent, number), expectedStep, change, allowClosed);

    /// <summary>A change to the dossier <paramref name="visible"/> finds (or refuses like a missing one), in one transaction that claims it.</summary>
    private async Task ChangeAsync(Func<Task<(DossierRecord Dossier, ProcedureDefinition Procedure)>> visible, string? expectedStep, Change change,
        bool allowClosed = false)
    {
        var (dossier, procedure) = await visible();
        if (!allowClosed && dossier.State == DossierStates.Closed) throw Refused("DossierNumber", BackOfficeTexts.DossierClosed);
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var claimed = allowClosed && dossier.State == DossierStates.Closed
            ? await connection.ExecuteAsync("UPDATE dossiers SET updated_at = @now WHERE number = @Number AND current_step = @CurrentStep",
                new { now = Timestamps.ToText(now), dossier.Number, dossier.CurrentStep }, transaction) == 1
            : await WorkflowEngine.ClaimAsync(connection, transaction, dossier.Number, expectedStep ?? dossier.CurrentStep, Timestamps.ToText(now));
        if (!claimed) throw Refused("DossierNumber", BackOfficeTexts.DossierChanged);
        await change(connection, transaction, dossier, procedure, now);
        await transaction.CommitAsync();
    }

    private async Task<(DossierRecord Dossier, ProcedureDefinition Procedure)> VisibleAsync(Agent agent, string number) =>
        await FindVisibleAsync(agent, number) ?? throw Refused("DossierNumber", BackOfficeTexts.DossierNotFound);

    private async Task<(DossierRecord, ProcedureDefinition)?> FindVisibleAsync(Agent agent, string number)
    {
        var normalized = DossierNumber.Normalize(number);
        var dossier = normalized is null ? null : await store.FindAsync(normalized);
        var procedure = dossier is null ? null : definitions.For(dossier);
        return dossier is null || procedure is null || !AgentRights.MaySee(agent, dossier, procedure) ? null : (dossier, procedure);
    }

    private static async Task<IReadOnlyList<BulkOutcome>> ForEachAsync(IReadOnlyList<string> numbers, Func<string, Task> act)
    {
        if (numbers.Count > QueueFilter.MaxPageSize) throw Refused("DossierNumbers", BackOfficeTexts.SelectionTooLarge(QueueFilter.MaxPageSize));
        var outcomes = new List<BulkOutcome>();
        foreach (var number in numbers.Distinct())
        {
            try
            {
                await act(number);
                outcomes.Add(new BulkOutcome(number, true, null));
            }
            catch (RequestValidationException refused)
            {
                outcomes.Add(new BulkOutcome(number, false, string.Join(" ", refused.Errors.Select(e => e.Message))));
            }
        }
        return outcomes;
    }

    private static string CheckedText(string? text, string field)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length is 0 or > MaxTextLength ? throw Refused(field, BackOfficeTexts.TextNeeded(MaxTextLength)) : trimmed;
    }

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
