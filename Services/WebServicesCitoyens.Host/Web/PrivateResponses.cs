namespace WebServicesCitoyens.Host.Web;

/// <summary>The headers of what shows or hands out a person's data (a citizen's account, a dossier to agents).</summary>
public static class PrivateResponses
{
    /// <summary>
    /// A page showing personal data: kept by no cache, its address sent to no other site. « same-origin »
    /// rather than « no-referrer »: under no-referrer a browser sends « Origin: null » with the page's own
    /// form posts (Fetch standard), which <see cref="PagePosts.IsSameOrigin"/> must refuse as opaque.
    /// </summary>
    public static void Page(HttpContext context)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["Referrer-Policy"] = "same-origin";
    }

    /// <summary>A citizen's file goes as it is: its declared type only, never rendered in the platform's origin, not cached.</summary>
    public static void File(HttpContext context)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
    }
}
