using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Flux;

/// <summary>A webhook delivery due, with where to send it and the client's sealed secret to sign it (<see cref="VendorSecrets"/>).</summary>
public sealed record DueDelivery(string Id, string ClientId, string Body, long Attempts, string NextAttemptAt, string CallbackUrl, string SecretSealed);

/// <summary>One attempt of a delivery, as the commune's administrator reads the log.</summary>
public sealed record WebhookAttempt(string DeliveryId, string EventKind, string DossierNumber, long Attempt, string AttemptedAt, long? StatusCode,
    string? Error, string? DeliveredAt);

/// <summary>
/// The webhook deliveries (migration 0014): the ones due, claimed one at a time by one host with a short
/// lease (as the mail outbox), each attempt logged, and a client's callback disabled after too many failures in a row.
/// A client without a sealed secret (registered before migration 0016) is never sent anything: its
/// deliveries wait, and leave once the commune renews its secret.
/// </summary>
public sealed class WebhookStore(Database database)
{
    /// <summary>The longest one delivery may take, connecting included: the sender's request timeout.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a claimed delivery is held: one attempt at <see cref="AttemptTimeout"/>, plus a minute. Each delivery has
    /// its own (the sender claims them one at a time), so that should a host die while sending, the deliveries it held
    /// are due again after this short while, not after a whole batch's worth of timeouts.
    /// </summary>
    public static readonly TimeSpan Lease = AttemptTimeout + TimeSpan.FromMinutes(1);

    /// <summary>
    /// Takes the deliveries due at <paramref name="now"/> (the oldest due first, at most <paramref name="limit"/>) for one
    /// attempt each: their next attempt moves to <paramref name="now"/> + <see cref="Lease"/>, so that no other host sends
    /// them meanwhile, and should this one die while sending, they are due again then. On PostgreSQL, hosts take disjoint
    /// deliveries (SKIP LOCKED) instead of racing for the same rows.
    /// </summary>
    public async Task<IReadOnlyList<DueDelivery>> ClaimDueAsync(DateTimeOffset now, int limit, CancellationToken cancellation = default)
    {
        await using var connection = await database.OpenAsync(cancellation);
        return await ClaimDueAsync(connection, null, now, limit, cancellation);
    }

    /// <summary><see cref="ClaimDueAsync(DateTimeOffset, int, CancellationToken)"/> in the caller's transaction.</summary>
    public static async Task<IReadOnlyList<DueDelivery>> ClaimDueAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset now, int limit,
        CancellationToken cancellation = default)
    {
        var ids = (await connection.QueryAsync<string>(new CommandDefinition(
            $"""
            UPDATE webhook_deliveries SET next_attempt_at = @until
            WHERE id IN (SELECT w.id FROM webhook_deliveries w JOIN vendor_clients c ON c.id = w.client_id
                         WHERE w.delivered_at IS NULL AND w.next_attempt_at <= @now
                           AND c.callback_url IS NOT NULL AND c.callback_disabled_at IS NULL AND c.revoked_at IS NULL AND c.secret_sealed IS NOT NULL
                         ORDER BY w.next_attempt_at, w.created_at LIMIT @limit{SqlDialect.ForUpdateSkipLocked(connection)})
            RETURNING id
            """, new { now = Timestamps.ToText(now), limit, until = Timestamps.ToText(now + Lease) }, transaction, cancellationToken: cancellation))).AsList();
        if (ids.Count == 0) return [];
        return (await connection.QueryAsync<DueDelivery>(new CommandDefinition(
            $"""
            SELECT w.id, w.client_id AS ClientId, w.body, w.attempts, w.next_attempt_at AS NextAttemptAt,
                   c.callback_url AS CallbackUrl, c.secret_sealed AS SecretSealed
            FROM webhook_deliveries w JOIN vendor_clients c ON c.id = w.client_id
            WHERE w.id {SqlDialect.InList(connection, "@ids")}
            ORDER BY w.created_at
            """, new { ids }, transaction, cancellationToken: cancellation))).AsList();
    }

    /// <summary>
    /// Logs an attempt. A success marks the delivery done and resets the client's failures; a failure sets
    /// the next attempt and, at <paramref name="maxFailures"/> in a row, disables the client's callback.
    /// </summary>
    public async Task RecordAsync(DueDelivery delivery, DateTimeOffset at, int? statusCode, string? error, bool delivered, DateTimeOffset nextAttempt,
        int maxFailures)
    {
        var now = Timestamps.ToText(at);
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            "INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, error) VALUES (@Id, @attempt, @now, @statusCode, @error)",
            new { delivery.Id, attempt = delivery.Attempts + 1, now, statusCode, error }, transaction);
        await connection.ExecuteAsync(
            """
            UPDATE webhook_deliveries SET attempts = attempts + 1,
                   delivered_at = CASE WHEN @delivered = 1 THEN @now ELSE NULL END, next_attempt_at = @next
            WHERE id = @Id
            """, new { delivery.Id, delivered = delivered ? 1 : 0, now, next = Timestamps.ToText(nextAttempt) }, transaction);
        await connection.ExecuteAsync(delivered
            ? "UPDATE vendor_clients SET callback_failures = 0 WHERE id = @ClientId"
            : """
              UPDATE vendor_clients SET callback_failures = callback_failures + 1,
                     callback_disabled_at = CASE WHEN callback_failures + 1 >= @maxFailures THEN @now ELSE callback_disabled_at END
              WHERE id = @ClientId
              """, new { delivery.ClientId, maxFailures, now }, transaction);
        await transaction.CommitAsync();
    }

    /// <summary>Sets (or, null, removes) a client's callback URL; setting it re-enables a disabled callback.</summary>
    public async Task SetCallbackAsync(string clientId, string? url)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE vendor_clients SET callback_url = @url, callback_failures = 0, callback_disabled_at = NULL WHERE id = @clientId", new { clientId, url });
    }

    /// <summary>The client's callback state: its URL, failures in a row, when it was disabled.</summary>
    public async Task<(string? Url, long Failures, string? DisabledAt)> CallbackAsync(string clientId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.QuerySingleAsync<(string?, long, string?)>(
            "SELECT callback_url, callback_failures, callback_disabled_at FROM vendor_clients WHERE id = @clientId", new { clientId });
    }

    /// <summary>The latest attempts of a client's deliveries, newest first.</summary>
    public async Task<IReadOnlyList<WebhookAttempt>> AttemptsAsync(string clientId, int limit)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<WebhookAttempt>(
            """
            SELECT a.delivery_id AS DeliveryId, w.event_kind AS EventKind, w.dossier_number AS DossierNumber, a.attempt, a.attempted_at AS AttemptedAt,
                   a.status_code AS StatusCode, a.error, w.delivered_at AS DeliveredAt
            FROM webhook_attempts a JOIN webhook_deliveries w ON w.id = a.delivery_id
            WHERE w.client_id = @clientId ORDER BY a.attempted_at DESC, a.attempt DESC LIMIT @limit
            """, new { clientId, limit })).AsList();
    }
}
