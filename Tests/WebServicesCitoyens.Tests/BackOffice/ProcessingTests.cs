using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Tests.Accounts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// Processing dossiers through the back office service: a birth certificate through every action of its
/// workflow to closing, with its letter and what the citizen sees; notes, messages, correction requests
/// and rejections; two agents on the same step; a road incident through its default actions.
/// </summary>
public sealed class ProcessingTests
{
    private static AccountCalls Citizens => new(SharedHost.Host);

    /// <summary>A citizen with an account, following a birth certificate they filed over SOAP.</summary>
    private static async Task<(string Email, string Session, string Number, string TrackingUrl)> FollowedBirthCertificateAsync()
    {
        var (email, session) = await Citizens.NewCitizenAsync();
        var (number, code, trackingUrl) = await BackOfficeWorld.SubmitAsync();
        await Citizens.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number), ("TrackingCode", code));
        return (email, session, number, trackingUrl);
    }

    private static string WithoutBlanks(string text) => Regex.Replace(text, @"\s+", "");

    [Test]
    public async Task A_birth_certificate_goes_through_every_action_to_closing_and_the_tracking_page_dates_every_step()
    {
        var (_, session, number, trackingUrl) = await FollowedBirthCertificateAsync();
        var token = await TokenOfAsync(EtatCivil);
        (string Action, string From, string To)[] path =
        [
            ("PRENDRE_EN_CHARGE", "ENREGISTREE", "PRISE_EN_CHARGE"),
            ("DONNEES_VERIFIEES", "PRISE_EN_CHARGE", "CONTROLE_RECEVABILITE"),
            ("DEMANDE_RECEVABLE", "CONTROLE_RECEVABILITE", "RECHERCHE_ACTE"),
            ("ACTE_TROUVE", "RECHERCHE_ACTE", "REDACTION"),
            ("COPIE_REDIGEE", "REDACTION", "SIGNATURE"),
            ("COPIE_SIGNEE", "SIGNATURE", "ENVOI"),
            ("RECEPTION_CONFIRMEE", "ENVOI", "CLOTURE"),
        ];

        foreach (var (action, from, to) in path)
        {
            var before = await DossierAsync(token, number);
            Assert.That(before.Value("StepCode"), Is.EqualTo(from));
            Assert.That(ActionCodes(before), Does.Contain(action), $"the actions at {from}");
            var offered = before.Items("Actions").Single(a => a.Value("Code") == action);
            Assert.That(offered.Value("TargetStep"), Is.EqualTo(to));

            var after = await PerformAsync(token, number, action, expectedStep: from);

            Assert.That(after.Value("StepCode"), Is.EqualTo(to));
        }

        var closed = await DossierAsync(token, number);
        Assert.That((closed.Value("State"), closed.Value("StepLabel")), Is.EqualTo(("Closed", "Clôture")));
        Assert.That(closed.Items("Actions"), Is.Empty);
        var history = closed.Items("History");
        var actions = history.Where(e => e.Value("Kind") == "ActionPerformed").ToList();
        Assert.That(actions.Select(e => e.Value("Detail")), Is.EqualTo(new[]
        {
            "Prendre en charge", "Données vérifiées", "Demande recevable", "Acte trouvé dans les registres", "Copie ou extrait rédigé",
            "Copie signée : préparer l'envoi", "Réception confirmée",
        }));
        Assert.That(actions.Select(e => (e.Value("Actor"), e.Value("VisibleToCitizen"))).Distinct(), Is.EqualTo(new[] { ("Claire Martin (état civil)", "false") }));
        Assert.That(history.Where(e => e.Value("Kind") == "StepReached").Select(e => e.Value("StepCode")), Is.EqualTo(path.Select(p => p.To)));
        Assert.That(history.Where(e => e.Value("Kind") == "StepReached").Select(e => e.Value("VisibleToCitizen")).Distinct(), Is.EqualTo(new[] { "true" }));

        // COPIE_SIGNEE wrote the cover letter: a PDF naming the dossier and the applicant.
        var letter = closed.Items("GeneratedDocuments").Single();
        Assert.That((letter.Value("TemplateCode"), letter.Value("Title")), Is.EqualTo(("lettre-envoi", "Lettre d'accompagnement")));
        var file = await SucceedAsync("GetGeneratedDocument", Session(token), Number(number), E("DocumentId", letter.Value("Id")));
        Assert.That(file.Value("MediaType"), Is.EqualTo("application/pdf"));
        var pdf = Path.Combine(Path.GetTempPath(), $"wsc-lettre-{number}.pdf");
        await File.WriteAllBytesAsync(pdf, Convert.FromBase64String(file.Value("Content")));
        var text = Tool.Succeed("pdftotext", "-enc", "UTF-8", pdf, "-");
        File.Delete(pdf);
        Assert.That(WithoutBlanks(text), Does.Contain(number).And.Contain("AnneLefèvre").And.Contain("Orléans"));

        // The citizen's tracking page: every step of the procedure done and dated, none « non réalisé ».
        Assert.That(trackingUrl, Does.StartWith(SharedHost.Host.BaseUrl + "/suivi?dossier=" + number));
        var page = Html.Parse(await Infrastructure.Soap.Http.GetStringAsync(trackingUrl));
        var rows = page.Descendants("table").Single(t => t.HasClass("wsc-steps-table")).Descendants("tbody").Single().Elements("tr").ToList();
        var expected = Definitions.Get(Requests.BirthCertificate).Steps.Where(s => !s.IsExit).Select(s => s.CitizenLabel).Distinct();
        // The label is the header's own text; the current step adds a mark in a span.
        Assert.That(rows.Select(r => r.Element("th")!.Nodes().OfType<XText>().First().Value.Trim()), Is.EqualTo(expected));
        foreach (var row in rows)
        {
            Assert.That(row.HasClass("wsc-step-done"), Is.True, row.ToString());
            Assert.That(row.Elements("td").First().Value, Does.Match(@"\d{2}/\d{2}/\d{4}"), row.ToString());
        }
        var dashboard = await Citizens.SucceedAsync("GetDashboard", ("SessionToken", session));
        Assert.That(dashboard.Element(AccountCalls.C + "ArchivedDossiers")!.Elements().Select(d => d.Element(AccountCalls.C + "DossierNumber")!.Value),
            Does.Contain(number));
    }

    [Test]
    public async Task An_internal_note_is_in_the_agents_history_but_not_on_the_tracking_page_nor_in_the_citizen_s_account()
    {
        var (email, session, number, trackingUrl) = await FollowedBirthCertificateAsync();
        var note = "Note interne " + Guid.NewGuid().ToString("N")[..8] + " : vérifier la filiation avec le registre de 1985.";

        var view = await SucceedAsync("AddNote", Session(await TokenOfAsync(EtatCivil)), Number(number), E("Text", note));

        var line = view.Items("History").Single(e => e.Value("Kind") == "NoteAdded");
        Assert.That((line.Value("Detail"), line.Value("Actor"), line.Value("VisibleToCitizen")), Is.EqualTo((note, "Claire Martin (état civil)", "false")));
        Assert.That(view.Value("StepCode"), Is.EqualTo("ENREGISTREE"));
        var tracking = WebUtility.HtmlDecode(await Infrastructure.Soap.Http.GetStringAsync(trackingUrl));
        Assert.That(tracking, Does.Contain(number).And.Not.Contain(note));
        Assert.That((await Citizens.SucceedAsync("GetDashboard", ("SessionToken", session))).ToString(), Does.Contain(number).And.Not.Contain(note));
        Assert.That((await Citizens.SucceedAsync("ExportData", ("SessionToken", session))).ToString(), Does.Contain(number).And.Not.Contain("vérifier la filiation"));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM outbox WHERE body_text LIKE '%' || @t || '%'", ("@t", note)), Is.Zero);
        Assert.That(Citizens.MailCount(email, DossierNotifications.AgentMessageKind), Is.Zero);
    }

    [Test]
    public async Task A_message_a_correction_request_and_a_rejection_each_reach_the_citizen_by_mail_and_in_their_account()
    {
        var (email, session, number, _) = await FollowedBirthCertificateAsync();
        var token = await TokenOfAsync(EtatCivil);

        const string message = "Bonjour, votre demande est bien arrivée au service de l'état civil.";
        await SucceedAsync("SendMessage", Session(token), Number(number), E("Text", message));
        Assert.That(Citizens.LastMail(email, DossierNotifications.AgentMessageKind), Does.Contain(message).And.Contain(number));
        var messages = (await Citizens.SucceedAsync("GetDashboard", ("SessionToken", session))).Descendants(AccountCalls.C + "Message");
        Assert.That(messages.Select(m => m.Element(AccountCalls.C + "Text")!.Value), Is.EqualTo(new[] { message }));

        const string correction = "Merci d'indiquer le nom de naissance de votre mère.";
        var waiting = await SucceedAsync("RequestCorrection", Session(token), Number(number), E("Text", correction));
        Assert.That((waiting.Value("State"), waiting.Value("StepCode")), Is.EqualTo(("AwaitingCitizen", "ENREGISTREE")));
        Assert.That(Citizens.LastMail(email, DossierNotifications.AgentMessageKind), Does.Contain(correction).And.Contain("compléter ou de corriger"));
        Assert.That(Numbers(await QueueAsync(token, E("ProcedureCode", Requests.BirthCertificate), E("State", "AwaitingCitizen"),
            E("Sort", "Updated"), E("Descending", "true"))), Does.Contain(number));

        const string reason = "Le demandeur n'a pas qualité pour obtenir une copie intégrale.";
        var rejected = await SucceedAsync("Reject", Session(token), Number(number), E("Reason", reason));
        Assert.That((rejected.Value("StepCode"), rejected.Value("State")), Is.EqualTo(("REJETEE", "Closed")));
        Assert.That(Citizens.LastMail(email, DossierNotifications.AgentMessageKind), Does.Contain(reason).And.Contain("ne peut pas aboutir"));
        Assert.That(Citizens.MailCount(email, DossierNotifications.AgentMessageKind), Is.EqualTo(3));
        Assert.That(rejected.Items("History").Single(e => e.Value("Kind") == "Rejected").Value("VisibleToCitizen"), Is.EqualTo("true"));
    }

    [Test]
    public async Task A_rejection_to_a_named_exit_goes_there_and_an_unknown_exit_is_refused_changing_nothing()
    {
        var token = await TokenOfAsync(EtatCivil);
        var number = await BackOfficeWorld.NewDossierAsync();
        var before = BackOfficeWorld.Snapshot(number);

        var unknown = await RefusedAsync("Reject", Session(token), Number(number), E("ExitStep", "CLOTURE"), E("Reason", "Motif"));

        Assert.That(unknown.FaultFields, Is.EqualTo(new[] { "ExitStep" }));
        Assert.That(unknown.Fault, Is.EqualTo(BackOfficeTexts.UnknownExit("CLOTURE")));
        Assert.That(BackOfficeWorld.Snapshot(number), Is.EqualTo(before));
        var view = await DossierAsync(token, number);
        Assert.That(view.Items("ExitSteps").Select(s => s.Value("Code")), Is.EqualTo(new[] { "REJETEE", "ACTE_INTROUVABLE" }));
        var rejected = await SucceedAsync("Reject", Session(token), Number(number), E("ExitStep", "ACTE_INTROUVABLE"), E("Reason", "Aucun acte à ce nom."));
        Assert.That(rejected.Value("StepCode"), Is.EqualTo("ACTE_INTROUVABLE"));
    }

    [Test]
    public async Task Two_agents_acting_on_the_same_step_at_once_one_succeeds_and_the_other_gets_a_fault()
    {
        var number = await BackOfficeWorld.NewDossierAsync();
        var claire = await TokenOfAsync(EtatCivil);
        var sophie = await TokenOfAsync(Admin);

        var answers = await Task.WhenAll(
            CallAsync("PerformAction", Session(claire), Number(number), E("ActionCode", "PRENDRE_EN_CHARGE"), E("ExpectedStep", "ENREGISTREE")),
            CallAsync("PerformAction", Session(sophie), Number(number), E("ActionCode", "PRENDRE_EN_CHARGE"), E("ExpectedStep", "ENREGISTREE")));

        Assert.That(answers.Count(a => a.Succeeded), Is.EqualTo(1), string.Join(" / ", answers.Select(a => a.ToString())));
        var refused = answers.Single(a => !a.Succeeded);
        Assert.That((refused.FaultFields.Single(), refused.Fault), Is.EqualTo(("DossierNumber", BackOfficeTexts.DossierChanged)));
        var history = (await DossierAsync(claire, number)).Items("History");
        Assert.That(history.Count(e => e.Value("Kind") == "ActionPerformed"), Is.EqualTo(1));
        Assert.That(history.Count(e => e.Value("Kind") == "StepReached" && e.Value("StepCode") == "PRISE_EN_CHARGE"), Is.EqualTo(1));
    }

    [Test]
    public async Task An_action_on_a_step_the_dossier_has_left_or_not_of_its_step_is_refused_and_changes_nothing()
    {
        var number = await BackOfficeWorld.NewDossierAsync();
        var token = await TokenOfAsync(EtatCivil);
        await PerformAsync(await TokenOfAsync(Admin), number, "PRENDRE_EN_CHARGE", "ENREGISTREE");
        var before = BackOfficeWorld.Snapshot(number);

        // Claire still has the dossier open at ENREGISTREE: her action is refused, even one valid at the new step.
        var stale = await RefusedAsync("PerformAction", Session(token), Number(number), E("ActionCode", "DONNEES_VERIFIEES"), E("ExpectedStep", "ENREGISTREE"));
        var notOfStep = await RefusedAsync("PerformAction", Session(token), Number(number), E("ActionCode", "ACTE_TROUVE"));

        Assert.That((stale.FaultFields.Single(), stale.Fault), Is.EqualTo(("DossierNumber", BackOfficeTexts.DossierChanged)));
        Assert.That((notOfStep.FaultFields.Single(), notOfStep.Fault), Is.EqualTo(("ActionCode", BackOfficeTexts.ActionNotAvailable("ACTE_TROUVE", "Prise en charge"))));
        Assert.That(BackOfficeWorld.Snapshot(number), Is.EqualTo(before));
        Assert.That((await PerformAsync(token, number, "DONNEES_VERIFIEES", "PRISE_EN_CHARGE")).Value("StepCode"), Is.EqualTo("CONTROLE_RECEVABILITE"));
    }

    [Test]
    public async Task A_road_incident_is_processed_to_closing_by_the_roads_agent_through_its_default_actions()
    {
        var number = await BackOfficeWorld.NewDossierAsync(Requests.RoadIncident);
        var token = await TokenOfAsync(Voirie);
        var visited = new List<string>();
        var performed = new List<string>();

        var view = await DossierAsync(token, number);
        while (view.Value("State") != "Closed" && visited.Count < 10)
        {
            visited.Add(view.Value("StepCode"));
            var action = view.Items("Actions").Single();
            performed.Add(action.Value("Code"));
            view = await PerformAsync(token, number, action.Value("Code"), view.Value("StepCode"));
        }
        visited.Add(view.Value("StepCode"));

        Assert.That(visited, Is.EqualTo(new[] { "RECU", "QUALIFIE", "TRANSMIS", "PROGRAMME", "REALISE", "CLOTURE" }));
        Assert.That(performed, Is.EqualTo(new[] { "VERS_QUALIFIE", "VERS_TRANSMIS", "VERS_PROGRAMME", "VERS_REALISE", "VERS_CLOTURE" }));
        Assert.That(view.Items("History").Where(e => e.Value("Kind") == "ActionPerformed").Select(e => e.Value("Actor")).Distinct(),
            Is.EqualTo(new[] { "Karim Benali (voirie)" }));
        Assert.That((await RefusedAsync("GetDossier", Session(await TokenOfAsync(EtatCivil)), Number(number))).FaultFields, Is.EqualTo(new[] { "DossierNumber" }));
    }
}
