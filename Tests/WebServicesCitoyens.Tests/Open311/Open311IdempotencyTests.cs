using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using static WebServicesCitoyens.Tests.Open311.Open311Calls;

namespace WebServicesCitoyens.Tests.Open311;

/// <summary>
/// The optional Idempotency-Key header of an Open311 POST (GeoReport v2 has no idempotency key): a client's
/// retry with the same key and report gets the first service_request_id and files nothing; the same key with
/// another report gets a 409 in the standard's error format naming the key; a key that cannot be one, a 400.
/// The key is the dossier's ClientRequestId, the store's idempotency of SOAP Submit.
/// </summary>
public sealed class Open311IdempotencyTests
{
    private static string NewKey() => Guid.NewGuid().ToString();

    private static string IdOf(string xml) => XDocument.Parse(xml).Root!.Element("request")!.Element("service_request_id")!.Value;

    [Test]
    public async Task A_retry_with_the_same_key_and_report_answers_the_same_service_request_id_and_files_nothing_more_in_xml_and_json()
    {
        var key = NewKey();
        var report = RoadIncident("Plaque d'égout soulevée, signalée deux fois.");
        var before = SharedHost.Host.CountDossiers();

        var first = await PostAsync("xml", report, key);
        var retry = await PostAsync("xml", report, key);
        var asJson = await PostAsync("json", report, key);

        Assert.That((first.Status, retry.Status, asJson.Status), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)), first.Body + retry.Body + asJson.Body);
        var number = IdOf(first.Body);
        Assert.That(IdOf(retry.Body), Is.EqualTo(number));
        Assert.That(JsonDocument.Parse(asJson.Body).RootElement[0].GetProperty("service_request_id").GetString(), Is.EqualTo(number));
        Assert.That(retry.Body, Is.EqualTo(first.Body), "the same answer, service_notice included");
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1));
        Assert.That(SharedHost.Host.Text("SELECT client_request_id FROM dossiers WHERE number = @n", ("@n", number)), Is.EqualTo("open311:" + key));
    }

    [Test]
    public async Task The_same_key_with_another_report_is_refused_409_in_the_open311_error_format_naming_the_key_and_files_nothing()
    {
        var key = NewKey();
        var number = IdOf((await PostAsync("xml", RoadIncident("Feu tricolore en panne."), key)).Body);
        var before = SharedHost.Host.CountDossiers();

        var xml = await PostAsync("xml", RoadIncident("Feu tricolore en panne depuis hier."), key);
        var json = await PostAsync("json", RoadIncident("Feu tricolore en panne depuis hier."), key);

        Assert.That((xml.Status, json.Status), Is.EqualTo(((HttpStatusCode)409, (HttpStatusCode)409)));
        var error = XDocument.Parse(xml.Body).Root!;
        Assert.That(error.Name.LocalName, Is.EqualTo("errors"));
        Assert.That(error.Element("error")!.Element("code")!.Value, Is.EqualTo("409"));
        Assert.That(ErrorDescriptions(xml.Body).Single(), Does.StartWith($"Idempotency-Key : La clé « {key} » a déjà servi pour un autre signalement"));
        Assert.That(ErrorDescriptions(json.Body), Is.EqualTo(ErrorDescriptions(xml.Body)));
        Assert.That(JsonDocument.Parse(json.Body).RootElement[0].GetProperty("code").GetInt32(), Is.EqualTo(409));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
        Assert.That(SharedHost.Host.Text("SELECT request_xml FROM dossiers WHERE number = @n", ("@n", number)), Does.Contain("Feu tricolore en panne.<"));
    }

    [TestCase("", TestName = "An empty idempotency key is refused 400 naming the header and files nothing")]
    [TestCase("cle avec espaces", TestName = "An idempotency key with another character is refused 400 naming the header and files nothing")]
    [TestCase("a,b", TestName = "Two idempotency keys are refused 400 naming the header and files nothing")]
    [TestCase("k123456789012345678901234567890123456789012345678901234567", TestName = "An idempotency key over 56 characters is refused 400 naming the header and files nothing")]
    public async Task A_key_that_cannot_be_one(string key)
    {
        var before = SharedHost.Host.CountDossiers();

        var (status, body) = await PostAsync("xml", RoadIncident(), key);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(ErrorDescriptions(body).Single(), Does.StartWith("Idempotency-Key : L'en-tête Idempotency-Key contient de 1 à 56 caractères"));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }
}
