using System.Xml.Linq;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The page document of the observatory's pages, rendered by observatoire.xsl: the open data document
/// itself (obs:Observatory or obs:ObservatoryProcedure) inside page:Page, with the report form's
/// confirmation (page:Notice), refusals (page:Errors) and values typed (page:Values).
/// </summary>
public static class ObservatoryPage
{
    private static readonly XNamespace Page = PageDocument.Namespace;

    public static XDocument For(XDocument data, string? notice = null, IReadOnlyList<ValidationError>? errors = null,
        IReadOnlyDictionary<string, string>? values = null) =>
        new(new XElement(Page + "Page",
            new XAttribute(XNamespace.Xmlns + "page", PageDocument.Namespace),
            new XElement(data.Root!),
            notice is null ? null : new XElement(Page + "Notice", notice),
            errors is { Count: > 0 } ? new XElement(Page + "Errors", errors.Select(e => new XElement(Page + "Error", new XAttribute("path", e.Path), e.Message))) : null,
            values is { Count: > 0 } ? new XElement(Page + "Values", values.Select(v => new XElement(Page + "Value", new XAttribute("path", v.Key), v.Value))) : null));
}
