using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.Administration;
using WebServicesCitoyens.Texts;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>
/// « Délai habituel » on a commune's form (the hosted page and GetForm) and the commune's setting that
/// publishes it (Administration.svc SetDelaysPublic, the button of /gestion/administration). Dossiers
/// are filed over SOAP and closed by the demo agents through the back office's core on the host's store,
/// so the statistics' roll-ups are written as in production. On a host of its own: the counts of closed
/// dossiers must be exactly what each test makes, and the setting is the whole commune's.
/// </summary>
[NonParallelizable]
public sealed class PublicDelaysTests
{
    private static readonly XNamespace T = S.Ns;
    private const string Commune = Requests.Commune;
    private const string Bourges = "18033";
    private const string BourgesAdministrator = "administration@bourges.test";
    private const string BourgesPassword = "mot de passe de Bourges 2026";

    /// <summary>What the form says for dossiers closed within the hour (their delay's bucket is an hour: one day).</summary>
    private const string OneDay = "Délai habituel :</strong> 9 demandes sur 10 traitées en 1 jour ou moins (sur les trois derniers mois)";

    private HostProcess _host = null!;
    private BackOfficeInProcess _office = null!;
    private AdministrationCalls _calls = null!;
    private string _admin = "";

    [OneTimeSetUp]
    public async Task Start_a_host_with_another_commune_and_its_administrator()
    {
        _host = HostProcess.Start();
        _office = new BackOfficeInProcess(_host);
        _calls = new AdministrationCalls(_host);
        _admin = await _calls.LoginAsync(AdministrationCalls.Administrator);
        await new CommuneStore(_host.Store).SaveAsync(
            new Commune(Bourges, "Bourges", CommuneProfile.BackOffice, "#224466", "#664422", null, null, "Europe/Paris"));
        await _calls.SucceedAsync("CreateAgent", ("SessionToken", await _calls.LoginAsync(AdministrationCalls.Operator)), ("CommuneCode", Bourges),
            ("Email", BourgesAdministrator), ("DisplayName", "Administratrice de Bourges"), ("Role", "Administrator"), ("Password", BourgesPassword));
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    /// <summary>Each test starts with the commune publishing its delays, as every commune does by default.</summary>
    [SetUp]
    public Task Delays_are_public() => new CommuneStore(_host.Store).SetDelaysPublicAsync(Commune, true);

    // ------------------------------------------------------------------ helpers

    /// <summary>Files <paramref name="count"/> dossiers over SOAP (tests with the preview key) and closes each one as <paramref name="agent"/>.</summary>
    private async Task CloseNewDossiersAsync(string procedure, Func<XElement> request, string agent, int count, string? previewKey = null)
    {
        var by = await _office.AgentAsync(agent);
        for (var i = 0; i < count; i++)
        {
            var submit = XElement.Parse(Requests.SubmitBody(Requests.NewId("delais"), request()));
            if (previewKey is not null) submit.Add(new XElement(T + "PreviewKey", previewKey));
            var (status, body, _) = await S.PostAsync(_host.ServiceUrl(procedure), S.Envelope(submit.ToString(SaveOptions.DisableFormatting)), "Submit");
            Assert.That(status, Is.EqualTo(200), body);
            var number = XDocument.Parse(body).Descendants(T + "DossierNumber").Single().Value;
            Assert.That(_host.Scalar("SELECT is_test FROM dossiers WHERE number = @n", ("@n", number)), Is.EqualTo(previewKey is null ? 0 : 1));
            await _office.Processing.CloseAsync(by, number);
        }
    }

    /// <summary>The form page, decoded (the preview key opens a procedure in Test).</summary>
    private async Task<string> FormPageAsync(string procedure, string? previewKey = null)
    {
        using var response = await S.Http.GetAsync($"{_host.BaseUrl}/communes/{Commune}/{procedure}" + (previewKey is null ? "" : $"?apercu={previewKey}"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>GetForm's ExpectedDelay (null when absent), the answer valid against the procedure's published XSD.</summary>
    private async Task<XElement?> ExpectedDelayAsync(string procedure, string? previewKey = null)
    {
        var getForm = new XElement(T + "GetForm", new XElement(T + "CommuneCode", Commune),
            previewKey is null ? null : new XElement(T + "PreviewKey", previewKey));
        var (status, body, _) = await S.PostAsync(_host.ServiceUrl(procedure), S.Envelope(getForm.ToString(SaveOptions.DisableFormatting)), "GetForm");
        Assert.That(status, Is.EqualTo(200), body);
        var response = XDocument.Parse(body).Descendants(T + "GetFormResponse").Single();
        var schemas = new XmlSchemaSet();
        schemas.Add(S.Ns, Repository.PathOf("Wsdl", "procedures", procedure + ".xsd"));
        new XDocument(new XElement(response)).Validate(schemas, (_, e) => Assert.Fail($"GetForm's answer is not valid against {procedure}.xsd: {e.Message}"));
        return response.Descendants(T + "ExpectedDelay").SingleOrDefault();
    }

    private static string? Value(XElement? element, string name) => element?.Element(T + name)?.Value;

    /// <summary>A child of an Administration.svc result.</summary>
    private static string? Setting(XElement settings, string name) => settings.Element(AdministrationCalls.A + name)?.Value;

    private long DelaysPublic() => _host.Scalar("SELECT delays_public FROM communes WHERE code = @c", ("@c", Commune));

    // ------------------------------------------------------------------ the form

    [Test]
    public async Task A_form_shows_the_usual_delay_from_the_fifth_dossier_closed_and_closed_test_dossiers_do_not_count()
    {
        const string procedure = Requests.BirthCertificate;
        await new CommuneStore(_host.Store).OfferAsync(Commune, procedure, OfferState.Test);
        await CloseNewDossiersAsync(procedure, () => Requests.BirthCertificateRequest(), AdministrationCalls.CivilStatusAgent, 5,
            AdministrationCalls.PreviewKey);
        Assert.That(await FormPageAsync(procedure, AdministrationCalls.PreviewKey), Does.Not.Contain("Délai habituel"), "five test dossiers counted");
        Assert.That(await ExpectedDelayAsync(procedure, AdministrationCalls.PreviewKey), Is.Null, "five test dossiers counted in GetForm");

        await new CommuneStore(_host.Store).OfferAsync(Commune, procedure, OfferState.Online);
        await CloseNewDossiersAsync(procedure, () => Requests.BirthCertificateRequest(), AdministrationCalls.CivilStatusAgent, 4);
        Assert.That(await FormPageAsync(procedure), Does.Not.Contain("Délai habituel"), "shown from four dossiers");
        Assert.That(await ExpectedDelayAsync(procedure), Is.Null, "given from four dossiers");

        await CloseNewDossiersAsync(procedure, () => Requests.BirthCertificateRequest(), AdministrationCalls.CivilStatusAgent, 1);
        var page = await FormPageAsync(procedure);
        var delay = await ExpectedDelayAsync(procedure);

        Assert.That(page, Does.Contain(OneDay));
        Assert.That(page.IndexOf(OneDay), Is.LessThan(page.IndexOf("Les étapes de votre demande")), "said before the steps and the form");
        Assert.That((Value(delay, "Days"), Value(delay, "Dossiers"), Value(delay, "Months"), Value(delay, "Text")),
            Is.EqualTo(("1", "5", "3", "9 demandes sur 10 traitées en 1 jour ou moins (sur les trois derniers mois)")));
        Assert.That(await ExpectedDelayAsync(Requests.RoadIncident), Is.Null, "another procedure of the commune has its own delay");
    }

    [Test]
    public async Task The_usual_delay_disappears_when_the_administrator_keeps_the_delays_private_and_comes_back_from_the_page()
    {
        const string procedure = Requests.RoadIncident;
        await CloseNewDossiersAsync(procedure, () => Requests.RoadIncidentRequest(), AdministrationCalls.RoadsAgent, 5);
        Assert.That(await FormPageAsync(procedure), Does.Contain(OneDay));
        Assert.That(Value(await ExpectedDelayAsync(procedure), "Days"), Is.EqualTo("1"));

        var settings = await _calls.SucceedAsync("SetDelaysPublic", ("SessionToken", _admin), ("CommuneCode", Commune), ("Public", false));

        Assert.That((Setting(settings, "CommuneCode"), Setting(settings, "DelaysPublic")), Is.EqualTo((Commune, "false")));
        Assert.That(DelaysPublic(), Is.EqualTo(0));
        Assert.That(await FormPageAsync(procedure), Does.Not.Contain("Délai habituel"));
        Assert.That(await ExpectedDelayAsync(procedure), Is.Null);
        Assert.That(Setting(await _calls.SucceedAsync("GetCommuneSettings", ("SessionToken", _admin), ("CommuneCode", Commune)), "DelaysPublic"),
            Is.EqualTo("false"));

        using var browser = await AdminPagesLoggedInAsync(AdministrationCalls.Administrator);
        var (_, list) = await browser.GetAsync(AdministrationAddressRoot);
        Assert.That(list, Does.Contain(AdministrationPageTexts.DelaysState(false)).And.Contain("value=\"oui\"").And.Contain(AdministrationPageTexts.DelaysButton(false)));
        var (status, _, response) = await browser.PostAsync(AdministrationAddressRoot, new()
        {
            ["formulaire"] = "delais", ["operation"] = AdministrationPageTexts.DelaysOperation, ["publics"] = "oui",
        });
        Assert.That(status, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo($"{AdministrationAddressRoot}?fait={AdministrationPageTexts.DelaysOperation}"));
        var (_, done) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        var listFile = Path.Combine(Path.GetTempPath(), $"wsc-delais-{Guid.NewGuid():N}.html");
        File.WriteAllText(listFile, (await browser.Http.GetStringAsync(_host.BaseUrl + response.Headers.Location!.OriginalString))
            .Replace("<head>", $"<head><base href=\"{_host.BaseUrl}/\">"));

        Assert.That(done, Does.Contain(AdministrationPageTexts.SettingsDone(AdministrationPageTexts.DelaysOperation))
            .And.Contain(AdministrationPageTexts.DelaysState(true)).And.Contain("value=\"non\""));
        Assert.That(DelaysPublic(), Is.EqualTo(1));
        Assert.That(await FormPageAsync(procedure), Does.Contain(OneDay));
        Assert.That(Value(await ExpectedDelayAsync(procedure), "Days"), Is.EqualTo("1"));

        // The form with its delay, and the administration's list (saved: its session is a cookie) with its confirmation.
        try
        {
            AssertNoAxeViolation($"{_host.BaseUrl}/communes/{Commune}/{procedure}", new Uri(listFile).AbsoluteUri);
        }
        finally
        {
            File.Delete(listFile);
        }
    }

    /// <summary>axe-core (WCAG 2.1 A and AA) in headless Chromium finds nothing on the pages (Tests/Accessibility/axe_check.mjs).</summary>
    private static void AssertNoAxeViolation(params string[] pages)
    {
        var output = Tool.Succeed("node", [Repository.PathOf("Tests", "Accessibility", "axe_check.mjs"), .. pages]);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(results, Has.Count.EqualTo(pages.Length));
        foreach (var page in results)
            Assert.That(page.GetProperty("violations").GetArrayLength(), Is.Zero,
                $"{page.GetProperty("url").GetString()}: {page.GetProperty("violations")}");
    }

    // ------------------------------------------------------------------ who changes the setting

    [Test]
    public async Task Only_the_communes_administrator_and_the_operator_set_its_delays_others_get_the_answer_of_an_unknown_commune()
    {
        var operatorSession = await _calls.LoginAsync(AdministrationCalls.Operator);
        var settings = await _calls.SucceedAsync("SetDelaysPublic", ("SessionToken", operatorSession), ("CommuneCode", Commune), ("Public", false));
        Assert.That((Setting(settings, "DelaysPublic"), DelaysPublic()), Is.EqualTo(("false", 0L)), "the operator configures every commune");
        await _calls.SucceedAsync("SetDelaysPublic", ("SessionToken", _admin), ("CommuneCode", Commune), ("Public", true));
        Assert.That(DelaysPublic(), Is.EqualTo(1), "the administrator configures their commune");

        var unknown = await _calls.CallAsync("SetDelaysPublic", ("SessionToken", _admin), ("CommuneCode", "99999"), ("Public", false));
        Assert.That((unknown.FaultFields, unknown.Fault), Is.EqualTo((new[] { "CommuneCode" }, AdministrationTexts.CommuneNotFound)));
        foreach (var (email, password) in new[]
        {
            (AdministrationCalls.CivilStatusAgent, AdministrationCalls.DemoPassword), (AdministrationCalls.RoadsAgent, AdministrationCalls.DemoPassword),
            (BourgesAdministrator, BourgesPassword),
        })
        {
            var session = await _calls.LoginAsync(email, password);
            foreach (var operation in new[] { "SetDelaysPublic", "GetCommuneSettings" })
            {
                var (status, result, fields, fault) = await _calls.CallAsync(operation, ("SessionToken", session), ("CommuneCode", Commune),
                    ("Public", operation == "SetDelaysPublic" ? false : null));
                Assert.That((status, result), Is.EqualTo((500, (XElement?)null)), $"{operation} answered {email}");
                Assert.That((fields, fault), Is.EqualTo((unknown.FaultFields, unknown.Fault)), $"{operation} for {email} is not the answer to an unknown commune");
            }
            Assert.That(DelaysPublic(), Is.EqualTo(1), $"{email} changed the setting");
        }
    }

    [Test]
    public async Task The_page_refuses_the_setting_to_an_agent_a_foreign_post_and_an_unknown_choice_and_changes_nothing()
    {
        using (var agent = await AdminPagesLoggedInAsync(AdministrationCalls.CivilStatusAgent))
        {
            var (status, html, _) = await agent.PostAsync(AdministrationAddressRoot, new()
            {
                ["formulaire"] = "delais", ["operation"] = AdministrationPageTexts.DelaysOperation, ["publics"] = "non",
            });
            var (_, unknownAddress) = await agent.GetAsync("/gestion/adresse-inconnue");
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(html, Is.EqualTo(unknownAddress), "not the page of an unknown address");
        }
        Assert.That(DelaysPublic(), Is.EqualTo(1));

        using var browser = await AdminPagesLoggedInAsync(AdministrationCalls.Administrator);
        var post = new HttpRequestMessage(HttpMethod.Post, _host.BaseUrl + AdministrationAddressRoot)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["formulaire"] = "delais", ["operation"] = AdministrationPageTexts.DelaysOperation, ["publics"] = "non",
            }),
        };
        post.Headers.Add("Origin", "https://ailleurs.example.org");
        using (var foreign = await browser.Http.SendAsync(post))
            Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(DelaysPublic(), Is.EqualTo(1));

        var (refusedStatus, refused, _) = await browser.PostAsync(AdministrationAddressRoot, new()
        {
            ["formulaire"] = "delais", ["operation"] = AdministrationPageTexts.DelaysOperation, ["publics"] = "peut-être",
        });
        Assert.That(refusedStatus, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(refused, Does.Contain(AdministrationPageTexts.DelaysChoiceUnknown).And.Contain("href=\"#f-delais\"").And.Contain("id=\"f-delais\""));
        Assert.That(DelaysPublic(), Is.EqualTo(1));
    }

    private const string AdministrationAddressRoot = "/gestion/administration";

    private async Task<PageBrowser> AdminPagesLoggedInAsync(string email)
    {
        var browser = new PageBrowser(_host.BaseUrl);
        var (status, html, _) = await browser.PostAsync("/gestion/connexion",
            new() { ["email"] = email, ["motDePasse"] = AdministrationCalls.DemoPassword });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), html);
        return browser;
    }
}
