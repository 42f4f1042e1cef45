using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;
using WebServicesCitoyens.Contracts;
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
    private static readonly XNamespace Page = Namespace;
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
    private static string FieldOf(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\[[0-9]+\]", "");

    /// <summary>A page that only says something (not found, refused), rendered by message.xsl.</summary>
    public static XDocument Message(string title, string text, int statusCode) =>
        new(new XElement(Page + "Page", new XAttribute(XNamespace.Xmlns + "page", Namespace),
            new XElement(Page + "Message", new XAttribute("status", statusCode),
                new XElement(Page + "Title", title), new XElement(Page + "Text", text))));

    /// <summary>Serializes like SoapCore's XmlSerializer does, under the given element name of the contract's namespace.</summary>
    public static XElement Serialize<T>(T value, string elementName, string contractNamespace = ContractNamespaces.Procedure)
    {
        var serializer = Serializers.GetOrAdd((typeof(T), elementName + " " + contractNamespace),
            key => new XmlSerializer(key.Item1, new XmlRootAttribute(elementName) { Namespace = contractNamespace }));
        var document = new XDocument();
        using (var writer = document.CreateWriter())
            serializer.Serialize(writer, value, new XmlSerializerNamespaces([new XmlQualifiedName("tns", contractNamespace)]));
        var element = document.Root!;
        element.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        return element;
    }
}
