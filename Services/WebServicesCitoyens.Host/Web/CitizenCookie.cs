using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Web;

/// <summary>The citizen's session on the platform's pages: the token of <see cref="AccountService.LoginAsync"/> in <c>wsc_session</c>.</summary>
public static class CitizenCookie
{
    public static readonly SessionCookie Session = new("wsc_session");

    /// <summary>The logged-in citizen, or null (no cookie, expired or revoked session).</summary>
    public static async Task<Citizen?> CitizenAsync(HttpContext context, AccountService accounts)
    {
        if (Session.Token(context) is not { } token) return null;
        try
        {
            return await accounts.AuthenticateAsync(token);
        }
        catch (RequestValidationException)
        {
            return null;
        }
    }
}
