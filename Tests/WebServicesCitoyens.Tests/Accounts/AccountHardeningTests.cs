using System.Net;
using System.Text;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>What a security review of the account asked for: each case an attack that must fail.</summary>
public sealed class AccountHardeningTests
{
    private static AccountCalls Calls => new(SharedHost.Host);

    [Test]
    public async Task Only_a_document_upload_may_exceed_256_KiB_on_the_citizen_account_endpoint()
    {
        var filler = string.Concat(Enumerable.Repeat("<a/>", 80_000));   // 320 KB of elements inside a login
        var body = $"<Login xmlns=\"{C}\"><Email>x@example.org</Email><Password>mot de passe</Password>{filler}</Login>";

        var (status, fault, elapsed) = await S.PostAsync(Calls.Url, S.Envelope(body), null);

        Assert.That(status, Is.AnyOf(400, 413));
        Assert.That(S.FaultString(fault), Does.Contain("256 Kio").Or.Contain("éléments"));
        Assert.That(SharedHost.Host.IsHealthy(), Is.True);
    }

    [Test]
    public async Task A_request_with_too_many_elements_is_refused_before_any_tree_is_built()
    {
        var filler = string.Concat(Enumerable.Repeat("<a/>", 20_000));
        var body = $"<GetThemes xmlns=\"http://webservicescitoyens.fr/ws/catalogue/v1\">{filler}</GetThemes>";

        var (status, fault, _) = await S.PostAsync(SharedHost.Host.BaseUrl + "/services/Catalogue.svc", S.Envelope(body), null);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(S.FaultString(fault), Does.Contain("10000 éléments").Or.Contain("10 000 éléments"));
    }

    [Test]
    public async Task A_pending_address_change_no_longer_works_once_the_password_is_reset()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        var attacker = NewEmail("intrus");
        await Calls.SucceedAsync("ChangeEmail", ("SessionToken", session), ("NewEmail", attacker), ("Password", GoodPassword));
        var stolenLink = Calls.TokenFrom(attacker, "EmailChange");

        await Calls.SucceedAsync("RequestPasswordReset", ("Email", email));
        await Calls.SucceedAsync("ResetPassword", ("Token", Calls.TokenFrom(email, "PasswordReset")), ("NewPassword", "la victime reprend la main"));
        var (result, fields, _) = await Calls.CallAsync("ConfirmEmailChange", ("Token", stolenLink));

        Assert.That(result, Is.Null);
        Assert.That(fields, Does.Contain("Token"));
        await Calls.SucceedAsync("Login", ("Email", email), ("Password", "la victime reprend la main"));
    }

    [TestCase("null", null)]
    [TestCase(null, "cross-site")]
    public async Task A_post_from_an_opaque_origin_or_another_site_is_refused(string? origin, string? fetchSite)
    {
        var (_, session) = await Calls.NewCitizenAsync();
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, SharedHost.Host.BaseUrl + "/compte/suppression")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["motDePasse"] = GoodPassword }),
        };
        request.Headers.Add("Cookie", "wsc_session=" + session);
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await Calls.SucceedAsync("GetDashboard", ("SessionToken", session));
    }

    [Test]
    public async Task Account_pages_are_kept_by_no_cache()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", "wsc_session=" + session);

        foreach (var page in new[] { "/compte/tableau-de-bord", "/compte/profil", "/compte/parametres" })
        {
            using var response = await client.GetAsync(SharedHost.Host.BaseUrl + page);
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True, page);
            Assert.That(response.Headers.CacheControl?.Private, Is.True, page);
        }
    }

    [Test]
    public async Task Asking_twice_in_a_row_for_a_new_password_sends_one_mail()
    {
        var (email, _) = await Calls.NewCitizenAsync();

        var first = await Calls.SucceedAsync("RequestPasswordReset", ("Email", email));
        var second = await Calls.SucceedAsync("RequestPasswordReset", ("Email", email));

        Assert.That(second.Value, Is.EqualTo(first.Value));
        Assert.That(Calls.MailCount(email, "PasswordReset"), Is.EqualTo(1));
    }

    [Test]
    public async Task The_address_given_in_the_request_is_told_when_an_account_takes_the_dossier()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (number, code) = await CitizenDossierTests.SubmitRoadIncidentAsync();   // declarant.courriel riverain@example.org
        var before = Calls.MailCount("riverain@example.org", "DossierAttached");

        await Calls.SucceedAsync("AttachDossier", ("SessionToken", session), ("DossierNumber", number), ("TrackingCode", code));

        Assert.That(Calls.MailCount("riverain@example.org", "DossierAttached"), Is.EqualTo(before + 1));
        Assert.That(Calls.LastMail("riverain@example.org", "DossierAttached"), Does.Contain(number).And.Contain("contactez votre mairie"));
    }
}
