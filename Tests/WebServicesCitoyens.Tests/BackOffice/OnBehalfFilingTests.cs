using System.Net;
using System.Xml.Linq;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// FileOnBehalf: an agent enters the request of a citizen at the counter or on the phone. The dossier is
/// the same as a citizen's (receipt mail, tracking page), recorded with its channel and the agent; the
/// request is checked against the procedure's XSD and rules; only procedures of the agent's remit that
/// their commune offers, and only for their own commune.
/// </summary>
public sealed class OnBehalfFilingTests
{
    /// <summary>The Request parameter: the procedure's fields, in the procedure namespace, as Submit carries them.</summary>
    private static XElement RequestOf(XElement procedureRequest) => E("Request", procedureRequest.Elements());

    private static Task<Answer> FileAsync(string token, string procedure, string channel, XElement procedureRequest) =>
        CallAsync("FileOnBehalf", Session(token), E("ProcedureCode", procedure), E("Channel", channel), RequestOf(procedureRequest));

    [Test]
    public async Task A_request_entered_at_the_counter_is_a_dossier_of_channel_Counter_in_the_queue_with_the_agent_in_its_history()
    {
        var token = await TokenOfAsync(EtatCivil);
        var email = $"guichet.{Guid.NewGuid().ToString("N")[..10]}@example.org";

        var receipt = (await FileAsync(token, Requests.BirthCertificate, "Counter", BackOfficeWorld.BirthCertificateRequestFor(email))).Result!;

        var number = receipt.Value("DossierNumber");
        Assert.That(receipt.Value("CommuneCode"), Is.EqualTo(Requests.Commune));
        Assert.That(receipt.Value("TrackingUrl"), Is.EqualTo($"{SharedHost.Host.BaseUrl}/suivi?dossier={number}&code={receipt.Value("TrackingCode")}"));
        Assert.That(SharedHost.Host.Text("SELECT channel FROM dossiers WHERE number = @n", ("@n", number)), Is.EqualTo("Counter"));
        var queue = await QueueAsync(token, E("ProcedureCode", Requests.BirthCertificate), E("Sort", "Submitted"), E("Descending", "true"), E("PageSize", "20"));
        var entry = queue.Elements(B + "Entry").Single(e => e.Value("DossierNumber") == number);
        Assert.That((entry.Value("Channel"), entry.Value("StepCode"), entry.Value("Applicant")), Is.EqualTo(("Counter", "ENREGISTREE", "Anne Lefèvre")));
        var first = (await DossierAsync(token, number)).Items("History").First();
        Assert.That((first.Value("Kind"), first.Value("Actor"), first.Value("Detail")),
            Is.EqualTo(("Submitted", "Claire Martin (état civil)", "Dépôt de la demande (Counter)")));
        // What the agent hands the citizen works: the tracking page, and the receipt mailed to the request's address.
        var tracking = WebUtility.HtmlDecode(await Infrastructure.Soap.Http.GetStringAsync(receipt.Value("TrackingUrl")));
        Assert.That(tracking, Does.Contain(number).And.Contain("Demande initiale"));
        Assert.That(SharedHost.Host.Text("SELECT body_text FROM outbox WHERE recipient = @r AND kind = @k", ("@r", email), ("@k", DossierNotifications.SubmittedKind)),
            Does.Contain(number));
    }

    [Test]
    public async Task A_road_incident_phoned_in_is_filed_by_the_administrator_with_channel_Phone()
    {
        var receipt = (await FileAsync(await TokenOfAsync(Admin), Requests.RoadIncident, "Phone", Requests.RoadIncidentRequest())).Result!;

        var view = await DossierAsync(await TokenOfAsync(Voirie), receipt.Value("DossierNumber"));
        Assert.That((view.Value("Channel"), view.Value("ProcedureCode")), Is.EqualTo(("Phone", Requests.RoadIncident)));
        Assert.That(view.Items("History").First().Value("Actor"), Is.EqualTo("Sophie Lambert (administratrice)"));
    }

    [Test]
    public async Task An_invalid_request_is_refused_naming_the_field_as_Submit_would_and_nothing_is_stored()
    {
        var token = await TokenOfAsync(EtatCivil);
        var request = Requests.BirthCertificateRequest();
        Definitions.At(request, "nombreExemplaires").Value = "12";
        Definitions.At(request, "titulaire.nomNaissance").Remove();
        var before = SharedHost.Host.CountDossiers();

        var refused = await FileAsync(token, Requests.BirthCertificate, "Counter", request);
        var future = Requests.BirthCertificateRequest();
        Definitions.At(future, "titulaire.dateNaissance").Value = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd");
        var rule = await FileAsync(token, Requests.BirthCertificate, "Phone", future);
        var unqualified = await CallAsync("FileOnBehalf", Session(token), E("ProcedureCode", Requests.BirthCertificate), E("Channel", "Counter"),
            E("Request", new XElement("typeDocument", "COPIE_INTEGRALE")));

        Assert.That(refused.FaultFields, Is.EquivalentTo(new[] { "nombreExemplaires", "titulaire.nomNaissance" }), refused.Fault);
        Assert.That(rule.FaultFields, Is.EqualTo(new[] { "titulaire.dateNaissance" }), rule.Fault);
        Assert.That(unqualified.Succeeded, Is.False);
        Assert.That(unqualified.FaultFields, Is.EqualTo(new[] { "typeDocument" }), unqualified.Fault);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_birth_certificate_whose_register_another_commune_holds_is_refused_even_when_that_commune_is_on_the_platform()
    {
        await BackOfficeWorld.EnsureOtherCommuneAsync();
        var request = Requests.BirthCertificateRequest();
        Definitions.At(request, "titulaire.communeNaissance").Value = BackOfficeWorld.OtherCommune;
        var before = SharedHost.Host.CountDossiers();

        var refused = await FileAsync(await TokenOfAsync(EtatCivil), Requests.BirthCertificate, "Counter", request);

        Assert.That(refused.FaultFields, Is.EqualTo(new[] { "titulaire.communeNaissance" }));
        Assert.That(refused.Fault, Does.Contain("Angers"));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_procedure_outside_the_remit_answers_like_an_unknown_code_and_one_the_commune_does_not_offer_is_refused()
    {
        await BackOfficeWorld.EnsureOtherCommuneAsync();
        var voirie = await TokenOfAsync(Voirie);
        var before = SharedHost.Host.CountDossiers();

        var outOfRemit = await FileAsync(voirie, Requests.BirthCertificate, "Counter", Requests.BirthCertificateRequest());
        var unknown = await FileAsync(voirie, "etat-civil.acte-inconnu", "Counter", Requests.BirthCertificateRequest());
        // Angers offers only the birth certificate: its civil-status agent cannot enter a marriage file.
        var angers = await TokenOfAsync(BackOfficeWorld.OtherCommuneAgent, BackOfficeWorld.TestPassword);
        var notOffered = await FileAsync(angers, "etat-civil.dossier-mariage", "Counter", Definitions.Sample("etat-civil.dossier-mariage"));
        var operatorFiling = await FileAsync(await TokenOfAsync(Operator), Requests.RoadIncident, "Phone", Requests.RoadIncidentRequest());

        Assert.That((outOfRemit.FaultFields.Single(), outOfRemit.Fault), Is.EqualTo(("ProcedureCode", BackOfficeTexts.ProcedureNotInRemit)));
        Assert.That((unknown.FaultFields, unknown.Fault), Is.EqualTo((outOfRemit.FaultFields, outOfRemit.Fault)));
        Assert.That((operatorFiling.FaultFields, operatorFiling.Fault), Is.EqualTo((outOfRemit.FaultFields, outOfRemit.Fault)));
        Assert.That((notOffered.FaultFields.Single(), notOffered.Fault),
            Is.EqualTo(("ProcedureCode", BackOfficeTexts.ProcedureNotOfferedHere("Constitution du dossier de mariage"))));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }
}
