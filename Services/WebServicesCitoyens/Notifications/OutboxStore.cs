using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Notifications;

/// <summary>A mail of the outbox waiting to be sent; <see cref="MimeBody"/>: a body prepared whole (S/MIME), base64.</summary>
public sealed record OutboxMail(string Id, string Kind, string Recipient, string Subject, string BodyText, long Attempts, string NextAttemptAt,
    string? MimeBody = null);

/// <summary>
/// The sender's side of the outbox: the mails due, claimed (so that two senders never send one
/// twice), and the outcome of each attempt. Mails are written by <see cref="Outbox.EnqueueAsync"/>.
/// </summary>
public sealed class OutboxStore(Database database)
{
    /// <summary>The longest each step of sending a mail may take (connecting, logging in, sending it): the sender's SMTP timeout.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a claimed mail is held: its sending's every step at <see cref="StepTimeout"/>, plus a minute. Each mail
    /// has its own (the sender claims them one at a time), so that should a host die while sending, the mails it
    /// held are due again after this short while, not after a whole batch's worth of timeouts.
    /// </summary>
    public static readonly TimeSpan Lease = StepTimeout * 3 + TimeSpan.FromMinutes(1);

    /// <summary>
    /// Takes the mails due at <paramref name="now"/> (the oldest due first, at most <paramref name="limit"/>) for one
    /// attempt each: their next attempt moves to <paramref name="now"/> + <see cref="Lease"/>, so that no other sender
    /// takes them meanwhile, and should this sender die while sending, they are due again then. One statement: on
    /// PostgreSQL, hosts sharing the outbox take disjoint mails (SKIP LOCKED) instead of racing for the same rows.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMail>> ClaimDueAsync(DateTimeOffset now, int limit, CancellationToken cancellation = default)
    {
        await using var connection = await database.OpenAsync(cancellation);
        return await ClaimDueAsync(connection, null, now, limit, cancellation);
    }

    /// <summary><see cref="ClaimDueAsync(DateTimeOffset, int, CancellationToken)"/> in the caller's transaction.</summary>
    public static async Task<IReadOnlyList<OutboxMail>> ClaimDueAsync(DbConnection connection, DbTransaction? transaction, DateTimeOffset now, int limit,
        CancellationToken cancellation = default)
    {
        var rows = await connection.QueryAsync<OutboxMail>(new CommandDefinition(
            $"""
            UPDATE outbox SET next_attempt_at = @until
            WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= @now
                         ORDER BY next_attempt_at, created_at LIMIT @limit{SqlDialect.ForUpdateSkipLocked(connection)})
            RETURNING id, kind, recipient, subject, body_text AS BodyText, attempts, next_attempt_at AS NextAttemptAt, mime_body AS MimeBody
            """, new { now = Timestamps.ToText(now), limit, until = Timestamps.ToText(now + Lease) }, transaction, cancellationToken: cancellation));
        return rows.AsList();
    }

    /// <summary>Marks the mail sent and forgets its text: it may hold a live link (confirmation, new password), which the store must not keep.</summary>
    public async Task MarkSentAsync(string id, DateTimeOffset at)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE outbox SET sent_at = @at, last_error = NULL, body_text = '', mime_body = NULL WHERE id = @id", new { id, at = Timestamps.ToText(at) });
    }

    /// <summary>Counts a failed attempt, keeps why (no secret: the caller says what), and sets when to try again.</summary>
    public async Task MarkFailedAsync(string id, string error, DateTimeOffset nextAttempt)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next WHERE id = @id",
            new { id, error = error.Length > 1000 ? error[..1000] : error, next = Timestamps.ToText(nextAttempt) });
    }

    /// <summary>How many mails wait to be sent.</summary>
    public async Task<long> PendingCountAsync()
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL");
    }

    /// <summary>The delay before the next attempt after <paramref name="failedAttempts"/> failures: base × 2^(failures − 1), at most <paramref name="max"/>.</summary>
    public static TimeSpan Backoff(long failedAttempts, TimeSpan baseDelay, TimeSpan max)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 40);
        var seconds = baseDelay.TotalSeconds * Math.Pow(2, exponent);
        return seconds >= max.TotalSeconds ? max : TimeSpan.FromSeconds(seconds);
    }
}
