using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.BackOffice;

/// <summary>Agents, their profiles and their sessions as stored (migration 0009).</summary>
public sealed class AgentStore(Database database)
{
    private sealed record AgentRow(string Id, string? CommuneCode, string Email, string DisplayName, string Role, string PasswordHash, string? DisabledAt);
    private sealed record ProfileRow(string CommuneCode, string Code, string Label, string Scope);

    public Task<DbConnection> OpenAsync() => database.OpenAsync();

    public async Task<(Agent Agent, string PasswordHash)?> FindByEmailAsync(DbConnection connection, string email)
    {
        var row = await connection.QuerySingleOrDefaultAsync<AgentRow>(
            $"SELECT {Columns} FROM agents WHERE email = @email AND disabled_at IS NULL", new { email });
        return row is null ? null : (await WithProfilesAsync(connection, row), row.PasswordHash);
    }

    public async Task<Agent?> FindAsync(DbConnection connection, string id)
    {
        var row = await connection.QuerySingleOrDefaultAsync<AgentRow>(
            $"SELECT {Columns} FROM agents WHERE id = @id AND disabled_at IS NULL", new { id });
        return row is null ? null : await WithProfilesAsync(connection, row);
    }

    /// <summary>The commune's agents and administrators, by name.</summary>
    public async Task<IReadOnlyList<Agent>> OfCommuneAsync(string communeCode)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<AgentRow>(
            $"SELECT {Columns} FROM agents WHERE commune_code = @communeCode AND disabled_at IS NULL ORDER BY display_name, email", new { communeCode });
        var agents = new List<Agent>();
        foreach (var row in rows) agents.Add(await WithProfilesAsync(connection, row));
        return agents;
    }

    /// <summary>The display names of some agents, disabled ones included (a version or a history names who did it).</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids)
    {
        await using var connection = await database.OpenAsync();
        return (await connection.QueryAsync<(string Id, string DisplayName)>(
            $"SELECT id, display_name FROM agents WHERE id {SqlDialect.InList(connection, "@ids")}", new { ids })).ToDictionary(a => a.Id, a => a.DisplayName);
    }

    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, Agent agent, string passwordHash, string createdAt)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO agents (id, commune_code, email, display_name, role, password_hash, created_at)
            VALUES (@Id, @CommuneCode, @Email, @DisplayName, @Role, @passwordHash, @createdAt)
            """, new { agent.Id, agent.CommuneCode, agent.Email, agent.DisplayName, Role = agent.Role.ToString(), passwordHash, createdAt }, transaction);
        foreach (var profile in agent.Profiles)
            await connection.ExecuteAsync("INSERT INTO agent_profile_members (agent_id, profile_code) VALUES (@id, @code)",
                new { id = agent.Id, code = profile.Code }, transaction);
    }

    public async Task<IReadOnlyList<AgentProfile>> ProfilesAsync(DbConnection connection, string communeCode) =>
        (await connection.QueryAsync<ProfileRow>(
            "SELECT commune_code AS CommuneCode, code, label, scope FROM agent_profiles WHERE commune_code = @communeCode ORDER BY label",
            new { communeCode })).Select(ToProfile).ToList();

    /// <summary>Creates or replaces a profile of the commune.</summary>
    public async Task SaveProfileAsync(string communeCode, AgentProfile profile)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("DELETE FROM agent_profiles WHERE commune_code = @communeCode AND code = @Code",
            new { communeCode, profile.Code }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO agent_profiles (commune_code, code, label, scope) VALUES (@communeCode, @Code, @Label, @scope)",
            new { communeCode, profile.Code, profile.Label, scope = string.Join(' ', profile.Scope) }, transaction);
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Disables an agent of the commune: they can no longer log in, their open sessions end, their
    /// history stays. False when the commune has no such active agent.
    /// </summary>
    public async Task<bool> DisableAsync(string communeCode, string agentId, string now)
    {
        await using var connection = await database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var disabled = await connection.ExecuteAsync(
            "UPDATE agents SET disabled_at = @now WHERE id = @agentId AND commune_code = @communeCode AND disabled_at IS NULL",
            new { communeCode, agentId, now }, transaction);
        if (disabled != 1) return false;
        await connection.ExecuteAsync("UPDATE agent_sessions SET revoked_at = @now WHERE agent_id = @agentId AND revoked_at IS NULL",
            new { agentId, now }, transaction);
        await transaction.CommitAsync();
        return true;
    }

    public Task AddSessionAsync(DbConnection connection, string tokenHash, string agentId, string now, string expiresAt) =>
        connection.ExecuteAsync(
            """
            INSERT INTO agent_sessions (token_hash, agent_id, created_at, last_seen_at, expires_at)
            VALUES (@tokenHash, @agentId, @now, @now, @expiresAt)
            """, new { tokenHash, agentId, now, expiresAt });

    /// <summary>The agent of a live session (not revoked, not expired, used since <paramref name="idleSince"/>), touching it.</summary>
    public async Task<string?> TouchSessionAsync(DbConnection connection, string tokenHash, string now, string idleSince) =>
        await connection.QuerySingleOrDefaultAsync<string>(
            """
            UPDATE agent_sessions SET last_seen_at = @now
            WHERE token_hash = @tokenHash AND revoked_at IS NULL AND expires_at > @now AND last_seen_at > @idleSince
            RETURNING agent_id
            """, new { tokenHash, now, idleSince });

    public Task RevokeSessionAsync(DbConnection connection, string tokenHash, string now) =>
        connection.ExecuteAsync("UPDATE agent_sessions SET revoked_at = @now WHERE token_hash = @tokenHash AND revoked_at IS NULL", new { tokenHash, now });

    private const string Columns =
        "id, commune_code AS CommuneCode, email, display_name AS DisplayName, role, password_hash AS PasswordHash, disabled_at AS DisabledAt";

    private static AgentProfile ToProfile(ProfileRow row) => new(row.Code, row.Label, row.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static async Task<Agent> WithProfilesAsync(DbConnection connection, AgentRow row)
    {
        var profiles = row.CommuneCode is null ? [] : (await connection.QueryAsync<ProfileRow>(
            """
            SELECT p.commune_code AS CommuneCode, p.code, p.label, p.scope FROM agent_profiles p
            JOIN agent_profile_members m ON m.profile_code = p.code AND m.agent_id = @Id
            WHERE p.commune_code = @CommuneCode ORDER BY p.label
            """, new { row.Id, row.CommuneCode })).Select(ToProfile).ToList();
        return new Agent(row.Id, row.CommuneCode, row.Email, row.DisplayName, Enum.Parse<AgentRole>(row.Role), profiles);
    }
}
