using System.Xml.Linq;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page document of the citizen's dashboard, rendered by dashboard.xsl: the <c>GetDashboard</c>
/// result and the <c>ListDocuments</c> result, each serialized as the SOAP response carries it, and
/// for a page sent back a notice or the errors (path <c>numero</c>: adding a dossier; <c>fichier</c>: the e-safe;
/// <c>reponse-{number}</c>: the answer to a correction request, whose text comes back in <c>page:Answer</c>).
/// </summary>
public static class DashboardPage
{
    /// <param name="attachmentFields">For each open dossier, the documents its procedure asks for (path and label), to give one from the e-safe.</param>
    /// <param name="answer">A refused answer to a correction request: the dossier and the text the citizen typed, shown again.</param>
    public static XDocument For(Dashboard dashboard, DocumentList? documents, string? notice = null, IReadOnlyList<ValidationError>? errors = null,
        IReadOnlyDictionary<string, IReadOnlyList<(string Path, string Label)>>? attachmentFields = null, (string Number, string Text)? answer = null)
    {
        var page = PageDocument.For(dashboard, "GetDashboardResult", null, errors, ContractNamespaces.Citizen);
        var result = page.Root!.Elements().First();
        if (documents is not null) result.AddAfterSelf(PageDocument.Serialize(documents, "ListDocumentsResult", ContractNamespaces.Citizen));
        XNamespace p = PageDocument.Namespace;
        if (attachmentFields is { Count: > 0 })
            page.Root!.Add(new XElement(p + "Attachments", attachmentFields.Select(d => new XElement(p + "Dossier", new XAttribute("number", d.Key),
                d.Value.Select(f => new XElement(p + "Field", new XAttribute("path", f.Path), f.Label))))));
        if (answer is { } typed) page.Root!.Add(new XElement(p + "Answer", new XAttribute("number", typed.Number), typed.Text));
        if (notice is not null) page.Root!.Add(new XElement((XNamespace)PageDocument.Namespace + "Notice", notice));
        return page;
    }
}
