using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Dossiers;

/// <summary>A dossier as stored.</summary>
public sealed record DossierRecord(
    string Number, string CommuneCode, string ProcedureCode, long ProcedureVersion, string ClientRequestId,
    string RequestHash, string TrackingCode, string RequestXml, string CurrentStep, string Channel,
    string SubmittedAt, string UpdatedAt, long TestMode = 0, string? OriginCommuneCode = null, string? CitizenId = null,
    string State = DossierStates.Open, string? AssignedAgentId = null, string? StepEnteredAt = null, long? ConfigurationVersion = null,
    string? ClosedAt = null, string ApplicantKind = Statistics.ApplicantKinds.Citizen,
    string? RequestedByCommuneCode = null, string? RequestedByAgent = null)
{
    /// <summary>When the dossier entered its current step (its submission until it first moves).</summary>
    public string CurrentStepSince => StepEnteredAt ?? SubmittedAt;

    /// <summary>Filed with the preview key while the procedure is in Test (stored 0 or 1: both engines read it as an integer).</summary>
    public bool IsTest => TestMode == 1;
}

/// <summary>One entry of a dossier's history.</summary>
public sealed record DossierEvent(string DossierNumber, long Sequence, string OccurredAt, string Kind, string? StepCode, string Actor, string? Detail);

/// <summary>
/// Reads and writes dossiers and their history. Times are ISO-8601 UTC text (see the migration).
/// With <paramref name="notifications"/>, each dossier filed and each step reached also writes its
/// mail to the outbox, in the same transaction; with <paramref name="webhooks"/>, its events for the
/// commune's software (Flux.svc callbacks) too. Every append seals the dossier's new chain head with
/// <paramref name="seal"/> (the platform's seal), in its transaction. Filings share commits through
/// <paramref name="filings"/> (the host's one <see cref="GroupCommitter"/>; a committer of its own otherwise).
/// </summary>
public sealed class DossierStore(Database database, HistorySeal seal, DossierNotifications? notifications = null,
    Flux.WebhookEvents? webhooks = null, GroupCommitter? filings = null)
{
    private readonly GroupCommitter _filings = filings ?? new GroupCommitter(database);

    private const string DossierColumns =
        """
        number, commune_code AS CommuneCode, procedure_code AS ProcedureCode, procedure_version AS ProcedureVersion,
        client_request_id AS ClientRequestId, request_hash AS RequestHash, tracking_code AS TrackingCode,
        request_xml AS RequestXml, current_step AS CurrentStep, channel, submitted_at AS SubmittedAt, updated_at AS UpdatedAt,
        is_test AS TestMode, origin_commune_code AS OriginCommuneCode, citizen_id AS CitizenId,
        state, assigned_agent_id AS AssignedAgentId, step_entered_at AS StepEnteredAt,
        configuration_version AS ConfigurationVersion, closed_at AS ClosedAt, applicant_kind AS ApplicantKind,
        requested_by_commune_code AS RequestedByCommuneCode, requested_by_agent AS RequestedByAgent
        """;

    /// <summary>A dossier by its number (the status query, every read of one dossier); public for the benchmarks' query plans.</summary>
    public const string FindSql = $"SELECT {DossierColumns} FROM dossiers WHERE number = @number";

    /// <summary>The dossiers an account follows, newest first (the citizen's dashboard); public for the benchmarks' query plans.</summary>
    public const string ByCitizenSql = $"SELECT {DossierColumns} FROM dossiers WHERE citizen_id = @citizenId ORDER BY submitted_at DESC, number";

    /// <summary>A dossier's history in order (the status, the dashboard); public for the benchmarks' query plans.</summary>
    public const string EventsSql =
        """
        SELECT dossier_number AS DossierNumber, sequence, occurred_at AS OccurredAt, kind, step_code AS StepCode, actor, detail
        FROM dossier_events WHERE dossier_number = @number ORDER BY sequence
        """;

    /// <summary>The columns of a <see cref="DossierRecord"/>, for the back office's queries (table alias d).</summary>
    public static string Columns(string alias) => string.Join(", ", DossierColumns.Split(',').Select(c => alias + "." + c.Trim()));

    public async Task<DossierRecord?> FindAsync(string number)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<DossierRecord>(FindSql, new { number });
    }

    /// <summary>A dossier as the caller's transaction sees it.</summary>
    public Task<DossierRecord?> FindAsync(DbConnection connection, DbTransaction transaction, string number) =>
        connection.QuerySingleOrDefaultAsync<DossierRecord>($"SELECT {DossierColumns} FROM dossiers WHERE number = @number", new { number }, transaction);

    public async Task<DossierRecord?> FindByClientRequestAsync(string communeCode, string clientRequestId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<DossierRecord>(
            $"SELECT {DossierColumns} FROM dossiers WHERE commune_code = @communeCode AND client_request_id = @clientRequestId",
            new { communeCode, clientRequestId });
    }

    public async Task<IReadOnlyList<DossierEvent>> EventsAsync(string number)
    {
        await using var connection = await database.OpenAsync();
        var events = await connection.QueryAsync<DossierEvent>(EventsSql, new { number });
        return events.AsList();
    }

    /// <summary>
    /// Stores a new dossier with its first event, all or nothing; returns once committed. Concurrent
    /// filings share one commit (<see cref="GroupCommitter"/>), each in its own savepoint.
    /// Throws <see cref="DbException"/> on a key conflict (number or client request id already taken).
    /// </summary>
    /// <param name="alsoInTransaction">What else the filing does in its transaction (the automatic actions of the first step).</param>
    public Task InsertAsync(DossierRecord dossier, DossierEvent first, Func<DbConnection, DbTransaction, Task>? alsoInTransaction = null) =>
        _filings.RunAsync((connection, transaction) => FileAsync(connection, transaction, dossier, first, alsoInTransaction));

    private async Task FileAsync(DbConnection connection, DbTransaction transaction, DossierRecord dossier, DossierEvent first,
        Func<DbConnection, DbTransaction, Task>? alsoInTransaction)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO dossiers (number, commune_code, procedure_code, procedure_version, client_request_id, request_hash,
                                  tracking_code, request_xml, current_step, channel, submitted_at, updated_at,
                                  is_test, origin_commune_code, citizen_id, state, configuration_version, applicant_kind,
                                  requested_by_commune_code, requested_by_agent)
            VALUES (@Number, @CommuneCode, @ProcedureCode, @ProcedureVersion, @ClientRequestId, @RequestHash,
                    @TrackingCode, @RequestXml, @CurrentStep, @Channel, @SubmittedAt, @UpdatedAt,
                    @TestMode, @OriginCommuneCode, @CitizenId, @State, @ConfigurationVersion, @ApplicantKind,
                    @RequestedByCommuneCode, @RequestedByAgent)
            """, dossier, transaction);
        await DeliverySequence.AssignAsync(connection, transaction, dossier.Number, dossier.CommuneCode);
        await Search.DossierSearchIndex.WriteAsync(connection, transaction, dossier);
        await AppendEventAsync(connection, transaction, first, seal);
        await Statistics.StatisticsRecorder.FiledAsync(connection, transaction, dossier);
        if (notifications is not null)
            await notifications.DossierSubmittedAsync(connection, transaction, dossier, new DateTimeOffset(Timestamps.Parse(dossier.SubmittedAt)));
        if (webhooks is not null) await webhooks.FiledAsync(connection, transaction, dossier);
        if (alsoInTransaction is not null) await alsoInTransaction(connection, transaction);
    }

    /// <summary>Moves a dossier to a step and records it in its history (and its mail in the outbox), in one transaction.</summary>
    public async Task RecordStepAsync(string number, string stepCode, string occurredAt, string actor, string? detail)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await RecordStepAsync(connection, transaction, number, stepCode, occurredAt, actor, detail);
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Moves a dossier to a step within the caller's transaction (the back office may change more in
    /// it): the step, its history event and its mail are committed, or rolled back, together.
    /// </summary>
    public async Task RecordStepAsync(DbConnection connection, DbTransaction transaction,
        string number, string stepCode, string occurredAt, string actor, string? detail)
    {
        var sequence = await NextSequenceAsync(connection, transaction, number);
        var before = await connection.QuerySingleOrDefaultAsync<DossierRecord>(
            $"SELECT {DossierColumns} FROM dossiers WHERE number = @number", new { number }, transaction)
            ?? throw new InvalidOperationException($"No dossier {number}.");
        var updated = await connection.ExecuteAsync(
            "UPDATE dossiers SET current_step = @stepCode, updated_at = @occurredAt WHERE number = @number",
            new { number, stepCode, occurredAt }, transaction);
        if (updated != 1) throw new InvalidOperationException($"No dossier {number}.");
        await AppendEventAsync(connection, transaction,
            new DossierEvent(number, sequence, occurredAt, DossierEventKinds.StepReached, stepCode, actor, detail), seal);
        if (notifications is not null)
            await notifications.StepReachedAsync(connection, transaction, before, stepCode, new DateTimeOffset(Timestamps.Parse(occurredAt)));
        if (webhooks is not null) await webhooks.StepReachedAsync(connection, transaction, before, stepCode, occurredAt);
    }

    /// <summary>
    /// Records a message an agent writes to the citizen in the dossier's history (the citizen sees it in
    /// their account) and writes its mail to the outbox, in one transaction. The back office calls it.
    /// </summary>
    public async Task RecordMessageToCitizenAsync(string number, string message, string occurredAt, string actor)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var sequence = await NextSequenceAsync(connection, transaction, number);
        var dossier = await connection.QuerySingleOrDefaultAsync<DossierRecord>(
            $"SELECT {DossierColumns} FROM dossiers WHERE number = @number", new { number }, transaction)
            ?? throw new InvalidOperationException($"No dossier {number}.");
        await connection.ExecuteAsync("UPDATE dossiers SET updated_at = @occurredAt WHERE number = @number", new { number, occurredAt }, transaction);
        await AppendEventAsync(connection, transaction,
            new DossierEvent(number, sequence, occurredAt, DossierEventKinds.MessageToCitizen, null, actor, message), seal);
        if (notifications is not null)
            await notifications.AgentMessageAsync(connection, transaction, dossier, message, new DateTimeOffset(Timestamps.Parse(occurredAt)));
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Records the citizen's answer to a correction request, in one transaction: the dossier, if this
    /// account follows it and it still waits for the citizen, goes back to the commune (state Open) and
    /// its history gets the answer. False, and nothing changed, otherwise (an agent may have moved on meanwhile).
    /// </summary>
    public async Task<bool> RecordCorrectionAnswerAsync(string number, string citizenId, string answer, string occurredAt)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var claimed = await connection.ExecuteAsync(
            """
            UPDATE dossiers SET state = @open, updated_at = @occurredAt
            WHERE number = @number AND citizen_id = @citizenId AND state = @awaiting
            """, new { number, citizenId, occurredAt, open = DossierStates.Open, awaiting = DossierStates.AwaitingCitizen }, transaction) == 1;
        if (!claimed) return false;
        await AppendAsync(connection, transaction, number, occurredAt, DossierEventKinds.CorrectionAnswered, null, Texts.DossierTexts.CitizenActor, answer);
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>The dossiers a citizen account follows, newest first.</summary>
    public async Task<IReadOnlyList<DossierRecord>> ByCitizenAsync(string citizenId)
    {
        await using var connection = await database.OpenAsync();
        var dossiers = await connection.QueryAsync<DossierRecord>(ByCitizenSql, new { citizenId });
        return dossiers.AsList();
    }

    /// <summary>
    /// Makes the account follow a dossier no account follows yet (false when another does), and writes
    /// <paramref name="notice"/> to the outbox in the same transaction.
    /// </summary>
    public async Task<bool> AttachAsync(string number, string citizenId, Notifications.OutgoingMail? notice = null)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var attached = await connection.ExecuteAsync(
            "UPDATE dossiers SET citizen_id = @citizenId WHERE number = @number AND (citizen_id IS NULL OR citizen_id = @citizenId)",
            new { number, citizenId }, transaction) == 1;
        if (attached && notice is not null) await Notifications.Outbox.EnqueueAsync(connection, transaction, notice, DateTimeOffset.UtcNow);
        await transaction.CommitAsync();
        return attached;
    }

    public async Task<long> CountAsync()
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dossiers");
    }

    /// <summary>Appends an event to a dossier's history within the caller's transaction (the next sequence number).</summary>
    public Task AppendAsync(DbConnection connection, DbTransaction transaction, string number, string occurredAt, string kind,
        string? stepCode, string actor, string? detail) =>
        AppendNextAsync(connection, transaction, number, occurredAt, kind, stepCode, actor, detail, seal);

    /// <summary>The same for the stores that have no <see cref="DossierStore"/> (the e-safe's documents).</summary>
    public static async Task AppendNextAsync(DbConnection connection, DbTransaction transaction, string number, string occurredAt, string kind,
        string? stepCode, string actor, string? detail, HistorySeal seal)
    {
        var sequence = await NextSequenceAsync(connection, transaction, number);
        await AppendEventAsync(connection, transaction, new DossierEvent(number, sequence, occurredAt, kind, stepCode, actor, detail), seal);
    }

    /// <summary>
    /// The sequence number of the dossier's next event. On PostgreSQL the dossier's row is locked first, until
    /// the transaction ends, so that two transactions appending to one history take turns instead of
    /// computing the same number (SQLite serialises writers anyway).
    /// </summary>
    private static async Task<long> NextSequenceAsync(DbConnection connection, DbTransaction transaction, string number)
    {
        await connection.ExecuteScalarAsync<string>($"SELECT number FROM dossiers WHERE number = @number{SqlDialect.ForUpdate(connection)}",
            new { number }, transaction);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COALESCE(MAX(sequence), 0) + 1 FROM dossier_events WHERE dossier_number = @number", new { number }, transaction);
    }

    /// <summary>
    /// The one place an event is written to a history: with its link in the dossier's hash chain
    /// (<see cref="HistoryChain"/>) and the platform's seal on the chain's new head (<see cref="HistorySeal"/>), in the
    /// caller's transaction. The event's sequence must be the next one.
    /// </summary>
    public static async Task AppendEventAsync(DbConnection connection, DbTransaction transaction, DossierEvent e, HistorySeal seal)
    {
        var hash = await AppendUnsealedAsync(connection, transaction, e);
        await seal.WriteAsync(connection, transaction, e.DossierNumber, e.Sequence, hash);
    }

    /// <summary>
    /// The event and its chain link without the seal of the head: only to write a store as stores were before
    /// migration 0017 (the benchmarks' generator, for which a signature per event would take hours), whose heads
    /// <see cref="HistorySealBackfill"/> seals once when a host opens it. Returns the event's hash.
    /// </summary>
    public static async Task<string> AppendUnsealedAsync(DbConnection connection, DbTransaction transaction, DossierEvent e)
    {
        var (previous, hash) = await HistoryChain.LinkAsync(connection, transaction, e);
        await connection.ExecuteAsync(
            """
            INSERT INTO dossier_events (dossier_number, sequence, occurred_at, kind, step_code, actor, detail, previous_hash, hash)
            VALUES (@DossierNumber, @Sequence, @OccurredAt, @Kind, @StepCode, @Actor, @Detail, @previous, @hash)
            """, new { e.DossierNumber, e.Sequence, e.OccurredAt, e.Kind, e.StepCode, e.Actor, e.Detail, previous, hash }, transaction);
        return hash;
    }
}

/// <summary>Where a dossier is in its processing (column <c>state</c>).</summary>
public static class DossierStates
{
    public const string Open = "Open";
    /// <summary>An agent asked the citizen for a correction; the dossier waits for their answer.</summary>
    public const string AwaitingCitizen = "AwaitingCitizen";
    /// <summary>The dossier reached a final step.</summary>
    public const string Closed = "Closed";
}

public static class DossierEventKinds
{
    public const string Submitted = "Submitted";
    public const string StepReached = "StepReached";
    /// <summary>The citizen gave a document of their e-safe to the dossier (no step change).</summary>
    public const string DocumentAttached = "DocumentAttached";
    /// <summary>An agent wrote to the citizen (the detail is the text the citizen reads).</summary>
    public const string MessageToCitizen = "MessageToCitizen";
    /// <summary>An agent performed an action of the step (the detail is its label); the step may follow in a StepReached.</summary>
    public const string ActionPerformed = "ActionPerformed";
    /// <summary>An internal note of the commune's agents, never shown to the citizen.</summary>
    public const string NoteAdded = "NoteAdded";
    /// <summary>An agent asked the citizen to correct or complete the request (the detail is what to do).</summary>
    public const string CorrectionRequested = "CorrectionRequested";
    /// <summary>The citizen answered a correction request from their account (the detail is their answer).</summary>
    public const string CorrectionAnswered = "CorrectionAnswered";
    /// <summary>The dossier was rejected (the detail is the reason the citizen reads).</summary>
    public const string Rejected = "Rejected";
    /// <summary>The dossier was given to an agent, or taken back (the detail names the agent).</summary>
    public const string Assigned = "Assigned";
    /// <summary>A document was generated for the dossier (the detail is its title).</summary>
    public const string DocumentGenerated = "DocumentGenerated";
    /// <summary>A HostedForms commune acknowledged the dossier forwarded to it (through the link of its mail).</summary>
    public const string ReceivedByCommune = "ReceivedByCommune";

    /// <summary>What the citizen may read of a dossier's history: not the commune's internal notes, actions and assignments.</summary>
    public static bool VisibleToCitizen(string kind) => kind is not (NoteAdded or ActionPerformed or Assigned);
}
