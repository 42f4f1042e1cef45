using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Soap;

/// <summary>
/// Echo.svc, the load benchmarks' measure of the SOAP stack alone (Tests/Benchmarks/load): it answers
/// its text, through the same guard and validation as every service.
/// </summary>
public sealed class EchoServiceTests
{
    private static readonly XNamespace E = ContractNamespaces.Echo;
    private static readonly string Url = SharedHost.Host.BaseUrl + EchoContract.EndpointPath;

    private static XmlSchemaSet Schema() => SchemaValidator.LoadSchema(Repository.PathOf("Wsdl", "Echo.xsd"), ContractNamespaces.Echo);

    [Test]
    public async Task Echo_answers_its_text_unchanged()
    {
        const string text = "Bonjour d'Orléans — 1 000 dossiers/s ?";
        var (result, fields, fault) = await S.CallCheckedAsync(Url, EchoContract.Service, Schema(), new XElement(E + "Echo", new XElement(E + "Text", text)));
        Assert.That(fields, Is.Empty, fault);
        Assert.That(result!.Value, Is.EqualTo(text));
    }

    [Test]
    public async Task Echo_refuses_a_text_longer_than_its_schema_allows_naming_the_field()
    {
        var (result, fields, _) = await S.CallCheckedAsync(Url, EchoContract.Service, Schema(),
            new XElement(E + "Echo", new XElement(E + "Text", new string('a', EchoContract.MaxText + 1))));
        Assert.That(result, Is.Null);
        Assert.That(fields, Is.EqualTo(new[] { "Text" }));
    }

    [Test]
    public async Task The_echo_wsdl_is_served_like_the_other_services()
    {
        using var response = await S.Http.GetAsync(Url + "?wsdl");
        var wsdl = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(wsdl.Descendants().Any(e => e.Name.LocalName == "operation" && (string?)e.Attribute("name") == "Echo"), Is.True, wsdl.ToString());
    }
}
