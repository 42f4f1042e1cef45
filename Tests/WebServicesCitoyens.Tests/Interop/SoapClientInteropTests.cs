using System.Text.Json;

namespace WebServicesCitoyens.Tests.Interop;

/// <summary>
/// The clients communes and vendors really use, PHP's SoapClient and Python's zeep, load both WSDLs,
/// read the form, submit, retry idempotently, read the status back and get a French fault for a bad
/// request. The scripts are in Tests/Interop; each prints one JSON line per procedure.
/// </summary>
public sealed class SoapClientInteropTests
{
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
}
