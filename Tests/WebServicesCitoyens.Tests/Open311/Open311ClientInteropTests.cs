using System.Text.Json;

namespace WebServicesCitoyens.Tests.Open311;

/// <summary>
/// A GeoReport v2 client written from the standard alone (Tests/Interop/open311_client.py, Python's
/// standard library: no Open311 client is packaged for Debian or npm) discovers the road service, reads
/// its definition, files a report with an Idempotency-Key, retries it (same id, nothing filed), gets the 409 of
/// another report under the same key, reads it back and gets the errors of a report missing its attributes.
/// </summary>
public sealed class Open311ClientInteropTests
{
    [Test]
    public void A_third_party_GeoReport_v2_client_lists_reads_the_definition_files_with_an_idempotency_key_retries_and_reads_back_a_report()
    {
        var runId = Guid.NewGuid().ToString("N")[..10];
        var before = SharedHost.Host.CountDossiers();

        var output = Tool.Succeed("/usr/bin/python3", Repository.PathOf("Tests", "Interop", "open311_client.py"),
            SharedHost.Host.BaseUrl + "/open311/v2", Requests.Commune, runId);

        var line = JsonDocument.Parse(output.Trim()).RootElement;
        var id = line.GetProperty("serviceRequestId").GetString()!;
        Assert.That(line.GetProperty("serviceCode").GetString(), Is.EqualTo(Requests.RoadIncident));
        Assert.That(line.GetProperty("requiredAttributes").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "categorie", "niveauGene" }));
        Assert.That(line.GetProperty("retriedId").GetString(), Is.EqualTo(id), "a retry with the same key answers the same request");
        Assert.That(line.GetProperty("conflictStatus").GetInt32(), Is.EqualTo(409));
        Assert.That(line.GetProperty("conflict").EnumerateArray().Select(e => e.GetString()).Single(),
            Does.StartWith($"Idempotency-Key : La clé « python-{runId} » a déjà servi"));
        Assert.That(line.GetProperty("readStatus").GetString(), Is.EqualTo("open"));
        Assert.That(line.GetProperty("readStatusNotes").GetString(), Is.EqualTo("Signalement reçu"));
        Assert.That(line.GetProperty("readDescription").GetString(), Is.EqualTo($"Panneau arraché ({runId})"));
        Assert.That(line.GetProperty("readAgency").GetString(), Is.EqualTo("Orléans"));
        Assert.That(line.GetProperty("readLat").GetString(), Is.EqualTo("47.9015"));
        Assert.That(line.GetProperty("listedIds").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(new[] { id }));
        Assert.That(line.GetProperty("listedEmail").GetBoolean(), Is.False);
        Assert.That(line.GetProperty("errorStatus").GetInt32(), Is.EqualTo(400));
        Assert.That(line.GetProperty("errors").EnumerateArray().Select(e => e.GetString()),
            Has.Some.StartsWith("attribute[categorie] : ").And.Some.StartsWith("attribute[niveauGene] : "));
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before + 1), "one dossier: none for the retry, the conflicting report or the refused one");
        Assert.That(SharedHost.Host.Text("SELECT channel FROM dossiers WHERE number = @n", ("@n", id)), Is.EqualTo("Open311"));
    }
}
