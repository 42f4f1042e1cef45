using System.Net;
using System.Text.RegularExpressions;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.Flux;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Administration.AdminPagesHost;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// The commune's software page, /gestion/administration/logiciels, over HTTP: a registration shows the
/// secret once and it opens Flux.svc, a renewal refuses the old one, a revocation refuses the client;
/// nobody but the commune's administrators reaches it, and a post from another site changes nothing.
/// </summary>
[NonParallelizable]
public sealed class VendorClientPagesTests
{
    private const string Page = Root + "/logiciels";
    private const string Bourges = "18033";
    private const string BourgesAdministrator = "administration@logiciels-bourges.test";
    private const string BourgesPassword = "mot de passe de Bourges 2026";

    private static FluxCalls Flux => new(Host);

    [OneTimeSetUp]
    public async Task Add_another_commune_and_its_administrator()
    {
        var calls = new AdministrationCalls(Host);
        await new CommuneStore(Host.Store).SaveAsync(
            new Commune(Bourges, "Bourges", CommuneProfile.BackOffice, "#224466", "#664422", null, "https://www.example.org/bourges", "Europe/Paris"));
        await calls.SucceedAsync("CreateAgent", ("SessionToken", await calls.LoginAsync(Operator)), ("CommuneCode", Bourges),
            ("Email", BourgesAdministrator), ("DisplayName", "Administratrice de Bourges"), ("Role", "Administrator"), ("Password", BourgesPassword));
    }

    [Test]
    public async Task A_registered_software_gets_its_secret_once_and_it_opens_Flux_until_renewed_then_revoked()
    {
        using var admin = await LoggedInAsync(Administrator);
        var (status, html, response) = await admin.PostAsync(Page,
            [new("formulaire", "logiciel"), new("operation", "enregistrer"), new("nom", "Logiciel d'état civil"), new("perimetre", "etat-civil")]);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "a secret is never cached");
        Assert.That(html, Does.Contain(AdministrationVendorTexts.SecretWarning));
        var client = Secret(html);
        Assert.That((await Flux.PullAsync(client, null)).Cursor, Is.GreaterThanOrEqualTo(0));

        var (_, later) = await admin.GetAsync(Page);
        Assert.That(later, Does.Contain("Logiciel d'état civil").And.Contain(client.ClientId));
        Assert.That(later, Does.Not.Contain(client.Secret), "the secret is shown on the registration's answer only");
        Assert.That(later, Does.Not.Contain(AdministrationVendorTexts.SecretWarning));

        var (rotatedStatus, rotatedHtml, _) = await admin.PostAsync(Page,
            [new("formulaire", "renouveler-" + client.ClientId), new("operation", "renouveler"), new("client", client.ClientId), new("fixe", "client")]);
        Assert.That(rotatedStatus, Is.EqualTo(HttpStatusCode.OK), rotatedHtml);
        var renewed = Secret(rotatedHtml);
        Assert.That(renewed.ClientId, Is.EqualTo(client.ClientId));
        Assert.That(renewed.Secret, Is.Not.EqualTo(client.Secret));
        await Flux.RefusedAsync("PullDossiers", client.Parameters);
        await Flux.SucceedAsync("PullDossiers", renewed.Parameters);

        var (revokedStatus, _, revokedResponse) = await admin.PostAsync(Page,
            [new("formulaire", "revoquer-" + client.ClientId), new("operation", "revoquer"), new("client", client.ClientId), new("fixe", "client")]);
        Assert.That(revokedStatus, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(revokedResponse.Headers.Location?.ToString(), Is.EqualTo(Page + "?fait=revoquer"));
        await Flux.RefusedAsync("PullDossiers", renewed.Parameters);
        var (_, afterRevocation) = await admin.GetAsync(Page + "?fait=revoquer");
        Assert.That(afterRevocation, Does.Contain(AdministrationVendorTexts.Done("revoquer")).And.Contain("Révoqué le"));
    }

    [Test]
    public async Task Posting_the_registration_again_registers_no_second_software_and_says_its_secret_was_shown_once()
    {
        using var admin = await LoggedInAsync(Administrator);
        var (_, page) = await admin.GetAsync(Page);
        var key = FormKey(page);
        Assert.That(key, Does.StartWith("logiciel-"));
        KeyValuePair<string, string>[] form =
            [new("formulaire", "logiciel"), new("clientRequestId", key), new("operation", "enregistrer"), new("nom", "Logiciel rechargé"), new("perimetre", "etat-civil")];
        var before = Count();

        var (first, firstHtml, _) = await admin.PostAsync(Page, form);
        var client = Secret(firstHtml);
        var (again, againHtml, _) = await admin.PostAsync(Page, form);

        Assert.That(first, Is.EqualTo(HttpStatusCode.OK), firstHtml);
        Assert.That(again, Is.EqualTo(HttpStatusCode.OK), againHtml);
        Assert.That(Count(), Is.EqualTo(before + 1), "one software registered");
        Assert.That(againHtml, Does.Contain(AdministrationVendorTexts.AlreadyRegistered("Logiciel rechargé")));
        Assert.That(againHtml, Does.Not.Contain(client.Secret).And.Not.Contain(AdministrationVendorTexts.SecretWarning));
        await Flux.SucceedAsync("PullDossiers", client.Parameters);
        Assert.That(FormKey(firstHtml), Is.Not.EqualTo(key).And.StartWith("logiciel-"), "the answer's form registers another software");
        Assert.That(FormKey(againHtml), Is.Not.EqualTo(key));
    }

    [Test]
    public async Task A_registration_without_name_or_scope_is_refused_at_its_fields_and_registers_nothing()
    {
        using var admin = await LoggedInAsync(Administrator);
        var before = Count();
        var (noName, noNameHtml, _) = await admin.PostAsync(Page,
            [new("formulaire", "logiciel"), new("operation", "enregistrer"), new("nom", " "), new("perimetre", "etat-civil")]);
        var (noScope, noScopeHtml, _) = await admin.PostAsync(Page, [new("formulaire", "logiciel"), new("operation", "enregistrer"), new("nom", "Sans périmètre")]);

        Assert.That(noName, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(noNameHtml, Does.Contain("href=\"#f-logiciel-nom\"").And.Contain(FluxTexts.NameNeeded));
        Assert.That(noScope, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(noScopeHtml, Does.Contain("href=\"#f-logiciel-perimetre\"").And.Contain("value=\"Sans périmètre\""));
        Assert.That(Count(), Is.EqualTo(before));
    }

    [TestCase(CivilStatus, BackOfficeInProcess.DemoPassword)]
    [TestCase(Operator, BackOfficeInProcess.DemoPassword)]
    public async Task Agents_and_the_operator_get_the_page_of_an_unknown_address_and_change_nothing(string email, string password)
    {
        var client = await Flux.RegisterAsync("Logiciel des écoles", "vie-scolaire");
        using var other = await LoggedIn(email, password);
        using var admin = await LoggedInAsync(Administrator);
        var (_, unknown) = await admin.GetAsync(Root + "/nulle-part/ni-ailleurs");

        foreach (var address in new[] { Page, Page + "?commune=45234" })
        {
            var (status, html) = await other.GetAsync(address);
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound), address);
            Assert.That(html, Does.Contain(AdministrationPageTexts.UnknownPage).And.Not.Contain("Logiciel des écoles"));
            var (postStatus, _, _) = await other.PostAsync(address,
                [new("formulaire", "revoquer-" + client.ClientId), new("operation", "revoquer"), new("client", client.ClientId)]);
            Assert.That(postStatus, Is.EqualTo(HttpStatusCode.NotFound), address);
        }
        Assert.That(unknown, Does.Contain(AdministrationPageTexts.UnknownPage));
        await Flux.SucceedAsync("PullDossiers", client.Parameters);
    }

    [Test]
    public async Task Another_communes_administrator_sees_only_their_own_software_and_cannot_touch_ours()
    {
        var client = await Flux.RegisterAsync("Logiciel électoral", "elections");
        using var bourges = await LoggedIn(BourgesAdministrator, BourgesPassword);

        var (status, html) = await bourges.GetAsync(Page + "?commune=45234");
        var (revoke, revokeHtml, _) = await bourges.PostAsync(Page,
            [new("formulaire", "revoquer-" + client.ClientId), new("operation", "revoquer"), new("client", client.ClientId), new("fixe", "client")]);
        var (madeUp, madeUpHtml, _) = await bourges.PostAsync(Page,
            [new("formulaire", "revoquer-" + client.ClientId), new("operation", "revoquer"), new("client", new string('0', 32)), new("fixe", "client")]);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Not.Contain("Logiciel électoral").And.Not.Contain(client.ClientId));
        Assert.That(revoke, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(madeUp, Is.EqualTo(revoke));
        Assert.That(revokeHtml, Does.Contain(FluxTexts.UnknownClientOfCommune));
        Assert.That(madeUpHtml, Does.Contain(FluxTexts.UnknownClientOfCommune));
        await Flux.SucceedAsync("PullDossiers", client.Parameters);
    }

    [TestCase("Origin", "https://autre-site.example")]
    [TestCase("Sec-Fetch-Site", "cross-site")]
    public async Task A_post_from_another_site_is_refused_and_registers_nothing(string header, string value)
    {
        using var admin = await LoggedInAsync(Administrator);
        var before = Count();
        using var request = new HttpRequestMessage(HttpMethod.Post, Host.BaseUrl + Page)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
                { ["formulaire"] = "logiciel", ["operation"] = "enregistrer", ["nom"] = "Intrus", ["perimetre"] = "etat-civil" }),
        };
        request.Headers.Add(header, value);

        using var response = await admin.Http.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(html, Does.Contain(PageTexts.ForeignPost).And.Not.Contain(AdministrationVendorTexts.SecretWarning));
        Assert.That(Count(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_administration_home_links_the_software_page_for_the_communes_administrators_only()
    {
        using var admin = await LoggedInAsync(Administrator);
        using var @operator = await LoggedInAsync(Operator);
        var (_, adminHome) = await admin.GetAsync(Root);
        var (_, operatorHome) = await @operator.GetAsync(Root + "?commune=45234");

        Assert.That(adminHome, Does.Contain($"href=\"{Page}\""));
        Assert.That(operatorHome, Does.Not.Contain("/logiciels"));
    }

    private static VendorCredentials Secret(string html)
    {
        var id = Regex.Match(html, "<dt>Identifiant du logiciel</dt><dd><code class=\"adm-code\">([0-9a-f]+)</code>");
        var secret = Regex.Match(html, "<code class=\"adm-code adm-secret-value\">([^<]+)</code>");
        Assert.That(id.Success && secret.Success, Is.True, html);
        return new VendorCredentials(id.Groups[1].Value, secret.Groups[1].Value);
    }

    private static string FormKey(string html) => Regex.Match(html, "name=\"clientRequestId\" value=\"([^\"]+)\"").Groups[1].Value;

    private static long Count() => Host.Scalar("SELECT count(*) FROM vendor_clients");

    private static async Task<PageBrowser> LoggedIn(string email, string password)
    {
        var browser = new PageBrowser(Host.BaseUrl);
        var (status, html, _) = await browser.PostAsync("/gestion/connexion", new() { ["email"] = email, ["motDePasse"] = password });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), html);
        return browser;
    }
}
