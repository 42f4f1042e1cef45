using System.Xml.Linq;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page documents of the citizen account's forms, rendered by account.xsl: which form
/// (<c>view</c>: connexion, oubli, nouveau-mot-de-passe), the token of an e-mailed link where the
/// form needs it, and, for a form sent back, the values typed (never a password) and the errors.
/// </summary>
public static class AccountPage
{
    private static readonly XNamespace Page = PageDocument.Namespace;

    public static XDocument For(string view, string? token = null,
        IReadOnlyDictionary<string, string>? values = null, IReadOnlyList<ValidationError>? errors = null)
    {
        var account = new XElement(Page + "Account", new XAttribute("view", view));
        if (token is not null) account.Add(new XAttribute("token", token));
        var root = new XElement(Page + "Page", new XAttribute(XNamespace.Xmlns + "page", PageDocument.Namespace), account);
        if (values is { Count: > 0 })
            root.Add(new XElement(Page + "Values", values.Select(v => new XElement(Page + "Value", new XAttribute("path", v.Key), v.Value))));
        if (errors is { Count: > 0 })
            root.Add(new XElement(Page + "Errors", errors.Select(e => new XElement(Page + "Error", new XAttribute("path", e.Path), e.Message))));
        return new XDocument(root);
    }
}
