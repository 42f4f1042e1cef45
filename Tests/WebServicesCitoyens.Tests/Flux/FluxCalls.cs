using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Tests.Administration;
using WebServicesCitoyens.Tests.BackOffice;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>A vendor client's credentials, as the administrator received them.</summary>
public sealed record VendorCredentials(string ClientId, string Secret)
{
    public XElement[] Parameters => [FluxCalls.E("ClientId", ClientId), FluxCalls.E("Secret", Secret)];
}

/// <summary>
/// Calls to /services/Flux.svc over plain SOAP, as a vendor's software writes them (each answer checked
/// against the published Wsdl/Flux.xsd), and the administrator's registration of vendor clients.
/// </summary>
public sealed class FluxCalls(HostProcess host)
{
    public static readonly XNamespace F = ContractNamespaces.Flux;
    public static readonly XNamespace A = ContractNamespaces.Administration;

    public static XElement E(string name, params object?[] content) => new(F + name, content);

    public async Task<Answer> CallAsync(string operation, params object?[] parameters)
    {
        var (result, fields, fault) = await S.CallCheckedAsync(host.BaseUrl + FluxContract.EndpointPath, FluxContract.Service, Schema.Value, new XElement(F + operation, parameters));
        return new Answer(result, fields, fault);
    }

    public async Task<XElement> SucceedAsync(string operation, params object?[] parameters)
    {
        var answer = await CallAsync(operation, parameters);
        Assert.That(answer.Succeeded, Is.True, $"{operation} refused: {answer}");
        return answer.Result!;
    }

    public async Task<Answer> RefusedAsync(string operation, params object?[] parameters)
    {
        var answer = await CallAsync(operation, parameters);
        Assert.That(answer.Succeeded, Is.False, $"{operation} answered where a fault was expected:\n{answer.Result}");
        return answer;
    }

    /// <summary>One page of a pull: the dossiers' numbers in the order given, and the cursor to give next.</summary>
    public async Task<(IReadOnlyList<string> Numbers, long Cursor)> PullAsync(VendorCredentials client, long? after, int? max = null)
    {
        var result = await SucceedAsync("PullDossiers", client.Parameters, after is null ? null : E("After", after), max is null ? null : E("Max", max));
        return (result.Elements(F + "Dossier").Select(d => d.Element(F + "DossierNumber")!.Value).ToList(), long.Parse(result.Element(F + "Cursor")!.Value));
    }

    /// <summary>Every page from a cursor until an empty one: the numbers in delivery order, and the last cursor.</summary>
    public async Task<(List<string> Numbers, long Cursor)> PullAllAsync(VendorCredentials client, long? after, int max = 100)
    {
        var numbers = new List<string>();
        var cursor = after;
        while (true)
        {
            var (page, next) = await PullAsync(client, cursor, max);
            if (page.Count == 0) return (numbers, next);
            Assert.That(page, Has.Count.LessThanOrEqualTo(max));
            numbers.AddRange(page);
            cursor = next;
        }
    }

    // ------------------------------------------------------------------ the administrator's side

    public async Task<VendorCredentials> RegisterAsync(string name, params string[] scope)
    {
        var admin = new AdministrationCalls(host);
        var token = await admin.LoginAsync(AdministrationCalls.Administrator);
        var client = await admin.SucceedAsync("RegisterVendorClient", ("SessionToken", token), ("CommuneCode", Requests.Commune), ("Name", name),
            ("Scope", AdministrationCalls.Codes(scope)));
        return new VendorCredentials(client.Element(A + "ClientId")!.Value, client.Element(A + "Secret")!.Value);
    }

    private static readonly Lazy<XmlSchemaSet> Schema = new(() =>
        SchemaValidator.LoadSchema(Repository.PathOf("Wsdl", "Flux.xsd"), ContractNamespaces.Flux));
}
