using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Notifications;

/// <summary>
/// Writes notifications to the outbox table inside the caller's transaction, so that a mail exists
/// exactly when the change it announces is committed. The background sender delivers them.
/// </summary>
public static class Outbox
{
    public static Task EnqueueAsync(DbConnection connection, DbTransaction transaction, OutgoingMail mail, DateTimeOffset now)
    {
        var at = Timestamps.ToText(now);
        return connection.ExecuteAsync(
            """
            INSERT INTO outbox (id, kind, recipient, subject, body_text, mime_body, created_at, attempts, next_attempt_at)
            VALUES (@id, @Kind, @Recipient, @Subject, @BodyText, @MimeBody, @at, 0, @at)
            """,
            new { id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), mail.Kind, mail.Recipient, mail.Subject, mail.BodyText, mail.MimeBody, at },
            transaction);
    }

    /// <summary>Whether a mail of this kind was written for this address since the given time.</summary>
    public static async Task<bool> WrittenSinceAsync(DbConnection connection, DbTransaction transaction, string recipient, string kind, DateTimeOffset since) =>
        await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM outbox WHERE recipient = @recipient AND kind = @kind AND created_at > @since",
            new { recipient, kind, since = Timestamps.ToText(since) }, transaction) > 0;
}
