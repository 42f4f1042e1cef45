using System.Net;
using System.Net.Http.Headers;
using System.Text;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Administration.AdminPagesHost;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// The administration pages under /gestion/administration as a browser uses them over HTTP, on this
/// folder's own host: who sees them (a commune's administrator; the operator for the commune named in
/// the address; an agent gets the page of an unknown address, for every address and post), posts from
/// another site refused, an edit that would break the process refused with its French problem and
/// nothing changed, publishing refused in French when there is nothing to publish, the export (the
/// version's XML as a download), the import (checked, within 1 MiB) and the commune's people. Each test
/// works on a procedure of its own (the end-to-end test has the birth certificate).
/// </summary>
public sealed class AdminPagesTests
{
    private static string Editor(string procedure) => $"{Root}/{procedure}";

    private static async Task<(HttpStatusCode Status, string Html, string? Location)> Post(PageBrowser browser, string path, Dictionary<string, string> form)
    {
        var (status, html, response) = await browser.PostAsync(path, form);
        return (status, html, response.Headers.Location?.ToString());
    }

    private static Task<(HttpStatusCode Status, string Html, string? Location)> CreateDraft(PageBrowser browser, string procedure) =>
        Post(browser, Editor(procedure), new() { ["formulaire"] = "publication", ["operation"] = "brouillon" });

    // ------------------------------------------------------------------ who sees the pages

    [Test]
    public async Task An_agent_gets_for_every_administration_address_and_post_exactly_the_page_of_an_unknown_address()
    {
        const string procedure = "vie-culturelle.reservation-spectacle";
        using var agent = await LoggedInAsync(CivilStatus);
        var (unknownStatus, unknown) = await agent.GetAsync("/gestion/cette-page-n-existe-pas");

        var answers = new List<(string Address, HttpStatusCode Status, string Html)>();
        foreach (var address in new[] { Root, $"{Root}/agents", Editor(procedure), $"{Editor(procedure)}/export", $"{Root}?commune=45234" })
        {
            var (status, html) = await agent.GetAsync(address);
            answers.Add((address, status, html));
        }
        var (draftStatus, draftHtml, _) = await CreateDraft(agent, procedure);
        answers.Add(("POST " + Editor(procedure), draftStatus, draftHtml));
        var (peopleStatus, peopleHtml, _) = await Post(agent, $"{Root}/agents",
            new() { ["formulaire"] = "profil", ["operation"] = "profil", ["code"] = "intrus", ["libelle"] = "Intrus", ["perimetre"] = "etat-civil" });
        answers.Add(("POST agents", peopleStatus, peopleHtml));

        Assert.That(unknownStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown, Does.Contain("Page introuvable").And.Contain(AdministrationPageTexts.UnknownPage));
        foreach (var (address, status, html) in answers)
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound), address);
            Assert.That(html, Is.EqualTo(unknown), $"{address} answers the page of an unknown address");
        }
        Assert.That(Versions(procedure), Is.Empty, "the agent's post created nothing");
        Assert.That(Host.Scalar("SELECT COUNT(*) FROM agent_profiles WHERE code = 'intrus'"), Is.Zero);
        Assert.That((await agent.GetAsync("/gestion/dossiers")).Html, Does.Not.Contain($"href=\"{Root}\""), "an agent's header has no administration link");
    }

    [Test]
    public async Task Without_a_session_the_administration_leads_to_the_login_page()
    {
        using var nobody = new PageBrowser(Host.BaseUrl);

        foreach (var address in new[] { Root, $"{Root}/agents", Editor(Requests.RoadIncident) })
        {
            using var response = await nobody.Http.GetAsync(Host.BaseUrl + address);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther), address);
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/gestion/connexion"), address);
        }
    }

    [Test]
    public async Task An_administrator_reaches_the_commune_s_procedures_from_the_header_and_each_procedure_s_editor_from_the_list()
    {
        using var admin = await LoggedInAsync(Administrator);

        var (_, queue) = await admin.GetAsync("/gestion/dossiers");
        var (status, list) = await admin.GetAsync(Root);
        var (editorStatus, editor) = await admin.GetAsync(Editor("elections.inscription-listes"));

        Assert.That(queue, Does.Contain($"<a href=\"{Root}\">Administration</a>"));
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(list, Does.Contain("<h1>Administration des démarches</h1>").And.Contain($"href=\"{Editor(Requests.BirthCertificate)}\"")
            .And.Contain("Demande d'inscription sur les listes électorales").And.Contain("Proposée en ligne").And.Contain($"href=\"{Root}/agents\""));
        Assert.That(editorStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(editor, Does.Contain("la définition du catalogue national").And.Contain("Créer un brouillon")
            .And.Contain("<ol class=\"adm-tree\">").And.Contain("Actions :").And.Not.Contain("Ajouter une étape après"));
    }

    [Test]
    public async Task The_operator_administers_the_commune_named_in_the_address()
    {
        const string procedure = "urbanisme.renseignements-plu";
        using var operatorBrowser = await LoggedInAsync(Operator);

        var (chooseStatus, choose) = await operatorBrowser.GetAsync(Root);
        var (unknownStatus, unknown) = await operatorBrowser.GetAsync($"{Root}?commune=99999");
        var (listStatus, list) = await operatorBrowser.GetAsync($"{Root}?commune=45234");
        var (draftStatus, _, location) = await Post(operatorBrowser, $"{Editor(procedure)}?commune=45234",
            new() { ["formulaire"] = "publication", ["operation"] = "brouillon" });
        var (editorStatus, editor) = await operatorBrowser.GetAsync(location!);
        var (noCommuneStatus, _) = await operatorBrowser.GetAsync(Editor(procedure));

        Assert.That(chooseStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(choose, Does.Contain("name=\"commune\"").And.Contain("Code INSEE de la commune"));
        Assert.That(unknownStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown, Does.Contain(AdministrationPageTexts.ChooseCommune).And.Contain("href=\"#f-commune\""));
        Assert.That(listStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(list, Does.Contain($"href=\"{Editor(procedure)}?commune=45234\"").And.Contain($"href=\"{Root}/agents?commune=45234\""));
        Assert.That(draftStatus, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(location, Is.EqualTo($"{Editor(procedure)}?commune=45234&fait=brouillon"));
        Assert.That(editorStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(editor, Does.Contain("Le brouillon (version 1) est créé").And.Contain($"action=\"{Editor(procedure)}?commune=45234\""));
        Assert.That(Versions(procedure), Is.EqualTo("1 Draft"));
        Assert.That(noCommuneStatus, Is.EqualTo(HttpStatusCode.NotFound), "the operator names the commune in every address");
    }

    // ------------------------------------------------------------------ posts

    [TestCase("Origin", "https://autre-site.example")]
    [TestCase("Origin", "null")]
    [TestCase("Sec-Fetch-Site", "cross-site")]
    public async Task A_post_from_another_site_is_refused_and_changes_nothing(string header, string value)
    {
        const string procedure = "population.carte-citoyenne";
        using var admin = await LoggedInAsync(Administrator);
        using var request = new HttpRequestMessage(HttpMethod.Post, Host.BaseUrl + Editor(procedure))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["formulaire"] = "publication", ["operation"] = "brouillon" }),
        };
        request.Headers.Add(header, value);

        using var response = await admin.Http.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(html, Does.Contain(PageTexts.ForeignPost));
        Assert.That(Versions(procedure), Is.Empty);
    }

    [TestCase("")]
    [TestCase("/agents")]
    [TestCase("/logiciels")]
    [TestCase("/avis")]
    [TestCase("/population.carte-citoyenne")]
    public async Task A_post_larger_than_three_definitions_is_refused_in_French_with_413_on_every_administration_page_and_changes_nothing(string page)
    {
        const string procedure = "population.carte-citoyenne";
        using var admin = await LoggedInAsync(Administrator);

        var (status, html, _) = await Post(admin, Root + page, new()
        {
            ["formulaire"] = "publication", ["operation"] = "brouillon", ["remplissage"] = new string('x', 3 * 1024 * 1024 + 1),
        });

        Assert.That(status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(html, Does.Contain(AdministrationPageTexts.PostTooLarge));
        Assert.That(Versions(procedure), Is.Empty);
    }

    [Test]
    public async Task An_edit_that_would_break_the_process_is_refused_with_its_French_problem_and_changes_nothing()
    {
        const string procedure = Requests.RoadIncident;
        using var admin = await LoggedInAsync(Administrator);
        Assert.That((await CreateDraft(admin, procedure)).Status, Is.EqualTo(HttpStatusCode.SeeOther));
        var before = Draft(procedure);

        // The default action RECU → QUALIFIE made to lead nowhere: nothing reaches the steps after the first.
        var (status, html, _) = await Post(admin, Editor(procedure), new()
        {
            ["formulaire"] = "action-VERS_QUALIFIE", ["operation"] = "action-modifier", ["code"] = "VERS_QUALIFIE", ["etape"] = "RECU", ["fixe"] = "code",
            ["libelle"] = "Qualifier sans suite", ["vers"] = "", ["declenchement"] = "manual",
        });

        Assert.That(status, Is.EqualTo((HttpStatusCode)422));
        Assert.That(html, Does.Contain("role=\"alert\"")
            .And.Contain(WorkflowTexts.Unreachable("Qualification (catégorie, urgence, doublon)"))
            .And.Contain(WorkflowTexts.NoWayToClose("Signalement reçu"))
            .And.Contain("href=\"#f-action-VERS_QUALIFIE\""));
        Assert.That(html, Does.Contain("<details class=\"adm-edit\" open=\"\">").And.Contain("value=\"Qualifier sans suite\""),
            "the form posted is shown open with what was typed");
        Assert.That(Draft(procedure), Is.EqualTo(before), "the Draft is unchanged");
        Assert.That(Versions(procedure), Is.EqualTo("1 Draft"));
    }

    [Test]
    public async Task A_value_the_editor_refuses_is_linked_to_its_control_and_a_valid_edit_redirects_with_its_confirmation()
    {
        const string procedure = "vie-quotidienne.rendez-vous-elu";
        using var admin = await LoggedInAsync(Administrator);
        await CreateDraft(admin, procedure);
        // A button of one control refused: its item's edit form opens with the version's values, not blanks.
        var (upStatus, up, _) = await Post(admin, Editor(procedure),
            new() { ["formulaire"] = "champ-eluSouhaite", ["operation"] = "champ-monter", ["champ"] = "eluSouhaite", ["fixe"] = "champ" });
        Assert.That(upStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(up, Does.Contain(AdministrationTexts.AlreadyFirst("eluSouhaite")).And.Contain("href=\"#f-champ-eluSouhaite\"")
            .And.Match("<input id=\"f-champ-eluSouhaite-libelle\"[^>]* value=\"Vous souhaitez rencontrer\""));

        var form = new Dictionary<string, string>
        {
            ["formulaire"] = "champ_nouveau", ["operation"] = "champ-ajouter", ["groupe"] = "", ["libelle"] = "Quartier",
            ["nom"] = "Quartier de résidence", ["type"] = "text", ["aide"] = "",
        };

        var (refusedStatus, refused, _) = await Post(admin, Editor(procedure), form);
        form["nom"] = "quartier";
        var (status, _, location) = await Post(admin, Editor(procedure), form);
        var (_, page) = await admin.GetAsync(location!);

        Assert.That(refusedStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(refused, Does.Contain("« Quartier de résidence » n'est pas un code valide").And.Contain("href=\"#f-champ_nouveau-nom\"")
            .And.Contain("id=\"f-champ_nouveau-nom\"").And.Contain("aria-invalid=\"true\"").And.Contain("value=\"Quartier\""));
        Assert.That(status, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(location, Is.EqualTo($"{Editor(procedure)}?fait=champ-ajouter"));
        Assert.That(page, Does.Contain("Le champ est ajouté au formulaire de la commune.").And.Contain("<code class=\"adm-code\">quartier</code>"));
        Assert.That(Draft(procedure), Does.Contain("name=\"quartier\"").And.Contain("commune=\"true\""));
    }

    [Test]
    public async Task Publishing_is_refused_in_French_when_there_is_nothing_to_publish_and_then_goes_draft_test_online()
    {
        const string procedure = "elections.radiation-listes";
        using var admin = await LoggedInAsync(Administrator);
        Task<(HttpStatusCode Status, string Html, string? Location)> Publish(string operation) =>
            Post(admin, Editor(procedure), new() { ["formulaire"] = "publication", ["operation"] = operation });

        var (onlineStatus, online, _) = await Publish("en-ligne");
        var (testStatus, test, _) = await Publish("test");
        await CreateDraft(admin, procedure);
        var (toTest, _, toTestLocation) = await Publish("test");
        var (_, testPage) = await admin.GetAsync(toTestLocation!);
        var (toOnline, _, toOnlineLocation) = await Publish("en-ligne");
        var (_, onlinePage) = await admin.GetAsync(toOnlineLocation!);

        Assert.That(onlineStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(online, Does.Contain(AdministrationTexts.NoTestVersion).And.Contain("href=\"#f-publication\""));
        Assert.That(testStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(test, Does.Contain(AdministrationTexts.NoDraft));
        Assert.That(toTest, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(testPage, Does.Contain("La version 1 est en test").And.Contain("Mettre en ligne").And.Contain("?apercu="));
        Assert.That(toOnline, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(onlinePage, Does.Contain("La version 1 est en ligne").And.Contain("Créer un brouillon"));
        Assert.That(Versions(procedure), Is.EqualTo("1 Online"));
    }

    // ------------------------------------------------------------------ export and import

    [Test]
    public async Task The_export_downloads_the_version_s_XML_as_stored()
    {
        const string procedure = "vie-quotidienne.enlevement-graffiti";
        using var admin = await LoggedInAsync(Administrator);

        using var catalogue = await admin.Http.GetAsync(Host.BaseUrl + $"{Editor(procedure)}/export");
        await CreateDraft(admin, procedure);
        using var draft = await admin.Http.GetAsync(Host.BaseUrl + $"{Editor(procedure)}/export?version=1");
        var (missingStatus, missing) = await admin.GetAsync($"{Editor(procedure)}/export?version=7");

        Assert.That(catalogue.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(catalogue.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        Assert.That(catalogue.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(catalogue.Content.Headers.ContentDisposition?.FileNameStar, Is.EqualTo($"45234-{procedure}.xml"));
        Assert.That(catalogue.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(await catalogue.Content.ReadAsStringAsync(),
            Is.EqualTo(File.ReadAllText(Repository.PathOf("Services", "Catalogue", "vie-quotidienne", "enlevement-graffiti.xml"))));
        Assert.That(draft.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(draft.Content.Headers.ContentDisposition?.FileNameStar, Is.EqualTo($"45234-{procedure}-v1.xml"));
        Assert.That(await draft.Content.ReadAsStringAsync(), Is.EqualTo(Draft(procedure)));
        Assert.That(missingStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing, Does.Contain(AdministrationPageTexts.UnknownPage));
    }

    [Test]
    public async Task An_import_becomes_the_draft_only_when_the_check_accepts_it()
    {
        const string procedure = "etat-civil.acte-deces";
        using var admin = await LoggedInAsync(Administrator);
        var original = File.ReadAllText(Repository.PathOf("Services", "Catalogue", "etat-civil", "acte-deces.xml"));
        async Task<(HttpStatusCode Status, string Html, string? Location)> Import(string? file, string pasted = "")
        {
            using var content = new MultipartFormDataContent
            {
                { new StringContent("import"), "formulaire" }, { new StringContent("import"), "operation" }, { new StringContent(pasted), "definition" },
            };
            if (file is not null)
            {
                var bytes = new ByteArrayContent(Encoding.UTF8.GetBytes(file));
                bytes.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
                content.Add(bytes, "fichier", "definition.xml");
            }
            using var response = await admin.Http.PostAsync(Host.BaseUrl + Editor(procedure), content);
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Location?.ToString());
        }

        var (emptyStatus, empty, _) = await Import(null);
        var (malformedStatus, malformed, _) = await Import(null, "<procedure xmlns=\"http://webservicescitoyens.fr/schemas/definition/v1\">");
        var (largeStatus, large, _) = await Import(original.Replace("</procedure>", $"<!-- {new string('x', 1024 * 1024)} --></procedure>"));
        var renamed = original.Replace("<title>Demande d'acte de décès</title>", "<title>Acte de décès (Orléans)</title>");
        Assert.That(renamed, Is.Not.EqualTo(original));
        var (status, _, location) = await Import(renamed);
        var (_, page) = await admin.GetAsync(location!);

        Assert.That(emptyStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(empty, Does.Contain(AdministrationPageTexts.DefinitionNeeded).And.Contain("href=\"#f-import-definition\""));
        Assert.That(malformedStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(malformed, Does.Contain("n'est pas un document XML bien formé"));
        Assert.That(largeStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(large, Does.Contain(AdministrationPageTexts.DefinitionTooLarge(1024 * 1024)).And.Contain("href=\"#f-import-fichier\""));
        Assert.That(status, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(page, Does.Contain("La définition importée est le brouillon (version 1).").And.Contain("<h1>Acte de décès (Orléans)</h1>"));
        Assert.That(Draft(procedure), Is.EqualTo(renamed));
    }

    // ------------------------------------------------------------------ people

    [Test]
    public async Task The_administrator_creates_a_profile_and_an_agent_with_it_then_disables_the_agent_but_not_themself()
    {
        using var admin = await LoggedInAsync(Administrator);
        var email = $"agent-{Guid.NewGuid():N}"[..20] + "@orleans.demo";

        var (profileStatus, _, profileLocation) = await Post(admin, $"{Root}/agents",
            new() { ["formulaire"] = "profil", ["operation"] = "profil", ["code"] = "urbanisme", ["libelle"] = "Urbanisme", ["perimetre"] = "urbanisme" });
        var (shortStatus, shortHtml, _) = await Post(admin, $"{Root}/agents", new()
        {
            ["formulaire"] = "agent", ["operation"] = "agent", ["nom"] = "Paul Durand", ["email"] = email, ["motDePasse"] = "court", ["role"] = "Agent", ["profils"] = "urbanisme",
        });
        var (agentStatus, _, agentLocation) = await Post(admin, $"{Root}/agents", new()
        {
            ["formulaire"] = "agent", ["operation"] = "agent", ["nom"] = "Paul Durand", ["email"] = email, ["motDePasse"] = "un mot de passe solide", ["role"] = "Agent",
            ["profils"] = "urbanisme",
        });
        var (_, people) = await admin.GetAsync(agentLocation!);
        var id = Host.Text("SELECT id FROM agents WHERE email = @e", ("@e", email))!;
        var self = Host.Text("SELECT id FROM agents WHERE email = @e", ("@e", Administrator))!;
        var (disableStatus, _, disableLocation) = await Post(admin, $"{Root}/agents",
            new() { ["formulaire"] = $"desactiver-{id}", ["operation"] = "desactiver", ["agent"] = id, ["fixe"] = "agent" });
        var (selfStatus, selfHtml, _) = await Post(admin, $"{Root}/agents",
            new() { ["formulaire"] = $"desactiver-{self}", ["operation"] = "desactiver", ["agent"] = self, ["fixe"] = "agent" });
        using var newcomer = new PageBrowser(Host.BaseUrl);
        var (loginStatus, _, _) = await newcomer.PostAsync("/gestion/connexion", new() { ["email"] = email, ["motDePasse"] = "un mot de passe solide" });

        Assert.That(profileStatus, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(profileLocation, Is.EqualTo($"{Root}/agents?fait=profil"));
        Assert.That(shortStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(shortHtml, Does.Contain("href=\"#f-agent-motDePasse\"").And.Contain($"value=\"{email}\"").And.Not.Contain("value=\"court\""));
        Assert.That(agentStatus, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(people, Does.Contain(AdministrationPageTexts.PeopleDone("agent")).And.Contain("Paul Durand").And.Contain(email).And.Contain("Urbanisme"));
        Assert.That(disableStatus, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(disableLocation, Is.EqualTo($"{Root}/agents?fait=desactiver"));
        Assert.That(Host.Text("SELECT disabled_at FROM agents WHERE id = @id", ("@id", id)), Is.Not.Null);
        Assert.That(loginStatus, Is.EqualTo((HttpStatusCode)422), "a disabled agent logs in no more");
        Assert.That(selfStatus, Is.EqualTo((HttpStatusCode)422));
        Assert.That(selfHtml, Does.Contain(AdministrationTexts.NotYourself));
        Assert.That(Host.Text("SELECT disabled_at FROM agents WHERE id = @id", ("@id", self)), Is.Null);
    }
}
