using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>Plain-HTTP SOAP calls, for what a generated client would never send.</summary>
public static class Soap
{
    public const string Ns = ContractNamespaces.Procedure;
    public static readonly XNamespace Env = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Tns = Ns;

    public static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static string Envelope(string body) =>
        $"<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>{body}</s:Body></s:Envelope>";

    public static async Task<(int Status, string Body, TimeSpan Elapsed)> PostAsync(string url, string content, string? operation,
        string contentType = "text/xml; charset=utf-8")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(content, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (operation is not null) request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{WsdlGenerator.SoapAction(operation)}\"");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, body, watch.Elapsed);
    }

    public static string FaultString(string body) => XDocument.Parse(body).Descendants("faultstring").Single().Value;

    public static IReadOnlyList<string> FaultFields(string body) =>
        XDocument.Parse(body).Descendants(XName.Get("Field", ContractNamespaces.Faults)).Select(e => e.Value).ToList();

    /// <summary>
    /// One operation of a platform service, sent as any client writes it: the answer's result element (or its
    /// response when it has none), checked against the service's published XSD; or a client fault's fields and text.
    /// </summary>
    public static async Task<(XElement? Result, IReadOnlyList<string> FaultFields, string Fault)> CallCheckedAsync(
        string url, WsdlService service, XmlSchemaSet schema, XElement operationElement)
    {
        var operation = operationElement.Name.LocalName;
        var ns = operationElement.Name.Namespace;
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(Envelope(operationElement.ToString(SaveOptions.DisableFormatting)), Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{service.SoapAction(operation)}\"");
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), text);
            Assert.That(XDocument.Parse(text).Descendants("faultcode").Single().Value, Is.EqualTo("s:Client"), text);
            return (null, FaultFields(text), FaultString(text));
        }
        var answer = XDocument.Parse(text).Descendants(ns + operation + "Response").Single();
        var errors = new List<string>();
        new XDocument(new XElement(answer)).Validate(schema, (_, e) => errors.Add(e.Message));
        Assert.That(errors, Is.Empty, $"{operation}'s answer is not valid against the published schema:\n{answer}");
        return (answer.Element(ns + operation + "Result") ?? answer, [], "");
    }
}
