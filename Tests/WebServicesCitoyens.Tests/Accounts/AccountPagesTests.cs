using System.Net;
using System.Text.RegularExpressions;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// The account's pages as a browser uses them: open an account, follow the e-mailed link, log in
/// (an HttpOnly, SameSite=Strict cookie), see the dashboard, file a dossier while logged in, attach
/// another by its tracking code, log out.
/// </summary>
public sealed class AccountPagesTests
{
    private static string Base => SharedHost.Host.BaseUrl;

    /// <summary>Opens and confirms an account through the pages, then logs in.</summary>
    private static async Task<(PageBrowser Browser, string Email)> LoggedInAsync()
    {
        var browser = new PageBrowser(Base);
        var email = NewEmail("web");
        var (status, html, _) = await browser.PostAsync("/compte/inscription", new() { ["email"] = email, ["motDePasse"] = GoodPassword });
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        var token = new AccountCalls(SharedHost.Host).TokenFrom(email, "AccountConfirmation");
        var page = await browser.GetAsync("/compte/confirmation?jeton=" + token);
        Assert.That(page.Html, Does.Contain($"name=\"jeton\" value=\"{token}\"").And.Not.Contain("Adresse confirmée"), "opening the link confirms nothing");
        Assert.That(SharedHost.Host.Text("SELECT email_confirmed_at FROM citizens WHERE email = @e", ("@e", email)), Is.Null);
        var confirmed = await browser.PostAsync("/compte/confirmation", new() { ["jeton"] = token });
        Assert.That(confirmed.Html, Does.Contain("Adresse confirmée"));
        var (loginStatus, _, response) = await browser.PostAsync("/compte/connexion", new() { ["email"] = email, ["motDePasse"] = GoodPassword });
        Assert.That(loginStatus, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/compte/tableau-de-bord"));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wsc_session="));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
        return (browser, email);
    }

    [Test]
    public async Task A_citizen_opens_an_account_logs_in_and_sees_the_dossiers_filed_while_logged_in()
    {
        var (browser, email) = await LoggedInAsync();
        using var _ = browser;
        var (empty, emptyHtml) = await browser.GetAsync("/compte/tableau-de-bord");
        Assert.That(empty, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(emptyHtml, Does.Contain(email).And.Contain("Aucun dossier en cours."));

        var (filed, receipt, _) = await browser.PostAsync($"/communes/{Requests.Commune}/{Requests.RoadIncident}", new()
        {
            ["categorie"] = "DEPOT_SAUVAGE", ["niveauGene"] = "IMPORTANTE", ["description"] = "Sacs abandonnés", ["lieu.adresse"] = "rue de Bourgogne",
        });
        Assert.That(filed, Is.EqualTo(HttpStatusCode.OK), receipt);
        var number = Regex.Match(receipt, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value;

        var (_, dashboard) = await browser.GetAsync("/compte/tableau-de-bord");
        Assert.That(dashboard, Does.Contain(number).And.Contain("Signalement d'un incident sur la voie publique").And.Contain("non réalisé"));
    }

    [Test]
    public async Task A_dossier_filed_without_account_is_added_with_its_tracking_code_and_a_wrong_code_is_announced()
    {
        var (browser, _) = await LoggedInAsync();
        using var _ = browser;
        var (number, code) = await CitizenDossierTests.SubmitRoadIncidentAsync();

        var (wrong, wrongHtml, _) = await browser.PostAsync("/compte/rattacher", new() { ["numero"] = number, ["code"] = "pas-le-bon" });
        var (right, rightHtml, _) = await browser.PostAsync("/compte/rattacher", new() { ["numero"] = number, ["code"] = code });

        Assert.That(wrong, Is.EqualTo((HttpStatusCode)422));
        Assert.That(wrongHtml, Does.Contain("Aucun dossier ne correspond").And.Contain("href=\"#f-numero\""));
        Assert.That(right, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(rightHtml, Does.Contain("Le dossier a été ajouté à votre espace.").And.Contain(number));
    }

    [Test]
    public async Task A_wrong_password_shows_the_form_again_with_the_address_but_never_the_password()
    {
        using var browser = new PageBrowser(Base);
        var (email, _) = await new AccountCalls(SharedHost.Host).NewCitizenAsync();

        var (status, html, _) = await browser.PostAsync("/compte/connexion", new() { ["email"] = email, ["motDePasse"] = "mot de passe erroné" });

        Assert.That(status, Is.EqualTo((HttpStatusCode)422));
        Assert.That(html, Does.Contain("Adresse électronique ou mot de passe incorrect.").And.Contain($"value=\"{email}\""));
        Assert.That(html, Does.Not.Contain("mot de passe erroné"));
        Assert.That(browser.Cookie("wsc_session"), Is.Null);
    }

    [Test]
    public async Task Logging_out_revokes_the_session_and_the_dashboard_sends_back_to_the_login_page()
    {
        var (browser, _) = await LoggedInAsync();
        using var _ = browser;
        var token = browser.Cookie("wsc_session")!;

        var (status, _, response) = await browser.PostAsync("/compte/deconnexion", new());
        var (after, _) = await browser.GetAsync("/compte/tableau-de-bord");
        using var replay = new HttpRequestMessage(HttpMethod.Get, Base + "/compte/tableau-de-bord");
        replay.Headers.Add("Cookie", "wsc_session=" + token);
        using var replayed = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }).SendAsync(replay);

        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(replayed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the old cookie no longer opens the dashboard");
        Assert.That(replayed.Headers.Location?.ToString(), Is.EqualTo("/compte"));
    }

    [Test]
    public async Task A_form_posted_from_another_site_is_refused()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Base + "/compte/connexion")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@example.org", ["motDePasse"] = "peu importe" }),
        };
        request.Headers.Add("Origin", "https://site-malveillant.example");

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    /// <summary>
    /// Under « no-referrer » a browser posts a page's own forms with « Origin: null », which the same-origin
    /// check refuses as opaque: the account pages keep their address from other sites with « same-origin »
    /// (BackOffice/AgentPagesEndToEndTests posts such forms in Chromium).
    /// </summary>
    [Test]
    public async Task The_account_pages_are_kept_by_no_cache_with_a_referrer_policy_that_lets_their_forms_post()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await client.GetAsync(Base + "/compte");

        Assert.That(response.Headers.CacheControl?.ToString(), Does.Contain("no-store"));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("same-origin"));
    }

    [Test]
    public async Task The_password_reset_pages_set_a_new_password_from_the_emailed_link()
    {
        using var browser = new PageBrowser(Base);
        var calls = new AccountCalls(SharedHost.Host);
        var (email, _) = await calls.NewCitizenAsync();

        var (asked, askedHtml, _) = await browser.PostAsync("/compte/mot-de-passe-oublie", new() { ["email"] = email });
        var token = calls.TokenFrom(email, "PasswordReset");
        var (_, formHtml) = await browser.GetAsync("/compte/nouveau-mot-de-passe?jeton=" + token);
        var (weak, weakHtml, _) = await browser.PostAsync("/compte/nouveau-mot-de-passe", new() { ["jeton"] = token, ["motDePasse"] = "court" });
        var (done, doneHtml, _) = await browser.PostAsync("/compte/nouveau-mot-de-passe", new() { ["jeton"] = token, ["motDePasse"] = "ma toute nouvelle phrase" });

        Assert.That(asked, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(askedHtml, Does.Contain("Si un compte existe pour cette adresse"));
        Assert.That(formHtml, Does.Contain($"name=\"jeton\" value=\"{token}\""));
        Assert.That(weak, Is.EqualTo((HttpStatusCode)422));
        Assert.That(weakHtml, Does.Contain("au moins 8 caractères"));
        Assert.That(done, Is.EqualTo(HttpStatusCode.OK), doneHtml);
        await calls.SucceedAsync("Login", ("Email", email), ("Password", "ma toute nouvelle phrase"));
    }

    [Test]
    public async Task The_settings_page_changes_the_password_after_checking_the_current_one()
    {
        var (browser, email) = await LoggedInAsync();
        using var _ = browser;
        var (_, settings) = await browser.GetAsync("/compte/parametres");

        var (wrong, wrongHtml, _) = await browser.PostAsync("/compte/mot-de-passe", new() { ["motDePasseActuel"] = "pas le bon", ["motDePasse"] = "une nouvelle phrase" });
        var (done, doneHtml, _) = await browser.PostAsync("/compte/mot-de-passe", new() { ["motDePasseActuel"] = GoodPassword, ["motDePasse"] = "une nouvelle phrase" });

        Assert.That(settings, Does.Contain(email).And.Contain("Supprimer mon compte"));
        Assert.That(wrong, Is.EqualTo((HttpStatusCode)422));
        Assert.That(wrongHtml, Does.Contain("href=\"#f-mdp-motDePasseActuel\"").And.Contain(email));
        Assert.That(done, Is.EqualTo(HttpStatusCode.OK), doneHtml);
        await new AccountCalls(SharedHost.Host).SucceedAsync("Login", ("Email", email), ("Password", "une nouvelle phrase"));
    }

    [Test]
    public async Task Deleting_the_account_from_its_page_logs_out_and_removes_it()
    {
        var (browser, email) = await LoggedInAsync();
        using var _ = browser;

        var (status, html, _) = await browser.PostAsync("/compte/suppression", new() { ["motDePasse"] = GoodPassword });
        var (after, _) = await browser.GetAsync("/compte/tableau-de-bord");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("Votre compte est supprimé"));
        Assert.That(after, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM citizens WHERE email = @e", ("@e", email)), Is.Zero);
    }

    [Test]
    public async Task The_dashboard_links_each_dossier_to_its_printable_request()
    {
        var (browser, _) = await LoggedInAsync();
        using var _ = browser;
        var (number, code) = await CitizenDossierTests.SubmitRoadIncidentAsync();
        await browser.PostAsync("/compte/rattacher", new() { ["numero"] = number, ["code"] = code });

        var (_, dashboard) = await browser.GetAsync("/compte/tableau-de-bord");
        var (pdf, _) = await browser.GetAsync($"/suivi/demande.pdf?dossier={number}&code={code}");

        Assert.That(dashboard, Does.Contain($"href=\"/suivi/demande?dossier={number}&code={code}\"")
            .And.Contain($"href=\"/suivi/demande.pdf?dossier={number}&code={code}\""));
        Assert.That(pdf, Is.EqualTo(HttpStatusCode.OK));
    }
}
