using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Host.Web;

/// <summary>
/// A commune's catalogue page, <c>/communes/{insee}</c>: the procedures it offers, theme by theme,
/// rendered by catalogue.xsl from the very result the catalogue service's GetCommuneCatalogue returns.
/// With the preview key (?apercu=) the procedures in Test are listed too.
/// </summary>
public static class CataloguePages
{
    public static void MapCataloguePages(this WebApplication app) =>
        app.MapGet("/communes/{insee}", async (string insee, CatalogueQueries queries, XsltRenderer renderer, HttpContext context) =>
        {
            var previewKey = context.Request.Query[FormPages.PreviewKeyParameter].ToString();
            var catalogue = await queries.CommuneCatalogueAsync(insee, previewKey.Length > 0 ? previewKey : null);
            return catalogue is null
                ? HtmlPages.Message(renderer, PageTexts.NotFoundTitle, PageTexts.CommuneNotServed(insee), 404)
                : HtmlPages.Render(renderer, "catalogue.xsl",
                    PageDocument.For(catalogue, "GetCommuneCatalogueResult", contractNamespace: ContractNamespaces.Catalogue));
        });
}
