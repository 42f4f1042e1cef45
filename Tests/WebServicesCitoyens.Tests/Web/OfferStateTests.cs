using System.Net;

namespace WebServicesCitoyens.Tests.Web;

/// <summary>A procedure a commune has in Test is not open to the public: neither its form nor its service.</summary>
public sealed class OfferStateTests
{
    [Test]
    public async Task A_procedure_in_test_has_no_public_form_and_its_service_refuses_dossiers()
    {
        using var host = HostProcess.Start();
        Assert.That(host.Execute($"UPDATE commune_procedures SET state = 'Test' WHERE procedure_code = '{Requests.RoadIncident}'"), Is.EqualTo(1));
        var before = host.CountDossiers();

        using var page = await Infrastructure.Soap.Http.GetAsync($"{host.BaseUrl}/communes/{Requests.Commune}/{Requests.RoadIncident}");
        var (status, body, _) = await Infrastructure.Soap.PostAsync(host.ServiceUrl(Requests.RoadIncident),
            Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("test-mode"), Requests.RoadIncidentRequest())), "Submit");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), Does.Contain("ne propose pas la démarche"));
        Assert.That(status, Is.EqualTo(500));
        Assert.That(Infrastructure.Soap.FaultFields(body), Does.Contain("CommuneCode"));
        Assert.That(host.CountDossiers(), Is.EqualTo(before));
    }
}
