using System.Net;
using System.Text.RegularExpressions;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;
using static WebServicesCitoyens.Tests.Accounts.CommuneAtWork;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// An agent asks the citizen to correct or complete the request: the dossier waits for them
/// (« En attente de votre réponse » on the dashboard, over SOAP and on the page, and on the tracking
/// page), the citizen answers from the account (AnswerCorrection, or the dashboard's form), and the
/// dossier goes back to the commune with the answer in its history. Only the account following the
/// dossier answers, only while it waits; anyone else is refused like an unknown dossier.
/// </summary>
public sealed class CorrectionRequestTests
{
    private static AccountCalls Calls => new(SharedHost.Host);

    private const string Request = "Merci de préciser le numéro du lampadaire :\nune plaque est fixée sur le poteau.";

    /// <summary>A citizen whose road incident the roads agent asked to complete.</summary>
    private static async Task<(string Session, string Number, string Code)> AwaitingAnswerAsync()
    {
        var (_, session, number, code) = await AwaitingAnswerWithEmailAsync();
        return (session, number, code);
    }

    private static async Task<(string Email, string Session, string Number, string Code)> AwaitingAnswerWithEmailAsync()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        var (number, code) = await FollowedRoadIncidentAsync(Calls, session);
        await Processing.RequestCorrectionAsync(await AgentAsync(RoadsAgent), number, Request);
        return (email, session, number, code);
    }

    private static string State(string number) => SharedHost.Host.Text("SELECT state FROM dossiers WHERE number = @n", ("@n", number))!;

    private static long Answers(string number) =>
        SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @n AND kind = 'CorrectionAnswered'", ("@n", number));

    [Test]
    public async Task A_correction_request_shows_on_the_dashboard_and_the_tracking_page_and_the_answer_sends_the_dossier_back_to_the_commune()
    {
        var (email, session, number, code) = await AwaitingAnswerWithEmailAsync();

        var dashboard = await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));
        var dossier = DossierOf(dashboard, number);
        var status = await StatusAsync(Requests.RoadIncident, number, code);
        using var anonymous = new HttpClient();
        var tracking = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"{SharedHost.Host.BaseUrl}/suivi?dossier={number}&code={code}"));

        Assert.That(dossier.Element(C + "State")!.Value, Is.EqualTo("AwaitingCitizen"));
        Assert.That(dossier.Element(C + "CorrectionRequest")!.Element(C + "Text")!.Value, Is.EqualTo(Request));
        Assert.That(dossier.Element(C + "Messages")!.Elements(C + "Message").Select(m => (m.Element(C + "Kind")!.Value, m.Element(C + "Text")!.Value)),
            Is.EqualTo(new[] { ("CorrectionRequest", Request) }));
        Assert.That(DocumentSamples.SchemaErrors(dashboard.Parent!), Is.Empty, "valid against the published schema");
        Assert.That(status.Element(Infrastructure.Soap.Tns + "State")!.Value, Is.EqualTo("AwaitingCitizen"));
        Assert.That(tracking, Does.Contain("En attente de votre réponse").And.Contain("href=\"/compte\""));
        // The tracking page opens with the tracking code alone: the request's text stays in the account (and the mail).
        Assert.That(tracking, Does.Not.Contain("numéro du lampadaire"));
        Assert.That(Calls.LastMail(email, WebServicesCitoyens.Notifications.DossierNotifications.AgentMessageKind),
            Does.Contain(Request).And.Contain("Mes dossiers en cours"), "the request is mailed to the account");

        const string answer = "Le numéro inscrit sur la plaque est EP-4512.";
        var answered = await Calls.SucceedAsync("AnswerCorrection", ("SessionToken", session), ("DossierNumber", number.ToLowerInvariant()), ("Answer", "  " + answer + "\n"));

        Assert.That(DocumentSamples.SchemaErrors(answered.Parent!), Is.Empty);
        Assert.That(answered.Element(C + "State")!.Value, Is.EqualTo("Open"));
        Assert.That(answered.Element(C + "CorrectionRequest"), Is.Null);
        Assert.That(answered.Element(C + "Messages")!.Elements(C + "Message").Select(m => m.Element(C + "Kind")!.Value),
            Is.EqualTo(new[] { "CorrectionRequest", "Answer" }));
        Assert.That(answered.Element(C + "Messages")!.Elements(C + "Message").Last().Element(C + "Text")!.Value, Is.EqualTo(answer));
        Assert.That(State(number), Is.EqualTo(DossierStates.Open));
        Assert.That(SharedHost.Host.Text(
            "SELECT kind || '|' || actor || '|' || detail FROM dossier_events WHERE dossier_number = @n ORDER BY sequence DESC LIMIT 1", ("@n", number)),
            Is.EqualTo($"CorrectionAnswered|{DossierTexts.CitizenActor}|{answer}"));
        var file = await Processing.OpenAsync(await AgentAsync(RoadsAgent), number);
        Assert.That(file.History.Last(), Has.Property("Kind").EqualTo("CorrectionAnswered").And.Property("Detail").EqualTo(answer),
            "the agents read the answer in the dossier's history");
        Assert.That((await StatusAsync(Requests.RoadIncident, number, code)).Element(Infrastructure.Soap.Tns + "State")!.Value, Is.EqualTo("Open"));
    }

    [Test]
    public async Task A_dossier_that_waits_for_no_answer_refuses_one_and_keeps_its_history()
    {
        var (session, number, _) = await AwaitingAnswerAsync();
        await Calls.SucceedAsync("AnswerCorrection", ("SessionToken", session), ("DossierNumber", number), ("Answer", "EP-4512"));

        var (again, fields, fault) = await Calls.CallAsync("AnswerCorrection", ("SessionToken", session), ("DossierNumber", number), ("Answer", "encore"));
        var (never, _) = await FollowedRoadIncidentAsync(Calls, session);
        var (neverAsked, neverFields, neverFault) = await Calls.CallAsync("AnswerCorrection", ("SessionToken", session), ("DossierNumber", never), ("Answer", "bonjour"));

        Assert.That((again, fields, fault), Is.EqualTo(((System.Xml.Linq.XElement?)null, new[] { "DossierNumber" }, AccountTexts.NoCorrectionAwaited)));
        Assert.That((neverAsked, neverFields, neverFault), Is.EqualTo(((System.Xml.Linq.XElement?)null, new[] { "DossierNumber" }, AccountTexts.NoCorrectionAwaited)));
        Assert.That(Answers(number), Is.EqualTo(1));
        Assert.That(Answers(never), Is.Zero);
        Assert.That(State(never), Is.EqualTo(DossierStates.Open));
    }

    [Test]
    public async Task Answering_another_citizens_dossier_is_refused_like_an_unknown_number_and_a_blank_or_long_answer_on_the_answer()
    {
        var (session, number, _) = await AwaitingAnswerAsync();
        var (_, intruder) = await Calls.NewCitizenAsync();

        var theirs = await Calls.CallAsync("AnswerCorrection", ("SessionToken", intruder), ("DossierNumber", number), ("Answer", "Je réponds à sa place."));
        var unknown = await Calls.CallAsync("AnswerCorrection", ("SessionToken", intruder), ("DossierNumber", DossierNumber.NewNumber()), ("Answer", "Bonjour"));
        var blank = await Calls.CallAsync("AnswerCorrection", ("SessionToken", session), ("DossierNumber", number), ("Answer", " \n\t "));
        var tooLong = await Calls.CallAsync("AnswerCorrection", ("SessionToken", session), ("DossierNumber", number), ("Answer", new string('a', 4001)));

        Assert.That(theirs.Result, Is.Null);
        Assert.That((theirs.FaultFields, theirs.Fault), Is.EqualTo((unknown.FaultFields, unknown.Fault)));
        Assert.That(theirs.FaultFields, Is.EqualTo(new[] { "DossierNumber" }));
        Assert.That((blank.Result, blank.FaultFields), Is.EqualTo(((System.Xml.Linq.XElement?)null, new[] { "Answer" })));
        Assert.That(blank.Fault, Is.EqualTo(AccountTexts.AnswerNeeded(4000)));
        Assert.That((tooLong.Result, tooLong.FaultFields), Is.EqualTo(((System.Xml.Linq.XElement?)null, new[] { "Answer" })));
        Assert.That(tooLong.Fault, Does.Contain("Votre réponse"));
        Assert.That(State(number), Is.EqualTo(DossierStates.AwaitingCitizen), "nothing changed");
        Assert.That(Answers(number), Is.Zero);
    }

    [Test]
    public async Task The_dashboard_page_shows_the_request_with_a_form_whose_answer_sends_the_dossier_back()
    {
        var (session, number, _) = await AwaitingAnswerAsync();
        using var browser = Browser(session);
        var path = $"/compte/dossiers/{number}/reponse";

        var page = await PageAsync(browser, "/compte/tableau-de-bord");
        var blank = await PostFormAsync(browser, path, new() { ["reponse"] = "   " });
        var foreign = await PostFormAsync(browser, path, new() { ["reponse"] = "Réponse d'ailleurs" }, origin: "https://ailleurs.example");
        var stateAfterRefusals = State(number);
        var sent = await PostFormAsync(browser, path, new() { ["reponse"] = "La plaque porte le numéro EP-4512.\r\nMerci." });
        var again = await PostFormAsync(browser, path, new() { ["reponse"] = "Encore moi." });

        Assert.That(page, Does.Contain("En attente de votre réponse").And.Contain("La mairie attend votre réponse").And.Contain("numéro du lampadaire")
            .And.Contain($"action=\"{path}\"").And.Contain($"id=\"reponse-{number}\""));
        Assert.That(blank.Status, Is.EqualTo((HttpStatusCode)422));
        Assert.That(blank.Html, Does.Contain($"id=\"reponse-{number}-erreur\"").And.Contain(AccountTexts.AnswerNeeded(4000)).And.Contain("aria-invalid=\"true\""));
        Assert.That(foreign.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(stateAfterRefusals, Is.EqualTo(DossierStates.AwaitingCitizen));
        Assert.That(sent.Status, Is.EqualTo(HttpStatusCode.OK), sent.Html);
        Assert.That(sent.Html, Does.Contain(PageTexts.CorrectionAnswered).And.Contain("Votre réponse").And.Contain("EP-4512")
            .And.Not.Contain($"action=\"{path}\"").And.Not.Contain("En attente de votre réponse"));
        Assert.That(State(number), Is.EqualTo(DossierStates.Open));
        Assert.That(SharedHost.Host.Text("SELECT detail FROM dossier_events WHERE dossier_number = @n AND kind = 'CorrectionAnswered'", ("@n", number)),
            Is.EqualTo("La plaque porte le numéro EP-4512.\nMerci."), "one line break per line, as the form counted them");
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(again.Html, Does.Contain(AccountTexts.NoCorrectionAwaited));
        Assert.That(Answers(number), Is.EqualTo(1));
    }

    [Test]
    public async Task A_refused_answer_comes_back_with_its_text_and_another_citizens_dossier_is_not_found_from_the_page()
    {
        var (session, number, _) = await AwaitingAnswerAsync();
        var (_, intruderSession) = await Calls.NewCitizenAsync();
        using var browser = Browser(session);
        using var intruder = Browser(intruderSession);

        var tooLong = await PostFormAsync(browser, $"/compte/dossiers/{number}/reponse", new() { ["reponse"] = "début " + new string('x', 4000) });
        var theirs = await PostFormAsync(intruder, $"/compte/dossiers/{number}/reponse", new() { ["reponse"] = "Bonjour" });
        var unknown = await PostFormAsync(intruder, $"/compte/dossiers/{DossierNumber.NewNumber()}/reponse", new() { ["reponse"] = "Bonjour" });

        Assert.That(tooLong.Status, Is.EqualTo((HttpStatusCode)422));
        Assert.That(Regex.Match(tooLong.Html, $"<textarea id=\"reponse-{number}\"[^>]*>(début x+)</textarea>").Groups[1].Value, Has.Length.EqualTo(4006),
            "the text typed is shown again");
        Assert.That(theirs.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(theirs.Html, Is.EqualTo(unknown.Html));
        Assert.That(theirs.Html, Does.Contain(AccountTexts.DossierNotYours));
        Assert.That(State(number), Is.EqualTo(DossierStates.AwaitingCitizen));
        Assert.That(Answers(number), Is.Zero);
    }

    [Test]
    public async Task While_the_commune_waits_the_citizen_gives_a_document_of_the_e_safe_to_the_dossier_and_answers()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var number = await Calls.OwnDossierAsync(session, DocumentSamples.CardProcedure);
        var administrator = await AgentAsync("admin@orleans.demo");
        await Processing.RequestCorrectionAsync(administrator, number, "Le justificatif de domicile manque : joignez-le au dossier.");
        var document = await Calls.UploadedAsync(session, "facture.pdf", DocumentSamples.Pdf());
        using var browser = Browser(session);

        var page = await PageAsync(browser, "/compte/tableau-de-bord");
        await Calls.SucceedAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", number),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", document));
        await Calls.SucceedAsync("AnswerCorrection", ("SessionToken", session), ("DossierNumber", number), ("Answer", "Le justificatif est joint."));

        Assert.That(page, Does.Contain($"action=\"/compte/dossiers/{number}/reponse\"").And.Contain("Joindre un document de mon espace"));
        var file = await Processing.OpenAsync(administrator, number);
        Assert.That(file.CitizenDocuments.Select(d => (d.FieldPath, d.DocumentId)), Is.EqualTo(new[] { ("pieces.justificatifDomicile", document) }));
        Assert.That(file.History.Select(h => h.Kind).TakeLast(3), Is.EqualTo(new[] { "CorrectionRequested", "DocumentAttached", "CorrectionAnswered" }));
        Assert.That(file.Dossier.State, Is.EqualTo(DossierStates.Open));
    }

    [Test]
    public async Task The_answer_form_is_refused_without_a_session()
    {
        var (_, number, _) = await AwaitingAnswerAsync();
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await anonymous.PostAsync($"{SharedHost.Host.BaseUrl}/compte/dossiers/{number}/reponse",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["reponse"] = "Bonjour" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/compte"));
        Assert.That(State(number), Is.EqualTo(DossierStates.AwaitingCitizen));
    }
}
