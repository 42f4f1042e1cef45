using System.Net;
using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Tests.BackOffice;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;
using static WebServicesCitoyens.Tests.Search.SearchWorld;

namespace WebServicesCitoyens.Tests.Search;

/// <summary>
/// Full-text search over SOAP (ListDossiers' Filter.Keywords), every answer checked against
/// Wsdl/BackOffice.xsd: any field of the request, the number and the applicant's name; each word a
/// prefix, accents and case aside; every word must match; combined with every other filter; never a
/// dossier outside the caller's remit, even by its exact number; test dossiers only with the test filter.
/// </summary>
public sealed class KeywordSearchTests
{
    [Test]
    public async Task Each_word_is_a_prefix_accents_and_case_aside_and_every_word_must_match()
    {
        var word = UniqueWord();
        var number = await FileAsync(BirthCertificate(surname: "Dupont", firstNames: "Hélène " + word));
        var token = await TokenOfAsync(EtatCivil);

        Assert.That(await FoundAsync(token, $"dup {word}"), Is.EqualTo(new[] { number }), "« dup » finds Dupont");
        Assert.That(await FoundAsync(token, $"HELENE {word.ToUpperInvariant()}"), Is.EqualTo(new[] { number }), "case and accents aside");
        Assert.That(await FoundAsync(token, $"orleans {word}"), Is.EqualTo(new[] { number }), "« orleans » finds Orléans (the applicant's town)");
        Assert.That(await FoundAsync(token, $"Orléans {word[..5]}"), Is.EqualTo(new[] { number }), "a word typed is a prefix");
        Assert.That(await FoundAsync(token, $"{word} dupx"), Is.Empty, "every word must match");
        Assert.That(await FoundAsync(token, $"{word}z"), Is.Empty, "a word longer than the term is no prefix of it");
    }

    [Test]
    public async Task The_dossier_number_whole_or_by_parts_and_the_applicant_s_name_find_the_dossier()
    {
        var applicant = UniqueWord();
        var number = await FileAsync(BirthCertificate(applicant: "Le " + char.ToUpperInvariant(applicant[0]) + applicant[1..]));
        var token = await TokenOfAsync(EtatCivil);

        Assert.That(await FoundAsync(token, number), Is.EqualTo(new[] { number }));
        Assert.That(await FoundAsync(token, number.Replace("-", "").ToLowerInvariant()), Is.EqualTo(new[] { number }));
        var byName = await QueueAsync(token, E("PageSize", "100"), E("Keywords", applicant));
        Assert.That(Numbers(byName), Is.EqualTo(new[] { number }));
        Assert.That(byName.Value("Total"), Is.EqualTo("1"));
        Assert.That(byName.Element(B + "Entry")!.Value("Applicant"), Is.EqualTo("Anne Le " + char.ToUpperInvariant(applicant[0]) + applicant[1..]));
    }

    [Test]
    public async Task A_word_of_the_last_occurrence_of_a_repeated_group_finds_the_dossier()
    {
        const string marriage = "etat-civil.dossier-mariage";
        var witness = UniqueWord();
        var request = Definitions.Sample(marriage);
        var witnesses = request.Elements(Infrastructure.Soap.Tns + "temoins").ToList();
        for (var i = witnesses.Count; i < 4; i++) witnesses[^1].AddAfterSelf(new XElement(witnesses[^1]));
        var last = request.Elements(Infrastructure.Soap.Tns + "temoins").Last();
        last.Element(Infrastructure.Soap.Tns + "nom")!.Value = "Saint-" + witness;
        var number = await FileAsync(request, marriage);

        Assert.That(await FoundAsync(await TokenOfAsync(EtatCivil), "saint " + witness), Is.EqualTo(new[] { number }));
        Assert.That(await FoundAsync(await TokenOfAsync(Admin), witness), Is.EqualTo(new[] { number }));
    }

    [Test]
    public async Task Keywords_combine_with_every_other_filter_and_the_total_counts_only_what_matches()
    {
        var word = UniqueWord();
        var first = await FileAsync(BirthCertificate(firstNames: "Paul " + word));
        var second = await FileAsync(BirthCertificate(firstNames: "Paule " + word));
        var token = await TokenOfAsync(EtatCivil);
        await PerformAsync(token, second, "PRENDRE_EN_CHARGE");

        Assert.That(await FoundAsync(token, word), Is.EquivalentTo(new[] { first, second }));
        Assert.That(await FoundAsync(token, "paule " + word), Is.EqualTo(new[] { second }));
        Assert.That(await FoundAsync(token, word, E("StepCode", "PRISE_EN_CHARGE")), Is.EqualTo(new[] { second }));
        Assert.That(await FoundAsync(token, word, E("ProcedureCode", Requests.BirthCertificate), E("StepCode", "ENREGISTREE")), Is.EqualTo(new[] { first }));
        Assert.That(await FoundAsync(token, word, E("State", "Closed")), Is.Empty);
        Assert.That(await FoundAsync(token, word, E("ProcedureCode", "etat-civil.acte-deces")), Is.Empty);
        var sorted = await QueueAsync(token, E("Sort", "Number"), E("Descending", "true"), E("PageSize", "1"), E("Keywords", word));
        Assert.That((sorted.Value("Total"), Numbers(sorted).Single()), Is.EqualTo(("2", new[] { first, second }.Max(StringComparer.Ordinal))));
    }

    [Test]
    public async Task Another_commune_s_or_another_service_s_dossier_is_never_found_even_by_its_exact_number()
    {
        await BackOfficeWorld.EnsureOtherCommuneAsync();
        var word = UniqueWord();
        var angersRequest = BirthCertificate(firstNames: "Anne " + word);
        Definitions.At(angersRequest, "titulaire.communeNaissance").Value = BackOfficeWorld.OtherCommune;
        var angers = await FileAsync(angersRequest, commune: BackOfficeWorld.OtherCommune);
        var incidentRequest = Requests.RoadIncidentRequest();
        Definitions.At(incidentRequest, "description").Value = "Nid-de-poule devant le " + word;
        var incident = await FileAsync(incidentRequest, Requests.RoadIncident);
        var angersToken = await TokenOfAsync(BackOfficeWorld.OtherCommuneAgent, BackOfficeWorld.TestPassword);

        foreach (var email in new[] { EtatCivil, Voirie, Admin, Operator })
        {
            var token = await TokenOfAsync(email);
            Assert.That(await FoundAsync(token, angers), Is.Empty, $"{email} found Angers' dossier by its number");
            Assert.That(await FoundAsync(token, word), email == EtatCivil || email == Operator ? Is.Empty : Is.EqualTo(new[] { incident }), email);
        }
        Assert.That(await FoundAsync(await TokenOfAsync(EtatCivil), incident), Is.Empty, "the roads' dossier by its number");
        Assert.That(await FoundAsync(angersToken, word), Is.EqualTo(new[] { angers }));
        Assert.That(await FoundAsync(angersToken, incident), Is.Empty);
    }

    [Test]
    public async Task A_test_dossier_is_found_only_with_the_test_filter()
    {
        var word = UniqueWord();
        var number = await FileAsync(BirthCertificate(firstNames: "Anne " + word));
        await BackOfficeWorldExtras.MarkAsTestAsync(number);
        var token = await TokenOfAsync(EtatCivil);

        Assert.That(await FoundAsync(token, word), Is.Empty);
        Assert.That(await FoundAsync(token, word, E("TestDossiers", "true")), Is.EqualTo(new[] { number }));
    }

    [Test]
    public async Task Keywords_too_long_too_many_or_without_a_word_are_refused_with_a_fault_naming_Filter_Keywords()
    {
        var token = await TokenOfAsync(EtatCivil);
        async Task<Answer> Refused(string keywords) => await RefusedAsync("ListDossiers", Session(token), E("Filter", E("Keywords", keywords)));

        var tooLong = await Refused(new string('a', 201));
        var tooMany = await Refused("un deux trois quatre cinq six sept huit neuf");
        var noWord = await Refused("« - » ? a b");

        Assert.That(tooLong.FaultFields, Is.EqualTo(new[] { "Filter.Keywords" }));
        Assert.That(tooLong.Fault, Does.Contain("Mots-clés").And.Contain("200"));
        Assert.That((tooMany.FaultFields, tooMany.Fault), Is.EqualTo((new[] { "Filter.Keywords" },
            "Le champ « Mots-clés » (Filter.Keywords) compte 8 mots au plus : retirez les moins utiles.")));
        Assert.That((noWord.FaultFields, noWord.Fault), Is.EqualTo((new[] { "Filter.Keywords" },
            "Le champ « Mots-clés » (Filter.Keywords) ne contient aucun mot de 2 lettres ou chiffres au moins (les mots d'une seule lettre sont ignorés).")));
        Assert.That(Numbers(await QueueAsync(token, E("PageSize", "1"), E("Keywords", "   "))), Has.Count.EqualTo(1), "blank keywords are no keywords");
    }

    [Test]
    public async Task A_raw_envelope_as_any_client_writes_it_searches_and_its_answer_is_valid_against_the_published_schema()
    {
        var word = UniqueWord();
        var number = await FileAsync(BirthCertificate(surname: "Müller", firstNames: "Zoé " + word));
        var token = await TokenOfAsync(Admin);
        var envelope = $"""
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
              <ListDossiers xmlns="http://webservicescitoyens.fr/ws/backoffice/v1">
                <SessionToken>{token}</SessionToken>
                <Filter><Sort>Number</Sort><PageSize>10</PageSize><Keywords>MULLER zoe {word}</Keywords></Filter>
              </ListDossiers>
            </s:Body></s:Envelope>
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(envelope, Encoding.UTF8, "text/xml") };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{BackOfficeContract.Service.SoapAction("ListDossiers")}\"");
        using var response = await Infrastructure.Soap.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        var answer = XDocument.Parse(text).Descendants(B + "ListDossiersResponse").Single();
        var errors = new List<string>();
        new XDocument(new XElement(answer)).Validate(
            SchemaValidator.LoadSchema(Repository.PathOf("Wsdl", "BackOffice.xsd"), Contracts.ContractNamespaces.BackOffice), (_, e) => errors.Add(e.Message));
        Assert.That(errors, Is.Empty);
        Assert.That(answer.Descendants(B + "DossierNumber").Select(n => n.Value), Is.EqualTo(new[] { number }));
        Assert.That(answer.Descendants(B + "Total").Single().Value, Is.EqualTo("1"));
    }
}

/// <summary>Changes to the shared host's store the search tests need and the back office's world does not offer.</summary>
internal static class BackOfficeWorldExtras
{
    /// <summary>Makes a dossier a test dossier, as if filed with the preview key while its procedure was in Test.</summary>
    public static async Task MarkAsTestAsync(string number)
    {
        await using var connection = await SharedHost.Host.Store.OpenAsync();
        Assert.That(await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE dossiers SET is_test = 1 WHERE number = @number", new { number }), Is.EqualTo(1));
    }
}
