using System.Collections.Concurrent;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Rendering;

/// <summary>
/// The XML the platform's own pages are rendered from: the very element a SOAP response carries
/// (e.g. <c>tns:GetFormResult</c>, serialized the same way), plus, for a form sent back with errors,
/// the values typed and the errors to announce. The stylesheets find the result element wherever it
/// is, so they render a commune's raw SOAP response and these pages alike.
/// </summary>
public static class PageDocument
{
    public const string Namespace = "http://webservicescitoyens.fr/ws/page/v1";
    public static readonly XNamespace Page = Namespace;
    private static readonly ConcurrentDictionary<(Type, string), XmlSerializer> Serializers = new();

    public static XDocument For<T>(T result, string resultElement,
        IReadOnlyDictionary<string, string>? values = null, IReadOnlyList<ValidationError>? errors = null,
        string contractNamespace = ContractNamespaces.Procedure, string? notice = null)
    {
        var root = new XElement(Page + "Page",
            new XAttribute(XNamespace.Xmlns + "page", Namespace),
            new XAttribute(XNamespace.Xmlns + "tns", contractNamespace),
            Serialize(result, resultElement, contractNamespace));
        if (values is { Count: > 0 })
            root.Add(new XElement(Page + "Values", values.Select(v => new XElement(Page + "Value", new XAttribute("path", v.Key), v.Value))));
        if (notice is not null) root.Add(new XElement(Page + "Notice", notice));
        if (errors is { Count: > 0 })
            root.Add(new XElement(Page + "Errors", errors.Select(e => new XElement(Page + "Error",
                new XAttribute("path", e.Path), new XAttribute("field", FieldOf(e.Path)), e.Message))));
        return new XDocument(root);
    }

    /// <summary>The field an instance path designates: enfants[2].prenom → enfants.prenom.</summary>
    internal static string FieldOf(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\[[0-9]+\]", "");

    /// <summary>A page that only says something (not found, refused), rendered by message.xsl.</summary>
    public static XDocument Message(string title, string text, int statusCode) =>
        new(new XElement(Page + "Page", new XAttribute(XNamespace.Xmlns + "page", Namespace),
            new XElement(Page + "Message", new XAttribute("status", statusCode),
                new XElement(Page + "Title", title), new XElement(Page + "Text", text))));

    /// <summary>
    /// A page that asks to confirm something with one button (message.xsl): the message, then page:Confirm, a
    /// form posted to <paramref name="action"/> with its hidden fields, so that following the page's link
    /// (a mail scanner does) changes nothing; only the post does.
    /// </summary>
    public static XDocument Confirmation(string title, string text, string action, IReadOnlyDictionary<string, string> fields, string submit)
    {
        var page = Message(title, text, 200);
        page.Root!.Element(Page + "Message")!.Add(new XElement(Page + "Confirm", new XAttribute("action", action), new XAttribute("submit", submit),
            fields.Select(f => new XElement(Page + "Field", new XAttribute("name", f.Key), f.Value))));
        return page;
    }

    /// <summary>
    /// The submitted request of a dossier, printable (rendered by request.xsl): page:Request with the
    /// dossier's facts, its procedure and commune as the SOAP results carry them (tns:Procedure,
    /// tns:Commune), its sections of labelled values and its documents to provide, then the addresses
    /// of the tracking page and of the PDF.
    /// </summary>
    public static XDocument Request(PrintableRequest request, TrackingLinks links)
    {
        var root = new XElement(Page + "Page",
            new XAttribute(XNamespace.Xmlns + "page", Namespace),
            new XAttribute(XNamespace.Xmlns + "tns", ContractNamespaces.Procedure),
            new XElement(Page + "Request",
                new XAttribute("number", request.DossierNumber),
                new XAttribute("test", request.IsTest ? "true" : "false"),
                new XAttribute("closed", request.Closed ? "true" : "false"),
                Serialize(request.Procedure, "Procedure"),
                Serialize(request.Commune, "Commune"),
                new XElement(Page + "SubmittedAtLocal", request.SubmittedAtLocal.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
                new XElement(Page + "CurrentStep", request.CurrentStep),
                Sections(request),
                request.Documents.Count == 0 ? null : new XElement(Page + "Documents",
                    request.Documents.Select(document => new XElement(Page + "Document",
                        new XAttribute("path", document.Path),
                        new XAttribute("required", document.Required ? "true" : "false"),
                        new XElement(Page + "Label", document.Label),
                        document.Concerning is null ? null : new XElement(Page + "Concerning", document.Concerning),
                        document.Help is null ? null : new XElement(Page + "Help", document.Help))))));
        return WithLinks(new XDocument(root), links);
    }

    /// <summary>
    /// The request's sections in form order (page:Section[@level] with page:Title and page:Entry[@path]
    /// of page:Label and page:Line), as request.xsl and the agents' dossier page render them.
    /// </summary>
    public static IEnumerable<XElement> Sections(PrintableRequest request) =>
        request.Sections.Select(section => new XElement(Page + "Section",
            new XAttribute("level", section.Level),
            new XElement(Page + "Title", section.Title),
            section.Entries.Select(entry => new XElement(Page + "Entry",
                new XAttribute("path", entry.Path),
                new XElement(Page + "Label", entry.Label),
                entry.Lines.Select(line => new XElement(Page + "Line", line))))));

    /// <summary>
    /// Adds the addresses of a dossier's pages (tracking, printable request, PDF) to a page document:
    /// status.xsl and request.xsl link to them only when page:Links gives them, never from a raw SOAP response.
    /// </summary>
    public static XDocument WithLinks(XDocument page, TrackingLinks links)
    {
        page.Root!.Add(new XElement(Page + "Links",
            new XAttribute("tracking", links.Tracking),
            new XAttribute("request", links.Request),
            new XAttribute("pdf", links.Pdf),
            new XAttribute("acknowledgement", links.Acknowledgement)));
        return page;
    }

    /// <summary>Serializes like SoapCore's XmlSerializer does, under the given element name of the contract's namespace.</summary>
    public static XElement Serialize<T>(T value, string elementName, string contractNamespace = ContractNamespaces.Procedure)
    {
        var serializer = Serializers.GetOrAdd((typeof(T), elementName + " " + contractNamespace),
            key => new XmlSerializer(key.Item1, new XmlRootAttribute(elementName) { Namespace = contractNamespace }));
        // Through text: the XDocument writer cannot write base64 (the receipt's signed acknowledgement).
        var text = new System.Text.StringBuilder();
        using (var writer = System.Xml.XmlWriter.Create(text, new System.Xml.XmlWriterSettings { OmitXmlDeclaration = true }))
            serializer.Serialize(writer, value, new XmlSerializerNamespaces([new XmlQualifiedName("tns", contractNamespace)]));
        var element = XElement.Parse(text.ToString(), LoadOptions.PreserveWhitespace);
        element.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        return element;
    }
}

/// <summary>The addresses of a dossier's own pages, each carrying its number and tracking code.</summary>
public sealed record TrackingLinks(string Tracking, string Request, string Pdf, string Acknowledgement)
{
    /// <summary>Site-relative addresses on the platform: /suivi, /suivi/demande, /suivi/demande.pdf, /suivi/accuse.xml.</summary>
    public static TrackingLinks For(string dossierNumber, string trackingCode)
    {
        var query = $"?dossier={Uri.EscapeDataString(dossierNumber)}&code={Uri.EscapeDataString(trackingCode)}";
        return new TrackingLinks("/suivi" + query, "/suivi/demande" + query, "/suivi/demande.pdf" + query, "/suivi/accuse.xml" + query);
    }
}
