using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Soap;

/// <summary>
/// What a generated client never sends but a hand-written one, or PHP given a broken WSDL, does:
/// each gets a SOAP fault naming the problem in French, and nothing is stored.
/// </summary>
public sealed class RawSoapTests
{
    private static string Url => SharedHost.Host.ServiceUrl(Requests.BirthCertificate);

    private static async Task<(int Status, string Body)> RefusedAndNothingStored(string envelope, string? operation = "Submit")
    {
        var before = SharedHost.Host.CountDossiers();
        var (status, body, _) = await Infrastructure.Soap.PostAsync(Url, envelope, operation);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before), "nothing may be stored");
        Assert.That(body, Does.Contain("<s:Fault>").And.Contain("faultstring"));
        return (status, body);
    }

    [Test]
    public async Task Submit_with_unqualified_field_elements_is_refused_naming_the_element()
    {
        var request = Requests.BirthCertificateRequest();
        foreach (var element in request.Descendants().ToList()) element.Name = element.Name.LocalName;
        var (status, body) = await RefusedAndNothingStored(Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("unq"), request)));

        Assert.That(status, Is.EqualTo(500));
        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("« typeDocument »").And.Contain("espace de noms « aucun »"));
    }

    [Test]
    public async Task Submit_with_an_unknown_element_is_refused_listing_the_expected_ones()
    {
        var request = Requests.BirthCertificateRequest();
        request.Element(Infrastructure.Soap.Tns + "motif")?.Remove();
        request.Element(Infrastructure.Soap.Tns + "qualiteDemandeur")!.AddAfterSelf(new XElement(Infrastructure.Soap.Tns + "urgence", "oui"));
        var (_, body) = await RefusedAndNothingStored(Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("unk"), request)));

        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("« urgence » n'est pas attendu dans « Request »"));
    }

    [Test]
    public async Task Submit_with_misordered_fields_is_refused_rather_than_silently_emptied()
    {
        var request = Requests.BirthCertificateRequest();
        var copies = request.Element(Infrastructure.Soap.Tns + "nombreExemplaires")!;
        copies.Remove();
        request.Add(copies);
        var (_, body) = await RefusedAndNothingStored(Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("order"), request)));

        Assert.That(Infrastructure.Soap.FaultFields(body), Does.Contain("nombreExemplaires"));
    }

    [Test]
    public async Task Submit_with_a_missing_required_field_names_that_field()
    {
        var request = Requests.BirthCertificateRequest();
        request.Descendants(Infrastructure.Soap.Tns + "prenoms").First().Remove();
        var (_, body) = await RefusedAndNothingStored(Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("miss"), request)));

        Assert.That(Infrastructure.Soap.FaultString(body), Is.EqualTo("Le champ « Prénoms » (titulaire.prenoms) est obligatoire."));
    }

    [TestCase("dateNaissance", "1985-02-30", "doit être une date valide au format AAAA-MM-JJ")]
    [TestCase("nombreExemplaires", "deux", "doit être un nombre entier")]
    [TestCase("nombreExemplaires", "99999999999999999999999999", "doit être un nombre entier")]
    [TestCase("typeDocument", "ACTE_COMPLET", "n'est pas une valeur autorisée")]
    [TestCase("courriel", "pas-une-adresse", "n'est pas une adresse électronique valide")]
    [TestCase("codePostal", "4500", "n'a pas le format attendu")]
    [TestCase("nomNaissance", "   ", "est obligatoire")]
    public async Task Submit_with_a_wrong_value_names_the_field_and_the_problem(string field, string value, string problem)
    {
        var request = Requests.BirthCertificateRequest();
        request.Descendants(Infrastructure.Soap.Tns + field).First().Value = value;
        var (_, body) = await RefusedAndNothingStored(Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("val"), request)));

        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain($"{field})").And.Contain(problem));
    }

    [Test]
    public async Task Submit_with_a_value_over_the_maximum_length_is_refused()
    {
        var request = Requests.BirthCertificateRequest();
        request.Descendants(Infrastructure.Soap.Tns + "nomNaissance").Single().Value = new string('A', 100_000);
        var (_, body) = await RefusedAndNothingStored(Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("long"), request)));

        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("dépasse 80 caractères"));
    }

    [Test]
    public async Task A_road_incident_with_a_latitude_beyond_the_pole_is_refused_naming_the_part()
    {
        var before = SharedHost.Host.CountDossiers();
        var (status, body, _) = await Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(Requests.RoadIncident),
            Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("geo"), Requests.RoadIncidentRequest(latitude: "95.5"))), "Submit");

        Assert.That(status, Is.EqualTo(500));
        Assert.That(Infrastructure.Soap.FaultString(body), Is.EqualTo("Le champ « Latitude » (lieu.localisation.latitude) doit être compris entre -90 et 90."));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task Submit_without_the_operation_wrapper_is_refused()
    {
        var bare = Requests.BirthCertificateRequest().ToString(SaveOptions.DisableFormatting);
        var (status, body) = await RefusedAndNothingStored(Infrastructure.Soap.Envelope(bare), operation: null);

        Assert.That(status, Is.EqualTo(500));
        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("L'opération « Request » n'existe pas"));
    }

    [Test]
    public async Task A_SOAPAction_naming_another_operation_than_the_body_is_refused()
    {
        var envelope = Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("action"), Requests.BirthCertificateRequest()));
        var (_, body) = await RefusedAndNothingStored(envelope, operation: "GetStatus");

        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("SOAPAction").And.Contain("GetStatus"));
    }

    [Test]
    public async Task A_missing_SOAPAction_dispatches_on_the_body_element()
    {
        var envelope = Infrastructure.Soap.Envelope(
            $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>");
        var (status, body, _) = await Infrastructure.Soap.PostAsync(Url, envelope, operation: null);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body, Does.Contain("<GetFormResult>"));
    }

    [TestCase("';DROP TABLE x;--")]
    public async Task GetStatus_of_a_malformed_or_unknown_number_answers_the_same_not_found_text(string malformed)
    {
        // A well-formed number (valid check character) goes to the store; a malformed one is stopped before.
        var unknown = WebServicesCitoyens.Dossiers.DossierNumber.NewNumber();
        string Body(string number) => Infrastructure.Soap.Envelope(
            $"<GetStatus xmlns=\"{Infrastructure.Soap.Ns}\"><DossierNumber>{number}</DossierNumber><TrackingCode>abcd-efgh</TrackingCode></GetStatus>");
        var (_, fromStore, _) = await Infrastructure.Soap.PostAsync(Url, Body(unknown), "GetStatus");
        var (_, stopped, _) = await Infrastructure.Soap.PostAsync(Url, Body(malformed), "GetStatus");

        Assert.That(Infrastructure.Soap.FaultString(fromStore), Does.StartWith("Aucun dossier ne correspond"));
        Assert.That(Infrastructure.Soap.FaultString(stopped), Is.EqualTo(Infrastructure.Soap.FaultString(fromStore)));
        Assert.That(fromStore + stopped, Does.Not.Contain("Exception").And.Not.Contain("SQLite"));
    }

    [TestCase("2099-12-31Z")]
    [TestCase("1985-04-12+14:00")]
    public async Task A_date_with_a_time_zone_is_refused_so_that_the_today_rules_cannot_be_bypassed(string date)
    {
        var request = Requests.BirthCertificateRequest();
        request.Descendants(Infrastructure.Soap.Tns + "dateNaissance").Single().Value = date;
        var (_, body) = await RefusedAndNothingStored(Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("tz"), request)));

        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("(titulaire.dateNaissance) doit être une date valide au format AAAA-MM-JJ"));
    }

    [TestCase("GetForm")]
    [TestCase("Submit")]
    [TestCase("GetStatus")]
    public async Task Every_response_validates_against_the_published_xsd(string operation)
    {
        var receipt = await Infrastructure.Soap.PostAsync(Url,
            Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("xsd"), Requests.BirthCertificateRequest())), "Submit");
        var result = XDocument.Parse(receipt.Body).Descendants(Infrastructure.Soap.Tns + "SubmitResult").Single();
        var body = operation switch
        {
            "GetForm" => $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>",
            "Submit" => null,
            _ => $"<GetStatus xmlns=\"{Infrastructure.Soap.Ns}\"><DossierNumber>{result.Element(Infrastructure.Soap.Tns + "DossierNumber")!.Value}</DossierNumber>"
                 + $"<TrackingCode>{result.Element(Infrastructure.Soap.Tns + "TrackingCode")!.Value}</TrackingCode></GetStatus>",
        };
        var response = body is null ? receipt.Body : (await Infrastructure.Soap.PostAsync(Url, Infrastructure.Soap.Envelope(body), operation)).Body;

        var payload = new XDocument(XDocument.Parse(response).Descendants(Infrastructure.Soap.Env + "Body").Single().Elements().Single());
        var schemas = SchemaValidator.LoadSchema(Repository.PathOf("Wsdl", "procedures", Requests.BirthCertificate + ".xsd"));
        var errors = new List<string>();
        payload.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.That(errors, Is.Empty);
        Assert.That(payload.Root!.Name.LocalName, Is.EqualTo(operation + "Response"));
    }
}
