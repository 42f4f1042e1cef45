using System.Net;
using System.Text.RegularExpressions;

namespace WebServicesCitoyens.Tests.Web;

/// <summary>The hosted pages: a commune's form, the receipt after posting it, the tracking page.</summary>
public sealed class FormPageTests
{
    private static string FormUrl(string procedure = Requests.BirthCertificate, string commune = Requests.Commune) =>
        $"{SharedHost.Host.BaseUrl}/communes/{commune}/{procedure}";

    /// <summary>The birth certificate's form filled as a citizen (or an agent at the counter) fills it.</summary>
    internal static Dictionary<string, string> ValidBirthCertificateForm(string requestId) => new()
    {
        ["clientRequestId"] = requestId,
        ["typeDocument"] = "EXTRAIT_AVEC_FILIATION",
        ["qualiteDemandeur"] = "PARENT",
        ["motif"] = "",
        ["nombreExemplaires"] = "2",
        ["titulaire.nomNaissance"] = "Bernard",
        ["titulaire.prenoms"] = "Lucie",
        ["titulaire.sexe"] = "",
        ["titulaire.dateNaissance"] = "2015-09-01",
        ["titulaire.communeNaissance"] = Requests.Commune,
        ["pere.nom"] = "Bernard", ["pere.prenoms"] = "Marc",
        ["mere.nom"] = "Petit", ["mere.prenoms"] = "Julie",
        ["demandeur.nom"] = "Bernard", ["demandeur.prenom"] = "Marc",
        ["demandeur.adresse.numero"] = "", ["demandeur.adresse.voie"] = "avenue des Droits de l'Homme",
        ["demandeur.adresse.complement"] = "", ["demandeur.adresse.codePostal"] = "45000", ["demandeur.adresse.commune"] = "Orléans",
        ["demandeur.courriel"] = "marc.bernard@example.org", ["demandeur.telephone"] = "",
    };

    private static async Task<(HttpStatusCode Status, string Html)> Post(Dictionary<string, string> fields, string? url = null)
    {
        using var response = await Infrastructure.Soap.Http.PostAsync(url ?? FormUrl(), new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_form_page_is_accessible_french_html_in_the_commune_colours()
    {
        var html = await Infrastructure.Soap.Http.GetStringAsync(FormUrl());

        Assert.That(html, Does.Contain("lang=\"fr\"").And.Contain("Demande d'acte de naissance").And.Contain("Orléans"));
        Assert.That(html, Does.Contain("--wsc-primary: #1b4f72").Or.Contain("--wsc-primary:#1b4f72"));
        Assert.That(html, Does.Contain("/css/wsc.css"));
        var ids = Regex.Matches(html, "<(?:input|select|textarea)[^>]*\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value)
            .Where(id => !html.Contains($"id=\"{id}\" type=\"hidden\"")).ToList();
        Assert.That(ids, Is.Not.Empty);
        foreach (var id in ids.Where(id => !Regex.IsMatch(html, $"<input[^>]*type=\"hidden\"[^>]*id=\"{id}\"")))
            Assert.That(html, Does.Contain($"for=\"{id}\""), $"control {id} has no label");
        Assert.That(Regex.Matches(html, "aria-required=\"true\"").Count, Is.GreaterThan(5));
    }

    [Test]
    public async Task Posting_the_form_stores_the_dossier_and_shows_a_receipt_whose_link_tracks_it()
    {
        var before = SharedHost.Host.CountDossiers();
        var (status, receipt) = await Post(ValidBirthCertificateForm(Requests.NewId("web")));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), receipt);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1));
        var number = Regex.Match(receipt, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value;
        Assert.That(number, Is.Not.Empty);
        var trackingUrl = WebUtility.HtmlDecode(Regex.Match(receipt, "href=\"([^\"]*/suivi\\?[^\"]+)\"").Groups[1].Value);
        Assert.That(trackingUrl, Does.Contain(number));

        var tracking = await Infrastructure.Soap.Http.GetStringAsync(trackingUrl);
        Assert.That(tracking, Does.Contain(number).And.Contain("Demande initiale").And.Contain("non réalisé"));
        Assert.That(tracking, Does.Match(@"\d{2}/\d{2}/\d{4}"));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossiers WHERE number = @n AND channel = 'Web'", ("@n", number)), Is.EqualTo(1));
    }

    [Test]
    public async Task An_optional_position_left_blank_is_left_out_and_one_half_filled_is_refused()
    {
        var url = FormUrl(Requests.RoadIncident);
        var incident = new Dictionary<string, string>
        {
            ["categorie"] = "CHAUSSEE_TROTTOIR", ["niveauGene"] = "FAIBLE", ["description"] = "Nid-de-poule profond.",
            ["lieu.adresse"] = "rue Bannier", ["lieu.localisation.latitude"] = "", ["lieu.localisation.longitude"] = "",
        };
        var (blank, _) = await Post(new(incident) { ["clientRequestId"] = Requests.NewId("geo-blank") }, url);
        var (half, html) = await Post(new(incident) { ["clientRequestId"] = Requests.NewId("geo-half"), ["lieu.localisation.latitude"] = "47.9" }, url);

        Assert.That(blank, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(half, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain("Le champ « Longitude » (lieu.localisation.longitude) est obligatoire."));
    }

    [Test]
    public async Task Posting_the_same_form_twice_files_one_dossier()
    {
        var fields = ValidBirthCertificateForm(Requests.NewId("double"));
        var before = SharedHost.Host.CountDossiers();

        var first = await Post(fields);
        var second = await Post(fields);

        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1));
        Assert.That(Regex.Match(second.Html, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value,
            Is.EqualTo(Regex.Match(first.Html, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value));
    }

    [Test]
    public async Task An_invalid_form_comes_back_with_errors_announced_values_kept_and_nothing_stored()
    {
        var fields = ValidBirthCertificateForm(Requests.NewId("invalid"));
        fields["titulaire.dateNaissance"] = "2999-01-01";
        fields["titulaire.prenoms"] = "";
        var before = SharedHost.Host.CountDossiers();

        var (status, html) = await Post(fields);

        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
        Assert.That(html, Does.Contain("role=\"alert\""));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain("Le champ « Prénoms » (titulaire.prenoms) est obligatoire."));
        Assert.That(WebUtility.HtmlDecode(html), Does.Contain("(titulaire.dateNaissance) ne peut pas être dans le futur"),
            "the definition's rules are reported with the schema's errors, not one round later");
        Assert.That(html, Does.Contain("aria-invalid=\"true\""));
        Assert.That(html, Does.Contain("value=\"Bernard\""), "typed values are kept");
    }

    [Test]
    public async Task A_citizen_who_goes_back_changes_the_form_and_sends_it_again_files_the_new_request()
    {
        var fields = ValidBirthCertificateForm(Requests.NewId("back"));
        var (_, first) = await Post(fields);
        fields["nombreExemplaires"] = "3";

        var (status, second) = await Post(fields);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), second);
        Assert.That(Regex.Match(second, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value,
            Is.Not.EqualTo(Regex.Match(first, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value));
    }

    [Test]
    public async Task An_oversized_or_unreadable_form_gets_a_french_page_not_a_crash()
    {
        var tooLong = ValidBirthCertificateForm(Requests.NewId("huge"));
        tooLong["titulaire.nomNaissance"] = new string('a', 200_000);
        var tooMany = ValidBirthCertificateForm(Requests.NewId("many"));
        for (var i = 0; i < 300; i++) tooMany["x" + i] = "y";
        var before = SharedHost.Host.CountDossiers();

        var (longStatus, longHtml) = await Post(tooLong);
        var (manyStatus, manyHtml) = await Post(tooMany);
        using var json = await Infrastructure.Soap.Http.PostAsync(FormUrl(), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.That((longStatus, manyStatus), Is.EqualTo((HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.RequestEntityTooLarge)));
        Assert.That(WebUtility.HtmlDecode(longHtml + manyHtml), Does.Contain("trop volumineux"));
        Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task Unknown_procedures_and_communes_get_a_french_404()
    {
        using var unknownProcedure = await Infrastructure.Soap.Http.GetAsync(FormUrl("etat-civil.inexistante"));
        using var unknownCommune = await Infrastructure.Soap.Http.GetAsync(FormUrl(commune: "69123"));

        Assert.That(unknownProcedure.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await unknownProcedure.Content.ReadAsStringAsync(), Does.Contain("n'existe pas dans le catalogue"));
        Assert.That(unknownCommune.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(WebUtility.HtmlDecode(await unknownCommune.Content.ReadAsStringAsync()),
            Does.Contain("La commune dont le code est 69123 ne propose pas encore ses démarches en ligne").And.Not.Contain("CommuneCode"));
    }

    [Test]
    public async Task Tracking_with_a_wrong_code_says_no_more_than_for_an_unknown_number()
    {
        using var wrong = await Infrastructure.Soap.Http.GetAsync($"{SharedHost.Host.BaseUrl}/suivi?dossier=AAA-AAA-AAA&code=abcd");

        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), Does.Contain("Aucun dossier ne correspond"));
    }

    [Test]
    public async Task The_sample_dossier_shows_its_done_steps_dated_and_the_next_ones_not_done()
    {
        var number = SharedHost.Host.Text("SELECT number FROM dossiers WHERE client_request_id = 'demo-dossier-1'");
        var code = SharedHost.Host.Text("SELECT tracking_code FROM dossiers WHERE client_request_id = 'demo-dossier-1'");
        Assert.That(number, Is.Not.Null, "the demo dossier is seeded");

        var html = WebUtility.HtmlDecode(await Infrastructure.Soap.Http.GetStringAsync($"{SharedHost.Host.BaseUrl}/suivi?dossier={number}&code={code}"));

        Assert.That(Regex.Matches(html, @"\d{2}/\d{2}/\d{4}").Count, Is.GreaterThanOrEqualTo(2));
        Assert.That(Regex.Matches(html, "non réalisé").Count, Is.EqualTo(4));
        Assert.That(html, Does.Contain("Prise en charge par nos services"));
    }
}
