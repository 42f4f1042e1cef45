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

    /// <summary>
    /// A POST must come from the platform's own pages (defence in depth with SameSite): a foreign or
    /// opaque ("null") Origin is refused, and so is a browser's Sec-Fetch-Site other than same-origin.
    /// A request with neither header (not a browser) has no cookie to abuse.
    /// </summary>
    public static bool IsSameOrigin(HttpContext context)
    {
        var site = context.Request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none")) return false;
        var origin = context.Request.Headers.Origin.ToString();
        return origin.Length == 0 ? site.Length > 0 || !context.Request.Headers.Referer.Any() || SameHost(context.Request.Headers.Referer.ToString(), context)
            : origin != "null" && SameHost(origin, context);
    }

    /// <summary>A page showing a citizen's own data: kept by no cache, its address sent to no other site.</summary>
    public static void Private(HttpContext context)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
    }

    private static bool SameHost(string address, HttpContext context) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
