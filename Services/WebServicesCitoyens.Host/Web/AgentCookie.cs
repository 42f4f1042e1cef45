using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The agent's session on the back-office pages: the token of <see cref="AgentService.LoginAsync"/> in
/// <c>wsc_agent</c>, apart from the citizen's <c>wsc_session</c> (one browser may hold both).
/// </summary>
public static class AgentCookie
{
    public static readonly SessionCookie Session = new("wsc_agent");

    /// <summary>The logged-in agent, or null (no cookie, expired or revoked session, disabled agent).</summary>
    public static async Task<Agent?> AgentAsync(HttpContext context, AgentService agents)
    {
        if (Session.Token(context) is not { } token) return null;
        try
        {
            return await agents.AuthenticateAsync(token);
        }
        catch (RequestValidationException)
        {
            return null;
        }
    }
}
