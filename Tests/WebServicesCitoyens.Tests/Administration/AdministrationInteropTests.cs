using System.Text.Json;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// The clients communes and vendors use, PHP's SoapClient and Python's zeep, drive the administration
/// service from its WSDL — the definition travelling as a string, a list of options as a parameter —
/// publish a version to Test with a field of the commune, and file a dossier through the preview
/// answering it in complementsCommune (scripts in Tests/Interop, one JSON line each).
/// </summary>
public sealed class AdministrationInteropTests
{
    private static IEnumerable<TestCaseData> Clients() =>
    [
        new TestCaseData("php", new[] { "php", Repository.PathOf("Tests", "Interop", "admin_php_client.php") }, "phpQuartier")
            .SetName("PHP_SoapClient_administers_a_procedure_and_answers_the_communes_field"),
        new TestCaseData("zeep", new[] { "/usr/bin/python3", Repository.PathOf("Tests", "Interop", "admin_zeep_client.py") }, "zeepQuartier")
            .SetName("Python_zeep_administers_a_procedure_and_answers_the_communes_field"),
    ];

    [TestCaseSource(nameof(Clients))]
    public void Client_round_trip(string client, string[] command, string field)
    {
        var output = Tool.Succeed(command[0], [.. command[1..], SharedHost.Host.BaseUrl, field]);

        var line = JsonDocument.Parse(output.Trim()).RootElement;
        var number = line.GetProperty("dossierNumber").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(line.GetProperty("client").GetString(), Is.EqualTo(client));
            Assert.That(line.GetProperty("exported").GetBoolean(), Is.True, "the definition came as a string");
            Assert.That(line.GetProperty("importedState").GetString(), Is.EqualTo("Draft"));
            Assert.That(line.GetProperty("draftState").GetString(), Is.EqualTo("Draft"));
            Assert.That(line.GetProperty("firstStep").GetString(), Is.EqualTo("RECU"));
            Assert.That(line.GetProperty("firstStepActions").GetInt32(), Is.GreaterThan(0));
            Assert.That(line.GetProperty("testState").GetString(), Is.EqualTo("Test"));
            Assert.That(line.GetProperty("communeFields").EnumerateArray().Select(e => e.GetString()), Does.Contain(field));
            Assert.That(line.GetProperty("isTest").GetBoolean(), Is.True);
            Assert.That(line.GetProperty("faultString").GetString(), Does.Contain("OUEST").And.Contain(field));
            Assert.That(SharedHost.Host.Text("SELECT request_xml FROM dossiers WHERE number = @n", ("@n", number)),
                Does.Contain($"<complement code=\"{field}\">NORD</complement>"));
            Assert.That(SharedHost.Host.Scalar("SELECT COUNT(*) FROM dossiers WHERE number = @n AND configuration_version IS NOT NULL AND is_test = 1",
                ("@n", number)), Is.EqualTo(1));
        });
    }
}
