using System.Xml.Linq;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page document of the citizen's dashboard, rendered by dashboard.xsl: the <c>GetDashboard</c>
/// result and the <c>ListDocuments</c> result, each serialized as the SOAP response carries it, and
/// for a page sent back a notice or the errors (path <c>numero</c>: adding a dossier; <c>fichier</c>: the e-safe).
/// </summary>
public static class DashboardPage
{
    public static XDocument For(Dashboard dashboard, DocumentList? documents, string? notice = null, IReadOnlyList<ValidationError>? errors = null)
    {
        var page = PageDocument.For(dashboard, "GetDashboardResult", null, errors, ContractNamespaces.Citizen);
        var result = page.Root!.Elements().First();
        if (documents is not null) result.AddAfterSelf(PageDocument.Serialize(documents, "ListDocumentsResult", ContractNamespaces.Citizen));
        if (notice is not null) page.Root!.Add(new XElement((XNamespace)PageDocument.Namespace + "Notice", notice));
        return page;
    }
}
