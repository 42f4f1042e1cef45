using System.Text.Json;
using WebServicesCitoyens.Catalogue;

namespace WebServicesCitoyens.Tests.Interop;

/// <summary>
/// The clients communes and vendors really use, PHP's SoapClient and Python's zeep, load both WSDLs,
/// read the form, submit, retry idempotently, read the status back and get a French fault for a bad
/// request; and each loads the WSDL of every procedure of the catalogue and reads its form. The
/// scripts are in Tests/Interop; each prints one JSON line per procedure.
/// </summary>
public sealed class SoapClientInteropTests
{
    private static readonly ProcedureCatalogue Catalogue = DefinitionLoader.LoadFolder(Repository.PathOf("Services", "Catalogue"));

    private static IEnumerable<TestCaseData> Clients() =>
    [
        new TestCaseData("php", new[] { "php", Repository.PathOf("Tests", "Interop", "php_client.php") }).SetName("PHP_SoapClient_loads_both_wsdls_submits_and_reads_the_status_back"),
        new TestCaseData("zeep", new[] { "/usr/bin/python3", Repository.PathOf("Tests", "Interop", "zeep_client.py") }).SetName("Python_zeep_loads_both_wsdls_submits_and_reads_the_status_back"),
    ];

    [TestCaseSource(nameof(Clients))]
    public void Client_round_trip(string client, string[] command)
    {
        var runId = Guid.NewGuid().ToString("N")[..10];
        var before = SharedHost.Host.CountDossiers();

        var output = Tool.Succeed(command[0], [.. command[1..], SharedHost.Host.BaseUrl, runId]);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(lines.Select(l => l.GetProperty("procedure").GetString()),
            Is.EquivalentTo(new[] { Requests.BirthCertificate, Requests.RoadIncident }));
        foreach (var line in lines)
        {
            var procedure = line.GetProperty("procedure").GetString()!;
            var number = line.GetProperty("dossierNumber").GetString()!;
            Assert.That(line.GetProperty("client").GetString(), Is.EqualTo(client));
            Assert.That(line.GetProperty("formCode").GetString(), Is.EqualTo(procedure));
            Assert.That(line.GetProperty("retryNumber").GetString(), Is.EqualTo(number), "an idempotent retry returns the first receipt");
            Assert.That(line.GetProperty("statusNumber").GetString(), Is.EqualTo(number));
            Assert.That(line.GetProperty("firstStepDone").GetBoolean(), Is.True);
            Assert.That(line.GetProperty("faultString").GetString(), Does.StartWith("Le champ « "), "the fault names the field in French");
            Assert.That(SharedHost.Host.Scalar(
                "SELECT COUNT(*) FROM dossiers WHERE number = @n AND procedure_code = @p AND client_request_id LIKE @id",
                ("@n", number), ("@p", procedure), ("@id", $"{client}-{runId}-%")), Is.EqualTo(1));
        }
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 2), "one dossier per procedure, none for retries or faults");
    }

    private static IEnumerable<TestCaseData> EveryWsdlClients() =>
    [
        new TestCaseData("php", new[] { "php", Repository.PathOf("Tests", "Interop", "php_client.php") }).SetName("PHP_SoapClient_loads_the_wsdl_of_every_procedure_and_reads_its_form"),
        new TestCaseData("zeep", new[] { "/usr/bin/python3", Repository.PathOf("Tests", "Interop", "zeep_client.py") }).SetName("Python_zeep_loads_the_wsdl_of_every_procedure_and_reads_its_form"),
    ];

    /// <summary>
    /// One client process for all the WSDLs of the catalogue: each loads, offers the three operations,
    /// shows Submit carrying the procedure's typed request with the definition's elements (attachments
    /// are not among them), and GetForm answers with that procedure's form for the demo commune.
    /// </summary>
    [TestCaseSource(nameof(EveryWsdlClients))]
    public void Every_wsdl(string client, string[] command)
    {
        var codes = Catalogue.Procedures.Select(p => p.Code).ToList();
        Assert.That(codes, Has.Count.GreaterThan(2));

        var output = Tool.Succeed(command[0], [.. command[1..], "--every-wsdl", SharedHost.Host.BaseUrl, .. codes]);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(lines.Select(l => l.GetProperty("procedure").GetString()), Is.EqualTo(codes), "one line per WSDL, in order");
        static string[] Strings(JsonElement line, string name) => [.. line.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
        foreach (var line in lines)
        {
            var definition = Catalogue.Find(line.GetProperty("procedure").GetString()!)!;
            Assert.Multiple(() =>
            {
                Assert.That(line.GetProperty("client").GetString(), Is.EqualTo(client));
                Assert.That(Strings(line, "operations"), Is.EqualTo(new[] { "GetForm", "GetStatus", "Submit" }), definition.Code);
                Assert.That(line.GetProperty("requestType").GetString(), Is.EqualTo(definition.RequestTypeName), definition.Code);
                // Every request ends with the answers to the commune's own fields, outside the national typed part.
                Assert.That(Strings(line, "requestElements"), Is.EqualTo(definition.RequestItems.Select(i => i.Name).Append("complementsCommune")), definition.Code);
                Assert.That(line.GetProperty("formCode").GetString(), Is.EqualTo(definition.Code));
                Assert.That(line.GetProperty("formTitle").GetString(), Is.EqualTo(definition.Title), "read back in UTF-8");
                Assert.That(line.GetProperty("formCommune").GetString(), Is.EqualTo(Requests.Commune));
                Assert.That(Strings(line, "formFields"), Is.EqualTo(definition.Form.Select(i => i.Name)), definition.Code);
            });
        }
    }
}
