using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using static WebServicesCitoyens.Tests.BackOffice.AgentPagesHost;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// « Saisir une demande au guichet ou par téléphone » in the agents' pages: /gestion/saisie lists the
/// procedures of the agent's remit their commune offers, /gestion/saisie/{code} is the citizen's form for
/// the commune with the channel to choose, and its post files the dossier as FileOnBehalf does (channel,
/// agent in the history), answering the number and tracking code to hand the citizen. Refusals come back
/// in French, linked to their fields, with what was typed; a post from another site and a procedure
/// outside the remit change nothing. On this folder's own host (<see cref="AgentPagesHost"/>), so that
/// counting dossiers is exact.
/// </summary>
public sealed class CounterFilingPagesTests
{
    private const string BirthCertificate = Requests.BirthCertificate;
    private static readonly string FormPath = $"/gestion/saisie/{BirthCertificate}";

    private static long Dossiers() => Host.CountDossiers();
    /// <summary>Who the first line of the dossier's history names (an agent as agent:{id}).</summary>
    private static string? FirstActor(string number) =>
        Host.Text("SELECT actor FROM dossier_events WHERE dossier_number = @n ORDER BY sequence LIMIT 1", ("@n", number));

    private static string? Column(string column, string number) => Host.Text($"SELECT {column} FROM dossiers WHERE number = @n", ("@n", number));

    /// <summary>The citizen's birth-certificate form as the agent fills it with them, the channel chosen and the page's own idempotency key.</summary>
    private static async Task<Dictionary<string, string>> FilledFormAsync(PageBrowser browser, string? channel)
    {
        var (_, page) = await browser.GetAsync(FormPath);
        var form = Web.FormPageTests.ValidBirthCertificateForm(Regex.Match(page, "name=\"clientRequestId\" value=\"([^\"]+)\"").Groups[1].Value);
        if (channel is not null) form["canal"] = channel;
        return form;
    }

    /// <summary>The names of the controls of a form page, hidden ones, the channel and the commune asked excepted.</summary>
    private static SortedSet<string> Controls(string html) =>
        new(Regex.Matches(html, "<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]*\\sname=\"([^\"]+)\"").Select(m => m.Groups[1].Value)
            .Where(name => name is not ("canal" or "commune-demandee")));

    [Test]
    public async Task The_list_offers_each_agent_the_procedures_of_their_remit_by_theme_and_the_header_links_to_it()
    {
        using var civilStatus = await LoggedInAsync(CivilStatus);
        using var roads = await LoggedInAsync(Roads);
        using var admin = await LoggedInAsync(Administrator);
        using var operatorBrowser = await LoggedInAsync("exploitant@wsc.demo");

        var (status, civil) = await civilStatus.GetAsync("/gestion/saisie");
        var (_, road) = await roads.GetAsync("/gestion/saisie");
        var (_, all) = await admin.GetAsync("/gestion/saisie");
        var (_, queue) = await civilStatus.GetAsync("/gestion/dossiers");
        var (_, operatorQueue) = await operatorBrowser.GetAsync("/gestion/administration");
        var (_, nothing) = await operatorBrowser.GetAsync("/gestion/saisie");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(civil, Does.Contain("<h1>Saisir une demande pour un usager</h1>").And.Contain("<h2 id=\"theme-etat-civil\">État civil</h2>")
            .And.Contain($"<a href=\"/gestion/saisie/{BirthCertificate}\">Demande d'acte de naissance</a>")
            .And.Contain("href=\"/gestion/saisie\" aria-current=\"page\">Saisir une demande</a>"));
        Assert.That(civil, Does.Not.Contain(Requests.RoadIncident).And.Not.Contain("theme-vie-quotidienne"));
        Assert.That(road, Does.Contain($"/gestion/saisie/{Requests.RoadIncident}").And.Not.Contain(BirthCertificate));
        Assert.That(all, Does.Contain($"/gestion/saisie/{Requests.RoadIncident}").And.Contain($"/gestion/saisie/{BirthCertificate}"));
        Assert.That(Regex.Matches(civil, "<h2 id=\"theme-").Count, Is.EqualTo(1), "one theme for the civil-status agent");
        Assert.That(queue, Does.Contain("<a href=\"/gestion/saisie\">Saisir une demande</a>"), "the header links to it on every page");
        Assert.That(operatorQueue, Does.Not.Contain("Saisir une demande"), "the operator files nothing: no commune");
        Assert.That(nothing, Does.Contain("Aucune démarche de votre périmètre n'est proposée en ligne par votre commune"));
    }

    [Test]
    public async Task The_form_is_the_citizens_form_for_the_commune_with_the_channel_to_choose_first()
    {
        using var browser = await LoggedInAsync(CivilStatus);

        var (status, html) = await browser.GetAsync(FormPath);
        var citizen = WebUtility.HtmlDecode(await Infrastructure.Soap.Http.GetStringAsync($"{Host.BaseUrl}/communes/{Requests.Commune}/{BirthCertificate}"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Controls(citizen), Has.Count.GreaterThan(10));
        Assert.That(Controls(html), Is.EqualTo(Controls(citizen)), "the same controls as the citizen's form");
        Assert.That(html, Does.Contain($"action=\"{FormPath}\"").And.Contain("name=\"clientRequestId\" value=\"guichet-")
            .And.Contain("<legend class=\"wsc-legend\">Canal de la demande").And.Contain("id=\"f-canal-guichet\" name=\"canal\" type=\"radio\" value=\"guichet\"")
            .And.Contain("<label for=\"f-canal-telephone\" class=\"wsc-checkbox-label\">Par téléphone</label>")
            .And.Contain("Enregistrer la demande</button>").And.Contain("<title>Saisie : Demande d'acte de naissance – Gestion des dossiers – Orléans</title>"));
        Assert.That(Regex.Matches(html, "name=\"canal\"[^>]*required").Count, Is.EqualTo(2), "the channel is required");
        Assert.That(html.IndexOf("name=\"canal\"", StringComparison.Ordinal), Is.LessThan(html.IndexOf("name=\"typeDocument\"", StringComparison.Ordinal)));
    }

    [Test]
    public async Task A_birth_certificate_entered_at_the_counter_is_a_dossier_of_channel_Counter_with_the_agent_first_in_its_history_and_in_the_queue()
    {
        using var browser = await LoggedInAsync(CivilStatus);
        var form = await FilledFormAsync(browser, "guichet");
        var before = Dossiers();

        var (status, html, _) = await browser.PostAsync(FormPath, form);
        var (again, replayed, _) = await browser.PostAsync(FormPath, form);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        var number = Regex.Match(html, "<strong class=\"wsc-dossier-number\">([A-Z0-9-]+)</strong>").Groups[1].Value;
        Assert.That(number, Is.Not.Empty);
        Assert.That(Dossiers(), Is.EqualTo(before + 1), "one dossier, the same post twice (a double click) included");
        Assert.That((again, Regex.Match(replayed, "wsc-dossier-number\">([A-Z0-9-]+)<").Groups[1].Value), Is.EqualTo((HttpStatusCode.OK, number)));
        var trackingCode = Column("tracking_code", number)!;
        Assert.That(html, Does.Contain($"<code class=\"wsc-tracking-code\">{trackingCode}</code>")
            .And.Contain($"<a href=\"/gestion/dossiers/{number}\">Ouvrir le dossier N° {number}</a>")
            .And.Contain("La demande « Demande d'acte de naissance » est enregistrée (au guichet).")
            .And.Contain($"{Host.BaseUrl}/suivi?dossier={number}&code={trackingCode}"));
        Assert.That((Column("channel", number), Column("commune_code", number)), Is.EqualTo(("Counter", Requests.Commune)));
        Assert.That(FirstActor(number), Is.EqualTo("agent:" + AgentId(CivilStatus)));

        var (_, queue) = await browser.GetAsync($"/gestion/dossiers?demarche={BirthCertificate}&tri=depot&ordre=desc");
        var (_, dossier) = await browser.GetAsync($"/gestion/dossiers/{number}");
        Assert.That(queue, Does.Contain($"value=\"{number}\""));
        Assert.That(dossier, Does.Contain("Au guichet").And.Contain("Lucie"));
        var history = dossier[dossier.IndexOf("<tbody>", dossier.IndexOf("bo-history-table", StringComparison.Ordinal), StringComparison.Ordinal)..];
        Assert.That(Regex.Match(history, "<tr[^>]*>.*?</tr>", RegexOptions.Singleline).Value, Does.Contain("Demande déposée").And.Contain("Claire Martin (état civil)"),
            "the agent is named in the first line of the history");
    }

    [Test]
    public async Task A_request_phoned_in_is_a_dossier_of_channel_Phone()
    {
        using var browser = await LoggedInAsync(Administrator);

        var (status, html, _) = await browser.PostAsync(FormPath, await FilledFormAsync(browser, "telephone"));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        var number = Regex.Match(html, "wsc-dossier-number\">([A-Z0-9-]+)<").Groups[1].Value;
        Assert.That(Column("channel", number), Is.EqualTo("Phone"));
        Assert.That(html, Does.Contain("(par téléphone)").And.Contain("<dd>Par téléphone</dd>"));
        Assert.That(FirstActor(number), Is.EqualTo("agent:" + AgentId(Administrator)));
    }

    [Test]
    public async Task A_request_missing_a_required_field_and_its_channel_comes_back_in_french_linked_to_its_fields_with_the_values_kept_and_nothing_stored()
    {
        using var browser = await LoggedInAsync(CivilStatus);
        var form = await FilledFormAsync(browser, channel: null);
        form["titulaire.nomNaissance"] = "";
        form["titulaire.dateNaissance"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd");
        var before = Dossiers();

        var (status, html, _) = await browser.PostAsync(FormPath, form);

        Assert.That(status, Is.EqualTo((HttpStatusCode)422));
        Assert.That(Dossiers(), Is.EqualTo(before));
        Assert.That(html, Does.Contain("role=\"alert\"").And.Contain("Le formulaire contient 3 erreurs")
            .And.Contain("<title>Erreur : Saisie : Demande d'acte de naissance")
            .And.Contain("href=\"#f-titulaire-nomNaissance\"").And.Contain("href=\"#f-titulaire-dateNaissance\"")
            .And.Contain("<a href=\"#f-canal\">Indiquez si la demande est faite au guichet ou par téléphone.</a>")
            .And.Contain("id=\"f-canal-erreur\"").And.Contain("(titulaire.nomNaissance)"));
        Assert.That(html, Does.Contain("value=\"Lucie\"").And.Contain("value=\"marc.bernard@example.org\"")
            .And.Contain($"name=\"clientRequestId\" value=\"{form["clientRequestId"]}\""), "what was typed is kept, and the rendering's key");

        // The channel chosen is kept too when the request alone is refused.
        form["canal"] = "telephone";
        var (_, kept, _) = await browser.PostAsync(FormPath, form);
        Assert.That(kept, Does.Contain("Le formulaire contient 2 erreurs").And.Match("id=\"f-canal-telephone\"[^>]*checked"));

        // A request the XSD accepts but a rule refuses, without its channel: both said at once.
        form["titulaire.nomNaissance"] = "Bernard";
        form.Remove("canal");
        var (ruleStatus, rule, _) = await browser.PostAsync(FormPath, form);
        Assert.That(ruleStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(rule, Does.Contain("Le formulaire contient 2 erreurs").And.Contain("href=\"#f-titulaire-dateNaissance\"").And.Contain("href=\"#f-canal\""));
        Assert.That(Dossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_form_posted_from_another_site_or_without_a_session_is_refused_and_stores_nothing()
    {
        using var browser = await LoggedInAsync(CivilStatus);
        var form = await FilledFormAsync(browser, "guichet");
        var before = Dossiers();
        using var foreign = new HttpRequestMessage(HttpMethod.Post, Host.BaseUrl + FormPath) { Content = new FormUrlEncodedContent(form) };
        foreign.Headers.Add("Origin", "https://site-malveillant.example");
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, Host.BaseUrl + FormPath) { Content = new FormUrlEncodedContent(form) };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var anonymous = new PageBrowser(Host.BaseUrl);

        using var refused = await browser.Http.SendAsync(foreign);
        using var refusedToo = await browser.Http.SendAsync(crossSite);
        var (noSession, _, login) = await anonymous.PostAsync(FormPath, form);

        Assert.That((refused.StatusCode, refusedToo.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("depuis les pages de Web Services Citoyens"));
        Assert.That(noSession, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(login.Headers.Location?.ToString(), Is.EqualTo("/gestion/connexion"));
        Assert.That(Dossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_procedure_outside_the_remit_answers_exactly_like_an_unknown_one_and_its_post_stores_nothing()
    {
        using var roads = await LoggedInAsync(Roads);
        var form = Web.FormPageTests.ValidBirthCertificateForm(Requests.NewId("guichet"));
        form["canal"] = "guichet";
        var before = Dossiers();

        var (outside, outsideHtml) = await roads.GetAsync(FormPath);
        var (unknown, unknownHtml) = await roads.GetAsync("/gestion/saisie/etat-civil.inexistante");
        var (posted, postedHtml, _) = await roads.PostAsync(FormPath, form);

        Assert.That((outside, unknown, posted), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
        Assert.That(outsideHtml, Is.EqualTo(unknownHtml));
        Assert.That(postedHtml, Is.EqualTo(unknownHtml));
        Assert.That(outsideHtml, Does.Contain("Démarche introuvable").And.Contain("Aucune démarche de votre périmètre ne porte ce code."));
        Assert.That(outsideHtml, Does.Not.Contain("Demande d'acte de naissance"));
        Assert.That(Dossiers(), Is.EqualTo(before));
    }

    /// <summary>
    /// In real headless Chromium (Tests/Accessibility/counter_filing_e2e.mjs): from the header's link to the
    /// list, the birth certificate's form, the form refused (browser checks off, as a browser without them
    /// would send it), then filled with the keyboard and « Au guichet » chosen; axe-core (WCAG 2.1 A and AA)
    /// finds nothing on any of the four pages, nor on the header's « Demandes à d'autres communes ».
    /// </summary>
    [Test]
    public void The_counter_pages_have_no_accessibility_violation_in_chromium_and_the_filed_dossier_is_the_counters()
    {
        var fields = Web.FormPageTests.ValidBirthCertificateForm("").Where(f => f.Key != "clientRequestId" && f.Value.Length > 0)
            .ToDictionary(f => f.Key, f => f.Value);
        var before = Dossiers();

        var output = Tool.Succeed("node", Repository.PathOf("Tests", "Accessibility", "counter_filing_e2e.mjs"), Host.BaseUrl, CivilStatus, Password,
            JsonSerializer.Serialize(fields));

        var report = JsonDocument.Parse(output).RootElement;
        var pages = report.GetProperty("axe").EnumerateArray().ToList();
        Assert.That(pages.Select(p => p.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "saisie", "saisie formulaire", "saisie refusée", "saisie enregistrée", "demandes à d'autres communes" }));
        Assert.That(pages.Select(p => p.GetProperty("status").GetInt32()), Is.EqualTo(new[] { 200, 200, 422, 200, 200 }));
        foreach (var page in pages)
            Assert.That(page.GetProperty("violations").GetArrayLength(), Is.Zero,
                $"{page.GetProperty("name")} ({page.GetProperty("url")}): {page.GetProperty("violations")}");
        var number = report.GetProperty("number").GetString()!;
        Assert.That(Dossiers(), Is.EqualTo(before + 1));
        Assert.That(Column("channel", number), Is.EqualTo("Counter"));
        Assert.That(report.GetProperty("trackingCode").GetString(), Is.EqualTo(Column("tracking_code", number)));
    }
}
