using System.Net;
using System.Security;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Tests.Accounts;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Feedback;

/// <summary>
/// What the feedback tests share: dossiers closed by the commune's agents (the back office's domain on a
/// host's store), the catalogue's RateDossier over plain SOAP, the published schemas the answers and the
/// observatory's open data must be valid against, and reading the feedback table.
/// </summary>
public sealed class FeedbackWorld(HostProcess host)
{
    public static readonly XNamespace Cat = ContractNamespaces.Catalogue;
    public static readonly XNamespace Obs = ContractNamespaces.Observatory;

    private readonly Lazy<BackOfficeInProcess> _office = new(() => new BackOfficeInProcess(host));

    public HostProcess Host => host;

    /// <summary>A road incident filed over SOAP (optionally followed by an account), closed by the roads agent.</summary>
    public async Task<(string Number, string Code)> ClosedRoadIncidentAsync(AccountCalls? calls = null, string? session = null)
    {
        var (number, code) = await Requests.SubmitAsync(host, Requests.RoadIncident, Requests.RoadIncidentRequest());
        if (calls is not null)
            await calls.SucceedAsync("AttachDossier", ("SessionToken", session!), ("DossierNumber", number), ("TrackingCode", code));
        await CloseAsync(number);
        return (number, code);
    }

    public async Task<(string Number, string Code)> OpenRoadIncidentAsync() =>
        await Requests.SubmitAsync(host, Requests.RoadIncident, Requests.RoadIncidentRequest());

    public async Task CloseAsync(string number) =>
        await _office.Value.Processing.CloseAsync(await _office.Value.AgentAsync(AccountsAgents.Roads), number);

    /// <summary>The catalogue's RateDossier, as a commune's site calls it with the dossier's number and tracking code.</summary>
    public async Task<(int Status, XElement? Result, IReadOnlyList<string> FaultFields, string Fault, string Body)> RateByCodeAsync(
        string number, string code, int rating, string? comment = null, bool? malfunction = null, string? description = null)
    {
        var body = $"<RateDossier xmlns=\"{Cat}\"><DossierNumber>{number}</DossierNumber><TrackingCode>{SecurityElement.Escape(code)}</TrackingCode>"
            + $"<Rating>{rating}</Rating>"
            + (comment is null ? "" : $"<Comment>{SecurityElement.Escape(comment)}</Comment>")
            + (malfunction is null ? "" : $"<Malfunction>{(malfunction.Value ? "true" : "false")}</Malfunction>")
            + (description is null ? "" : $"<MalfunctionDescription>{SecurityElement.Escape(description)}</MalfunctionDescription>")
            + "</RateDossier>";
        using var request = new HttpRequestMessage(HttpMethod.Post, host.BaseUrl + CatalogueContract.EndpointPath)
        {
            Content = new StringContent(S.Envelope(body), Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{CatalogueContract.Service.SoapAction("RateDossier")}\"");
        using var response = await S.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? (200, XDocument.Parse(text).Descendants(Cat + "RateDossierResult").Single(), [], "", text)
            : ((int)response.StatusCode, null, S.FaultFields(text), S.FaultString(text), text);
    }

    public long Ratings(string number) => host.Scalar("SELECT COUNT(*) FROM feedback WHERE dossier_number = @n", ("@n", number));

    public string FeedbackRows() => host.Rows("SELECT * FROM feedback ORDER BY id");

    /// <summary>The problems of an element against a published schema (none when valid).</summary>
    public static IReadOnlyList<string> SchemaErrors(XElement element, string xsdFile, string targetNamespace)
    {
        var schemas = SchemaValidator.LoadSchema(xsdFile, targetNamespace);
        var errors = new List<string>();
        new XDocument(new XElement(element)).Validate(schemas, (_, e) => errors.Add(e.Message));
        return errors;
    }

    public static IReadOnlyList<string> CatalogueSchemaErrors(XElement element) =>
        SchemaErrors(element, Repository.PathOf("Wsdl", "Catalogue.xsd"), ContractNamespaces.Catalogue);

    public static IReadOnlyList<string> AdministrationSchemaErrors(XElement element) =>
        SchemaErrors(element, Repository.PathOf("Wsdl", "Administration.xsd"), ContractNamespaces.Administration);

    public static IReadOnlyList<string> ObservatorySchemaErrors(XDocument document)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using (var reader = XmlReader.Create(Repository.PathOf("Xsl", "observatoire.xsd"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            schemas.Add(ContractNamespaces.Observatory, reader);
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        return errors;
    }

    /// <summary>A page's HTML, entities decoded, and its status.</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path, HttpClient? browser = null)
    {
        using var response = await (browser ?? S.Http).GetAsync(host.BaseUrl + path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>A form posted from the platform's own pages.</summary>
    public async Task<(HttpStatusCode Status, string Html, string? Location)> PostAsync(string path, Dictionary<string, string> form,
        HttpClient? browser = null, string? origin = null)
    {
        using var client = browser is null ? new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) : null;
        using var request = new HttpRequestMessage(HttpMethod.Post, host.BaseUrl + path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("Origin", origin ?? host.BaseUrl);
        using var response = await (browser ?? client!).SendAsync(request);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Location?.ToString());
    }
}

/// <summary>The demo agents the feedback tests log in as (Hosting/DemoAgents.cs).</summary>
public static class AccountsAgents
{
    public const string Roads = "voirie@orleans.demo";
    public const string Administrator = "admin@orleans.demo";
    public const string Operator = "exploitant@wsc.demo";
}
