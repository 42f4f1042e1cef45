using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;
using static WebServicesCitoyens.Tests.Accounts.CommuneAtWork;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// What the commune keeps for itself — an internal note, the actions its agents perform, who a dossier
/// is assigned to — never reaches the citizen: not on the dashboard (SOAP or page), the tracking page
/// (GetStatus or /suivi), the data export (XML or ZIP), nor any mail; while a message written the same
/// way does, so that each check can fail.
/// </summary>
public sealed class InternalEventsTests
{
    private static AccountCalls Calls => new(SharedHost.Host);

    [Test]
    public async Task An_internal_note_an_action_and_an_assignment_reach_no_view_of_the_citizen_nor_any_mail()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        var (number, code) = await FollowedRoadIncidentAsync(Calls, session);
        var agent = await AgentAsync(RoadsAgent);
        var note = $"NOTE-{Guid.NewGuid():N} : demandeur déjà connu du service, signalements répétés";
        var message = $"MESSAGE-{Guid.NewGuid():N} : votre signalement est transmis à l'équipe d'éclairage.";

        await Processing.AddNoteAsync(agent, number, note);
        await Processing.AssignAsync(agent, [number], agent.Id);
        await Processing.PerformAsync(agent, number, "VERS_QUALIFIE");
        await Processing.SendMessageAsync(agent, number, message);

        var history = SharedHost.Host.Scalar(
            "SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @n AND kind IN ('NoteAdded', 'Assigned', 'ActionPerformed')", ("@n", number));
        Assert.That(history, Is.EqualTo(3), "the commune's history has them");

        var dashboard = (await Calls.SucceedAsync("GetDashboard", ("SessionToken", session))).ToString();
        using var browser = Browser(session);
        var page = await PageAsync(browser, "/compte/tableau-de-bord");
        var pageXml = await PageAsync(browser, "/compte/tableau-de-bord?format=xml");
        var status = (await StatusAsync(Requests.RoadIncident, number, code)).ToString();
        using var anonymous = new HttpClient();
        var tracking = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"{SharedHost.Host.BaseUrl}/suivi?dossier={number}&code={code}"));
        var export = (await Calls.SucceedAsync("ExportData", ("SessionToken", session))).ToString();
        using var zipResponse = await browser.GetAsync(SharedHost.Host.BaseUrl + "/compte/export");
        using var zip = new ZipArchive(new MemoryStream(await zipResponse.Content.ReadAsByteArrayAsync()));
        string donnees;
        using (var reader = new StreamReader(await zip.GetEntry("donnees.xml")!.OpenAsync())) donnees = await reader.ReadToEndAsync();
        var mails = string.Join("\n", SharedHost.Host.Texts(
            "SELECT subject || ' ' || body_text FROM outbox WHERE body_text LIKE '%' || @n || '%' OR recipient = @e",
            ("@n", number), ("@e", email)));

        var noteMark = note[..37];
        var views = new Dictionary<string, string>
        {
            ["GetDashboard"] = dashboard, ["dashboard page"] = page, ["dashboard page XML"] = pageXml, ["GetStatus"] = status,
            ["/suivi"] = tracking, ["ExportData"] = export, ["donnees.xml"] = donnees, ["mails"] = mails,
        };
        foreach (var (view, text) in views)
        {
            Assert.That(text, Does.Not.Contain(noteMark), $"the internal note in {view}");
            Assert.That(text, Does.Not.Contain("Karim Benali"), $"the agent's name (assignment, history) in {view}");
            Assert.That(text, Does.Not.Contain("NoteAdded").And.Not.Contain("ActionPerformed").And.Not.Contain(">Assigned<"), $"an internal kind in {view}");
        }
        foreach (var view in new[] { "GetDashboard", "dashboard page", "ExportData", "donnees.xml", "mails" })
            Assert.That(views[view], Does.Contain(message[..40]), $"the message to the citizen in {view}");
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM outbox WHERE body_text LIKE '%' || @m || '%' OR subject LIKE '%' || @m || '%'",
            ("@m", noteMark)), Is.Zero, "no mail to anybody carries the note");
    }

    [Test]
    public async Task The_exported_history_keeps_the_exchanges_texts_and_only_the_kinds_the_citizen_may_know()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, _) = await FollowedRoadIncidentAsync(Calls, session);
        var agent = await AgentAsync(RoadsAgent);
        await Processing.AddNoteAsync(agent, number, "Note pour l'équipe.");
        await Processing.RequestCorrectionAsync(agent, number, "Quel est le numéro du lampadaire ?");
        await Calls.SucceedAsync("AnswerCorrection", ("SessionToken", session), ("DossierNumber", number), ("Answer", "EP-4512"));

        var export = await Calls.SucceedAsync("ExportData", ("SessionToken", session));

        var events = export.Descendants(C + "Dossier").Single(d => d.Element(C + "DossierNumber")!.Value == number).Descendants(C + "Event")
            .Select(e => (e.Element(C + "Kind")!.Value, e.Element(C + "Text")?.Value)).ToList();
        Assert.That(events, Is.EqualTo(new (string, string?)[]
        {
            ("Submitted", null), ("CorrectionRequested", "Quel est le numéro du lampadaire ?"), ("CorrectionAnswered", "EP-4512"),
        }));
        Assert.That(DocumentSamples.SchemaErrors(export.Parent!), Is.Empty);
    }
}
