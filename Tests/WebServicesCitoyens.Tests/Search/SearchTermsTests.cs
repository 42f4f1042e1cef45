using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Search;

namespace WebServicesCitoyens.Tests.Search;

/// <summary>The words of the search, the same for what is indexed and what is typed (no host needed).</summary>
public sealed class SearchTermsTests
{
    [Test]
    public void Words_are_folded_to_lower_case_without_accents_or_ligatures_and_split_on_anything_else()
    {
        Assert.That(SearchTerms.Of("Hélène DUPONT-Lefèvre, 12 bis rue de l'Œuvre à Orléans (ÉTÉ) Straße"),
            Is.EqualTo(new[] { "helene", "dupont", "lefevre", "12", "bis", "rue", "de", "oeuvre", "orleans", "ete", "strasse" }));
    }

    [Test]
    public void One_character_words_are_left_out_repeated_words_kept_once_and_long_words_cut_to_forty_characters()
    {
        Assert.That(SearchTerms.Of("l' a b 3 cc cc CC"), Is.EqualTo(new[] { "cc" }));
        Assert.That(SearchTerms.Of(new string('x', 60)).Single(), Has.Length.EqualTo(SearchTerms.MaxLength));
        Assert.That(SearchTerms.Of("  ,;!? "), Is.Empty);
    }

    [Test]
    public void A_dossier_s_terms_are_every_text_value_of_its_request_and_its_number_by_parts_and_whole()
    {
        var request = Requests.BirthCertificateRequest();
        var dossier = new DossierRecord("N97-4T6-XWJ", "45234", Requests.BirthCertificate, 1, "id", "hash", "code",
            request.ToString(), "ENREGISTREE", "Soap", "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z");

        var terms = SearchTerms.OfDossier(dossier);

        Assert.That(terms.Take(4), Is.EqualTo(new[] { "n97", "4t6", "xwj", "n974t6xwj" }));
        Assert.That(terms, Is.SupersetOf(new[] { "lefevre", "anne", "marie", "henri", "roux", "claire", "bourgogne", "orleans", "45234", "example", "org" }));
        Assert.That(terms, Is.Unique);
    }

    [Test]
    public void Keywords_give_their_terms_or_a_refusal_naming_the_path_given()
    {
        var (terms, error) = SearchKeywords.Read("Dup ORLÉANS", "Filter.Keywords");
        Assert.That(terms, Is.EqualTo(new[] { "dup", "orleans" }));
        Assert.That(error, Is.Null);
        Assert.That(SearchKeywords.Read("  ", "recherche").Error, Is.Null);
        Assert.That(SearchKeywords.Read("a b", "recherche", "La recherche").Error!.Path, Is.EqualTo("recherche"));
        Assert.That(SearchKeywords.Read("a b", "recherche", "La recherche").Error!.Message, Does.StartWith("La recherche ne contient aucun mot"));
        Assert.That(SearchKeywords.Read(string.Join(' ', Enumerable.Repeat("mot", 9).Select((w, i) => w + (char)('a' + i))), "Filter.Keywords").Error!.Path,
            Is.EqualTo("Filter.Keywords"));
    }
}
