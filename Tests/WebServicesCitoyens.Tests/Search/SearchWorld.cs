using System.Xml.Linq;
using WebServicesCitoyens.Tests.BackOffice;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.Search;

/// <summary>
/// What the search tests file and ask: dossiers carrying a word no other dossier has (so that a search
/// for it finds exactly the test's own, whatever else the shared host holds), and the queue's answer to
/// keywords with any other filter element.
/// </summary>
public static class SearchWorld
{
    /// <summary>A word of twelve letters no other dossier holds (letters only: one term).</summary>
    public static string UniqueWord() =>
        new(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).Take(12).Select(b => (char)('a' + b % 26)).ToArray());

    /// <summary>A birth certificate whose holder is <paramref name="surname"/> <paramref name="firstNames"/> and whose applicant is named <paramref name="applicant"/>.</summary>
    public static XElement BirthCertificate(string surname = "Lefèvre", string firstNames = "Anne Marie", string applicant = "Lefèvre")
    {
        var request = Requests.BirthCertificateRequest();
        Definitions.At(request, "titulaire.nomNaissance").Value = surname;
        Definitions.At(request, "titulaire.prenoms").Value = firstNames;
        Definitions.At(request, "demandeur.nom").Value = applicant;
        return request;
    }

    public static async Task<string> FileAsync(XElement request, string procedure = Requests.BirthCertificate, string commune = Requests.Commune)
    {
        var (status, body, _) = await Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(procedure),
            Infrastructure.Soap.Envelope(Requests.SubmitBody(Requests.NewId("recherche"), request, commune)), "Submit");
        Assert.That(status, Is.EqualTo(200), body);
        return XDocument.Parse(body).Descendants(Infrastructure.Soap.Tns + "DossierNumber").First().Value;
    }

    /// <summary>The numbers the queue lists for these keywords (and other filter elements after them, in schema order).</summary>
    public static async Task<IReadOnlyList<string>> FoundAsync(string token, string keywords, params XElement[] before) =>
        Numbers(await QueueAsync(token, [.. before, E("PageSize", "100"), E("Keywords", keywords)]));
}
