using System.Xml.Linq;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// The dashboard: a dossier filed without an account is attached by proving its tracking code and
/// then shows with its steps; nobody sees or takes another citizen's dossier, even by guessing.
/// </summary>
public sealed class CitizenDossierTests
{
    private static AccountCalls Calls => new(SharedHost.Host);

    public static async Task<(string Number, string Code)> SubmitRoadIncidentAsync()
    {
        var (status, body, _) = await S.PostAsync(SharedHost.Host.ServiceUrl(Requests.RoadIncident),
            S.Envelope(Requests.SubmitBody(Requests.NewId("account"), Requests.RoadIncidentRequest())), "Submit");
        Assert.That(status, Is.EqualTo(200), body);
        var receipt = XDocument.Parse(body).Descendants(S.Tns + "SubmitResult").Single();
        return (receipt.Element(S.Tns + "DossierNumber")!.Value, receipt.Element(S.Tns + "TrackingCode")!.Value);
    }

    [Test]
    public async Task A_dossier_attached_with_its_tracking_code_shows_on_the_dashboard_with_its_steps()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, code) = await SubmitRoadIncidentAsync();

        var attached = await Calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number.ToLowerInvariant()), ("TrackingCode", code));
        var dashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));

        Assert.That(attached.Element(C + "DossierNumber")!.Value, Is.EqualTo(number));
        var open = dashboard.Element(C + "OpenDossiers")!.Elements(C + "Dossier").Single();
        Assert.That(open.Element(C + "ProcedureTitle")!.Value, Is.EqualTo("Signalement d'un incident sur la voie publique"));
        Assert.That(open.Element(C + "ThemeLabel")!.Value, Is.EqualTo("Vie quotidienne"));
        Assert.That(open.Element(C + "CommuneName")!.Value, Is.EqualTo("Orléans"));
        var steps = open.Element(C + "Steps")!.Elements(C + "Step").ToList();
        Assert.That(steps[0].Element(C + "Done")!.Value, Is.EqualTo("true"));
        Assert.That(steps[0].Element(C + "DoneAtLocal"), Is.Not.Null);
        Assert.That(steps[1].Element(C + "Done")!.Value, Is.EqualTo("false"));
        Assert.That(steps[1].Element(C + "DoneAtLocal"), Is.Null);
        Assert.That(dashboard.Element(C + "ArchivedDossiers")!.Elements(), Is.Empty);
    }

    [Test]
    public async Task A_wrong_code_an_unknown_number_and_another_citizens_dossier_all_get_the_same_answer()
    {
        var (_, owner) = await Calls.NewCitizenAsync();
        var (_, intruder) = await Calls.NewCitizenAsync();
        var (number, code) = await SubmitRoadIncidentAsync();
        await Calls.SucceedAsync("AttachDossier", ("SessionToken", owner), ("DossierNumber", number), ("TrackingCode", code));

        var wrongCode = await Calls.CallAsync("AttachDossier", ("SessionToken", intruder), ("DossierNumber", number), ("TrackingCode", "aaaa-bbbb"));
        var unknown = await Calls.CallAsync("AttachDossier", ("SessionToken", intruder), ("DossierNumber", "AAA-AAA-AAA"), ("TrackingCode", code));
        var taken = await Calls.CallAsync("AttachDossier", ("SessionToken", intruder), ("DossierNumber", number), ("TrackingCode", code));

        Assert.That(taken.Result, Is.Null);
        Assert.That(taken.Fault, Is.EqualTo(wrongCode.Fault).And.EqualTo(unknown.Fault));
        Assert.That(taken.FaultFields, Is.EqualTo(wrongCode.FaultFields).And.EqualTo(unknown.FaultFields));
        var intruderDashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", intruder));
        Assert.That(intruderDashboard.Descendants(C + "Dossier"), Is.Empty);
        var ownerDashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", owner));
        Assert.That(ownerDashboard.Descendants(C + "DossierNumber").Select(n => n.Value), Is.EqualTo(new[] { number }), "the owner keeps it");
    }

    [Test]
    public async Task A_closed_dossier_is_archived_apart()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, code) = await SubmitRoadIncidentAsync();
        await Calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number), ("TrackingCode", code));
        var store = new WebServicesCitoyens.Dossiers.DossierStore(SharedHost.Host.Store, Seals.Of(SharedHost.Host));
        await store.RecordStepAsync(number, "CLOTURE", WebServicesCitoyens.Dossiers.Timestamps.ToText(DateTimeOffset.UtcNow), "agent de test", null);

        var dashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));

        Assert.That(dashboard.Element(C + "OpenDossiers")!.Elements(), Is.Empty);
        var archived = dashboard.Element(C + "ArchivedDossiers")!.Elements(C + "Dossier").Single();
        Assert.That(archived.Element(C + "Closed")!.Value, Is.EqualTo("true"));
        Assert.That(archived.Element(C + "CurrentStep")!.Value, Is.EqualTo("Clôture"));
    }
}
