using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Storage;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Catalogue;

/// <summary>
/// The catalogue service at /services/Catalogue.svc over plain SOAP, each answer checked against the
/// published Wsdl/Catalogue.xsd; and the commune catalogue page rendered from the same result.
/// </summary>
public sealed class CatalogueServiceTests
{
    private static readonly XNamespace C = ContractNamespaces.Catalogue;
    private const string Chartres = "28085";  // offers only the road incident report, and the birth certificate in Test
    private const string ChartresKey = "cle-chartres-catalogue";
    private static string Url => SharedHost.Host.BaseUrl + "/services/Catalogue.svc";

    [OneTimeSetUp]
    public async Task Configure_a_commune_with_few_procedures()
    {
        var store = new CommuneStore(SharedHost.Host.Store);
        await store.SaveAsync(new Commune(Chartres, "Chartres", CommuneProfile.HostedForms, "#224466", "#aa3322", null, null, "Europe/Paris"));
        await store.OfferAsync(Chartres, Requests.RoadIncident, OfferState.Online);
        await store.OfferAsync(Chartres, Requests.BirthCertificate, OfferState.Test);
        await store.SetPreviewKeyAsync(Chartres, ChartresKey);
    }

    private static async Task<XElement> Call(string operation, string parameters)
    {
        var (status, body, _) = await S.PostAsync(Url, S.Envelope($"<{operation} xmlns=\"{C}\">{parameters}</{operation}>"), null);
        Assert.That(status, Is.EqualTo(200), body);
        var result = XDocument.Parse(body).Descendants(C + operation + "Response").Single();
        ValidateAgainstPublishedSchema(result);
        return result.Element(C + operation + "Result")!;
    }

    private static void ValidateAgainstPublishedSchema(XElement response)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(ContractNamespaces.Catalogue, Repository.PathOf("Wsdl", "Catalogue.xsd"));
        new XDocument(new XElement(response)).Validate(schemas, (_, e) => Assert.Fail($"Response not valid against Catalogue.xsd: {e.Message}"));
    }

    [Test]
    public async Task The_themes_are_the_eight_of_the_catalogue_with_their_procedure_counts()
    {
        var themes = (await Call("GetThemes", "")).Elements(C + "Theme").ToList();

        Assert.That(themes.Select(t => t.Element(C + "Code")!.Value), Is.EqualTo(new[]
            { "etat-civil", "population", "elections", "urbanisme", "aide-sociale", "vie-quotidienne", "vie-scolaire", "vie-culturelle" }));
        Assert.That(themes.Sum(t => int.Parse(t.Element(C + "ProcedureCount")!.Value)), Is.EqualTo(Directory.GetFiles(
            Repository.PathOf("Services", "Catalogue"), "*.xml", SearchOption.AllDirectories).Length));
        Assert.That(themes.First().Element(C + "Label")!.Value, Is.EqualTo("État civil"));
    }

    [Test]
    public async Task A_commune_catalogue_lists_what_it_offers_online_and_its_tests_only_with_the_preview_key()
    {
        var publicView = await Call("GetCommuneCatalogue", $"<CommuneCode>{Chartres}</CommuneCode>");
        var preview = await Call("GetCommuneCatalogue", $"<CommuneCode>{Chartres}</CommuneCode><PreviewKey>{ChartresKey}</PreviewKey>");

        Assert.That(publicView.Descendants(C + "Procedure").Select(p => p.Element(C + "Code")!.Value), Is.EqualTo(new[] { Requests.RoadIncident }));
        Assert.That(publicView.Element(C + "Commune")!.Element(C + "Profile")!.Value, Is.EqualTo("HostedForms"));
        var test = preview.Descendants(C + "Procedure").Single(p => p.Element(C + "Code")!.Value == Requests.BirthCertificate);
        Assert.That(test.Element(C + "State")!.Value, Is.EqualTo("Test"));
        Assert.That(test.Element(C + "FormUrl")!.Value, Does.EndWith($"/communes/{Chartres}/{Requests.BirthCertificate}?apercu={ChartresKey}"));
    }

    [Test]
    public async Task A_procedure_is_described_with_its_addresses_and_the_steps_a_citizen_sees()
    {
        var description = await Call("GetProcedure", $"<ProcedureCode>{Requests.BirthCertificate}</ProcedureCode>");

        Assert.That(description.Element(C + "WsdlUrl")!.Value, Does.EndWith($"/services/procedures/{Requests.BirthCertificate}.svc?wsdl"));
        Assert.That(description.Element(C + "Procedure")!.Element(C + "DocumentationUrl")!.Value, Does.EndWith($"/docs/{Requests.BirthCertificate}"));
        Assert.That(description.Element(C + "Steps")!.Elements(C + "Step").Select(s => s.Value), Does.Contain("Demande initiale"));
    }

    [Test]
    public async Task Keyword_search_ignores_accents_and_case_and_can_keep_to_a_commune()
    {
        var everywhere = (await Call("SearchProcedures", "<Keywords>ACTE NAISSANCE</Keywords>")).Elements(C + "CatalogueProcedure")
            .Select(p => p.Element(C + "Code")!.Value).ToList();
        var election = (await Call("SearchProcedures", "<Keywords>électorales</Keywords>")).Elements(C + "CatalogueProcedure")
            .Select(p => p.Element(C + "Code")!.Value).ToList();
        var inChartres = (await Call("SearchProcedures", $"<Keywords>acte</Keywords><CommuneCode>{Chartres}</CommuneCode>"))
            .Elements(C + "CatalogueProcedure").ToList();

        Assert.That(everywhere.First(), Is.EqualTo(Requests.BirthCertificate));
        Assert.That(election, Does.Contain("elections.inscription-listes"));
        Assert.That(inChartres, Is.Empty, "Chartres offers no act online");
    }

    [Test]
    public async Task Unknown_codes_and_bad_input_get_a_fault_naming_the_field()
    {
        var (status, body, _) = await S.PostAsync(Url, S.Envelope($"<GetProcedure xmlns=\"{C}\"><ProcedureCode>etat-civil.inconnue</ProcedureCode></GetProcedure>"), null);
        Assert.That(status, Is.EqualTo(500));
        Assert.That(S.FaultFields(body), Does.Contain("ProcedureCode"));

        (status, body, _) = await S.PostAsync(Url, S.Envelope($"<GetCommuneCatalogue xmlns=\"{C}\"><CommuneCode>ABCDE</CommuneCode></GetCommuneCatalogue>"), null);
        Assert.That(status, Is.EqualTo(500));
        Assert.That(S.FaultFields(body), Does.Contain("CommuneCode"));
        Assert.That(S.FaultString(body), Does.Contain("Code INSEE"));

        (status, body, _) = await S.PostAsync(Url, S.Envelope($"<GetCommuneCatalogue xmlns=\"{C}\"><CommuneCode>69123</CommuneCode></GetCommuneCatalogue>"), null);
        Assert.That(status, Is.EqualTo(500));
        Assert.That(S.FaultString(body), Does.Contain("69123"));
    }

    [Test]
    public async Task The_served_catalogue_wsdl_is_the_committed_file_with_the_real_address()
    {
        var served = await S.Http.GetStringAsync(Url + "?wsdl");
        var committed = File.ReadAllText(Repository.PathOf("Wsdl", "Catalogue.wsdl"));

        Assert.That(served, Is.EqualTo(committed.Replace("http://localhost:5080/services/Catalogue.svc", Url)));
    }

    [Test]
    public async Task The_commune_catalogue_page_lists_its_procedures_by_theme_with_links_to_forms_and_documentation()
    {
        using var response = await S.Http.GetAsync($"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        using var unknown = await S.Http.GetAsync($"{SharedHost.Host.BaseUrl}/communes/69123");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Démarches en ligne – Orléans"));
        Assert.That(html, Does.Contain("<h2 id=\"theme-etat-civil\">État civil</h2>"));
        Assert.That(html, Does.Contain($"/communes/{Requests.Commune}/{Requests.BirthCertificate}\">Demande d'acte de naissance</a>"));
        Assert.That(html, Does.Contain($"/docs/{Requests.BirthCertificate}\""));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_catalogue_endpoint_is_behind_the_same_guard_as_the_procedures()
    {
        var doctype = $"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + $"<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><GetThemes xmlns=\"{C}\">&e;</GetThemes></s:Body></s:Envelope>";
        var (status, body, _) = await S.PostAsync(Url, doctype, null);
        var (wrongAction, _, _) = await S.PostAsync(Url, S.Envelope($"<GetThemes xmlns=\"{C}\"/>"), "GetForm");
        using var subPath = await S.Http.GetAsync(Url + "/GetThemes");

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body, Does.Not.Contain("root:"));
        Assert.That(wrongAction, Is.EqualTo(500));
        Assert.That(subPath.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
