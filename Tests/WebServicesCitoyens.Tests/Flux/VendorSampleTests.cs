using static WebServicesCitoyens.Tests.Flux.FluxCalls;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>
/// Samples/VendorClient, built and run as its README says, against a host of its own with the demo vendor
/// client every seeded host has: it pulls, acknowledges and tells the citizen, and keeps its cursor.
/// </summary>
[NonParallelizable]
public sealed class VendorSampleTests : FluxHost
{
    private static readonly VendorCredentials Demo = new("demo-etat-civil-orleans", "demo-flux-orleans-2026");

    [Test]
    public async Task The_sample_vendor_client_pulls_acknowledges_and_pushes_a_message_then_has_nothing_new_on_its_next_run()
    {
        var numbers = new[] { (await FileAsync()).Number, (await FileAsync()).Number };
        var cursorFile = Path.Combine(Host.DataFolder, "curseur-echantillon.txt");
        string[] arguments = ["run", "--project", Repository.PathOf("Samples", "VendorClient"), "-c", "Release", "--", Host.BaseUrl, Demo.ClientId, Demo.Secret, cursorFile];

        var (exit, output, error) = Tool.Run("dotnet", arguments, TimeSpan.FromMinutes(3));
        Assert.That(exit, Is.EqualTo(0), output + error);
        foreach (var number in numbers)
        {
            Assert.That(output, Does.Contain(number));
            var history = await Calls.SucceedAsync("GetHistory", Demo.Parameters, E("DossierNumber", number));
            Assert.That(history.Elements(F + "Event").Select(e => e.Element(F + "Kind")!.Value), Does.Contain("MessageToCitizen"));
        }
        Assert.That((await Calls.PullAllAsync(Demo, null)).Numbers, Is.Empty, "the sample acknowledged everything");

        (exit, output, error) = Tool.Run("dotnet", arguments, TimeSpan.FromMinutes(3));
        Assert.That(exit, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("0 nouveau(x) dossier(s)"));
    }
}
