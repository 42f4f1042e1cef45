using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// Citizen accounts, their sessions, e-mailed links and failed logins. Every method taking a
/// connection and transaction runs inside the caller's, so an account change and the mail that
/// announces it (the outbox) commit together.
/// </summary>
public sealed class CitizenStore(Database database)
{
    private const string Columns =
        "id, email, email_confirmed_at AS EmailConfirmedAt, password_hash AS PasswordHash, created_at AS CreatedAt, "
        + "notify_steps AS NotifySteps, notify_messages AS NotifyMessages";

    public Task<DbConnection> OpenAsync() => database.OpenAsync();

    public static Task<Citizen?> FindByEmailAsync(DbConnection connection, DbTransaction? transaction, string email) =>
        connection.QuerySingleOrDefaultAsync<Citizen>($"SELECT {Columns} FROM citizens WHERE email = @email", new { email }, transaction);

    public static Task<Citizen?> FindAsync(DbConnection connection, DbTransaction? transaction, string id) =>
        connection.QuerySingleOrDefaultAsync<Citizen>($"SELECT {Columns} FROM citizens WHERE id = @id", new { id }, transaction);

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, Citizen citizen) =>
        connection.ExecuteAsync(
            """
            INSERT INTO citizens (id, email, email_confirmed_at, password_hash, created_at, notify_steps, notify_messages)
            VALUES (@Id, @Email, @EmailConfirmedAt, @PasswordHash, @CreatedAt, @NotifySteps, @NotifyMessages)
            """, citizen, transaction);

    public static Task SetPasswordAsync(DbConnection connection, DbTransaction transaction, string id, string passwordHash) =>
        connection.ExecuteAsync("UPDATE citizens SET password_hash = @passwordHash WHERE id = @id", new { id, passwordHash }, transaction);

    public static Task ConfirmEmailAsync(DbConnection connection, DbTransaction transaction, string id, string email, string at) =>
        connection.ExecuteAsync("UPDATE citizens SET email = @email, email_confirmed_at = @at WHERE id = @id", new { id, email, at }, transaction);

    public static Task SetNotificationsAsync(DbConnection connection, DbTransaction transaction, string id, bool steps, bool messages) =>
        connection.ExecuteAsync("UPDATE citizens SET notify_steps = @steps, notify_messages = @messages WHERE id = @id",
            new { id, steps = steps ? 1 : 0, messages = messages ? 1 : 0 }, transaction);

    /// <summary>Removes the account; its dossiers stay with the communes, no longer attached to anyone.</summary>
    public static async Task DeleteAsync(DbConnection connection, DbTransaction transaction, string id)
    {
        await connection.ExecuteAsync("UPDATE dossiers SET citizen_id = NULL WHERE citizen_id = @id", new { id }, transaction);
        await connection.ExecuteAsync("DELETE FROM citizen_sessions WHERE citizen_id = @id", new { id }, transaction);
        await connection.ExecuteAsync("DELETE FROM citizen_links WHERE citizen_id = @id", new { id }, transaction);
        await connection.ExecuteAsync("DELETE FROM citizen_profiles WHERE citizen_id = @id", new { id }, transaction);
        await connection.ExecuteAsync("DELETE FROM login_failures WHERE email = (SELECT email FROM citizens WHERE id = @id)", new { id }, transaction);
        await connection.ExecuteAsync("DELETE FROM citizens WHERE id = @id", new { id }, transaction);
    }

    // ------------------------------------------------------------------ e-mailed links

    public static Task AddLinkAsync(DbConnection connection, DbTransaction transaction, string tokenHash, string citizenId,
        LinkPurpose purpose, string? newEmail, string createdAt, string expiresAt) =>
        connection.ExecuteAsync(
            """
            INSERT INTO citizen_links (token_hash, citizen_id, purpose, new_email, created_at, expires_at)
            VALUES (@tokenHash, @citizenId, @purpose, @newEmail, @createdAt, @expiresAt)
            """, new { tokenHash, citizenId, purpose = purpose.ToString(), newEmail, createdAt, expiresAt }, transaction);

    /// <summary>Uses a link once: the citizen and the new address it carries, or null when unknown, used, expired or for another purpose.</summary>
    public static async Task<(string CitizenId, string? NewEmail)?> UseLinkAsync(DbConnection connection, DbTransaction transaction,
        string tokenHash, LinkPurpose purpose, string now)
    {
        var link = await connection.QuerySingleOrDefaultAsync<(string CitizenId, string? NewEmail)?>(
            """
            SELECT citizen_id, new_email FROM citizen_links
            WHERE token_hash = @tokenHash AND purpose = @purpose AND used_at IS NULL AND expires_at > @now
            """, new { tokenHash, purpose = purpose.ToString(), now }, transaction);
        if (link is null) return null;
        await connection.ExecuteAsync("UPDATE citizen_links SET used_at = @now WHERE token_hash = @tokenHash", new { tokenHash, now }, transaction);
        return link;
    }

    /// <summary>Uses up every link of the citizen not used yet.</summary>
    public static Task UseAllLinksAsync(DbConnection connection, DbTransaction transaction, string citizenId, string now) =>
        connection.ExecuteAsync("UPDATE citizen_links SET used_at = @now WHERE citizen_id = @citizenId AND used_at IS NULL",
            new { citizenId, now }, transaction);

    // ------------------------------------------------------------------ sessions

    public static Task AddSessionAsync(DbConnection connection, DbTransaction transaction, string tokenHash, string citizenId,
        string now, string expiresAt) =>
        connection.ExecuteAsync(
            """
            INSERT INTO citizen_sessions (token_hash, citizen_id, created_at, last_seen_at, expires_at)
            VALUES (@tokenHash, @citizenId, @now, @now, @expiresAt)
            """, new { tokenHash, citizenId, now, expiresAt }, transaction);

    /// <summary>The citizen of a live session (not revoked, before its absolute expiry, seen since the idle limit), noting it was seen now.</summary>
    public async Task<string?> TouchSessionAsync(string tokenHash, string now, string idleSince)
    {
        await using var connection = await database.OpenAsync();
        var citizenId = await connection.QuerySingleOrDefaultAsync<string?>(
            """
            SELECT citizen_id FROM citizen_sessions
            WHERE token_hash = @tokenHash AND revoked_at IS NULL AND expires_at > @now AND last_seen_at > @idleSince
            """, new { tokenHash, now, idleSince });
        if (citizenId is not null)
            await connection.ExecuteAsync("UPDATE citizen_sessions SET last_seen_at = @now WHERE token_hash = @tokenHash", new { tokenHash, now });
        return citizenId;
    }

    public static Task RevokeSessionAsync(DbConnection connection, DbTransaction? transaction, string tokenHash, string now) =>
        connection.ExecuteAsync("UPDATE citizen_sessions SET revoked_at = @now WHERE token_hash = @tokenHash AND revoked_at IS NULL",
            new { tokenHash, now }, transaction);

    /// <summary>Closes every session of the citizen but, optionally, one.</summary>
    public static Task RevokeOtherSessionsAsync(DbConnection connection, DbTransaction transaction, string citizenId, string? keptTokenHash, string now) =>
        connection.ExecuteAsync(
            """
            UPDATE citizen_sessions SET revoked_at = @now
            WHERE citizen_id = @citizenId AND revoked_at IS NULL AND (@keptTokenHash IS NULL OR token_hash <> @keptTokenHash)
            """, new { citizenId, keptTokenHash, now }, transaction);

    // ------------------------------------------------------------------ failed logins

    public static Task RecordFailureAsync(DbConnection connection, string email, string client, string now) =>
        connection.ExecuteAsync("INSERT INTO login_failures (email, client, occurred_at) VALUES (@email, @client, @now)", new { email, client, now });

    public static Task<long> FailuresForAccountFromClientAsync(DbConnection connection, string email, string client, string since) =>
        connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM login_failures WHERE email = @email AND client = @client AND occurred_at > @since", new { email, client, since });

    public static Task<long> FailuresForAccountAsync(DbConnection connection, string email, string since) =>
        connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM login_failures WHERE email = @email AND occurred_at > @since", new { email, since });

    public static Task<long> FailuresFromClientAsync(DbConnection connection, string client, string since) =>
        connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM login_failures WHERE client = @client AND occurred_at > @since", new { client, since });

    public static Task ForgetFailuresAsync(DbConnection connection, string email, string client) =>
        connection.ExecuteAsync("DELETE FROM login_failures WHERE email = @email AND client = @client", new { email, client });
}
