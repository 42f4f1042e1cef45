using System.Net.Http.Headers;
using System.Text;
using WebServicesCitoyens.Tests.Soap;

namespace WebServicesCitoyens.Tests.Web;

/// <summary>
/// The hostile-input list of the security reference, as it applies to the public POST endpoints that are
/// not SOAP and read a form: Open311's requests, a commune's form page, the rating of a dossier on /suivi,
/// the public report of the observatory, a hosted-forms commune's acknowledgement. Each gets a form over
/// its limits (values by the thousand, a huge field name, a huge value, announced or chunked) and an XML
/// body with an external entity; each is refused with a 4xx answer (a French page, or Open311's error
/// format), the host stays up and nothing is stored. The SOAP endpoints: Soap/HostileInputEveryEndpointTests.
/// </summary>
public sealed class HostileFormInputTests
{
    /// <summary>A public form endpoint (the field it expects first, so that the hostile form looks like its own).</summary>
    public sealed record Endpoint(string Name, string Path, string Field)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Endpoint> Endpoints() =>
    [
        new("open311", "/open311/v2/requests.xml", "service_code"),
        new("formulaire-commune", $"/communes/{Requests.Commune}/{Requests.RoadIncident}", "clientRequestId"),
        new("suivi-avis", WebServicesCitoyens.Rendering.RatingPage.TrackingAction, "dossier"),
        new("observatoire-signalement", "/observatoire/signalement", "nature"),
        new("mairie-accuse-reception", WebServicesCitoyens.HostedForms.DossierForwarding.AcknowledgePath, "dossier"),
        new("compte-connexion", "/compte/connexion", "email"),
        new("compte-inscription", "/compte/inscription", "email"),
        new("compte-mot-de-passe-oublie", "/compte/mot-de-passe-oublie", "email"),
        new("compte-confirmation", "/compte/confirmation", "jeton"),
        new("compte-nouvelle-adresse", "/compte/nouvelle-adresse", "jeton"),
        new("gestion-connexion", "/gestion/connexion", "email"),
    ];

    /// <summary>A hostile body: its name, its bytes and content type, and whether it is sent chunked (no length announced).</summary>
    public sealed record Hostile(string Name, Func<Endpoint, byte[]> Body, string ContentType = "application/x-www-form-urlencoded", bool Chunked = false)
    {
        public override string ToString() => Name;
    }

    private static byte[] Form(IEnumerable<string> pairs) => Encoding.ASCII.GetBytes(string.Join('&', pairs));

    public static IEnumerable<Hostile> Bodies() =>
    [
        new("5000 values", e => Form(Enumerable.Range(0, 5000).Select(i => $"{e.Field}{i}=x"))),
        new("a field name of 10000 characters", e => Form([$"{new string('n', 10_000)}=x", $"{e.Field}=x"])),
        new("a value of 5 MiB", e => Form([$"{e.Field}={new string('x', 5 * 1024 * 1024)}"])),
        new("a value of 5 MiB chunked", e => Form([$"{e.Field}={new string('x', 5 * 1024 * 1024)}"]), Chunked: true),
        new("xml with an external entity", _ => Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>"), "text/xml; charset=utf-8"),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        from endpoint in Endpoints()
        from body in Bodies()
        select new TestCaseData(endpoint, body).SetArgDisplayNames(endpoint.Name, body.Name);

    [TestCaseSource(nameof(Cases))]
    public async Task A_hostile_body_is_refused_with_a_4xx_answer_the_host_stays_up_and_nothing_is_stored(Endpoint endpoint, Hostile hostile)
    {
        var before = HostileInputEveryEndpointTests.Fingerprint();
        var content = new ByteArrayContent(hostile.Body(endpoint));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(hostile.ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, SharedHost.Host.BaseUrl + endpoint.Path) { Content = content };
        if (hostile.Chunked) request.Headers.TransferEncodingChunked = true;

        int status;
        string answer;
        try
        {
            using var response = await Infrastructure.Soap.Http.SendAsync(request);
            status = (int)response.StatusCode;
            answer = await response.Content.ReadAsStringAsync();
        }
        catch (HttpRequestException cut) when (hostile.Chunked)
        {
            // Over its limit while chunked, the host may answer 413 and close before the body is all sent.
            status = 413;
            answer = cut.Message;
        }

        Assert.That(status, Is.InRange(400, 499), answer);
        Assert.That(answer, Does.Not.Contain("root:"), "the entity was not read");
        Assert.That(SharedHost.Host.IsHealthy(), Is.True, "the host must stay up");
        Assert.That(HostileInputEveryEndpointTests.Fingerprint(), Is.EqualTo(before), "nothing may be stored");
    }
}
