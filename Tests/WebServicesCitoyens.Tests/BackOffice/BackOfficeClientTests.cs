using System.ServiceModel;
using System.Text.Json;
using System.Xml;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// Clients of the published contract against the real host: the .NET WCF client (System.ServiceModel.Http)
/// on IBackOfficeService, and PHP's SoapClient reading only the WSDL; the served WSDL is the committed one.
/// </summary>
public sealed class BackOfficeClientTests
{
    private static IBackOfficeService Client() =>
        new ChannelFactory<IBackOfficeService>(new BasicHttpBinding { MaxReceivedMessageSize = 1 << 22 }, new EndpointAddress(Url)).CreateChannel();

    private static XmlElement ToXmlElement(System.Xml.Linq.XElement element)
    {
        var document = new XmlDocument();
        document.LoadXml(element.ToString());
        return document.DocumentElement!;
    }

    [Test]
    public async Task A_WCF_client_logs_in_files_a_phone_request_finds_it_in_the_queue_and_processes_it()
    {
        var client = Client();
        var session = await client.LoginAsync(EtatCivil, Password);
        var token = session.SessionToken;
        Assert.That((session.Agent.Name, session.Agent.Profiles.Single().Code), Is.EqualTo(("Claire Martin (état civil)", "etat-civil")));

        var receipt = await client.FileOnBehalfAsync(token, Requests.BirthCertificate, FilingChannel.Phone,
            new OnBehalfRequest { Fields = Requests.BirthCertificateRequest().Elements().Select(ToXmlElement).ToArray() });
        var queue = await client.ListDossiersAsync(token, new DossierFilter
        {
            ProcedureCode = Requests.BirthCertificate,
            Sort = QueueOrder.Submitted, SortSpecified = true, Descending = true,
            PageSize = 10, PageSizeSpecified = true,
        });
        var entry = queue.Entries.Single(e => e.DossierNumber == receipt.DossierNumber);
        Assert.That((entry.Channel, entry.State, entry.StepCode), Is.EqualTo(("Phone", DossierState.Open, "ENREGISTREE")));
        Assert.That(queue.Total, Is.GreaterThanOrEqualTo(queue.Entries.Length));

        var view = await client.GetDossierAsync(token, receipt.DossierNumber);
        Assert.That(view.Request.Content.Single().LocalName, Is.EqualTo("DemandeActeNaissance"));
        Assert.That(view.Actions.Select(a => a.Code), Is.EqualTo(new[] { "PRENDRE_EN_CHARGE" }));
        view = await client.PerformActionAsync(token, receipt.DossierNumber, "PRENDRE_EN_CHARGE", "ENREGISTREE");
        Assert.That(view.StepCode, Is.EqualTo("PRISE_EN_CHARGE"));
        var bulk = await client.AssignAsync(token, new DossierSelection { Numbers = [receipt.DossierNumber] }, session.Agent.Id);
        Assert.That(bulk.Outcomes.Single().Done, Is.True);
        Assert.That((await client.ListDossiersAsync(token, null)).PageSize, Is.EqualTo(25));

        var fault = await Assert.ThrowsAsync<FaultException>(() => client.GetDossierAsync(token, UnknownNumber()));
        Assert.That(fault!.Message, Is.EqualTo(BackOfficeTexts.DossierNotFound));
        await client.LogoutAsync(token);
        await Assert.ThrowsAsync<FaultException>(() => client.ListAgentsAsync(token));
    }

    [Test]
    public async Task PHP_SoapClient_loads_the_wsdl_logs_in_lists_opens_and_gets_a_fault_naming_the_field()
    {
        var number = await BackOfficeWorld.NewDossierAsync();

        var output = Tool.Succeed("php", Repository.PathOf("Tests", "Interop", "php_back_office.php"), SharedHost.Host.BaseUrl, EtatCivil, Password);

        var result = JsonDocument.Parse(output).RootElement;
        Assert.That(result.GetProperty("agent").GetString(), Is.EqualTo("Claire Martin (état civil)"));
        Assert.That(result.GetProperty("operations").GetInt32(), Is.EqualTo(Schemas.BackOfficeContract.Service.Operations.Count));
        Assert.That(result.GetProperty("entries").GetInt32(), Is.InRange(1, 5));
        Assert.That((result.GetProperty("first").GetString(), result.GetProperty("opened").GetString()), Is.EqualTo((number, number)));
        Assert.That(result.GetProperty("fault").GetProperty("field").GetString(), Is.EqualTo("DossierNumber"));
    }

    [Test]
    public async Task The_served_wsdl_and_xsd_are_the_committed_files_with_the_real_address()
    {
        var wsdl = await Infrastructure.Soap.Http.GetStringAsync(Url + "?wsdl");
        var xsd = await Infrastructure.Soap.Http.GetStringAsync(Url + "?xsd");

        Assert.That(wsdl, Is.EqualTo(File.ReadAllText(Repository.PathOf("Wsdl", "BackOffice.wsdl"))
            .Replace("http://localhost:5080" + Schemas.BackOfficeContract.EndpointPath, Url)));
        Assert.That(xsd, Is.EqualTo(File.ReadAllText(Repository.PathOf("Wsdl", "BackOffice.xsd"))));
    }
}
