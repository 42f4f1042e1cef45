using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Catalogue;

/// <summary>The committed WSDL and XSD are what the definitions generate, and what the service serves.</summary>
public sealed class ContractFilesTests
{
    private static readonly ProcedureCatalogue Catalogue = DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue"));

    private static IEnumerable<string> Codes() => Catalogue.Procedures.Select(p => p.Code);

    [Test]
    public void The_catalogue_holds_both_foundation_procedures() =>
        Assert.That(Codes(), Is.SupersetOf(new[] { Requests.BirthCertificate, Requests.RoadIncident }));

    [TestCaseSource(nameof(Codes))]
    public void Committed_wsdl_and_xsd_are_what_the_definition_generates(string code)
    {
        var (xsd, wsdl) = ContractFiles.Render(Catalogue.Find(code)!);
        var files = new ContractFiles(Repository.PathOf("Wsdl"));

        Assert.That(File.ReadAllText(files.XsdPath(code)), Is.EqualTo(xsd),
            "Wsdl/procedures is stale: run `dotnet run --project Services/WebServicesCitoyens.Host -- generate-contracts`");
        Assert.That(File.ReadAllText(files.WsdlPath(code)), Is.EqualTo(wsdl));
    }

    [TestCaseSource(nameof(Codes))]
    public async Task The_served_wsdl_is_the_committed_file_with_the_real_address(string code)
    {
        var served = await Infrastructure.Soap.Http.GetStringAsync(SharedHost.Host.ServiceUrl(code) + "?wsdl");
        var committed = File.ReadAllText(Repository.PathOf("Wsdl", "procedures", code + ".wsdl"));

        Assert.That(served, Is.EqualTo(committed.Replace(WsdlGenerator.DefaultHost, SharedHost.Host.BaseUrl)));
        Assert.That(served, Does.Contain($"location=\"{SharedHost.Host.ServiceUrl(code)}\""));
        Assert.That(await Infrastructure.Soap.Http.GetStringAsync(SharedHost.Host.ServiceUrl(code) + "?xsd"),
            Is.EqualTo(File.ReadAllText(Repository.PathOf("Wsdl", "procedures", code + ".xsd"))));
    }

    [Test]
    public void A_changed_definition_no_longer_matches_its_committed_contract()
    {
        var definition = Catalogue.Find(Requests.BirthCertificate)!;
        var changed = definition with { Version = definition.Version + 1 };

        Assert.That(ContractFiles.Render(changed).Wsdl,
            Is.Not.EqualTo(File.ReadAllText(Repository.PathOf("Wsdl", "procedures", Requests.BirthCertificate + ".wsdl"))));
    }

    [Test]
    public void The_xsd_carries_type_required_flag_enumeration_length_and_pattern_of_every_field()
    {
        var xsd = File.ReadAllText(Repository.PathOf("Wsdl", "procedures", Requests.BirthCertificate + ".xsd"));

        Assert.That(xsd, Does.Contain("<xs:enumeration value=\"EXTRAIT_PLURILINGUE\">"));
        Assert.That(xsd, Does.Contain("<xs:element name=\"qualiteDemandeur\" minOccurs=\"0\""));
        Assert.That(xsd, Does.Contain("<xs:maxLength value=\"80\" />"));
        Assert.That(xsd, Does.Contain("<xs:maxInclusive value=\"10\" />"));
        Assert.That(xsd, Does.Contain("<xs:element name=\"dateNaissance\">").Or.Contain("name=\"dateNaissance\""));
        Assert.That(xsd, Does.Contain("type=\"tns:CodeCommune\""));
        Assert.That(xsd, Does.Contain("type=\"tns:AdressePostale\""));
    }
}
