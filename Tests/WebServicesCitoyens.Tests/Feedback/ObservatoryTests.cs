using System.Net;
using System.Xml.Linq;
using Dapper;
using WebServicesCitoyens.Feedback;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.Accounts;
using WebServicesCitoyens.Tests.Administration;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Feedback.FeedbackWorld;

namespace WebServicesCitoyens.Tests.Feedback;

/// <summary>
/// The public observatory and the communes' answers, on a host of its own so that the figures are known:
/// road incidents closed and rated 5 (from the account, with a comment) and 2 (with the tracking code,
/// with a malfunction), a test dossier rated 1 with a comment, more closed so that the delay is
/// published. The page, /observatoire.xml (valid against Xsl/observatoire.xsd) and /observatoire.csv
/// (its stable columns) show the satisfaction of the two real ratings and the 90th-percentile delay from
/// the statistics core, never the test dossier, a citizen's name or address, nor a dossier number; the
/// commune's administrator lists and answers the feedback (over SOAP and on /gestion/administration/avis),
/// the answer is published signed by the commune, never by the agent; anyone reports a missing procedure,
/// robots filling the trap are answered alike and nothing is kept.
/// </summary>
[NonParallelizable]
public sealed class ObservatoryTests
{
    private const string Procedure = Requests.RoadIncident;
    private const string Good = "Très bien, merci.";
    private const string Broken = "Le plan ne s'affiche pas.";
    private const string TestComment = "Commentaire du dossier de test";

    private static HostProcess _host = null!;
    private static FeedbackWorld _world = null!;
    private static AdministrationCalls _admin = null!;
    private static string _citizenEmail = "";
    private static (string Number, string Code) _good, _broken, _test;

    [OneTimeSetUp]
    public async Task Start_a_host_with_rated_dossiers()
    {
        _host = HostProcess.Start();
        _world = new FeedbackWorld(_host);
        _admin = new AdministrationCalls(_host);
        var calls = new AccountCalls(_host);
        (_citizenEmail, var session) = await calls.NewCitizenAsync();
        _good = await _world.ClosedRoadIncidentAsync(calls, session);
        await calls.SucceedAsync("RateDossier", ("SessionToken", session), ("DossierNumber", _good.Number), ("Rating", "5"), ("Comment", Good));
        _broken = await _world.ClosedRoadIncidentAsync();
        Assert.That((await _world.RateByCodeAsync(_broken.Number, _broken.Code, 2, null, true, Broken)).Status, Is.EqualTo(200));
        _test = await _world.OpenRoadIncidentAsync();
        // As a dossier filed with the commune's preview key is stored (the demo commune offers every procedure online).
        await using (var connection = await _host.Store.OpenAsync())
            await connection.ExecuteAsync("UPDATE dossiers SET is_test = 1 WHERE number = @n", new { n = _test.Number });
        await _world.CloseAsync(_test.Number);
        Assert.That((await _world.RateByCodeAsync(_test.Number, _test.Code, 1, TestComment)).Status, Is.EqualTo(200));
        for (var i = 0; i < 4; i++) await _world.ClosedRoadIncidentAsync();
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    private static string[] Personal => [_citizenEmail, "riverain@example.org", _good.Number, _broken.Number, _test.Number, "Sophie Lambert"];

    [Test]
    public async Task The_xml_feed_is_valid_against_its_schema_and_gives_the_satisfaction_of_real_ratings_and_the_published_delay()
    {
        var (status, xml) = await _world.GetAsync("/observatoire.xml");
        var document = XDocument.Parse(xml);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ObservatorySchemaErrors(document), Is.Empty);
        var procedure = document.Descendants(Obs + "Procedure").Single(p => (string?)p.Attribute("code") == Procedure);
        Assert.That(procedure.Element(Obs + "Satisfaction")!.Attribute("ratings")!.Value, Is.EqualTo("2"), "the test dossier's rating is not counted");
        Assert.That(procedure.Element(Obs + "Satisfaction")!.Element(Obs + "Average")!.Value, Is.EqualTo("3.5"));
        Assert.That(procedure.Element(Obs + "OnlineIn")!.Elements(Obs + "Commune").Select(c => (string?)c.Attribute("code")), Is.EqualTo(new[] { Requests.Commune }));
        Assert.That(long.Parse(procedure.Element(Obs + "Filed")!.Value), Is.GreaterThanOrEqualTo(6));
        Assert.That(procedure.Element(Obs + "Delay")!.Element(Obs + "Percentile90Days"), Is.Not.Null, "six closed dossiers: the delay is published");
        Assert.That(document.Descendants(Obs + "Procedure").Count(), Is.EqualTo(Definitions.Catalogue.Procedures.Count), "every procedure of the catalogue");
        Assert.That(xml, Does.Not.Contain(TestComment));
        foreach (var personal in Personal) Assert.That(xml, Does.Not.Contain(personal));
    }

    [Test]
    public async Task The_csv_has_its_stable_columns_and_one_row_per_procedure_with_the_same_figures()
    {
        using var response = await Infrastructure.Soap.Http.GetAsync(_host.BaseUrl + "/observatoire.csv");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
        Assert.That(lines[0], Is.EqualTo("procedure_code,procedure_title,theme,communes_online,commune_codes,dossiers_filed_12_months,"
            + "dossiers_closed_12_months,ratings,average_rating,delay_p90_days,delay_median_days,delay_dossiers"));
        Assert.That(lines, Has.Length.EqualTo(Definitions.Catalogue.Procedures.Count + 1));
        var row = lines.Single(l => l.StartsWith(Procedure + ",", StringComparison.Ordinal)).Split(',');
        Assert.That(row, Has.Length.EqualTo(ObservatoryCsv.Columns.Count));
        Assert.That((row[3], row[4], row[7], row[8]), Is.EqualTo(("1", Requests.Commune, "2", "3.5")));
        Assert.That(row[9], Is.Not.Empty, "the 90th-percentile delay");
        Assert.That(csv, Does.Not.Contain(TestComment));
    }

    [Test]
    public async Task The_procedure_page_publishes_comments_and_malfunctions_never_the_test_dossier_nor_who_wrote_them()
    {
        var (status, html) = await _world.GetAsync("/observatoire/" + Procedure);
        var (_, xml) = await _world.GetAsync($"/observatoire/{Procedure}.xml");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain(Good).And.Contain(Broken).And.Contain("3,5 sur 5 (2 avis)"));
        Assert.That(html, Does.Not.Contain(TestComment));
        foreach (var personal in Personal) Assert.That(html, Does.Not.Contain(personal));
        Assert.That(ObservatorySchemaErrors(XDocument.Parse(xml)), Is.Empty);
        Assert.That((await _world.GetAsync("/observatoire/etat-civil.acte-inexistant")).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_observatory_page_lists_every_procedure_and_links_its_open_data_and_the_catalogue_home_links_to_it()
    {
        var (_, html) = await _world.GetAsync("/observatoire");
        var (_, catalogue) = await _world.GetAsync("/communes/" + Requests.Commune);

        Assert.That(html, Does.Contain("href=\"/observatoire.csv\"").And.Contain("href=\"/observatoire.xml\"").And.Contain("href=\"/xsl/observatoire.xsd\"")
            .And.Contain($"href=\"/observatoire/{Procedure}\""));
        Assert.That(Html.Parse(html).Descendants().Count(e => e.Name.LocalName == "tr"), Is.EqualTo(Definitions.Catalogue.Procedures.Count + 1));
        Assert.That(catalogue, Does.Contain("href=\"/observatoire\""));
        Assert.That((await _world.GetAsync("/xsl/observatoire.xsd")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_administrator_lists_the_feedback_and_answers_it_and_the_answer_is_published_in_the_communes_name_only()
    {
        var token = await _admin.LoginAsync(AdministrationCalls.Administrator);
        var list = await _admin.SucceedAsync("ListFeedback", ("SessionToken", token), ("CommuneCode", Requests.Commune), ("ProcedureCode", Procedure),
            ("Kind", "Rating"));
        Assert.That(AdministrationSchemaErrors(list.Parent!), Is.Empty);
        var entries = list.Elements(AdministrationCalls.A + "Feedback").ToList();
        string Of(XElement entry, string name) => entry.Element(AdministrationCalls.A + name)?.Value ?? "";
        Assert.That(entries.Select(e => Of(e, "DossierNumber")), Is.EquivalentTo(new[] { _good.Number, _broken.Number, _test.Number }));
        Assert.That(entries.Single(e => Of(e, "DossierNumber") == _test.Number).Element(AdministrationCalls.A + "IsTest")!.Value, Is.EqualTo("true"));
        var good = entries.Single(e => Of(e, "DossierNumber") == _good.Number);

        const string answer = "Merci pour votre retour : le service voirie est intervenu le lendemain.";
        var answered = await _admin.SucceedAsync("AnswerFeedback", ("SessionToken", token), ("FeedbackId", Of(good, "FeedbackId")), ("Answer", answer));

        Assert.That(AdministrationSchemaErrors(answered.Parent!), Is.Empty);
        Assert.That(Of(answered, "Answer"), Is.EqualTo(answer));
        var (_, page) = await _world.GetAsync("/observatoire/" + Procedure);
        var (_, tracking) = await _world.GetAsync($"/suivi?dossier={_good.Number}&code={Uri.EscapeDataString(_good.Code)}");
        foreach (var html in new[] { page, tracking })
        {
            Assert.That(html, Does.Contain(answer).And.Contain("Réponse de la mairie d'Orléans"));
            Assert.That(html, Does.Not.Contain("Sophie Lambert").And.Not.Contain("admin@orleans.demo"));
        }
        var unanswered = await _admin.SucceedAsync("ListFeedback", ("SessionToken", token), ("CommuneCode", Requests.Commune), ("Unanswered", true));
        Assert.That(unanswered.Elements(AdministrationCalls.A + "Feedback").Select(e => Of(e, "DossierNumber")), Does.Not.Contain(_good.Number));
    }

    [Test]
    public async Task The_feedback_page_is_the_commune_administrators_only_and_answers_with_the_answer_refused_next_to_its_form()
    {
        using var admin = await AgentBrowserAsync(AccountsAgents.Administrator);
        using var agent = await AgentBrowserAsync("etat-civil@orleans.demo");
        using var operatorBrowser = await AgentBrowserAsync(AccountsAgents.Operator);

        var (status, html) = await _world.GetAsync("/gestion/administration/avis", admin);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain(Broken).And.Contain("Dossier de test : cet avis n'est ni compté ni publié."));
        Assert.That((await _world.GetAsync("/gestion/administration", admin)).Html, Does.Contain("href=\"/gestion/administration/avis\""));
        Assert.That((await _world.GetAsync("/gestion/administration/avis", agent)).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await _world.GetAsync("/gestion/administration/avis?commune=45234", operatorBrowser)).Status, Is.EqualTo(HttpStatusCode.NotFound));

        var id = _host.Text("SELECT id FROM feedback WHERE dossier_number = @n", ("@n", _broken.Number))!;
        var before = _world.FeedbackRows();
        var (empty, emptyHtml, _) = await _world.PostAsync("/gestion/administration/avis", new() { ["operation"] = "repondre", ["avis"] = id, ["reponse"] = " " }, admin);
        var (byAgent, _, _) = await _world.PostAsync("/gestion/administration/avis", new() { ["operation"] = "repondre", ["avis"] = id, ["reponse"] = "Non." }, agent);
        Assert.That(empty, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(Html.Parse(emptyHtml).ById($"f-reponse-{id}-erreur").Value, Does.Contain(FeedbackTexts.AnswerNeeded(FeedbackTexts.MaxAnswer)));
        Assert.That(byAgent, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(_world.FeedbackRows(), Is.EqualTo(before));

        var (done, _, location) = await _world.PostAsync("/gestion/administration/avis",
            new() { ["operation"] = "repondre", ["avis"] = id, ["reponse"] = "Le plan est réparé depuis la mise à jour du 12." }, admin);
        Assert.That(done, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That((await _world.GetAsync(location!, admin)).Html, Does.Contain(FeedbackTexts.Answered));
        Assert.That((await _world.GetAsync("/observatoire/" + Procedure)).Html, Does.Contain("Le plan est réparé depuis la mise à jour du 12."));
    }

    [Test]
    public async Task Anyone_reports_a_missing_procedure_robots_filling_the_trap_are_answered_alike_and_bad_reports_are_refused_in_french()
    {
        var report = new Dictionary<string, string> { ["nature"] = "MissingProcedure", ["commune"] = Requests.Commune, ["demarche"] = "", ["texte"] = "Inscription au conservatoire de musique." };
        var before = _host.Scalar("SELECT COUNT(*) FROM feedback");

        var robot = await _world.PostAsync("/observatoire/signalement", new(report) { ["site"] = "http://spam.example", ["texte"] = "Achetez maintenant" });
        Assert.That((robot.Status, robot.Location), Is.EqualTo((HttpStatusCode.SeeOther, "/observatoire?fait=signalement")));
        Assert.That(_host.Scalar("SELECT COUNT(*) FROM feedback"), Is.EqualTo(before), "the trap kept nothing");

        var refused = await _world.PostAsync("/observatoire/signalement", new(report) { ["commune"] = "99999", ["texte"] = "" });
        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var page = Html.Parse(refused.Html);
        Assert.That(page.ById("f-commune-erreur").Value, Does.Contain(FeedbackTexts.ReportCommuneUnknown));
        Assert.That(page.ById("f-texte-erreur").Value, Does.Contain("Le champ « Votre signalement » est obligatoire"));
        var foreign = await _world.PostAsync("/observatoire/signalement", report, origin: "https://ailleurs.example");
        Assert.That(foreign.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(_host.Scalar("SELECT COUNT(*) FROM feedback"), Is.EqualTo(before));

        var kept = await _world.PostAsync("/observatoire/signalement", report);
        Assert.That(kept.Status, Is.EqualTo(HttpStatusCode.SeeOther));
        var (_, html) = await _world.GetAsync(kept.Location!);
        Assert.That(html, Does.Contain(FeedbackTexts.Reported).And.Contain("Inscription au conservatoire de musique.").And.Contain("Démarche manquante signalée")
            .And.Contain("En attente d'une réponse de la commune."));
        Assert.That(html, Does.Not.Contain("Achetez maintenant"));
    }

    /// <summary>A browser holding a demo agent's back-office session cookie, following no redirect.</summary>
    private static async Task<HttpClient> AgentBrowserAsync(string email)
    {
        var token = await new BackOfficeInProcess(_host).Agents.LoginAsync(email, BackOfficeInProcess.DemoPassword, "127.0.0.1");
        var browser = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Add("Cookie", "wsc_agent=" + token);
        return browser;
    }
}
