using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Tests.Web;

namespace WebServicesCitoyens.Tests.Interop;

/// <summary>
/// A webmaster embeds a procedure from its documentation page alone: the PHP snippet, copied as the
/// page shows it into a file served by PHP's own web server, renders the form from the SOAP response
/// and files a dossier from the posted form, for every procedure of the catalogue (repeated groups,
/// addresses, points and slots included); the iframe snippet's address is the commune's form.
/// </summary>
public sealed class DocSnippetTests
{
    private static readonly ProcedureCatalogue Catalogue = DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue"));
    private static readonly string Site = Path.Combine(Path.GetTempPath(), "wsc-snippets-" + Guid.NewGuid().ToString("N")[..8]);
    private PhpServer? _php;
    private string _siteUrl = "";

    private static IEnumerable<string> Codes() => Catalogue.Procedures.Select(p => p.Code);

    [OneTimeSetUp]
    public void StartPhpServer()
    {
        Directory.CreateDirectory(Site);
        _php = new PhpServer(Site);
        _siteUrl = _php.Url;
    }

    [OneTimeTearDown]
    public void StopPhpServer()
    {
        _php?.Dispose();
        Directory.Delete(Site, recursive: true);
    }

    [TestCaseSource(nameof(Codes))]
    public async Task The_php_snippet_of_the_page_shows_the_form_and_files_a_dossier(string code)
    {
        var definition = Catalogue.Find(code)!;
        var (_, html) = await DocPage.GetAsync($"/docs/{code}");
        File.WriteAllText(Path.Combine(Site, code + ".php"), DocPage.Block(html, "wsc-doc-code wsc-doc-php"));
        var page = $"{_siteUrl}/{code}.php";

        var form = await Infrastructure.Soap.Http.GetStringAsync(page);
        Assert.That(form, Does.Contain("class=\"wsc").And.Contain("<form"));
        Assert.That(form, Does.Contain($"action=\"/{code}.php\""));

        var sample = XElement.Parse(DocumentationDocument.SampleSubmit(definition, Requests.Commune, DocPage.Today()))
            .Descendants(Infrastructure.Soap.Tns + "Request").Single();
        var posted = FormValues(definition, sample, "").Append(new("clientRequestId", Requests.NewId("snippet"))).ToList();
        var before = SharedHost.Host.CountDossiers();
        using var response = await Infrastructure.Soap.Http.PostAsync(page, new FormUrlEncodedContent(posted));
        var receipt = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(receipt, Does.Not.Contain("role=\"alert\""), receipt);
        var number = Regex.Match(receipt, "[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}").Value;
        Assert.That(number, Is.Not.Empty, receipt);
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1));
        Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossiers WHERE number = @n AND procedure_code = @p",
            ("@n", number), ("@p", code)), Is.EqualTo(1));
    }

    [Test]
    public async Task The_php_snippet_shows_the_form_again_with_the_french_error_and_the_values_typed()
    {
        var (_, html) = await DocPage.GetAsync($"/docs/{Requests.BirthCertificate}");
        File.WriteAllText(Path.Combine(Site, "refused.php"), DocPage.Block(html, "wsc-doc-code wsc-doc-php"));
        var before = SharedHost.Host.CountDossiers();

        using var response = await Infrastructure.Soap.Http.PostAsync($"{_siteUrl}/refused.php", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["clientRequestId"] = Requests.NewId("snippet-bad"), ["titulaire.nomNaissance"] = "Lambert" }));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(page, Does.Contain("role=\"alert\"").And.Contain("(typeDocument) est obligatoire"));
        Assert.That(page, Does.Contain("value=\"Lambert\""));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_iframe_snippet_frames_the_commune_form()
    {
        var (_, html) = await DocPage.GetAsync($"/docs/{Requests.RoadIncident}");
        var iframe = XElement.Parse(DocPage.Block(html, "wsc-doc-code wsc-doc-iframe"));

        Assert.That(iframe.Attribute("title")!.Value, Is.EqualTo(Catalogue.Find(Requests.RoadIncident)!.Title));
        var form = await Infrastructure.Soap.Http.GetStringAsync(iframe.Attribute("src")!.Value);
        Assert.That(form, Does.Contain("<form").And.Contain("name=\"lieu.localisation.latitude\""));
    }

    /// <summary>
    /// The form controls a citizen would fill to send the sample: named after each value's path, with
    /// the rank of each instance of a repeated group (temoins[2].nom).
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string>> FormValues(ProcedureDefinition definition, XElement parent, string prefix)
    {
        var ranks = new Dictionary<string, int>();
        foreach (var element in parent.Elements())
        {
            var name = prefix + element.Name.LocalName;
            var fieldPath = Regex.Replace(name, @"\[[0-9]+\]", "");
            if (definition.RepeatedGroupOf(fieldPath + ".") is { } group && group.Path == fieldPath)
            {
                ranks[name] = ranks.GetValueOrDefault(name) + 1;
                name = $"{name}[{ranks[name]}]";
            }
            if (element.HasElements)
                foreach (var value in FormValues(definition, element, name + ".")) yield return value;
            else
                yield return new(name, element.Value);
        }
    }
}
