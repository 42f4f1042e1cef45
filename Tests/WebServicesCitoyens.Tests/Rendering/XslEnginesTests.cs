using System.Text.RegularExpressions;
using System.Text.Json;
using System.Xml.Linq;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Rendering;

namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>
/// Every published stylesheet gives the same HTML, after canonicalisation, on the server (.NET
/// XslCompiledTransform), on xsltproc (libxslt, what PHP sites run) and on Saxon-HE, both for the
/// raw SOAP responses a commune site fetches and for the server's own pages; and the form of every
/// procedure of the catalogue does too.
/// </summary>
public sealed class XslEnginesTests
{
    private static readonly string Work = Path.Combine(Path.GetTempPath(), "wsc-xsl-" + Guid.NewGuid().ToString("N")[..8]);
    private static readonly XsltRenderer Server = new(Repository.PathOf("Xsl"));

    [OneTimeSetUp]
    public void CreateWorkFolder() => Directory.CreateDirectory(Work);

    [OneTimeTearDown]
    public void RemoveWorkFolder() => Directory.Delete(Work, recursive: true);

    private static async Task<string> SoapResponse(string procedure, string operation, string body) =>
        (await Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(procedure), Infrastructure.Soap.Envelope(body), operation)).Body;

    private static async Task<Dictionary<string, string>> Responses(string procedure)
    {
        var request = procedure == Requests.BirthCertificate ? Requests.BirthCertificateRequest() : Requests.RoadIncidentRequest();
        var receipt = await SoapResponse(procedure, "Submit", Requests.SubmitBody(Requests.NewId("xsl"), request));
        var result = XDocument.Parse(receipt).Descendants(Infrastructure.Soap.Tns + "SubmitResult").Single();
        string Value(string name) => result.Element(Infrastructure.Soap.Tns + name)!.Value;
        return new()
        {
            ["form.xsl"] = await SoapResponse(procedure, "GetForm",
                $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>"),
            ["receipt.xsl"] = receipt,
            ["status.xsl"] = await SoapResponse(procedure, "GetStatus",
                $"<GetStatus xmlns=\"{Infrastructure.Soap.Ns}\"><DossierNumber>{Value("DossierNumber")}</DossierNumber><TrackingCode>{Value("TrackingCode")}</TrackingCode></GetStatus>"),
        };
    }

    private static string Canonical(string html, string name)
    {
        var file = Path.Combine(Work, name + ".html");
        File.WriteAllText(file, html);
        return Tool.Succeed("/usr/bin/python3", Repository.PathOf("Tests", "Interop", "canonical_html.py"), file);
    }

    /// <summary>The three engines' canonical outputs for one stylesheet, input and parameters.</summary>
    private static (string DotNet, string Libxslt, string Saxon) RenderEverywhere(string stylesheet, string xml, Dictionary<string, string> parameters, string name)
    {
        var input = Path.Combine(Work, name + ".xml");
        File.WriteAllText(input, xml);
        var xsl = Repository.PathOf("Xsl", stylesheet);

        var dotnet = Server.Render(stylesheet, XDocument.Parse(xml), parameters);
        var libxslt = Tool.Succeed("xsltproc", [.. parameters.SelectMany(p => new[] { "--stringparam", p.Key, p.Value }), xsl, input]);
        var saxon = Tool.Succeed("java", ["-cp", "/usr/share/java/Saxon-HE.jar", "net.sf.saxon.Transform", $"-s:{input}", $"-xsl:{xsl}",
            .. parameters.Select(p => $"{p.Key}={p.Value}")]);
        return (Canonical(dotnet, name + "-dotnet"), Canonical(libxslt, name + "-libxslt"), Canonical(saxon, name + "-saxon"));
    }

    private static IEnumerable<TestCaseData> Cases() =>
        from procedure in new[] { Requests.BirthCertificate, Requests.RoadIncident }
        from stylesheet in new[] { "form.xsl", "receipt.xsl", "status.xsl" }
        from standalone in new[] { "yes", "no" }
        select new TestCaseData(procedure, stylesheet, standalone);

    [TestCaseSource(nameof(Cases))]
    public async Task A_soap_response_renders_identically_on_dotnet_libxslt_and_saxon(string procedure, string stylesheet, string standalone)
    {
        var xml = (await Responses(procedure))[stylesheet];
        var parameters = new Dictionary<string, string> { ["standalone"] = standalone, ["assets"] = "https://wsc.example/" };

        var (dotnet, libxslt, saxon) = RenderEverywhere(stylesheet, xml, parameters, $"{procedure}-{stylesheet}-{standalone}");

        Assert.That(dotnet, Does.Contain("<"));
        Assert.That(libxslt, Is.EqualTo(dotnet), "xsltproc differs from .NET");
        Assert.That(saxon, Is.EqualTo(dotnet), "Saxon differs from .NET");
    }

    [Test]
    public async Task The_form_page_served_by_the_host_is_what_xsltproc_and_saxon_make_of_the_same_page_xml()
    {
        var served = await Infrastructure.Soap.Http.GetStringAsync($"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{Requests.BirthCertificate}");
        var requestId = Regex.Match(served, "name=\"clientRequestId\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.That(requestId, Does.StartWith("web-"));

        var envelope = XDocument.Parse(await SoapResponse(Requests.BirthCertificate, "GetForm",
            $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>"));
        var form = PageDocument.For(new XmlSerializerRoundTrip<FormDescription>().From(
            envelope.Descendants(Infrastructure.Soap.Tns + "GetFormResult").Single()), "GetFormResult");
        var parameters = new Dictionary<string, string>
        {
            ["standalone"] = "yes", ["assets"] = "/", ["action"] = $"/communes/{Requests.Commune}/{Requests.BirthCertificate}", ["request-id"] = requestId,
        };

        var (_, libxslt, saxon) = RenderEverywhere("form.xsl", form.ToString(), parameters, "served-form");
        var server = Canonical(served, "served-form-host");

        Assert.That(libxslt, Is.EqualTo(server));
        Assert.That(saxon, Is.EqualTo(server));
    }
}

/// <summary>
/// The form of every procedure of the catalogue, rendered once for all the test cases below:
/// - its GetForm SOAP response by form.xsl on .NET, xsltproc and Saxon-HE, whole page and fragment.
///   Saxon takes about a second to start, so it runs once per value of "standalone" over a folder
///   holding every response (its -s:folder -o:folder mode); xsltproc runs once per file (a few ms).
/// - the page the host serves at /communes/45234/{code} by xsltproc from the same page XML (page:Page,
///   the served request id and action). Saxon is left out here: its folder mode takes one set of
///   parameters, and the request id and action differ per page; it renders the served page of the
///   birth certificate above.
/// All the HTML is canonicalised in one python run.
/// </summary>
public sealed class EveryFormRenderingTests
{
    private static readonly ProcedureCatalogue Catalogue = DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue"));
    private static readonly XsltRenderer Server = new(Repository.PathOf("Xsl"));
    private static readonly string[] StandaloneValues = ["yes", "no"];
    private static readonly Lazy<Task<Rendered>> Everything = new(RenderEverything);

    private static IEnumerable<string> Codes() => Catalogue.Procedures.Select(p => p.Code);

    /// <summary>Canonical HTML by engine ("dotnet", "libxslt", "saxon", "host", "host-libxslt") and case (code/standalone).</summary>
    private sealed record Rendered(IReadOnlyDictionary<(string Engine, string Case), string> Html);

    private static async Task<Rendered> RenderEverything()
    {
        var work = Path.Combine(Path.GetTempPath(), "wsc-every-form-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var files = new Dictionary<string, (string Engine, string Case)>();
            string Write(string folder, string @case, string extension, string text)
            {
                var file = Path.Combine(work, folder, @case.Replace('/', '_') + extension);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
                return file;
            }
            void Html(string engine, string @case, string file) => files[file] = (engine, @case);

            var codes = Codes().ToList();
            var soap = await Task.WhenAll(codes.Select(code => Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(code), Infrastructure.Soap.Envelope(
                $"<GetForm xmlns=\"{Infrastructure.Soap.Ns}\"><CommuneCode>{Requests.Commune}</CommuneCode></GetForm>"), "GetForm")));
            var served = await Task.WhenAll(codes.Select(code => Infrastructure.Soap.Http.GetStringAsync($"{SharedHost.Host.BaseUrl}/communes/{Requests.Commune}/{code}")));
            var xsl = Repository.PathOf("Xsl", "form.xsl");

            for (var i = 0; i < codes.Count; i++)
            {
                var (code, (status, envelope, _)) = (codes[i], soap[i]);
                Assert.That(status, Is.EqualTo(200), $"GetForm of {code}: {envelope}");
                var input = Write("soap", code, ".xml", envelope);
                foreach (var standalone in StandaloneValues)
                {
                    var @case = $"{code}/{standalone}";
                    var parameters = new Dictionary<string, string> { ["standalone"] = standalone, ["assets"] = "https://wsc.example/" };
                    Html("dotnet", @case, Write("dotnet", @case, ".html", Server.Render("form.xsl", XDocument.Parse(envelope), parameters)));
                    Html("libxslt", @case, Write("libxslt", @case, ".html",
                        Tool.Succeed("xsltproc", [.. parameters.SelectMany(p => new[] { "--stringparam", p.Key, p.Value }), xsl, input])));
                }

                // The served page and what xsltproc makes of the same page document.
                var requestId = Regex.Match(served[i], "name=\"clientRequestId\" value=\"([^\"]+)\"").Groups[1].Value;
                Assert.That(requestId, Does.StartWith("web-"), code);
                var page = PageDocument.For(new XmlSerializerRoundTrip<FormDescription>().From(
                    XDocument.Parse(envelope).Descendants(Infrastructure.Soap.Tns + "GetFormResult").Single()), "GetFormResult");
                var pageFile = Write("page", code, ".xml", page.ToString());
                Html("host", code, Write("host", code, ".html", served[i]));
                Html("host-libxslt", code, Write("host-libxslt", code, ".html", Tool.Succeed("xsltproc",
                    "--stringparam", "standalone", "yes", "--stringparam", "assets", "/",
                    "--stringparam", "action", $"/communes/{Requests.Commune}/{code}", "--stringparam", "request-id", requestId, xsl, pageFile)));
            }

            // Saxon: one java run per parameter set, over the folder of every GetForm response.
            foreach (var standalone in StandaloneValues)
            {
                var output = Path.Combine(work, "saxon-" + standalone);
                Directory.CreateDirectory(output);
                Tool.Succeed("java", "-cp", "/usr/share/java/Saxon-HE.jar", "net.sf.saxon.Transform",
                    $"-s:{Path.Combine(work, "soap")}", $"-o:{output}", $"-xsl:{xsl}", $"standalone={standalone}", "assets=https://wsc.example/");
                foreach (var code in codes)
                    Html("saxon", $"{code}/{standalone}", Path.Combine(output, code + ".xml"));
            }

            var json = Tool.Succeed("/usr/bin/python3", [Repository.PathOf("Tests", "Interop", "canonical_html.py"), "--json", .. files.Keys]);
            var canonical = JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
            return new Rendered(files.ToDictionary(f => f.Value, f => canonical[f.Key]));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [TestCaseSource(nameof(Codes))]
    public async Task The_GetForm_response_of_every_procedure_renders_identically_on_dotnet_libxslt_and_saxon(string code)
    {
        var html = (await Everything.Value).Html;
        foreach (var standalone in StandaloneValues)
        {
            var @case = $"{code}/{standalone}";
            var dotnet = html[("dotnet", @case)];
            Assert.That(dotnet, Does.Contain("<form").And.Contain(Catalogue.Find(code)!.Title.Replace("&", "&amp;")));
            Assert.That(html[("libxslt", @case)], Is.EqualTo(dotnet), $"xsltproc differs from .NET (standalone={standalone})");
            Assert.That(html[("saxon", @case)], Is.EqualTo(dotnet), $"Saxon differs from .NET (standalone={standalone})");
        }
    }

    [TestCaseSource(nameof(Codes))]
    public async Task The_form_page_the_host_serves_for_every_procedure_is_what_xsltproc_makes_of_its_page_xml(string code)
    {
        var html = (await Everything.Value).Html;

        Assert.That(html[("host", code)], Does.Contain("name=\"clientRequestId\""));
        Assert.That(html[("host-libxslt", code)], Is.EqualTo(html[("host", code)]));
    }
}

/// <summary>Reads a contract type back from the XML SoapCore wrote, as a generated client would.</summary>
public sealed class XmlSerializerRoundTrip<T>
{
    public T From(XElement element)
    {
        var serializer = new System.Xml.Serialization.XmlSerializer(typeof(T),
            new System.Xml.Serialization.XmlRootAttribute(element.Name.LocalName) { Namespace = element.Name.NamespaceName });
        using var reader = element.CreateReader();
        return (T)serializer.Deserialize(reader)!;
    }
}
