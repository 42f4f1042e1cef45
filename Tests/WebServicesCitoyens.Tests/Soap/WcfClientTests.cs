using System.ServiceModel;
using System.Xml;
using System.Xml.Linq;
using WebServicesCitoyens.Contracts;

namespace WebServicesCitoyens.Tests.Soap;

/// <summary>The .NET WCF client (System.ServiceModel.Http) against the real host, for both procedures.</summary>
public sealed class WcfClientTests
{
    private static IProcedureService Client(string procedure) =>
        new ChannelFactory<IProcedureService>(new BasicHttpBinding { MaxReceivedMessageSize = 1 << 20 },
            new EndpointAddress(SharedHost.Host.ServiceUrl(procedure))).CreateChannel();

    private static ProcedureRequest Typed(XElement request) =>
        new() { Fields = request.Elements().Select(e => ToXmlElement(e)).ToArray() };

    private static XmlElement ToXmlElement(XElement element)
    {
        var document = new XmlDocument();
        document.LoadXml(element.ToString());
        return document.DocumentElement!;
    }

    [TestCase(Requests.BirthCertificate, "Demande d'acte de naissance", "Demande initiale")]
    [TestCase(Requests.RoadIncident, "Signalement d'un incident sur la voie publique", "Signalement reçu")]
    public async Task GetForm_returns_the_definition_fields_and_the_citizen_steps(string procedure, string title, string firstStep)
    {
        var form = await Client(procedure).GetFormAsync(Requests.Commune);

        Assert.That(form.Procedure.Code, Is.EqualTo(procedure));
        Assert.That(form.Procedure.Title, Is.EqualTo(title));
        Assert.That(form.Commune.Name, Is.EqualTo("Orléans"));
        Assert.That(form.Commune.PrimaryColor, Does.Match("^#[0-9a-f]{6}$"));
        Assert.That(form.Steps[0].Label, Is.EqualTo(firstStep));
        Assert.That(form.Steps.All(s => !s.Done), Is.True);
        Assert.That(form.Fields.Any(f => f.Required), Is.True);
    }

    [Test]
    public async Task GetForm_describes_groups_enumerations_and_postal_address_parts()
    {
        var form = await Client(Requests.BirthCertificate).GetFormAsync(Requests.Commune);

        var typeDocument = form.Fields.Single(f => f.Name == "typeDocument");
        Assert.That(typeDocument.Type, Is.EqualTo("enum"));
        Assert.That(typeDocument.Options!.Select(o => o.Value), Does.Contain("EXTRAIT_PLURILINGUE"));
        var copies = form.Fields.Single(f => f.Name == "nombreExemplaires");
        Assert.That((copies.Type, copies.Min, copies.Max), Is.EqualTo(("integer", "1", "10")));
        var address = form.Fields.Single(f => f.Name == "demandeur").Fields!.Single(f => f.Name == "adresse");
        Assert.That(address.Fields!.Select(f => f.Path), Does.Contain("demandeur.adresse.codePostal"));
    }

    [TestCase(Requests.BirthCertificate)]
    [TestCase(Requests.RoadIncident)]
    public async Task Submit_stores_the_dossier_and_GetStatus_reads_its_steps_back(string procedure)
    {
        var client = Client(procedure);
        var request = procedure == Requests.BirthCertificate ? Requests.BirthCertificateRequest() : Requests.RoadIncidentRequest();
        var before = SharedHost.Host.CountDossiers();

        var receipt = await client.SubmitAsync(Requests.Commune, Requests.NewId("wcf"), Typed(request));

        Assert.That(receipt.DossierNumber, Does.Match("^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$"));
        Assert.That(receipt.TrackingCode.Replace("-", ""), Has.Length.EqualTo(32));
        Assert.That(receipt.TrackingUrl, Does.Contain(receipt.DossierNumber));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1));

        var status = await client.GetStatusAsync(receipt.DossierNumber, receipt.TrackingCode);
        Assert.That(status.DossierNumber, Is.EqualTo(receipt.DossierNumber));
        Assert.That(status.Closed, Is.False);
        Assert.That(status.Steps[0].Done, Is.True);
        Assert.That(status.Steps[0].DoneAtSpecified, Is.True);
        Assert.That(status.Steps[0].DoneAt, Is.EqualTo(receipt.SubmittedAt).Within(TimeSpan.FromSeconds(1)));
        Assert.That(status.Steps.Skip(1).All(s => !s.Done && !s.DoneAtSpecified), Is.True);
    }

    [Test]
    public async Task Submit_retried_with_the_same_client_request_id_returns_the_first_receipt_and_stores_nothing()
    {
        var client = Client(Requests.BirthCertificate);
        var id = Requests.NewId("retry");
        var first = await client.SubmitAsync(Requests.Commune, id, Typed(Requests.BirthCertificateRequest()));
        var count = SharedHost.Host.CountDossiers();

        var second = await client.SubmitAsync(Requests.Commune, id, Typed(Requests.BirthCertificateRequest()));

        Assert.That((second.DossierNumber, second.TrackingCode), Is.EqualTo((first.DossierNumber, first.TrackingCode)));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(count));
    }

    [Test]
    public async Task Submit_reusing_a_client_request_id_for_another_request_faults_and_stores_nothing()
    {
        var client = Client(Requests.BirthCertificate);
        var id = Requests.NewId("reuse");
        await client.SubmitAsync(Requests.Commune, id, Typed(Requests.BirthCertificateRequest(copies: "1")));
        var count = SharedHost.Host.CountDossiers();

        var fault = await Assert.ThrowsAsync<FaultException>(() => client.SubmitAsync(Requests.Commune, id, Typed(Requests.BirthCertificateRequest(copies: "2"))));

        Assert.That(fault!.Message, Does.Contain("ClientRequestId").And.Contain("a déjà servi"));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(count));
    }

    [Test]
    public async Task Submit_with_out_of_range_copies_faults_in_french_naming_the_field_and_stores_nothing()
    {
        var count = SharedHost.Host.CountDossiers();
        var fault = await Assert.ThrowsAsync<FaultException>(() =>
            Client(Requests.BirthCertificate).SubmitAsync(Requests.Commune, Requests.NewId("bad"), Typed(Requests.BirthCertificateRequest(copies: "11"))));

        Assert.That(fault!.Message, Is.EqualTo("Le champ « Nombre d'exemplaires » (nombreExemplaires) doit être compris entre 1 et 10."));
        Assert.That(fault.Code.Name, Is.EqualTo("Client"));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(count));
    }

    [Test]
    public async Task Submit_of_a_full_copy_without_parents_faults_for_each_missing_conditional_field()
    {
        var request = Requests.BirthCertificateRequest();
        request.Elements().Where(e => e.Name.LocalName is "pere" or "mere").Remove();

        var fault = await Assert.ThrowsAsync<FaultException>(() =>
            Client(Requests.BirthCertificate).SubmitAsync(Requests.Commune, Requests.NewId("parents"), Typed(request)));

        Assert.That(fault!.Message, Does.Contain("(pere.nom) est obligatoire").And.Contain("(mere.prenoms) est obligatoire"));
    }

    [Test]
    public async Task Submit_for_a_birth_in_a_commune_that_does_not_use_the_platform_faults_on_the_birth_commune()
    {
        var request = Requests.BirthCertificateRequest();
        request.Descendants().Single(e => e.Name.LocalName == "communeNaissance").Value = "75056";

        var fault = await Assert.ThrowsAsync<FaultException>(() =>
            Client(Requests.BirthCertificate).SubmitAsync(Requests.Commune, Requests.NewId("elsewhere"), Typed(request)));

        Assert.That(fault!.Message, Does.Contain("(titulaire.communeNaissance)").And.Contain("75056").And.Contain("registre"));
    }

    [Test]
    public async Task Submit_to_a_commune_that_does_not_use_the_platform_faults_and_stores_nothing()
    {
        var count = SharedHost.Host.CountDossiers();
        var fault = await Assert.ThrowsAsync<FaultException>(() =>
            Client(Requests.RoadIncident).SubmitAsync("69123", Requests.NewId("nowhere"), Typed(Requests.RoadIncidentRequest())));

        Assert.That(fault!.Message, Does.Contain("(CommuneCode)").And.Contain("69123"));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(count));
    }

    [Test]
    public async Task GetStatus_with_a_wrong_tracking_code_answers_exactly_like_an_unknown_dossier()
    {
        var client = Client(Requests.RoadIncident);
        var receipt = await client.SubmitAsync(Requests.Commune, Requests.NewId("guess"), Typed(Requests.RoadIncidentRequest()));

        var wrongCode = await Assert.ThrowsAsync<FaultException>(() => client.GetStatusAsync(receipt.DossierNumber, "aaaa-bbbb-cccc-dddd-eeee-ffff-gggg-hhhh"));
        var unknown = await Assert.ThrowsAsync<FaultException>(() => client.GetStatusAsync("AAA-AAA-AAA", receipt.TrackingCode));
        var otherProcedure = await Assert.ThrowsAsync<FaultException>(() => Client(Requests.BirthCertificate).GetStatusAsync(receipt.DossierNumber, receipt.TrackingCode));

        Assert.That(wrongCode!.Message, Is.EqualTo(unknown!.Message));
        Assert.That(otherProcedure!.Message, Is.EqualTo(unknown.Message));
        Assert.That(unknown.Message, Does.StartWith("Aucun dossier ne correspond"));
    }
}
