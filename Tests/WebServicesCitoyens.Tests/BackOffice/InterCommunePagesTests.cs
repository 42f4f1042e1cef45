using System.Net;
using System.Text.RegularExpressions;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// Requests between communes in the agents' pages: Angers' civil-status agent, on the counter form
/// (/gestion/saisie/{code}), addresses a citizen's birth-certificate request to the demo commune, which
/// holds the register (as RequestFromCommune does over SOAP). The demo commune's queue page says who asked;
/// Angers follows it read-only at /gestion/demandes-communes and cannot open it; a third commune sees
/// nothing. Refusals of the commune asked come back in French, linked to its control, storing nothing.
/// On the shared host, where Angers and Châteauroux are set up (<see cref="BackOfficeWorld"/>).
/// </summary>
public sealed class InterCommunePagesTests
{
    private static readonly string FormPath = $"/gestion/saisie/{Requests.BirthCertificate}";
    private static HostProcess Host => SharedHost.Host;

    [OneTimeSetUp]
    public async Task Angers_and_a_third_commune_with_their_civil_status_agents()
    {
        await BackOfficeWorld.EnsureOtherCommuneAsync();
        await BackOfficeWorld.EnsureThirdCommuneAsync();
    }

    private static async Task<PageBrowser> LoggedInAsync(string email, string password)
    {
        var browser = new PageBrowser(Host.BaseUrl);
        var (status, html, _) = await browser.PostAsync("/gestion/connexion", new() { ["email"] = email, ["motDePasse"] = password });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), html);
        return browser;
    }

    private static Task<PageBrowser> AngersAsync() => LoggedInAsync(BackOfficeWorld.OtherCommuneAgent, BackOfficeWorld.TestPassword);

    /// <summary>The dossiers Angers asked other communes for.</summary>
    private static long AskedByAngers() =>
        Host.Scalar("SELECT COUNT(*) FROM dossiers WHERE requested_by_commune_code = @c", ("@c", BackOfficeWorld.OtherCommune));

    /// <summary>The citizen's birth-certificate form filled at Angers' counter, addressed to <paramref name="commune"/>.</summary>
    private static async Task<Dictionary<string, string>> FilledFormAsync(PageBrowser browser, string commune)
    {
        var (status, page) = await browser.GetAsync(FormPath);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), page);
        var form = Web.FormPageTests.ValidBirthCertificateForm(Regex.Match(page, "name=\"clientRequestId\" value=\"([^\"]+)\"").Groups[1].Value);
        form["canal"] = "guichet";
        form["commune-demandee"] = commune;
        return form;
    }

    [Test]
    public async Task A_request_addressed_from_the_counter_form_goes_to_the_commune_asked_which_sees_who_asked_while_the_asking_one_follows_it_read_only()
    {
        using var angers = await AngersAsync();
        var (_, formPage) = await angers.GetAsync(FormPath);
        Assert.That(formPage, Does.Contain("<legend class=\"wsc-legend\">Adresser la demande à une autre commune</legend>")
            .And.Contain("<label for=\"f-commune-demandee\" class=\"wsc-label\">Code INSEE de la commune destinataire</label>"));

        var (status, html, _) = await angers.PostAsync(FormPath, await FilledFormAsync(angers, Requests.Commune));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), html);
        var number = Regex.Match(html, "<strong class=\"wsc-dossier-number\">([A-Z0-9-]+)</strong>").Groups[1].Value;
        Assert.That(number, Is.Not.Empty);
        Assert.That(html, Does.Contain($"La demande « Demande d'acte de naissance » est adressée à la mairie de Orléans : dossier N° {number}.")
            .And.Contain($"<dt>Commune destinataire</dt><dd>Orléans ({Requests.Commune})</dd>")
            .And.Contain("<a href=\"/gestion/demandes-communes\">Suivre les demandes adressées à d'autres communes</a>")
            .And.Not.Contain($"href=\"/gestion/dossiers/{number}\""), "the asking commune cannot open it: no link");
        Assert.That(Host.Text("SELECT commune_code || ' ' || requested_by_commune_code || ' ' || channel FROM dossiers WHERE number = @n", ("@n", number)),
            Is.EqualTo($"{Requests.Commune} {BackOfficeWorld.OtherCommune} Counter"));

        // Orléans, asked: its queue page says who asked, and for whom.
        using var orleans = await LoggedInAsync(AgentPagesHost.CivilStatus, AgentPagesHost.Password);
        var (_, queue) = await orleans.GetAsync($"/gestion/dossiers?demarche={Requests.BirthCertificate}&tri=depot&ordre=desc");
        var row = Regex.Match(queue, $"<tr[^>]*>(?:(?!</tr>).)*value=\"{number}\"(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;
        Assert.That(row, Does.Contain($"<span class=\"bo-requested-by\">Demandé par la mairie de Angers (agent : Agent d'Angers (état civil), {BackOfficeWorld.OtherCommuneAgent}) pour "));

        // Angers: listed read-only, linked from the header, and opening it answers like a missing dossier.
        var (listStatus, list) = await angers.GetAsync("/gestion/demandes-communes");
        Assert.That(listStatus, Is.EqualTo(HttpStatusCode.OK));
        var line = Regex.Match(list, $"<tr>(?:(?!</tr>).)*{number}(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;
        Assert.That(line, Does.Contain($"<td>Orléans ({Requests.Commune})</td>").And.Contain("<td>Demande d'acte de naissance</td>").And.Not.Contain("<a "));
        Assert.That(list, Does.Contain("href=\"/gestion/demandes-communes\" aria-current=\"page\">Demandes à d'autres communes</a>")
            .And.Contain("<title>Demandes adressées à d'autres communes – Gestion des dossiers"));
        var (opened, _) = await angers.GetAsync($"/gestion/dossiers/{number}");
        var (missing, _) = await angers.GetAsync("/gestion/dossiers/WSC-2000-000000");
        Assert.That(opened, Is.EqualTo(missing).And.EqualTo(HttpStatusCode.NotFound));

        // Châteauroux: nothing, and Orléans does not list it among its own requests.
        using var third = await LoggedInAsync(BackOfficeWorld.ThirdCommuneAgent, BackOfficeWorld.TestPassword);
        var (_, thirdList) = await third.GetAsync("/gestion/demandes-communes");
        var (_, thirdQueue) = await third.GetAsync("/gestion/dossiers");
        var (_, orleansList) = await orleans.GetAsync("/gestion/demandes-communes");
        Assert.That(thirdList, Does.Not.Contain(number).And.Contain("Votre commune n'a adressé aucune demande à une autre commune."));
        Assert.That(thirdQueue, Does.Not.Contain(number));
        Assert.That(orleansList, Does.Not.Contain(number));
    }

    [Test]
    public async Task A_request_to_another_commune_posted_twice_a_reload_files_one_request_and_the_same_page_while_a_changed_form_files_another()
    {
        using var angers = await AngersAsync();
        var form = await FilledFormAsync(angers, Requests.Commune);
        var before = AskedByAngers();

        var (status, html, _) = await angers.PostAsync(FormPath, form);
        var (again, replayed, _) = await angers.PostAsync(FormPath, form);

        Assert.That((status, again), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)), html + replayed);
        var number = Regex.Match(html, "<strong class=\"wsc-dossier-number\">([A-Z0-9-]+)</strong>").Groups[1].Value;
        Assert.That(number, Is.Not.Empty);
        Assert.That(Regex.Match(replayed, "<strong class=\"wsc-dossier-number\">([A-Z0-9-]+)</strong>").Groups[1].Value, Is.EqualTo(number));
        Assert.That(AskedByAngers(), Is.EqualTo(before + 1), "one request, the same post twice included");

        // Back in the browser, the form changed and sent again under the same page key: a new request, not a refusal.
        form["nombreExemplaires"] = "3";
        var (changed, other, _) = await angers.PostAsync(FormPath, form);
        Assert.That(changed, Is.EqualTo(HttpStatusCode.OK), other);
        Assert.That(Regex.Match(other, "<strong class=\"wsc-dossier-number\">([A-Z0-9-]+)</strong>").Groups[1].Value, Is.Not.EqualTo(number).And.Not.Empty);
        Assert.That(AskedByAngers(), Is.EqualTo(before + 2));
    }

    [TestCase("49007", "Pour votre propre commune, saisissez la demande au guichet (FileOnBehalf).", TestName = "Addressing a request to ones own commune is refused in french on the commune control and stores nothing")]
    [TestCase("99999", "Aucune commune de la plateforme ne porte ce code.", TestName = "Addressing a request to an unknown commune is refused in french on the commune control and stores nothing")]
    [TestCase("36044", "La commune Châteauroux ne reçoit pas la démarche « Demande d'acte de naissance » sur la plateforme.", TestName = "Addressing a request to a commune that does not offer the procedure is refused in french on the commune control and stores nothing")]
    public async Task A_refused_commune(string commune, string message)
    {
        using var angers = await AngersAsync();
        var form = await FilledFormAsync(angers, commune);
        var before = AskedByAngers();
        var dossiers = Host.CountDossiers();

        var (status, html, _) = await angers.PostAsync(FormPath, form);

        Assert.That(status, Is.EqualTo((HttpStatusCode)422));
        Assert.That(html, Does.Contain("Le formulaire contient 1 erreur").And.Contain($"<a href=\"#f-commune-demandee\">{message}</a>")
            .And.Contain($"<p class=\"wsc-error\" id=\"f-commune-demandee-erreur\"><span class=\"wsc-sr-only\">Erreur : </span>{message}</p>")
            .And.Match($"id=\"f-commune-demandee\"[^>]*value=\"{commune}\"[^>]*aria-invalid=\"true\"").And.Contain("value=\"Lucie\""));
        Assert.That((AskedByAngers(), Host.CountDossiers()), Is.EqualTo((before, dossiers)));
    }

    [Test]
    public async Task A_request_to_another_commune_posted_from_another_site_is_refused_and_stores_nothing()
    {
        using var angers = await AngersAsync();
        var form = await FilledFormAsync(angers, Requests.Commune);
        var before = AskedByAngers();
        using var foreign = new HttpRequestMessage(HttpMethod.Post, Host.BaseUrl + FormPath) { Content = new FormUrlEncodedContent(form) };
        foreign.Headers.Add("Origin", "https://site-malveillant.example");

        using var refused = await angers.Http.SendAsync(foreign);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(AskedByAngers(), Is.EqualTo(before));
    }
}
