using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.BackOffice;

/// <summary>
/// Back-office logins and the people of the communes: sessions (idle 1 hour, absolute 10 hours: an
/// agent's working day), throttled like citizens' logins, and the creation of agents and profiles
/// by those allowed to (see <see cref="AgentRights.MayAdminister"/>).
/// </summary>
public sealed class AgentService(AgentStore store, TimeProvider clock)
{
    public static readonly TimeSpan SessionIdle = TimeSpan.FromHours(1);
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(10);

    public async Task<string> LoginAsync(string email, string password, string clientAddress)
    {
        var address = AccountService.NormalizeEmail(email);
        var throttleKey = LoginThrottle.AgentPrefix + address;
        var client = AccountService.ClientKey(clientAddress);
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        if (await LoginThrottle.IsThrottledAsync(connection, throttleKey, client, now)) throw Refused("Email", AccountTexts.LoginThrottled);
        await CitizenStore.RecordFailureAsync(connection, throttleKey, client, Timestamps.ToText(now));
        var found = await store.FindByEmailAsync(connection, address);
        // Verify against a decoy when there is no such agent, so that the answer takes as long.
        if (!Passwords.Verify(found?.PasswordHash ?? Passwords.DecoyHash, password) || found is null)
            throw Refused("Password", AccountTexts.LoginFailed);
        await CitizenStore.ForgetFailuresAsync(connection, throttleKey, client);
        var token = AccountTokens.New();
        await store.AddSessionAsync(connection, AccountTokens.HashOf(token), found.Value.Agent.Id, Timestamps.ToText(now), Timestamps.ToText(now + SessionLifetime));
        return token;
    }

    /// <summary>The agent of a live session, or a refusal naming the session.</summary>
    public async Task<Agent> AuthenticateAsync(string? sessionToken)
    {
        if (!AccountTokens.LooksValid(sessionToken)) throw Refused("SessionToken", AccountTexts.SessionInvalid);
        var now = clock.GetUtcNow();
        await using var connection = await store.OpenAsync();
        var agentId = await store.TouchSessionAsync(connection, AccountTokens.HashOf(sessionToken!), Timestamps.ToText(now), Timestamps.ToText(now - SessionIdle));
        return (agentId is null ? null : await store.FindAsync(connection, agentId)) ?? throw Refused("SessionToken", AccountTexts.SessionInvalid);
    }

    public async Task LogoutAsync(string sessionToken)
    {
        if (!AccountTokens.LooksValid(sessionToken)) return;
        await using var connection = await store.OpenAsync();
        await store.RevokeSessionAsync(connection, AccountTokens.HashOf(sessionToken), Timestamps.ToText(clock.GetUtcNow()));
    }

    /// <summary>
    /// Creates an agent or administrator of a commune (its administrators and the operator may), with
    /// profiles the commune has. The operator alone creates operators.
    /// </summary>
    public async Task<Agent> CreateAgentAsync(Agent by, string? communeCode, string email, string displayName, AgentRole role,
        string password, IReadOnlyList<string> profileCodes)
    {
        if (role == AgentRole.Operator ? !by.IsOperator || communeCode is not null : communeCode is null || !AgentRights.MayAdminister(by, communeCode))
            throw Refused("CommuneCode", BackOfficeTexts.NotAllowed);
        var address = AccountService.NormalizeEmail(email);
        var name = displayName.Trim();
        if (name.Length is 0 or > 100) throw Refused("DisplayName", BackOfficeTexts.DisplayNameNeeded);
        if (Passwords.Problem(password) is { } problem) throw Refused("Password", problem);
        await using var connection = await store.OpenAsync();
        var known = communeCode is null ? [] : await store.ProfilesAsync(connection, communeCode);
        var profiles = new List<AgentProfile>();
        foreach (var code in profileCodes.Distinct())
            profiles.Add(known.FirstOrDefault(p => p.Code == code) ?? throw Refused("Profiles", BackOfficeTexts.UnknownProfile(code)));
        if (await store.FindByEmailAsync(connection, address) is not null) throw Refused("Email", BackOfficeTexts.AgentEmailTaken);
        var agent = new Agent(AccountTokens.NewId(), communeCode, address, name, role, profiles);
        await using var transaction = await connection.BeginTransactionAsync();
        await store.InsertAsync(connection, transaction, agent, Passwords.Hash(password), Timestamps.ToText(clock.GetUtcNow()));
        await transaction.CommitAsync();
        return agent;
    }

    /// <summary>Creates or replaces a profile of the commune: its code, label and remit (themes or procedure codes).</summary>
    public async Task SaveProfileAsync(Agent by, string communeCode, AgentProfile profile, Catalogue.ProcedureCatalogue catalogue)
    {
        if (!AgentRights.MayAdminister(by, communeCode)) throw Refused("CommuneCode", BackOfficeTexts.NotAllowed);
        if (!System.Text.RegularExpressions.Regex.IsMatch(profile.Code, "^[a-z][a-z0-9-]{0,39}$")) throw Refused("Code", BackOfficeTexts.ProfileCodeFormat);
        if (profile.Label.Trim().Length is 0 or > 100) throw Refused("Label", BackOfficeTexts.ProfileLabelNeeded);
        foreach (var entry in profile.Scope)
            if (!ProcedureScope.IsKnown(entry, catalogue)) throw Refused("Scope", BackOfficeTexts.UnknownScope(entry));
        if (profile.Scope.Count == 0) throw Refused("Scope", BackOfficeTexts.ScopeNeeded);
        await store.SaveProfileAsync(communeCode, profile with { Label = profile.Label.Trim() });
    }

    private static RequestValidationException Refused(string field, string message) => new([new ValidationError(field, message)]);
}
