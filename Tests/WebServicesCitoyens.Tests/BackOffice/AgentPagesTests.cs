using System.Net;
using System.Text.RegularExpressions;
using static WebServicesCitoyens.Tests.BackOffice.AgentPagesHost;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// The agents' pages under /gestion as a browser uses them over HTTP: logging in and out (the cookie
/// wsc_agent), the queue's filters, sorting, paging and count in its HTML, posts from another site
/// refused, a dossier outside the agent's remit answered like an unknown number, a page left open on an
/// earlier step refused, and each form of the dossier page (note, message, correction, rejection,
/// closing, assignment) and of the queue (selection, taking over) doing what it says, then confirming
/// after a redirect. The host is this folder's own (<see cref="AgentPagesHost"/>), so counts are exact.
/// </summary>
public sealed class AgentPagesTests
{
    private const string BirthCertificate = Requests.BirthCertificate;

    private static Task<(string Number, string TrackingCode)> FileAsync(string procedure = BirthCertificate) =>
        Requests.SubmitAsync(Host, procedure, procedure == BirthCertificate ? Requests.BirthCertificateRequest() : Definitions.Sample(procedure));

    private static long Events(string number) => Host.Scalar("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @n", ("@n", number));
    private static string? Step(string number) => Host.Text("SELECT current_step FROM dossiers WHERE number = @n", ("@n", number));
    private static string? State(string number) => Host.Text("SELECT state FROM dossiers WHERE number = @n", ("@n", number));

    /// <summary>The dossier numbers of the queue's rows, in their order.</summary>
    private static List<string> Rows(string html) =>
        Regex.Matches(html, "name=\"dossiers\" value=\"([A-Z0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();

    private static async Task<(HttpStatusCode Status, string Html, string? Location)> Post(PageBrowser browser, string path, Dictionary<string, string> form)
    {
        var (status, html, response) = await browser.PostAsync(path, form);
        return (status, html, response.Headers.Location?.ToString());
    }

    // ------------------------------------------------------------------ logging in and out

    [Test]
    public async Task An_agent_logs_in_with_the_wsc_agent_cookie_and_logging_out_revokes_it()
    {
        using var browser = new PageBrowser(Host.BaseUrl);
        var (loginPage, loginHtml) = await browser.GetAsync("/gestion/connexion");
        var (status, _, response) = await browser.PostAsync("/gestion/connexion", new() { ["email"] = CivilStatus, ["motDePasse"] = Password });
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        var token = browser.Cookie("wsc_agent")!;
        var (queue, queueHtml) = await browser.GetAsync("/gestion/dossiers");

        Assert.That(loginPage, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(loginHtml, Does.Contain("action=\"/gestion/connexion\"").And.Contain("autocomplete=\"current-password\""));
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/gestion/dossiers"));
        Assert.That(cookie, Does.StartWith("wsc_agent=").And.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
        Assert.That(browser.Cookie("wsc_session"), Is.Null, "the citizen's session is another cookie");
        Assert.That(queue, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(queueHtml, Does.Contain("Claire Martin (état civil)").And.Contain("<h1>Dossiers à traiter</h1>"));

        var (loggedOut, _, logout) = await browser.PostAsync("/gestion/deconnexion", new());
        var (_, after) = await browser.GetAsync(logout.Headers.Location!.ToString());
        using var replay = new HttpRequestMessage(HttpMethod.Get, Host.BaseUrl + "/gestion/dossiers");
        replay.Headers.Add("Cookie", "wsc_agent=" + token);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var replayed = await client.SendAsync(replay);

        Assert.That(loggedOut, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(after, Does.Contain("Vous êtes déconnecté(e)"));
        Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther), "the old cookie opens nothing");
        Assert.That(replayed.Headers.Location?.ToString(), Is.EqualTo("/gestion/connexion"));
    }

    [Test]
    public async Task A_wrong_password_is_announced_with_the_address_kept_and_no_session()
    {
        using var browser = new PageBrowser(Host.BaseUrl);

        var (status, html, _) = await browser.PostAsync("/gestion/connexion", new() { ["email"] = Roads, ["motDePasse"] = "mot de passe erroné" });

        Assert.That(status, Is.EqualTo((HttpStatusCode)422));
        Assert.That(html, Does.Contain("role=\"alert\"").And.Contain("Adresse électronique ou mot de passe incorrect.")
            .And.Contain("href=\"#f-motDePasse\"").And.Contain($"value=\"{Roads}\""));
        Assert.That(html, Does.Not.Contain("mot de passe erroné"));
        Assert.That(browser.Cookie("wsc_agent"), Is.Null);
    }

    [Test]
    public async Task Without_a_session_every_agent_page_leads_to_the_login_page_and_changes_nothing()
    {
        var (number, _) = await FileAsync();
        using var browser = new PageBrowser(Host.BaseUrl);

        var (queue, _) = await browser.GetAsync("/gestion/dossiers");
        var (dossier, _) = await browser.GetAsync($"/gestion/dossiers/{number}");
        var (note, _, response) = await browser.PostAsync($"/gestion/dossiers/{number}/note", new() { ["texte"] = "sans session" });

        Assert.That(new[] { queue, dossier, note }, Is.All.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/gestion/connexion"));
        Assert.That(Events(number), Is.EqualTo(1));
    }

    [Test]
    public async Task A_form_posted_from_another_site_is_refused_and_changes_nothing()
    {
        var (number, _) = await FileAsync();
        using var browser = await LoggedInAsync(CivilStatus);
        using var foreign = new HttpRequestMessage(HttpMethod.Post, $"{Host.BaseUrl}/gestion/dossiers/{number}/action")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "PRENDRE_EN_CHARGE", ["etape"] = "ENREGISTREE" }),
        };
        foreign.Headers.Add("Origin", "https://site-malveillant.example");
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, $"{Host.BaseUrl}/gestion/dossiers/{number}/note")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["texte"] = "posté d'ailleurs" }),
        };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var refused = await browser.Http.SendAsync(foreign);
        using var refusedToo = await browser.Http.SendAsync(crossSite);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(refusedToo.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("depuis les pages de Web Services Citoyens"));
        Assert.That(Step(number), Is.EqualTo("ENREGISTREE"));
        Assert.That(Events(number), Is.EqualTo(1));
    }

    [Test]
    public async Task Every_agent_page_is_kept_by_no_cache_and_framed_by_no_site()
    {
        using var browser = await LoggedInAsync(CivilStatus);

        using var response = await browser.Http.GetAsync(Host.BaseUrl + "/gestion/dossiers");

        Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("no-store").And.Contain("private"));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("same-origin"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo("frame-ancestors 'none'"));
    }

    // ------------------------------------------------------------------ the queue

    [Test]
    public async Task The_queue_filters_sorts_and_pages_as_its_address_says_and_counts_the_dossiers()
    {
        // A procedure no other test of this host files: its five dossiers are the whole list.
        const string death = "etat-civil.acte-deces";
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++) numbers.Add((await FileAsync(death)).Number);
        using var browser = await LoggedInAsync(CivilStatus);

        var (first, page1) = await browser.GetAsync($"/gestion/dossiers?demarche={death}&taille=2");
        var (_, page3) = await browser.GetAsync($"/gestion/dossiers?demarche={death}&taille=2&page=3");
        var (_, byNumber) = await browser.GetAsync($"/gestion/dossiers?demarche={death}&tri=numero");
        var (_, byNumberDown) = await browser.GetAsync($"/gestion/dossiers?demarche={death}&tri=numero&ordre=desc");

        Assert.That(first, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page1, Does.Contain("<h2 id=\"titre-liste\">5 dossiers</h2>").And.Contain("Page 1 sur 3"));
        Assert.That(Rows(page1), Is.EqualTo(numbers.Take(2)), "oldest first by default");
        Assert.That(page1, Does.Contain($"href=\"/gestion/dossiers?demarche={death}&page=2&taille=2\"").And.Contain("Page suivante").And.Not.Contain("Page précédente"));
        Assert.That(page1, Does.Contain($"<option value=\"{death}\" selected>"), "the filter form shows the procedure chosen");
        Assert.That(page3, Does.Contain("Page 3 sur 3").And.Contain("Page précédente").And.Not.Contain("Page suivante"));
        Assert.That(Rows(page3), Is.EqualTo(numbers.Skip(4)));
        Assert.That(Rows(byNumber), Is.EqualTo(numbers.Order(StringComparer.Ordinal)));
        Assert.That(byNumber, Does.Contain("aria-sort=\"ascending\"").And.Contain($"href=\"/gestion/dossiers?demarche={death}&tri=numero&ordre=desc\""));
        Assert.That(Rows(byNumberDown), Is.EqualTo(numbers.OrderDescending(StringComparer.Ordinal)));
        Assert.That(byNumberDown, Does.Contain("aria-sort=\"descending\""));
    }

    [Test]
    public async Task The_queue_offers_only_the_procedures_of_the_agents_remit_and_lists_only_their_dossiers()
    {
        var (incident, _) = await FileAsync(Requests.RoadIncident);
        var (birth, _) = await FileAsync();
        using var civilStatus = await LoggedInAsync(CivilStatus);
        using var roads = await LoggedInAsync(Roads);

        var (_, civil) = await civilStatus.GetAsync("/gestion/dossiers?taille=100&tri=depot&ordre=desc");
        var (_, road) = await roads.GetAsync("/gestion/dossiers?taille=100&tri=depot&ordre=desc");

        Assert.That(civil, Does.Contain($"value=\"{BirthCertificate}\"").And.Not.Contain($"value=\"{Requests.RoadIncident}\""));
        Assert.That(Rows(civil), Does.Contain(birth).And.Not.Contain(incident));
        Assert.That(road, Does.Contain($"value=\"{Requests.RoadIncident}\"").And.Not.Contain($"value=\"{BirthCertificate}\""));
        Assert.That(Rows(road), Does.Contain(incident).And.Not.Contain(birth));
    }

    [Test]
    public async Task The_queue_filters_by_step_state_assignment_age_and_overdue()
    {
        const string genealogist = "etat-civil.demande-genealogiste";
        var (waiting, _) = await FileAsync(genealogist);
        var (mine, _) = await FileAsync(genealogist);
        using var browser = await LoggedInAsync(CivilStatus);
        await Post(browser, $"/gestion/dossiers/{mine}/attribution", new() { ["agent"] = AgentId(CivilStatus) });
        await Post(browser, $"/gestion/dossiers/{waiting}/correction", new() { ["texte"] = "Joignez le mandat de la famille." });
        var initial = Definitions.Get(genealogist).InitialStep.Code;

        var (_, assigned) = await browser.GetAsync($"/gestion/dossiers?demarche={genealogist}&moi=oui");
        var (_, free) = await browser.GetAsync($"/gestion/dossiers?demarche={genealogist}&libres=oui");
        var (_, awaiting) = await browser.GetAsync($"/gestion/dossiers?demarche={genealogist}&etat=en-attente");
        var (_, atStep) = await browser.GetAsync($"/gestion/dossiers?demarche={genealogist}&etape={initial}");
        var (_, old) = await browser.GetAsync($"/gestion/dossiers?demarche={genealogist}&anciennete=1");
        var (_, late) = await browser.GetAsync($"/gestion/dossiers?demarche={genealogist}&retard=oui");

        Assert.That(Rows(assigned), Is.EqualTo(new[] { mine }));
        Assert.That(assigned, Does.Contain("<td>Claire Martin (état civil)</td>").And.Contain("id=\"f-moi\" name=\"moi\" type=\"checkbox\" value=\"oui\" class=\"wsc-checkbox\" checked"));
        Assert.That(Rows(free), Is.EqualTo(new[] { waiting }));
        Assert.That(Rows(awaiting), Is.EqualTo(new[] { waiting }));
        Assert.That(awaiting, Does.Contain("En attente de l'usager"));
        Assert.That(Rows(atStep), Is.EquivalentTo(new[] { waiting, mine }));
        Assert.That(old, Does.Contain("0 dossier").And.Contain("Aucun dossier ne correspond à ces critères."));
        Assert.That(Rows(late), Is.Empty, "filed today, neither is overdue");
    }

    [Test]
    public async Task A_filter_value_the_form_does_not_offer_is_refused_naming_its_control()
    {
        using var browser = await LoggedInAsync(CivilStatus);

        var (status, html) = await browser.GetAsync($"/gestion/dossiers?demarche={Requests.RoadIncident}&anciennete=douze&tri=couleur");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("role=\"alert\"")
            .And.Contain("<a href=\"#f-demarche\">Cette démarche n'est pas de votre périmètre")
            .And.Contain("<a href=\"#f-anciennete\">L'ancienneté s'écrit en nombre entier de jours")
            .And.Contain("Ce tri n'existe pas"));
        Assert.That(Rows(html), Is.Empty, "no list for a refused filter");
    }

    [Test]
    public async Task A_selection_is_entrusted_or_acted_upon_with_an_outcome_for_each_dossier()
    {
        var (one, _) = await FileAsync();
        var (two, _) = await FileAsync();
        var (incident, _) = await FileAsync(Requests.RoadIncident);
        using var browser = await LoggedInAsync(CivilStatus);
        var administrator = AgentId(Administrator);
        KeyValuePair<string, string> F(string name, string value) => KeyValuePair.Create(name, value);

        var (assigned, assignedHtml, _) = await browser.PostAsync("/gestion/dossiers/selection",
            [F("dossiers", one), F("dossiers", two), F("dossiers", incident), F("operation", "attribuer"), F("agent", administrator), F("taille", "10")]);
        var (acted, actedHtml, _) = await browser.PostAsync("/gestion/dossiers/selection",
            [F("dossiers", one), F("dossiers", two), F("operation", "action"), F("action", "PRENDRE_EN_CHARGE")]);
        var (again, againHtml, _) = await browser.PostAsync("/gestion/dossiers/selection",
            [F("dossiers", one), F("operation", "action"), F("action", "PRENDRE_EN_CHARGE")]);
        var (empty, emptyHtml, _) = await browser.PostAsync("/gestion/dossiers/selection", [F("operation", "attribuer"), F("agent", administrator)]);

        Assert.That(assigned, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(assignedHtml, Does.Contain("2 dossiers traités sur 3 sélectionnés.").And.Contain("Résultat pour chaque dossier")
            .And.Contain("Refusé : Aucun dossier de votre périmètre ne porte ce numéro.").And.Contain("<option value=\"10\" selected>"));
        Assert.That(Host.Text("SELECT assigned_agent_id FROM dossiers WHERE number = @n", ("@n", one)), Is.EqualTo(administrator));
        Assert.That(Host.Text("SELECT assigned_agent_id FROM dossiers WHERE number = @n", ("@n", incident)), Is.Null);
        Assert.That(acted, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(actedHtml, Does.Contain("2 dossiers traités sur 2 sélectionnés."));
        Assert.That(new[] { Step(one), Step(two) }, Is.All.EqualTo("PRISE_EN_CHARGE"));
        Assert.That(againHtml, Does.Contain("0 dossier traité sur 1 sélectionné.").And.Contain("Refusé : L'action PRENDRE_EN_CHARGE n'est pas possible"));
        Assert.That(empty, Is.EqualTo((HttpStatusCode)422));
        Assert.That(emptyHtml, Does.Contain("Cochez au moins un dossier de la liste."));
    }

    [Test]
    public async Task Taking_over_a_colleague_gives_the_agent_their_open_dossiers_of_the_remit()
    {
        var (dossier, _) = await FileAsync();
        using var administrator = await LoggedInAsync(Administrator);
        using var agent = await LoggedInAsync(CivilStatus);
        await Post(administrator, $"/gestion/dossiers/{dossier}/attribution", new() { ["agent"] = AgentId(Administrator) });

        var (status, html, _) = await agent.PostAsync("/gestion/dossiers/reprise", new() { ["collegue"] = AgentId(Administrator) });
        var (refused, refusedHtml, _) = await agent.PostAsync("/gestion/dossiers/reprise", new() { ["collegue"] = "" });

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("de Sophie Lambert (administratrice) vous").And.Contain(dossier));
        Assert.That(Host.Text("SELECT assigned_agent_id FROM dossiers WHERE number = @n", ("@n", dossier)), Is.EqualTo(AgentId(CivilStatus)));
        Assert.That(refused, Is.EqualTo((HttpStatusCode)422));
        Assert.That(refusedHtml, Does.Contain("<a href=\"#f-collegue\">Choisissez le collègue"));
    }

    // ------------------------------------------------------------------ a dossier

    [Test]
    public async Task A_dossier_of_another_theme_gets_the_same_404_page_as_an_unknown_number()
    {
        var (incident, _) = await FileAsync(Requests.RoadIncident);
        using var browser = await LoggedInAsync(CivilStatus);

        var (status, html) = await browser.GetAsync($"/gestion/dossiers/{incident}");
        var (unknownStatus, unknownHtml) = await browser.GetAsync("/gestion/dossiers/AAA-AAA-AAA");
        var (malformedStatus, malformedHtml) = await browser.GetAsync("/gestion/dossiers/pas-un-numero");
        var (posted, postedHtml, _) = await browser.PostAsync($"/gestion/dossiers/{incident}/note", new() { ["texte"] = "hors périmètre" });
        var (document, documentHtml) = await browser.GetAsync($"/gestion/dossiers/{incident}/documents/00000000000000000000000000000000");

        Assert.That(new[] { status, unknownStatus, malformedStatus, posted, document }, Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(html, Does.Contain("Aucun dossier de votre périmètre ne porte ce numéro.").And.Not.Contain(incident));
        Assert.That(unknownHtml, Is.EqualTo(html));
        Assert.That(malformedHtml, Is.EqualTo(html));
        Assert.That(postedHtml, Is.EqualTo(html));
        Assert.That(documentHtml, Is.EqualTo(html));
        Assert.That(Events(incident), Is.EqualTo(1));
    }

    [Test]
    public async Task The_dossier_page_shows_its_facts_the_request_its_actions_and_its_history()
    {
        var (number, _) = await FileAsync();
        using var browser = await LoggedInAsync(CivilStatus);

        var (status, html) = await browser.GetAsync($"/gestion/dossiers/{number}");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain($"<title>Dossier N° {number} – Gestion des dossiers – Orléans</title>")
            .And.Contain("Demande d'acte de naissance").And.Contain("<dd>Anne Lefèvre</dd>").And.Contain("<dd>En cours</dd>")
            .And.Contain("<dd>Demande enregistrée</dd>").And.Contain("Non (délai annoncé : 10 jours)").And.Contain("<dd>Personne</dd>")
            .And.Contain("Service web (site de la commune ou logiciel)"));
        Assert.That(html, Does.Contain("<input type=\"hidden\" name=\"etape\" value=\"ENREGISTREE\">")
            .And.Contain("<input type=\"hidden\" name=\"action\" value=\"PRENDRE_EN_CHARGE\">").And.Contain(">Prendre en charge</button>"));
        Assert.That(html, Does.Contain("<h2 id=\"titre-demande\">La demande</h2>").And.Contain("<h3 id=\"wsc-partie-1\">")
            .And.Contain("<dd>Lefèvre</dd>").And.Contain("12 bis rue de Bourgogne"));
        Assert.That(html, Does.Contain("Demande déposée").And.Contain("visible par l'usager").And.Contain("Aucune pièce jointe.").And.Contain("Aucun document produit."));
        Assert.That(html, Does.Contain("value=\"REJETEE\"").And.Contain("value=\"ACTE_INTROUVABLE\""), "the exits a rejection may take");
    }

    [Test]
    public async Task An_action_moves_the_dossier_and_a_page_showing_an_earlier_step_is_refused_without_change()
    {
        var (number, _) = await FileAsync();
        using var browser = await LoggedInAsync(CivilStatus);
        var form = new Dictionary<string, string> { ["action"] = "PRENDRE_EN_CHARGE", ["etape"] = "ENREGISTREE" };

        var (done, _, location) = await Post(browser, $"/gestion/dossiers/{number}/action", form);
        var (_, confirmed) = await browser.GetAsync(location!);
        var events = Events(number);
        var (stale, staleHtml, _) = await Post(browser, $"/gestion/dossiers/{number}/action", form);
        var (wrongStep, wrongStepHtml, _) = await Post(browser, $"/gestion/dossiers/{number}/action",
            new() { ["action"] = "COPIE_SIGNEE", ["etape"] = "PRISE_EN_CHARGE" });

        Assert.That(done, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(location, Is.EqualTo($"/gestion/dossiers/{number}?fait=action&code=PRENDRE_EN_CHARGE"));
        Assert.That(confirmed, Does.Contain("role=\"status\"><p class=\"wsc-notice bo-notice\">Action « Prendre en charge » effectuée. Étape en cours : « Prise en charge ».</p>"));
        Assert.That(stale, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(staleHtml, Does.Contain("role=\"alert\"").And.Contain("Rien n'a été fait : la page affichait une étape dépassée")
            .And.Contain("Il est maintenant à l'étape « Prise en charge »"));
        Assert.That(wrongStep, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(wrongStepHtml, Does.Contain("L'action COPIE_SIGNEE n'est pas possible pour vous à l'étape « Prise en charge »."));
        Assert.That(Step(number), Is.EqualTo("PRISE_EN_CHARGE"));
        Assert.That(Events(number), Is.EqualTo(events), "the refused posts changed nothing");
    }

    [Test]
    public async Task A_note_a_message_and_a_correction_request_are_recorded_then_confirmed_after_a_redirect()
    {
        var (number, code) = await FileAsync();
        using var browser = await LoggedInAsync(CivilStatus);

        var (note, _, noteLocation) = await Post(browser, $"/gestion/dossiers/{number}/note", new() { ["texte"] = "Appeler la mairie de naissance." });
        var (_, afterNote) = await browser.GetAsync(noteLocation!);
        var (message, _, messageLocation) = await Post(browser, $"/gestion/dossiers/{number}/message", new() { ["texte"] = "Votre demande est bien reçue." });
        var (_, afterMessage) = await browser.GetAsync(messageLocation!);
        var (correction, _, correctionLocation) = await Post(browser, $"/gestion/dossiers/{number}/correction",
            new() { ["texte"] = "Précisez le prénom de votre mère." });
        var (_, afterCorrection) = await browser.GetAsync(correctionLocation!);
        var tracking = await Infrastructure.Soap.Http.GetStringAsync($"{Host.BaseUrl}/suivi?dossier={number}&code={Uri.EscapeDataString(code)}");

        Assert.That(new[] { note, message, correction }, Is.All.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(afterNote, Does.Contain("La note interne est ajoutée à l'historique ; l'usager ne la voit pas.")
            .And.Contain("Appeler la mairie de naissance.").And.Contain("note interne, non visible par l'usager"));
        Assert.That(afterMessage, Does.Contain("Le message est envoyé à l'usager").And.Contain("Message à l'usager"));
        Assert.That(afterCorrection, Does.Contain("La demande de correction est envoyée à l'usager").And.Contain("<dd>En attente de l'usager</dd>"));
        Assert.That(State(number), Is.EqualTo("AwaitingCitizen"));
        Assert.That(Host.Scalar("SELECT COUNT(*) FROM outbox WHERE body_text LIKE @text", ("@text", "%Précisez le prénom de votre mère.%")), Is.EqualTo(1),
            "the correction request is mailed");
        Assert.That(tracking, Does.Not.Contain("Appeler la mairie de naissance."), "the citizen never reads an internal note");
    }

    [Test]
    public async Task An_empty_or_too_long_text_is_refused_next_to_its_control_kept_and_changes_nothing()
    {
        var (number, _) = await FileAsync();
        using var browser = await LoggedInAsync(CivilStatus);
        var tooLong = new string('x', 4001);

        var (empty, emptyHtml, _) = await Post(browser, $"/gestion/dossiers/{number}/note", new() { ["texte"] = "  " });
        var (longMessage, longHtml, _) = await Post(browser, $"/gestion/dossiers/{number}/message", new() { ["texte"] = tooLong });

        Assert.That(empty, Is.EqualTo((HttpStatusCode)422));
        Assert.That(emptyHtml, Does.Contain("<a href=\"#f-note\">Le texte est vide ou dépasse 4000 caractères.</a>")
            .And.Contain("aria-describedby=\"f-note-aide f-note-erreur\" aria-invalid=\"true\""));
        Assert.That(longMessage, Is.EqualTo((HttpStatusCode)422));
        Assert.That(longHtml, Does.Contain("<a href=\"#f-message\">").And.Contain(tooLong + "</textarea>"), "what was typed is kept");
        Assert.That(Events(number), Is.EqualTo(1));
    }

    [Test]
    public async Task Rejecting_takes_the_chosen_exit_with_its_reason_and_the_citizen_sees_it()
    {
        var (number, code) = await FileAsync();
        var (other, _) = await FileAsync();
        using var browser = await LoggedInAsync(CivilStatus);

        var (unknown, unknownHtml, _) = await Post(browser, $"/gestion/dossiers/{other}/rejet", new() { ["issue"] = "CLOTURE", ["motif"] = "Mauvaise issue." });
        var (noReason, noReasonHtml, _) = await Post(browser, $"/gestion/dossiers/{other}/rejet", new() { ["issue"] = "REJETEE", ["motif"] = "" });
        var (rejected, _, location) = await Post(browser, $"/gestion/dossiers/{number}/rejet",
            new() { ["issue"] = "ACTE_INTROUVABLE", ["motif"] = "L'acte ne figure pas dans nos registres." });
        var (_, after) = await browser.GetAsync(location!);
        var tracking = WebUtility.HtmlDecode(await Infrastructure.Soap.Http.GetStringAsync($"{Host.BaseUrl}/suivi?dossier={number}&code={Uri.EscapeDataString(code)}"));

        Assert.That(unknown, Is.EqualTo((HttpStatusCode)422));
        Assert.That(unknownHtml, Does.Contain("<a href=\"#f-issue\">L'étape CLOTURE n'est pas une issue de rejet de cette démarche.</a>"));
        Assert.That(noReason, Is.EqualTo((HttpStatusCode)422));
        Assert.That(noReasonHtml, Does.Contain("<a href=\"#f-motif\">"));
        Assert.That(Step(other), Is.EqualTo("ENREGISTREE"));
        Assert.That(rejected, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(after, Does.Contain("Le dossier est rejeté (« Acte introuvable, réponse négative »)").And.Contain("<dd>Clos</dd>")
            .And.Contain("L'acte ne figure pas dans nos registres."));
        Assert.That(Step(number), Is.EqualTo("ACTE_INTROUVABLE"));
        Assert.That(tracking, Does.Contain("Acte introuvable : réponse négative envoyée"));
    }

    [Test]
    public async Task A_closed_dossier_keeps_only_the_note_and_the_message_and_refuses_its_actions()
    {
        var (number, _) = await FileAsync();
        using var browser = await LoggedInAsync(CivilStatus);

        var (closed, _, location) = await Post(browser, $"/gestion/dossiers/{number}/cloture", new());
        var (_, after) = await browser.GetAsync(location!);
        var (action, actionHtml, _) = await Post(browser, $"/gestion/dossiers/{number}/action", new() { ["action"] = "PRENDRE_EN_CHARGE", ["etape"] = "CLOTURE" });
        var (note, _, _) = await Post(browser, $"/gestion/dossiers/{number}/note", new() { ["texte"] = "Dossier archivé." });

        Assert.That(closed, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(after, Does.Contain("Le dossier est clos.").And.Contain("<dd>Clos</dd>").And.Contain("<dt>Clos le</dt>")
            .And.Contain("id=\"f-note\"").And.Contain("id=\"f-message\""));
        Assert.That(after, Does.Not.Contain("id=\"f-correction\"").And.Not.Contain("/cloture\"").And.Not.Contain("name=\"action\""));
        Assert.That(Step(number), Is.EqualTo("CLOTURE"));
        Assert.That(action, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(actionHtml, Does.Contain("Ce dossier est clos"));
        Assert.That(note, Is.EqualTo(HttpStatusCode.SeeOther), "a closed dossier still takes a note");
    }

    [Test]
    public async Task Assigning_entrusts_the_dossier_to_a_colleague_who_handles_its_procedure_only()
    {
        var (number, _) = await FileAsync();
        using var browser = await LoggedInAsync(CivilStatus);

        var (outOfRemit, outOfRemitHtml, _) = await Post(browser, $"/gestion/dossiers/{number}/attribution", new() { ["agent"] = AgentId(Roads) });
        var (assigned, _, location) = await Post(browser, $"/gestion/dossiers/{number}/attribution", new() { ["agent"] = AgentId(Administrator) });
        var (_, after) = await browser.GetAsync(location!);
        var (_, queue) = await browser.GetAsync($"/gestion/dossiers?demarche={BirthCertificate}&taille=100&tri=depot&ordre=desc");
        var (released, _, _) = await Post(browser, $"/gestion/dossiers/{number}/attribution", new() { ["agent"] = "personne" });

        Assert.That(outOfRemit, Is.EqualTo((HttpStatusCode)422));
        Assert.That(outOfRemitHtml, Does.Contain("<a href=\"#f-agent\">Karim Benali (voirie) ne traite pas cette démarche"));
        Assert.That(assigned, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(after, Does.Contain("Le dossier est confié à Sophie Lambert (administratrice).")
            .And.Contain($"<option value=\"{AgentId(Administrator)}\" selected>Sophie Lambert (administratrice)</option>"));
        Assert.That(Regex.IsMatch(queue, $"{number}.*?<td>Sophie Lambert \\(administratrice\\)</td>", RegexOptions.Singleline), "the queue names the agent");
        Assert.That(released, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(Host.Text("SELECT assigned_agent_id FROM dossiers WHERE number = @n", ("@n", number)), Is.Null);
    }

    [Test]
    public async Task The_generated_letter_downloads_as_a_pdf_for_the_agents_of_the_dossier_only()
    {
        var (number, _) = await FileAsync();
        using var browser = await LoggedInAsync(CivilStatus);
        using var roads = await LoggedInAsync(Roads);
        foreach (var (action, step) in new[] { ("PRENDRE_EN_CHARGE", "ENREGISTREE"), ("DONNEES_VERIFIEES", "PRISE_EN_CHARGE"),
                     ("DEMANDE_RECEVABLE", "CONTROLE_RECEVABILITE"), ("ACTE_TROUVE", "RECHERCHE_ACTE"), ("COPIE_REDIGEE", "REDACTION"), ("COPIE_SIGNEE", "SIGNATURE") })
            Assert.That((await Post(browser, $"/gestion/dossiers/{number}/action", new() { ["action"] = action, ["etape"] = step })).Status,
                Is.EqualTo(HttpStatusCode.SeeOther), action);
        var (_, page) = await browser.GetAsync($"/gestion/dossiers/{number}");
        var href = Regex.Match(page, $"href=\"(/gestion/dossiers/{number}/documents/[0-9a-f]+)\">Lettre d'accompagnement \\(PDF\\)</a>").Groups[1].Value;

        using var letter = await browser.Http.GetAsync(Host.BaseUrl + href);
        var bytes = await letter.Content.ReadAsByteArrayAsync();
        var (other, _) = await roads.GetAsync(href);

        Assert.That(href, Is.Not.Empty, page);
        Assert.That(letter.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(letter.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(letter.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo($"lettre-envoi-{number}.pdf"));
        Assert.That(letter.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
        Assert.That(other, Is.EqualTo(HttpStatusCode.NotFound), "another service's agent gets the not-found page");
        Assert.That(page, Does.Contain("Document produit").And.Contain("<dd>Envoi par courrier</dd>"));
    }

    /// <summary>On the shared host, whose citizens have e-safes: a document given to a dossier downloads for its agents, as stored.</summary>
    [Test]
    public async Task A_document_the_citizen_gave_to_the_dossier_downloads_for_its_agents_as_stored()
    {
        var calls = new Accounts.AccountCalls(SharedHost.Host);
        var (_, session) = await calls.NewCitizenAsync();
        var card = await Accounts.DocumentSamples.OwnDossierAsync(calls, session, Accounts.DocumentSamples.CardProcedure);
        var content = Accounts.DocumentSamples.Pdf();
        var document = await Accounts.DocumentSamples.UploadedAsync(calls, session, "justificatif.pdf", content);
        await calls.SucceedAsync("AttachDocument", ("SessionToken", session), ("DossierNumber", card),
            ("FieldPath", "pieces.justificatifDomicile"), ("DocumentId", document));
        using var administrator = await LoggedInAsync(Administrator, SharedHost.Host);
        using var civilStatus = await LoggedInAsync(CivilStatus, SharedHost.Host);

        var (_, page) = await administrator.GetAsync($"/gestion/dossiers/{card}");
        using var download = await administrator.Http.GetAsync($"{SharedHost.Host.BaseUrl}/gestion/dossiers/{card}/pieces/{document}");
        var (unknown, unknownHtml) = await administrator.GetAsync($"/gestion/dossiers/{card}/pieces/{new string('0', 32)}");
        var (outside, _) = await civilStatus.GetAsync($"/gestion/dossiers/{card}/pieces/{document}");

        Assert.That(page, Does.Contain($"href=\"/gestion/dossiers/{card}/pieces/{document}\">justificatif.pdf</a>").And.Contain("Justificatif de domicile"));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(content));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(download.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(unknown, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknownHtml, Does.Contain("Ce dossier n'a pas de document portant cet identifiant."));
        Assert.That(outside, Is.EqualTo(HttpStatusCode.NotFound), "an agent of another service answers like an unknown dossier");
    }
}
