using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// What a form posted to the platform's pages (the citizen's account, the agents' pages) must be:
/// sent from the platform's own pages, as a form. Each page group renders the refusal its own way.
/// </summary>
public static class PagePosts
{
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

    /// <summary>Why a post may not go on — from another site (403) or not a form (415) — or null when it may.</summary>
    public static (int Status, string Message)? Refusal(HttpContext context) =>
        !IsSameOrigin(context) ? (StatusCodes.Status403Forbidden, PageTexts.ForeignPost)
        : !context.Request.HasFormContentType ? (StatusCodes.Status415UnsupportedMediaType, PageTexts.FormUnreadable)
        : null;

    private static bool SameHost(string address, HttpContext context) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
