namespace WebServicesCitoyens.BackOffice;

/// <summary>What a person of the back office may do (seed 002: the administrator level and the users' level).</summary>
public enum AgentRole
{
    /// <summary>Processes the dossiers of their commune within their profiles' remit.</summary>
    Agent,
    /// <summary>Configures their commune's procedures and agents, and processes all its dossiers.</summary>
    Administrator,
    /// <summary>Runs the platform: manages communes and their administrators; reads no dossier.</summary>
    Operator,
}

/// <summary>
/// A commune's profile (a service, e.g. « État civil »): the themes or procedure codes in its remit.
/// A large city gives each service its own, so it sees only its dossiers (seed 003).
/// </summary>
public sealed record AgentProfile(string Code, string Label, IReadOnlyList<string> Scope)
{
    public bool Covers(string procedureCode, string theme) => ProcedureScope.Covers(Scope, procedureCode, theme);
}

/// <summary>A person logged in to the back office.</summary>
public sealed record Agent(string Id, string? CommuneCode, string Email, string DisplayName, AgentRole Role, IReadOnlyList<AgentProfile> Profiles)
{
    public bool IsAdministrator => Role == AgentRole.Administrator;
    public bool IsOperator => Role == AgentRole.Operator;
}
