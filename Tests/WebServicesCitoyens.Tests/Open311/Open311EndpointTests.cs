using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using static WebServicesCitoyens.Tests.Open311.Open311Calls;

namespace WebServicesCitoyens.Tests.Open311;

/// <summary>
/// The GeoReport v2 endpoint against a real host: the services and their definitions, reports filed as
/// real dossiers, read back by id and with filters, and every refusal as the standard's error naming the
/// parameter, storing nothing.
/// </summary>
public sealed class Open311EndpointTests
{
    private const string Jurisdiction = "?jurisdiction_id=" + Requests.Commune;

    [Test]
    public async Task The_service_list_offers_the_commune_s_two_procedures_placed_by_a_position_in_xml_and_json()
    {
        var (status, xml, type) = await GetAsync("/services.xml" + Jurisdiction);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), xml);
        Assert.That(type, Is.EqualTo("text/xml"));
        var services = XDocument.Parse(xml).Root!;
        Assert.That(services.Name.LocalName, Is.EqualTo("services"));
        Assert.That(services.Elements("service").Select(s => s.Element("service_code")!.Value), Is.EquivalentTo(new[] { Requests.RoadIncident, Graffiti }));
        var road = services.Elements("service").Single(s => s.Element("service_code")!.Value == Requests.RoadIncident);
        Assert.That(road.Element("service_name")!.Value, Is.EqualTo("Signalement d'un incident sur la voie publique"));
        Assert.That(road.Element("metadata")!.Value, Is.EqualTo("true"));
        Assert.That(road.Element("type")!.Value, Is.EqualTo("realtime"));

        var (jsonStatus, json, jsonType) = await GetAsync("/services.json" + Jurisdiction);
        Assert.That(jsonStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(jsonType, Is.EqualTo("application/json"));
        var list = JsonDocument.Parse(json).RootElement;
        Assert.That(list.EnumerateArray().Select(s => s.GetProperty("service_code").GetString()), Is.EquivalentTo(new[] { Requests.RoadIncident, Graffiti }));
        Assert.That(list[0].GetProperty("metadata").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_service_definition_gives_each_field_no_standard_parameter_fills_as_a_typed_attribute()
    {
        var (status, xml, _) = await GetAsync($"/services/{Requests.RoadIncident}.xml" + Jurisdiction);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), xml);
        var definition = XDocument.Parse(xml).Root!;
        Assert.That(definition.Name.LocalName, Is.EqualTo("service_definition"));
        var attributes = definition.Element("attributes")!.Elements("attribute").ToDictionary(a => a.Element("code")!.Value);
        // Place, description and contact travel as the standard's own parameters.
        Assert.That(attributes.Keys, Is.EqualTo(new[] { "categorie", "niveauGene", "dateConstat", "lieu.precision" }));
        var category = attributes["categorie"];
        Assert.That(category.Element("datatype")!.Value, Is.EqualTo("singlevaluelist"));
        Assert.That(category.Element("required")!.Value, Is.EqualTo("true"));
        Assert.That(category.Element("description")!.Value, Is.EqualTo("Nature du problème"));
        Assert.That(category.Element("values")!.Elements("value").Select(v => v.Element("key")!.Value),
            Is.EqualTo(new[] { "CHAUSSEE_TROTTOIR", "ECLAIRAGE_PUBLIC", "SIGNALISATION", "DEPOT_SAUVAGE", "MOBILIER_URBAIN", "VEGETATION", "AUTRE" }));
        Assert.That(attributes["dateConstat"].Element("datatype")!.Value, Is.EqualTo("datetime"));
        Assert.That(attributes["dateConstat"].Element("required")!.Value, Is.EqualTo("false"));
        Assert.That(attributes["lieu.precision"].Element("datatype")!.Value, Is.EqualTo("string"));
        Assert.That(attributes.Values.Select(a => a.Element("order")!.Value), Is.EqualTo(new[] { "1", "2", "3", "4" }));

        var (_, json, _) = await GetAsync($"/services/{Graffiti}.json" + Jurisdiction);
        var graffiti = JsonDocument.Parse(json).RootElement.GetProperty("attributes").EnumerateArray()
            .ToDictionary(a => a.GetProperty("code").GetString()!);
        Assert.That(graffiti["surfaceEstimee"].GetProperty("datatype").GetString(), Is.EqualTo("number"));
        Assert.That(graffiti["contenuInjurieux"].GetProperty("datatype").GetString(), Is.EqualTo("singlevaluelist"));
        Assert.That(graffiti["contenuInjurieux"].GetProperty("required").GetBoolean(), Is.True);
        Assert.That(graffiti["contenuInjurieux"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("key").GetString()),
            Is.EqualTo(new[] { "true", "false" }));
        Assert.That(graffiti.Keys, Does.Not.Contain("description").And.Not.Contain("demandeur.nom").And.Not.Contain("demandeur.courriel"),
            "the standard's description, last_name and email fill them");
        Assert.That(graffiti["demandeur.qualite"].GetProperty("required").GetBoolean(), Is.True);
        // A postal address is given part by part; its parts are required only where the address is.
        Assert.That(graffiti["proprietaire.adresse.voie"].GetProperty("datatype").GetString(), Is.EqualTo("string"));
        Assert.That(graffiti["proprietaire.adresse.voie"].GetProperty("required").GetBoolean(), Is.False);
    }

    [Test]
    public async Task A_report_posted_files_a_dossier_of_channel_Open311_answered_in_xml()
    {
        var before = SharedHost.Host.CountDossiers();
        var (status, body) = await PostAsync("xml", RoadIncident());

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        var request = SingleRequest(body);
        var number = request.Element("service_request_id")!.Value;
        Assert.That(request.Element("service_notice")!.Value, Does.Contain("Orléans"));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1));
        Assert.That(SharedHost.Host.Text("SELECT channel FROM dossiers WHERE number = @n", ("@n", number)), Is.EqualTo("Open311"));
        Assert.That(SharedHost.Host.Text("SELECT procedure_code FROM dossiers WHERE number = @n", ("@n", number)), Is.EqualTo(Requests.RoadIncident));
        var stored = XElement.Parse(SharedHost.Host.Text("SELECT request_xml FROM dossiers WHERE number = @n", ("@n", number))!);
        string? At(string path) => path.Split('.').Aggregate((XElement?)stored, (e, name) => e?.Elements().FirstOrDefault(c => c.Name.LocalName == name))?.Value;
        Assert.That(At("categorie"), Is.EqualTo("CHAUSSEE_TROTTOIR"));
        Assert.That(At("lieu.adresse"), Is.EqualTo("5 place du Martroi"));
        Assert.That(At("lieu.precision"), Is.EqualTo("côté fontaine"));
        Assert.That(At("lieu.localisation.latitude"), Is.EqualTo("47.9029"));
        Assert.That(At("declarant.courriel"), Is.EqualTo("open311.riverain@example.org"));
        Assert.That(At("declarant.nom"), Is.EqualTo("Vasseur"));
        Assert.That(At("declarant.telephone"), Is.EqualTo("02 38 12 34 56"));
    }

    [Test]
    public async Task A_report_posted_for_json_is_answered_in_json_and_a_retry_without_an_idempotency_key_files_a_second_dossier()
    {
        var before = SharedHost.Host.CountDossiers();
        var first = await PostAsync("json", RoadIncident());
        var retry = await PostAsync("json", RoadIncident());

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK), first.Body);
        var ids = new[] { first.Body, retry.Body }.Select(b => JsonDocument.Parse(b).RootElement[0].GetProperty("service_request_id").GetString()).ToList();
        Assert.That(ids[0], Does.Match("^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$"));
        Assert.That(ids[1], Is.Not.EqualTo(ids[0]), "without the Idempotency-Key header (GeoReport v2 has none), a retry is a new report");
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 2));
    }

    [Test]
    public async Task A_position_alone_is_enough_and_becomes_the_place_of_the_report()
    {
        var number = await FileAsync(RoadIncident().With("address_string", null));

        var (_, xml, _) = await GetAsync($"/requests/{number}.xml" + Jurisdiction);
        Assert.That(SingleRequest(xml).Element("address")!.Value, Is.EqualTo("Position GPS 47.9029, 1.9052"));
    }

    [Test]
    public async Task A_request_read_by_id_shows_its_step_and_place_but_never_who_filed_it_and_closes_with_the_dossier()
    {
        var number = await FileAsync();

        var (status, xml, _) = await GetAsync($"/requests/{number}.xml" + Jurisdiction);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), xml);
        var request = SingleRequest(xml);
        Assert.That(request.Element("service_request_id")!.Value, Is.EqualTo(number));
        Assert.That(request.Element("status")!.Value, Is.EqualTo("open"));
        Assert.That(request.Element("status_notes")!.Value, Is.EqualTo("Signalement reçu"));
        Assert.That(request.Element("service_code")!.Value, Is.EqualTo(Requests.RoadIncident));
        Assert.That(request.Element("agency_responsible")!.Value, Is.EqualTo("Orléans"));
        Assert.That(request.Element("description")!.Value, Is.EqualTo("Nid-de-poule profond devant le numéro 5."));
        Assert.That(request.Element("address")!.Value, Is.EqualTo("5 place du Martroi"));
        Assert.That(request.Element("lat")!.Value, Is.EqualTo("47.9029"));
        Assert.That(request.Element("long")!.Value, Is.EqualTo("1.9052"));
        Assert.That(request.Element("requested_datetime")!.Value, Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
        foreach (var personal in new[] { "open311.riverain", "Apolline", "Vasseur", "38 12 34" })
            Assert.That(xml, Does.Not.Contain(personal));

        var token = await BackOffice.BackOfficeCalls.TokenOfAsync(BackOffice.BackOfficeCalls.Voirie);
        await BackOffice.BackOfficeCalls.SucceedAsync("Close", BackOffice.BackOfficeCalls.Session(token), BackOffice.BackOfficeCalls.Number(number));

        var (_, json, _) = await GetAsync($"/requests/{number}.json" + Jurisdiction);
        var closed = JsonDocument.Parse(json).RootElement[0];
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));
        Assert.That(closed.GetProperty("status_notes").GetString(), Is.EqualTo("Clôture"));
        Assert.That(closed.GetProperty("lat").GetDecimal(), Is.EqualTo(47.9029m));
        Assert.That(string.CompareOrdinal(closed.GetProperty("updated_datetime").GetString(), closed.GetProperty("requested_datetime").GetString()),
            Is.GreaterThanOrEqualTo(0));
        foreach (var personal in new[] { "open311.riverain", "Apolline", "Vasseur", "38 12 34" })
            Assert.That(json, Does.Not.Contain(personal));
    }

    [Test]
    public async Task Requests_are_listed_by_ids_by_service_by_status_and_by_dates()
    {
        var open = await FileAsync();
        var closing = await FileAsync();
        var token = await BackOffice.BackOfficeCalls.TokenOfAsync(BackOffice.BackOfficeCalls.Voirie);
        await BackOffice.BackOfficeCalls.SucceedAsync("Close", BackOffice.BackOfficeCalls.Session(token), BackOffice.BackOfficeCalls.Number(closing));
        static async Task<IReadOnlyList<string>> Ids(string query)
        {
            var (status, xml, _) = await GetAsync("/requests.xml" + Jurisdiction + query);
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK), xml);
            return XDocument.Parse(xml).Root!.Elements("request").Select(r => r.Element("service_request_id")!.Value).ToList();
        }

        Assert.That(await Ids($"&service_request_id={open},{closing}"), Is.EquivalentTo(new[] { open, closing }));
        Assert.That(await Ids(""), Does.Contain(open).And.Contain(closing));
        Assert.That(await Ids("&status=open"), Does.Contain(open).And.Not.Contain(closing));
        Assert.That(await Ids("&status=closed"), Does.Contain(closing).And.Not.Contain(open));
        Assert.That(await Ids($"&service_code={Graffiti}"), Does.Not.Contain(open).And.Not.Contain(closing));
        Assert.That(await Ids($"&service_code={Requests.RoadIncident}&start_date={DateTime.UtcNow.AddHours(-1):yyyy-MM-ddTHH:mm:ssZ}"),
            Does.Contain(open).And.Contain(closing));
        Assert.That(await Ids($"&end_date={DateTime.UtcNow.AddDays(-1):yyyy-MM-ddTHH:mm:ssZ}"), Does.Not.Contain(open).And.Not.Contain(closing));
    }

    [Test]
    public async Task A_dossier_filed_through_another_channel_is_not_published_and_looks_like_an_unknown_number()
    {
        var (soapNumber, _) = await Requests.SubmitAsync(Requests.RoadIncident, Requests.RoadIncidentRequest());

        var (status, body, _) = await GetAsync($"/requests/{soapNumber}.xml" + Jurisdiction);
        var (unknownStatus, unknownBody, _) = await GetAsync("/requests/ZZZ-ZZZ-ZZZ.xml" + Jurisdiction);

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknownStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(body, Is.EqualTo(unknownBody));
        var (_, listed, _) = await GetAsync("/requests.xml" + Jurisdiction);
        Assert.That(listed, Does.Not.Contain(soapNumber));
    }

    private static IEnumerable<TestCaseData> RefusedReports() =>
    [
        new TestCaseData(RoadIncident().With("service_code", "etat-civil.acte-naissance"), "service_code : ").SetName("A_procedure_without_a_position_is_no_service"),
        new TestCaseData(RoadIncident().With("service_code", "vie-quotidienne.inconnu"), "service_code : ").SetName("An_unknown_service_is_refused"),
        new TestCaseData(RoadIncident().With("service_code", null), "service_code : ").SetName("A_report_without_service_code_is_refused"),
        new TestCaseData(RoadIncident().With("attribute[categorie]", null), "attribute[categorie] : Le champ « Nature du problème » (categorie) est obligatoire.").SetName("A_missing_required_attribute_is_named"),
        new TestCaseData(RoadIncident().With("attribute[niveauGene]", "ENORME"), "attribute[niveauGene] : Le champ « Gêne occasionnée »").SetName("A_value_outside_the_list_is_named"),
        new TestCaseData(RoadIncident().With("attribute[inconnu]", "1"), "attribute[inconnu] : ").SetName("An_unknown_attribute_is_named"),
        new TestCaseData(RoadIncident().With("lat", "95"), "lat : Le champ « Latitude » (lieu.localisation.latitude)").SetName("A_latitude_beyond_90_is_named"),
        new TestCaseData(RoadIncident().With("long", "est"), "long : Le champ « Longitude » (lieu.localisation.longitude)").SetName("A_longitude_that_is_no_number_is_named"),
        new TestCaseData(RoadIncident().With("long", null), "long : ").SetName("A_latitude_without_longitude_is_refused"),
        new TestCaseData(RoadIncident().With("lat", null).With("long", null).With("address_string", null), "address_string : ").SetName("A_report_without_any_place_is_refused"),
        new TestCaseData(RoadIncident().With("email", "pas-une-adresse"), "email : Le champ « Adresse électronique » (declarant.courriel)").SetName("A_malformed_email_is_named"),
        new TestCaseData(RoadIncident().With("description", new string('x', 4001)), "description : ").SetName("A_description_over_4000_characters_is_named"),
    ];

    [TestCaseSource(nameof(RefusedReports))]
    public async Task A_refused_report_answers_400_with_an_error_naming_the_parameter_and_stores_nothing(Dictionary<string, string> fields, string expected)
    {
        var before = SharedHost.Host.CountDossiers();
        foreach (var format in new[] { "xml", "json" })
        {
            var (status, body) = await PostAsync(format, fields);
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
            Assert.That(ErrorDescriptions(body), Has.Some.StartsWith(expected), body);
        }
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task An_unknown_jurisdiction_answers_404_and_a_missing_one_400_in_every_resource()
    {
        foreach (var path in new[] { "/services.xml", $"/services/{Requests.RoadIncident}.json", "/requests.xml", "/requests/ABC-DEF-GHJ.json", "/tokens/ABC-DEF-GHJ.xml" })
        {
            var (status, body, _) = await GetAsync(path + "?jurisdiction_id=75056");
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound), path);
            Assert.That(ErrorDescriptions(body).Single(), Does.StartWith("jurisdiction_id : La collectivité « 75056 »"), path);
            var (missing, missingBody, _) = await GetAsync(path);
            Assert.That(missing, Is.EqualTo(HttpStatusCode.BadRequest), path);
            Assert.That(ErrorDescriptions(missingBody).Single(), Does.StartWith("jurisdiction_id : "), path);
        }
        var before = SharedHost.Host.CountDossiers();
        var (posted, postedBody) = await PostAsync("xml", RoadIncident().With("jurisdiction_id", "75056"));
        Assert.That(posted, Is.EqualTo(HttpStatusCode.NotFound), postedBody);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task An_unknown_service_definition_answers_404_and_an_unknown_format_the_xml_error()
    {
        var (status, body, _) = await GetAsync("/services/vie-quotidienne.inconnu.xml" + Jurisdiction);
        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(XDocument.Parse(body).Root!.Element("error")!.Element("code")!.Value, Is.EqualTo("404"));

        var (csv, csvBody, type) = await GetAsync("/services.csv" + Jurisdiction);
        Assert.That(csv, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(type, Is.EqualTo("text/xml"));
        Assert.That(XDocument.Parse(csvBody).Root!.Name.LocalName, Is.EqualTo("errors"));
    }

    [Test]
    public async Task Refused_requests_queries_name_the_bad_parameter()
    {
        var (status, body, _) = await GetAsync("/requests.json" + Jurisdiction + "&status=fini&start_date=hier");
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorDescriptions(body), Has.Some.StartsWith("status : ").And.Some.StartsWith("start_date : "));
    }

    [Test]
    public async Task A_token_is_the_request_s_own_number()
    {
        var number = await FileAsync();
        var (status, xml, _) = await GetAsync($"/tokens/{number}.xml" + Jurisdiction);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), xml);
        Assert.That(SingleRequest(xml).Element("service_request_id")!.Value, Is.EqualTo(number));
    }
}
