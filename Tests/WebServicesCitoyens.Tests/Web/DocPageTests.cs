using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Rendering;
using WebServicesCitoyens.Schemas;

namespace WebServicesCitoyens.Tests.Web;

/// <summary>
/// The documentation pages: <c>/docs</c> lists every procedure, <c>/docs/{code}</c> documents each one
/// from its definition and WSDL (every field, every step, a sample that the service accepts), and the
/// page XML served with <c>?format=xml</c> gives the very same HTML on xsltproc and Saxon as on the server.
/// </summary>
public sealed class DocPageTests
{
    private static readonly ProcedureCatalogue Catalogue = DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue"));
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "wsc-docs-" + Guid.NewGuid().ToString("N")[..8]);

    [OneTimeSetUp]
    public void CreateWorkFolder() => Directory.CreateDirectory(Work);

    [OneTimeTearDown]
    public void RemoveWorkFolder() => Directory.Delete(Work, recursive: true);

    private static IEnumerable<string> Codes() => Catalogue.Procedures.Select(p => p.Code);

    [TestCaseSource(nameof(Codes))]
    public async Task The_page_of_every_procedure_documents_each_field_and_step_and_a_sample_the_service_accepts(string code)
    {
        var definition = Catalogue.Find(code)!;
        var (status, html) = await DocPage.GetAsync($"/docs/{code}");
        var text = WebUtility.HtmlDecode(html);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("lang=\"fr\"").And.Contain("<h1>"));
        Assert.That(text, Does.Contain(definition.Title).And.Contain(definition.Documentation.Purpose)
            .And.Contain(definition.Documentation.WhoMayAsk).And.Contain(definition.Documentation.Processing));
        foreach (var path in DocPage.PathsOf(definition))
            Assert.That(html, Does.Contain($"<code class=\"wsc-doc-path\">{path}</code>"), $"field {path}");
        foreach (var step in definition.Steps)
            Assert.That(text, Does.Contain(step.AgentLabel).And.Contain(step.CitizenLabel).And.Contain(step.Code), $"step {step.Code}");
        foreach (var operation in WsdlGenerator.Operations)
            Assert.That(text, Does.Contain(WsdlGenerator.SoapAction(operation)));
        Assert.That(text, Does.Contain($"{SharedHost.Host.BaseUrl}/services/procedures/{code}.svc?wsdl"));

        // The sample is exactly the request the domain builds from the definition, and the service accepts it.
        var sample = DocPage.Block(html, "wsc-doc-code");
        Assert.That(sample, Is.EqualTo(DocumentationDocument.SampleSubmit(definition, Requests.Commune, DocPage.Today())));
        var (submitStatus, body, _) = await Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(code), sample, "Submit");
        Assert.That(submitStatus, Is.EqualTo(200), body);
        Assert.That(XDocument.Parse(body).Descendants(Infrastructure.Soap.Tns + "DossierNumber").Single().Value, Does.Match("^[A-Z0-9-]{11}$"));
    }

    [TestCaseSource(nameof(Codes))]
    public async Task The_sample_response_is_a_receipt_valid_against_the_procedure_xsd(string code)
    {
        var (_, html) = await DocPage.GetAsync($"/docs/{code}");
        var responses = Regex.Matches(html, "<pre class=\"wsc-doc-code\"><code>(.*?)</code></pre>", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(b => b.Contains("SubmitResponse")).ToList();
        Assert.That(responses, Has.Count.EqualTo(1));

        var payload = new XDocument(XDocument.Parse(responses[0]).Descendants(Infrastructure.Soap.Env + "Body").Single().Elements().Single());
        var errors = new List<string>();
        payload.Validate(SchemaValidator.LoadSchema(Repository.PathOf("Wsdl", "procedures", code + ".xsd")), (_, e) => errors.Add(e.Message));
        Assert.That(errors, Is.Empty);
        var number = payload.Descendants(Infrastructure.Soap.Tns + "DossierNumber").Single().Value;
        Assert.That(DossierNumber.Normalize(number), Is.EqualTo(number), "the sample number has a right check character");
        Assert.That(payload.Descendants(Infrastructure.Soap.Tns + "TrackingUrl").Single().Value, Does.StartWith(SharedHost.Host.BaseUrl + "/suivi?dossier="));
    }

    [Test]
    public async Task The_index_lists_every_procedure_by_theme_with_a_link_to_its_page()
    {
        var (status, html) = await DocPage.GetAsync("/docs");
        var text = WebUtility.HtmlDecode(html);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        foreach (var procedure in Catalogue.Procedures)
        {
            Assert.That(html, Does.Contain($"href=\"{SharedHost.Host.BaseUrl}/docs/{procedure.Code}\""), procedure.Code);
            Assert.That(text, Does.Contain(procedure.Title).And.Contain(procedure.Summary));
        }
        Assert.That(text, Does.Contain("<h2 id=\"theme-etat-civil\">État civil</h2>").And.Contain("Vie culturelle et associative"));
        Assert.That(text.IndexOf("État civil</h2>", StringComparison.Ordinal), Is.LessThan(text.IndexOf("Élections</h2>", StringComparison.Ordinal)),
            "themes in the order of the brochure");
    }

    [TestCase("/docs/etat-civil.inexistante")]
    [TestCase("/docs/etat-civil.inexistante?format=xml")]
    public async Task An_unknown_procedure_gets_a_french_not_found_page(string address)
    {
        var (status, html) = await DocPage.GetAsync(address);

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(html, Does.Contain("lang=\"fr\"").And.Contain("Page introuvable"));
    }

    [Test]
    public async Task The_page_xml_holds_the_definition_file_and_the_committed_wsdl_as_they_are()
    {
        var (status, xml) = await DocPage.GetAsync($"/docs/{Requests.BirthCertificate}?format=xml");
        var page = XDocument.Parse(xml);
        XNamespace d = DefinitionLoader.DefinitionNamespace, wsdl = "http://schemas.xmlsoap.org/wsdl/";

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var committedDefinition = XDocument.Load(Repository.PathOf("Services", "Catalogue", "etat-civil", "acte-naissance.xml"));
        var committedWsdl = XDocument.Load(Repository.PathOf("Wsdl", "procedures", Requests.BirthCertificate + ".wsdl"));
        Assert.That(XNode.DeepEquals(Normalized(page.Descendants(d + "procedure").Single()), Normalized(committedDefinition.Root!)));
        Assert.That(XNode.DeepEquals(Normalized(page.Descendants(wsdl + "definitions").Single()), Normalized(committedWsdl.Root!)));
    }

    /// <summary>The element without comments and whitespace-only text, which the page document drops.</summary>
    private static XElement Normalized(XElement element)
    {
        var copy = new XElement(element);
        copy.DescendantNodes().Where(n => n is XComment || n is XText { Value: var v } && string.IsNullOrWhiteSpace(v)).ToList().ForEach(n => n.Remove());
        return copy;
    }

    private static IEnumerable<TestCaseData> Pages() =>
        Codes().Select(code => new TestCaseData($"/docs/{code}", "doc.xsl").SetArgDisplayNames(code))
            .Append(new TestCaseData("/docs", "docs-index.xsl").SetArgDisplayNames("index"));

    [TestCaseSource(nameof(Pages))]
    public async Task Xsltproc_renders_the_page_xml_as_the_server_serves_it(string address, string stylesheet)
    {
        var name = Regex.Replace(address, "[^a-z.-]", "_");
        var (_, served) = await DocPage.GetAsync(address);
        var (_, xml) = await DocPage.GetAsync(address + "?format=xml");
        var input = Path.Combine(Work, name + ".xml");
        File.WriteAllText(input, xml);

        var libxslt = Tool.Succeed("xsltproc", "--stringparam", "standalone", "yes", "--stringparam", "assets", "/",
            Repository.PathOf("Xsl", stylesheet), input);

        Assert.That(Canonical(libxslt, name + "-libxslt"), Is.EqualTo(Canonical(served, name + "-host")));
    }

    [Test]
    public async Task Saxon_renders_every_page_xml_as_the_server_serves_it()
    {
        var folders = new Dictionary<string, string> { ["doc.xsl"] = Path.Combine(Work, "saxon-doc"), ["docs-index.xsl"] = Path.Combine(Work, "saxon-index") };
        var served = new Dictionary<string, string>();
        foreach (var (address, stylesheet) in Pages().Select(p => ((string)p.Arguments[0]!, (string)p.Arguments[1]!)))
        {
            var name = Regex.Replace(address, "[^a-z.-]", "_");
            Directory.CreateDirectory(Path.Combine(folders[stylesheet], "in"));
            Directory.CreateDirectory(Path.Combine(folders[stylesheet], "out"));
            File.WriteAllText(Path.Combine(folders[stylesheet], "in", name + ".xml"), (await DocPage.GetAsync(address + "?format=xml")).Body);
            served[name] = (await DocPage.GetAsync(address)).Body;
        }

        // One Java start per stylesheet: Saxon transforms every file of a folder.
        foreach (var (stylesheet, folder) in folders)
            Tool.Succeed("java", "-cp", "/usr/share/java/Saxon-HE.jar", "net.sf.saxon.Transform", $"-s:{Path.Combine(folder, "in")}",
                $"-o:{Path.Combine(folder, "out")}", $"-xsl:{Repository.PathOf("Xsl", stylesheet)}", "standalone=yes", "assets=/");

        Assert.That(served, Has.Count.EqualTo(Catalogue.Procedures.Count + 1));
        foreach (var (name, html) in served)
        {
            var output = folders.Values.Select(f => Path.Combine(f, "out", name + ".xml")).Single(File.Exists);
            Assert.That(Canonical(File.ReadAllText(output), name + "-saxon"), Is.EqualTo(Canonical(html, name + "-host")), name);
        }
    }

    private static string Canonical(string html, string name)
    {
        var file = Path.Combine(Work, name + ".html");
        File.WriteAllText(file, html);
        return Tool.Succeed("/usr/bin/python3", Repository.PathOf("Tests", "Interop", "canonical_html.py"), file);
    }
}

/// <summary>Reading the documentation pages the host serves.</summary>
public static class DocPage
{
    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(string address)
    {
        using var response = await Infrastructure.Soap.Http.GetAsync(SharedHost.Host.BaseUrl + address);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The decoded text of the first <c>&lt;pre&gt;</c> whose class starts with the given one.</summary>
    public static string Block(string html, string cssClass)
    {
        var match = Regex.Match(html, $"<pre class=\"{Regex.Escape(cssClass)}[^\"]*\"><code>(.*?)</code></pre>", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True, $"no <pre class=\"{cssClass}\"> in the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The date of the demo commune, from which the sample dates are chosen.</summary>
    public static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));

    /// <summary>Every path the page must document: groups, fields (attachments included) and the parts of composite fields.</summary>
    public static IEnumerable<string> PathsOf(ProcedureDefinition definition)
    {
        IEnumerable<string> Walk(IEnumerable<FormItem> items) => items.SelectMany(item => item switch
        {
            GroupDefinition group => Walk(group.Items).Prepend(group.Path),
            FieldDefinition field => CompositeFields.PartsOf(field).Select(p => p.Path).Prepend(field.Path),
            _ => [],
        });
        return Walk(definition.Form);
    }
}
