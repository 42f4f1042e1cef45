using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The citizen's session on the platform's pages: the token of <see cref="AccountService.LoginAsync"/>
/// in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS), so that no other site can post with it
/// and no script can read it. Expiry is the server's (idle and absolute); logout revokes it there.
/// </summary>
public static class CitizenCookie
{
    public const string Name = "wsc_session";

    public static void Set(HttpContext context, string token) =>
        context.Response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(Name, new CookieOptions { Path = "/" });

    public static string? Token(HttpContext context) => context.Request.Cookies[Name];

    /// <summary>The logged-in citizen, or null (no cookie, expired or revoked session).</summary>
    public static async Task<Citizen?> CitizenAsync(HttpContext context, AccountService accounts)
    {
        if (Token(context) is not { } token) return null;
        try
        {
            return await accounts.AuthenticateAsync(token);
        }
        catch (RequestValidationException)
        {
            return null;
        }
    }

    /// <summary>A POST must come from the platform's own pages: a foreign Origin is refused (defence in depth with SameSite).</summary>
    public static bool IsSameOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        return origin.Length == 0 || origin == "null"
            ? string.IsNullOrEmpty(context.Request.Headers.Referer.ToString()) || SameHost(context.Request.Headers.Referer.ToString(), context)
            : SameHost(origin, context);
    }

    private static bool SameHost(string address, HttpContext context) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
