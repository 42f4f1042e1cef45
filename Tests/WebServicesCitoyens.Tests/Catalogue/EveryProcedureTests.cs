using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Tests.Catalogue;

/// <summary>
/// Every procedure of the catalogue, whatever its fields: a request built from its definition alone
/// is accepted by Submit, and the same request without its first required field is refused with a
/// fault naming that field, and nothing stored.
/// </summary>
public sealed class EveryProcedureTests
{
    private static readonly ProcedureCatalogue Catalogue = DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue"));

    private static IEnumerable<string> Codes() => Catalogue.Procedures.Select(p => p.Code);

    [TestCaseSource(nameof(Codes))]
    public async Task A_request_built_from_the_definition_is_accepted_and_one_missing_a_required_field_is_refused(string code)
    {
        var definition = Catalogue.Find(code)!;
        var url = SharedHost.Host.ServiceUrl(code);
        var valid = SampleRequest.For(definition, Requests.Commune, DateOnly.FromDateTime(DateTime.UtcNow));

        var (status, body, _) = await Infrastructure.Soap.PostAsync(url, Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("all"), valid)), "Submit");
        Assert.That(status, Is.EqualTo(200), body);
        Assert.That(XDocument.Parse(body).Descendants(Infrastructure.Soap.Tns + "DossierNumber").Single().Value, Does.Match("^[A-Z0-9-]{11}$"));

        var required = definition.RequestItems.First(i => i.Required);
        var invalid = new XElement(valid);
        invalid.Element(Infrastructure.Soap.Tns + required.Name)!.Remove();
        var before = SharedHost.Host.CountDossiers();
        (status, body, _) = await Infrastructure.Soap.PostAsync(url, Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("all-bad"), invalid)), "Submit");
        Assert.That(status, Is.EqualTo(500));
        Assert.That(Infrastructure.Soap.FaultFields(body), Does.Contain(required.Path));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }
}
