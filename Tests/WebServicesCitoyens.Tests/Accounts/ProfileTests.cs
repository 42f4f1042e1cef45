using System.Net;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using static WebServicesCitoyens.Tests.Accounts.AccountCalls;

namespace WebServicesCitoyens.Tests.Accounts;

/// <summary>
/// Personal data entered once: saved and read back over SOAP and on the profile page, refused with
/// the field named when wrong, and pre-filling the applicant's fields of a procedure's form.
/// </summary>
public sealed class ProfileTests
{
    private static readonly XNamespace Cit = ContractNamespaces.Citizen;
    private static AccountCalls Calls => new(SharedHost.Host);

    private static string ProfileXml(string birthDate = "1985-04-12") =>
        $"<identite><nomNaissance>Durand</nomNaissance><nomUsage>Martin</nomUsage><prenoms>Camille Louise</prenoms><sexe>F</sexe>"
        + $"<dateNaissance>{birthDate}</dateNaissance><communeNaissance>45234</communeNaissance><paysNaissance>99100</paysNaissance></identite>"
        + "<adresse><numero>3</numero><voie>rue Jeanne d'Arc</voie><codePostal>45000</codePostal><commune>Orléans</commune></adresse>"
        + "<telephone>06 12 34 56 78</telephone>"
        + "<membres><lien>ENFANT</lien><nom>Martin</nom><prenoms>Léo</prenoms><dateNaissance>2015-09-01</dateNaissance></membres>"
        + "<membres><lien>CONJOINT</lien><nom>Martin</nom><prenoms>Paul</prenoms></membres>";

    /// <summary>SaveProfile with a raw profile body (the helper escapes values, so the XML is posted as is).</summary>
    private static async Task<(int Status, string Body)> SaveAsync(string session, string profileXml)
    {
        var body = $"<SaveProfile xmlns=\"{Cit}\"><SessionToken>{session}</SessionToken><Profile>{profileXml}</Profile></SaveProfile>";
        using var request = new HttpRequestMessage(HttpMethod.Post, Calls.Url)
        {
            Content = new StringContent(Infrastructure.Soap.Envelope(body), System.Text.Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{Cit}/CitizenAccountService/SaveProfile\"");
        using var response = await Infrastructure.Soap.Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_profile_saved_over_soap_is_read_back_whole()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (status, body) = await SaveAsync(session, ProfileXml());
        Assert.That(status, Is.EqualTo(200), body);

        var profile = await Calls.SucceedAsync("GetProfile", ("SessionToken", session));

        Assert.That(profile.Element(Cit + "identite")!.Element(Cit + "prenoms")!.Value, Is.EqualTo("Camille Louise"));
        Assert.That(profile.Elements(Cit + "membres").Select(m => m.Element(Cit + "prenoms")!.Value), Is.EqualTo(new[] { "Léo", "Paul" }));
        Assert.That(profile.Element(Cit + "adresse")!.Element(Cit + "commune")!.Value, Is.EqualTo("Orléans"));
    }

    [TestCase("2999-01-01", "identite.dateNaissance")]
    [TestCase("1985-13-45", "identite.dateNaissance")]
    public async Task A_wrong_value_is_refused_naming_the_field_and_nothing_changes(string birthDate, string field)
    {
        var (_, session) = await Calls.NewCitizenAsync();
        await SaveAsync(session, ProfileXml());

        var (status, body) = await SaveAsync(session, ProfileXml(birthDate));

        Assert.That(status, Is.EqualTo(500));
        Assert.That(string.Join(" ", Infrastructure.Soap.FaultFields(body)), Does.Contain(field));
        var kept = await Calls.SucceedAsync("GetProfile", ("SessionToken", session));
        Assert.That(kept.Element(Cit + "identite")!.Element(Cit + "dateNaissance")!.Value, Is.EqualTo("1985-04-12"));
    }

    [Test]
    public async Task A_member_without_first_names_is_refused_naming_its_rank()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        var (status, body) = await SaveAsync(session,
            "<membres><lien>ENFANT</lien><nom>Martin</nom><prenoms>Léo</prenoms></membres><membres><lien>ENFANT</lien><nom>Martin</nom></membres>");

        Assert.That(status, Is.EqualTo(500));
        Assert.That(Infrastructure.Soap.FaultString(body), Does.Contain("membres[2].prenoms"));
    }

    [Test]
    public void The_published_profil_type_accepts_a_profile_built_from_the_profile_fields()
    {
        var profile = SampleRequest.For(Cit + "Profile", ProfileFields.Items, "45234", DateOnly.FromDateTime(DateTime.UtcNow));
        var schemas = new XmlSchemaSet();
        schemas.Add(ContractNamespaces.Citizen, Repository.PathOf("Wsdl", "CitizenAccount.xsd"));

        new XDocument(profile).Validate(schemas, (_, e) => Assert.Fail($"{e.Message}\n{profile}"));
    }

    [Test]
    public async Task The_profile_page_saves_the_form_and_shows_it_again_filled()
    {
        var (_, session) = await Calls.NewCitizenAsync();
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        async Task<(HttpStatusCode, string)> Send(HttpMethod method, Dictionary<string, string>? form = null)
        {
            using var request = new HttpRequestMessage(method, SharedHost.Host.BaseUrl + "/compte/profil");
            request.Headers.Add("Cookie", "wsc_session=" + session);
            if (form is not null) request.Content = new FormUrlEncodedContent(form);
            using var response = await client.SendAsync(request);
            return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        var (refused, refusedHtml) = await Send(HttpMethod.Post, new() { ["identite.dateNaissance"] = "2999-01-01", ["identite.prenoms"] = "Camille" });
        var (saved, savedHtml) = await Send(HttpMethod.Post, new()
        {
            ["identite.nomNaissance"] = "Durand", ["identite.prenoms"] = "Camille", ["identite.dateNaissance"] = "1985-04-12",
            ["telephone"] = "06 12 34 56 78", ["membres[1].lien"] = "ENFANT", ["membres[1].nom"] = "Martin", ["membres[1].prenoms"] = "Léo",
        });
        var (_, shown) = await Send(HttpMethod.Get);

        Assert.That(refused, Is.EqualTo((HttpStatusCode)422));
        Assert.That(refusedHtml, Does.Contain("href=\"#f-identite-dateNaissance\"").And.Contain("value=\"Camille\""));
        Assert.That(saved, Is.EqualTo(HttpStatusCode.OK), savedHtml);
        Assert.That(savedHtml, Does.Contain("Vos informations sont enregistrées."));
        Assert.That(shown, Does.Contain("value=\"Durand\"").And.Contain("value=\"Léo\"").And.Contain("Enregistrer mes informations"));
    }

    [Test]
    public async Task A_logged_in_citizen_finds_the_applicant_fields_of_a_form_prefilled_from_the_profile()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        await SaveAsync(session, ProfileXml());
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{Requests.BirthCertificate}");
        request.Headers.Add("Cookie", "wsc_session=" + session);

        using var response = await client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var anonymous = WebUtility.HtmlDecode(await Infrastructure.Soap.Http.GetStringAsync($"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{Requests.BirthCertificate}"));

        Assert.That(html, Does.Contain("pré-remplis avec les informations de votre espace citoyen"));
        Assert.That(html, Does.Contain("name=\"demandeur.nom\"").And.Contain("value=\"Martin\""), "usage name for « Nom »");
        Assert.That(html, Does.Contain("name=\"demandeur.prenom\"").And.Contain("value=\"Camille\""), "first given name for « Prénom »");
        Assert.That(html, Does.Contain($"value=\"{email}\"").And.Contain("value=\"rue Jeanne d'Arc\""));
        Assert.That(System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*name=\"titulaire.nomNaissance\"[^>]*>").Value,
            Does.Not.Contain("value="), "the person the act is about is not assumed to be the applicant");
        Assert.That(anonymous, Does.Not.Contain("pré-remplis").And.Not.Contain("rue Jeanne d'Arc"));
    }

    [Test]
    public async Task The_profile_is_in_the_export_and_erased_with_the_account()
    {
        var (email, session) = await Calls.NewCitizenAsync();
        await SaveAsync(session, ProfileXml());

        var export = await Calls.SucceedAsync("ExportData", ("SessionToken", session));
        var citizenId = SharedHost.Host.Text("SELECT id FROM citizens WHERE email = @e", ("@e", email))!;
        await Calls.SucceedAsync("DeleteAccount", ("SessionToken", session), ("Password", GoodPassword));

        Assert.That(export.Element(Cit + "Profile")!.Element(Cit + "identite")!.Element(Cit + "nomNaissance")!.Value, Is.EqualTo("Durand"));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM citizen_profiles WHERE citizen_id = @c", ("@c", citizenId)), Is.Zero);
    }
}
