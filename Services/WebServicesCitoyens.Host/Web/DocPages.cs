using System.Xml;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Host.Hosting;
using WebServicesCitoyens.Host.Soap;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// The documentation of the catalogue: <c>/docs</c> lists every procedure by theme, <c>/docs/{code}</c>
/// documents one procedure for webmasters and vendors (rendered by <c>Xsl/doc.xsl</c> from its
/// definition file and its committed WSDL, with samples and embedding snippets). With
/// <c>?format=xml</c> either address answers the page document itself, which the published
/// stylesheet turns into the same HTML on any XSLT 1.0 engine.
/// </summary>
public static class DocPages
{
    public static void MapDocPages(this WebApplication app)
    {
        var sources = Sources.Load(app.Services.GetRequiredService<PlatformPaths>().Catalogue,
            app.Services.GetRequiredService<SoapEndpoints>());

        app.MapGet("/docs", (string? format, ProcedureCatalogue catalogue, PlatformOptions platform, XsltRenderer renderer) =>
            Page(renderer, "docs-index.xsl", DocumentationDocument.Index(catalogue.Procedures, platform.PublicUrl), format));

        app.MapGet("/docs/{code}", (string code, string? format, ProcedureCatalogue catalogue, PlatformOptions platform,
            TimeProvider clock, XsltRenderer renderer) =>
        {
            if (catalogue.Find(code) is not { } definition || !sources.TryGetValue(definition.Code, out var source))
                return HtmlPages.Message(renderer, PageTexts.NotFoundTitle, PageTexts.UnknownProcedure, 404);
            var commune = DemoCommune.Commune;
            var today = DateOnly.FromDateTime(commune.ToLocal(clock.GetUtcNow().UtcDateTime));
            return Page(renderer, "doc.xsl",
                DocumentationDocument.For(definition, source.Definition, source.Wsdl, platform, commune, today), format);
        });
    }

    private static IResult Page(XsltRenderer renderer, string stylesheet, XDocument page, string? format) =>
        format == "xml"
            ? Results.Content(page.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8")
            : HtmlPages.Render(renderer, stylesheet, page);

    /// <summary>Each procedure's definition file and committed WSDL, read once: they do not change while the host runs.</summary>
    private sealed record Source(XDocument Definition, XDocument Wsdl);

    private static class Sources
    {
        public static IReadOnlyDictionary<string, Source> Load(string catalogueFolder, SoapEndpoints endpoints)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            var files = Directory.EnumerateFiles(catalogueFolder, "*.xml", SearchOption.AllDirectories)
                .Select(file =>
                {
                    using var reader = XmlReader.Create(file, settings);
                    return XDocument.Load(reader);
                })
                .ToDictionary(document => (string)document.Root!.Attribute("code")!, StringComparer.Ordinal);
            return endpoints.Procedures.ToDictionary(
                endpoint => endpoint.Definition.Code,
                endpoint => new Source(files[endpoint.Definition.Code], XDocument.Parse(endpoint.Wsdl)),
                StringComparer.Ordinal);
        }
    }
}
