using Microsoft.Extensions.FileProviders;
using WebServicesCitoyens.Host.Hosting;

namespace WebServicesCitoyens.Host.Web;

/// <summary><c>/xsl/…</c> and <c>/css/…</c>: the stylesheets commune sites use, exactly as committed.</summary>
public static class PublishedFiles
{
    public static void MapPublishedFiles(this WebApplication app)
    {
        var paths = app.Services.GetRequiredService<PlatformPaths>();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(paths.Xsl), RequestPath = "/xsl" });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(paths.Css), RequestPath = "/css" });
    }
}
