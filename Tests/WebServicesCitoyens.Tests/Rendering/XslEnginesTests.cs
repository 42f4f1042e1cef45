using System.Text.RegularExpressions;
using System.Xml.Linq;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Rendering;

namespace WebServicesCitoyens.Tests.Rendering;

/// <summary>
/// Every published stylesheet gives the same HTML, after canonicalisation, on the server (.NET
/// XslCompiledTransform), on xsltproc (libxslt, what PHP sites run) and on Saxon-HE, both for the
/// raw SOAP responses a commune site fetches and for the server's own pages.
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
