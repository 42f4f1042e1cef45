using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.BackOffice;

/// <summary>
/// Who may do what in the back office (DESIGN: least privilege), in one place. An agent sees and acts
/// on their commune's dossiers within their profiles' remit; an administrator on all their commune's
/// dossiers and its configuration; the operator manages communes and configurations but reads no
/// dossier (the citizens' data is the communes'). Callers answer a refusal like a missing dossier.
/// </summary>
public static class AgentRights
{
    public static bool MaySee(Agent agent, DossierRecord dossier, ProcedureDefinition procedure) =>
        agent.CommuneCode == dossier.CommuneCode && MayHandle(agent, procedure);

    /// <summary>Whether the procedure is in the agent's remit (their commune's dossiers of it, filing on a citizen's behalf).</summary>
    public static bool MayHandle(Agent agent, ProcedureDefinition procedure) => agent.Role switch
    {
        AgentRole.Administrator => true,
        AgentRole.Agent => agent.Profiles.Any(p => p.Covers(procedure.Code, procedure.Theme)),
        _ => false,
    };

    /// <summary>A manual action restricted to an actor bound to profiles needs one of them (administrators may always act).</summary>
    public static bool MayPerform(Agent agent, WorkflowAction action, ProcedureDefinition procedure)
    {
        if (action.IsAutomatic) return false;
        if (agent.IsAdministrator || action.Actor is null) return true;
        var actor = procedure.Actors.FirstOrDefault(a => a.Code == action.Actor);
        return actor is null || actor.Profiles.Count == 0 || agent.Profiles.Any(p => actor.Profiles.Contains(p.Code));
    }

    /// <summary>
    /// The procedures whose statistics the agent reads: those of their remit in their commune. The
    /// operator reads none: even counted, the dossiers are the communes'.
    /// </summary>
    public static IEnumerable<ProcedureDefinition> StatisticsProcedures(Agent agent, IEnumerable<ProcedureDefinition> catalogue) =>
        agent.CommuneCode is null ? [] : catalogue.Where(p => MayHandle(agent, p));

    /// <summary>An agent's own processing delays are shown to them and to their commune's administrators, not to colleagues.</summary>
    public static bool MaySeeFiguresOf(Agent agent, string agentId) => agent.IsAdministrator || agent.Id == agentId;

    /// <summary>Configuration of a commune: its administrators and the operator.</summary>
    public static bool MayAdminister(Agent agent, string communeCode) =>
        agent.IsOperator || (agent.IsAdministrator && agent.CommuneCode == communeCode);

    /// <summary>
    /// The citizens' feedback on a commune's procedures (ratings, comments, reports), to read and answer:
    /// its administrators only. Not the operator: it configures every commune but reads no citizens'
    /// data, and a comment is a citizen's words about their dossier.
    /// </summary>
    public static bool MayAnswerFeedback(Agent agent, string communeCode) =>
        agent.IsAdministrator && agent.CommuneCode == communeCode;

    /// <summary>
    /// A commune's vendor clients (Flux.svc), to register, rotate and revoke: its administrators only. Not the
    /// operator: a client reads the citizens' dossiers, which the operator never does, so it makes no key to them.
    /// </summary>
    public static bool MayManageVendors(Agent agent, string communeCode) =>
        agent.IsAdministrator && agent.CommuneCode == communeCode;

    /// <summary>
    /// What a vendor client reads and acts on: its commune's dossiers of the procedures in its scope, never a
    /// test dossier (filed with the preview key). Anything else answers like a missing dossier.
    /// </summary>
    public static bool VendorMaySee(Flux.VendorClient client, DossierRecord dossier, ProcedureDefinition procedure) =>
        !client.IsRevoked && client.CommuneCode == dossier.CommuneCode && !dossier.IsTest && client.Covers(procedure);
}
