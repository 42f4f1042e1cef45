using System.Net;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;
using static WebServicesCitoyens.Tests.Accounts.CommuneAtWork;
using T = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// A dossier the commune rejects, with the reason the citizen reads: archived (closed) on the
/// dashboard with the reason marked as such, and on the tracking page (GetStatus's RejectionReason,
/// « Motif du refus » on /suivi) for whoever holds the tracking code.
/// </summary>
public sealed class RejectionTests
{
    private static AccountCalls Calls => new(SharedHost.Host);

    private const string Reason = "Vous n'avez pas qualité pour demander une copie intégrale de cet acte :\ndemandez un extrait sans filiation.";

    private static readonly Lazy<XmlSchemaSet> BirthCertificateSchema = new(() =>
        SchemaValidator.LoadSchema(Repository.PathOf("Wsdl", "procedures", Requests.BirthCertificate + ".xsd"), ContractNamespaces.Procedure));

    [Test]
    public async Task A_rejected_dossier_is_archived_with_its_reason_on_the_dashboard_and_the_tracking_page()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, code) = await FollowedBirthCertificateAsync(Calls, session);
        var agent = await AgentAsync(CivilStatusAgent);
        await Processing.PerformAsync(agent, number, "PRENDRE_EN_CHARGE");
        var openStatus = await StatusAsync(Requests.BirthCertificate, number, code);

        await Processing.RejectAsync(agent, number, null, Reason);

        var dashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));
        var status = await StatusAsync(Requests.BirthCertificate, number, code);
        using var browser = Browser(session);
        var page = await PageAsync(browser, "/compte/tableau-de-bord");
        using var anonymous = new HttpClient();
        var tracking = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"{SharedHost.Host.BaseUrl}/suivi?dossier={number}&code={code}"));

        Assert.That(openStatus.Element(T.Tns + "RejectionReason"), Is.Null, "no reason before a rejection");
        Assert.That(openStatus.Element(T.Tns + "State")!.Value, Is.EqualTo("Open"));
        var archived = dashboard.Element(C + "ArchivedDossiers")!.Elements(C + "Dossier").Single(d => d.Element(C + "DossierNumber")!.Value == number);
        Assert.That(archived.Element(C + "State")!.Value, Is.EqualTo("Closed"));
        Assert.That(archived.Element(C + "CurrentStep")!.Value, Is.EqualTo("Demande refusée"));
        Assert.That(archived.Element(C + "Messages")!.Elements(C + "Message").Select(m => (m.Element(C + "Kind")!.Value, m.Element(C + "Text")!.Value)),
            Is.EqualTo(new[] { ("Rejection", Reason) }));
        Assert.That(status.Element(T.Tns + "State")!.Value, Is.EqualTo("Closed"));
        Assert.That(status.Element(T.Tns + "RejectionReason")!.Value, Is.EqualTo(Reason));
        Assert.That(SchemaErrors(status.Parent!), Is.Empty, "GetStatus valid against the procedure's published XSD");
        Assert.That(page, Does.Contain("Motif du refus").And.Contain("demandez un extrait sans filiation").And.Contain("Clos"));
        Assert.That(tracking, Does.Contain("Motif du refus").And.Contain("demandez un extrait sans filiation").And.Contain("Dossier clos"));
    }

    [Test]
    public async Task A_dossier_closed_normally_has_no_rejection_reason()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, code) = await FollowedRoadIncidentAsync(Calls, session);

        await Processing.CloseAsync(await AgentAsync(RoadsAgent), number);

        var status = await StatusAsync(Requests.RoadIncident, number, code);
        var dossier = DossierOf(await Calls.SucceedAsync("GetDashboard", ("SessionToken", session)), number);
        Assert.That(status.Element(T.Tns + "State")!.Value, Is.EqualTo("Closed"));
        Assert.That(status.Element(T.Tns + "RejectionReason"), Is.Null);
        Assert.That(dossier.Element(C + "State")!.Value, Is.EqualTo("Closed"));
        Assert.That(dossier.Element(C + "Messages")!.Elements(), Is.Empty);
    }

    private static IReadOnlyList<string> SchemaErrors(XElement element)
    {
        var errors = new List<string>();
        new XDocument(new XElement(element)).Validate(BirthCertificateSchema.Value, (_, e) => errors.Add(e.Message));
        return errors;
    }
}
