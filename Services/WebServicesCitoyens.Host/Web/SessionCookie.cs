namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// A session on the platform's pages (the citizen's <c>wsc_session</c>, the agent's <c>wsc_agent</c>):
/// the token of a login in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS), so that no other
/// site can post with it and no script can read it. Expiry is the server's (idle and absolute);
/// logout revokes it there.
/// </summary>
public sealed class SessionCookie(string name)
{
    public string Name => name;

    public void Set(HttpContext context, string token) =>
        context.Response.Cookies.Append(name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });

    public void Clear(HttpContext context) => context.Response.Cookies.Delete(name, new CookieOptions { Path = "/" });

    public string? Token(HttpContext context) => context.Request.Cookies[name];
}
