using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// Calls to /services/Administration.svc over plain SOAP, as a commune's tool or the admin pages
/// would make them: each parameter an element in the operation's namespace, lists as their items.
/// </summary>
public sealed class AdministrationCalls(HostProcess host)
{
    public static readonly XNamespace A = ContractNamespaces.Administration;
    public const string Commune = Requests.Commune;

    /// <summary>The password of every demo agent (Hosting/DemoAgents.cs, published in the README).</summary>
    public const string DemoPassword = BackOfficeInProcess.DemoPassword;

    /// <summary>The demo commune's preview key (Hosting/DemoCommune.cs).</summary>
    public const string PreviewKey = "apercu-demo-orleans";

    public const string Administrator = "admin@orleans.demo";
    public const string CivilStatusAgent = "etat-civil@orleans.demo";
    public const string RoadsAgent = "voirie@orleans.demo";
    public const string Operator = "exploitant@wsc.demo";

    public string Url => host.BaseUrl + AdministrationContract.EndpointPath;

    /// <summary>The HTTP status, the operation's result element (or its response when it has none), or the fault's fields and message.</summary>
    public async Task<(int Status, XElement? Result, IReadOnlyList<string> FaultFields, string Fault)> CallAsync(string operation,
        params (string Name, object? Value)[] parameters)
    {
        var body = new XElement(A + operation, parameters.Where(p => p.Value is not null).Select(p => new XElement(A + p.Name,
            p.Value switch
            {
                bool flag => flag ? "true" : "false",
                IEnumerable<XElement> children => children,
                var value => value,
            })));
        using var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = new StringContent(S.Envelope(body.ToString(SaveOptions.DisableFormatting)), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{AdministrationContract.Service.SoapAction(operation)}\"");
        using var response = await S.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.IsSuccessStatusCode)
        {
            var answer = XDocument.Parse(text).Descendants(A + operation + "Response").Single();
            return ((int)response.StatusCode, answer.Element(A + operation + "Result") ?? answer, [], "");
        }
        return ((int)response.StatusCode, null, S.FaultFields(text), S.FaultString(text));
    }

    public async Task<XElement> SucceedAsync(string operation, params (string Name, object? Value)[] parameters)
    {
        var (_, result, fields, fault) = await CallAsync(operation, parameters);
        Assert.That(result, Is.Not.Null, $"{operation} refused: {string.Join(",", fields)} {fault}");
        return result!;
    }

    /// <summary>A session of one of the demo agents (all share the published demo password).</summary>
    public async Task<string> LoginAsync(string email, string password = DemoPassword) =>
        (await SucceedAsync("Login", ("Email", email), ("Password", password))).Element(A + "SessionToken")!.Value;

    /// <summary>An operation on a procedure of the demo commune: session, commune and procedure first.</summary>
    public Task<(int Status, XElement? Result, IReadOnlyList<string> FaultFields, string Fault)> OnProcedureAsync(string token, string procedure,
        string operation, params (string Name, object? Value)[] parameters) =>
        CallAsync(operation, [("SessionToken", token), ("CommuneCode", Commune), ("ProcedureCode", procedure), .. parameters]);

    public async Task<XElement> SucceedOnProcedureAsync(string token, string procedure, string operation, params (string Name, object? Value)[] parameters)
    {
        var (_, result, fields, fault) = await OnProcedureAsync(token, procedure, operation, parameters);
        Assert.That(result, Is.Not.Null, $"{operation} refused: {string.Join(",", fields)} {fault}");
        return result!;
    }

    /// <summary>The document a version (or, without one, the version being worked on) holds.</summary>
    public async Task<string> ExportAsync(string token, string procedure, int? version = null) =>
        (await SucceedOnProcedureAsync(token, procedure, "ExportConfiguration", ("Version", version))).Value;

    /// <summary>Starts from no Draft: the procedure's version being worked on is then the published one (or the catalogue's).</summary>
    public Task DiscardDraftAsync(string token, string procedure) => OnProcedureAsync(token, procedure, "DiscardDraft");

    /// <summary>Calls an operation that must be refused, and returns the fault's fields and message.</summary>
    public async Task<(IReadOnlyList<string> Fields, string Fault)> RefusedAsync(string token, string procedure, string operation,
        params (string Name, object? Value)[] parameters)
    {
        var (status, result, fields, fault) = await OnProcedureAsync(token, procedure, operation, parameters);
        Assert.That(result, Is.Null, $"{operation} was accepted");
        Assert.That(status, Is.EqualTo(500), fault);
        return (fields, fault);
    }

    public static IEnumerable<XElement> Codes(params string[] codes) => codes.Select(c => new XElement(A + "Code", c));

    public static IEnumerable<XElement> Options(params (string Value, string Label)[] options) =>
        options.Select(o => new XElement(A + "Option", new XElement(A + "Value", o.Value), new XElement(A + "Label", o.Label)));
}
