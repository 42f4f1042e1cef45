using System.Text.Json;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Tests.Administration;
using static WebServicesCitoyens.Tests.Flux.FluxCalls;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>
/// Webhooks end to end: a vendor's receiver on a loopback port gets the events of its dossiers, signed with
/// its secret; one that fails gets retries with backoff, then is disabled after repeated failures; the
/// commune's administrator reads every attempt.
/// </summary>
[NonParallelizable]
public sealed class WebhookTests : FluxHost
{
    [Test]
    public async Task A_receiver_gets_the_filing_and_the_status_change_of_its_dossiers_with_a_valid_signature()
    {
        using var receiver = new WebhookReceiver(_ => 200);
        var client = await Calls.RegisterAsync("Logiciel avec rappel", Requests.BirthCertificate);
        var state = await Calls.SucceedAsync("SetCallback", client.Parameters, E("CallbackUrl", receiver.Url));
        Assert.That(state.Element(F + "CallbackUrl")!.Value, Is.EqualTo(receiver.Url));

        var number = (await FileAsync()).Number;
        var road = (await FileAsync(Requests.RoadIncident)).Number;
        await Calls.SucceedAsync("PushStatus", client.Parameters, E("DossierNumber", number), E("StepCode", "RECHERCHE_ACTE"));
        var hooks = receiver.WaitFor(r => Events(r, number).Count >= 2);

        var events = Events(hooks, number);
        Assert.That(events.Select(e => e.Json.GetProperty("event").GetString()), Is.EqualTo(new[] { "DossierFiled", "StatusChanged" }));
        Assert.That(events[1].Json.GetProperty("stepCode").GetString(), Is.EqualTo("RECHERCHE_ACTE"));
        foreach (var (hook, _) in events)
        {
            Assert.That(WebhookSignature.IsValid(hook.Body, hook.Signature!, client.Secret), Is.True, hook.Body);
            Assert.That(WebhookSignature.IsValid(hook.Body.Replace(number, "AAA-BBB-CCC"), hook.Signature!, client.Secret), Is.False, "a changed body");
            Assert.That(WebhookSignature.IsValid(hook.Body, hook.Signature!, client.Secret + "x"), Is.False, "another secret");
            Assert.That(long.Parse(hook.Timestamp!), Is.EqualTo(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).Within(60));
        }
        Assert.That(Events(receiver.Received, road), Is.Empty, "a procedure outside the client's scope sends nothing");
    }

    [Test]
    public async Task A_receiver_answering_500_gets_retries_then_the_delivery_succeeds_and_the_log_shows_every_attempt()
    {
        using var receiver = new WebhookReceiver(n => n <= 2 ? 500 : 200);
        var client = await Calls.RegisterAsync("Logiciel au rappel instable", Requests.BirthCertificate);
        await Calls.SucceedAsync("SetCallback", client.Parameters, E("CallbackUrl", receiver.Url));
        var number = (await FileAsync()).Number;

        var hooks = receiver.WaitFor(r => r.Any(h => h.AnsweredWith == 200));
        Assert.That(hooks.Select(h => h.AnsweredWith), Is.EqualTo(new[] { 500, 500, 200 }));
        Assert.That(hooks.Select(h => h.Body).Distinct().Count(), Is.EqualTo(1), "the same event each time");
        Assert.That(Events(hooks, number), Has.Count.EqualTo(3));

        var log = await LogAsync(client);
        await WaitUntil(async () => (log = await LogAsync(client)).Elements(A + "Attempt").Any(a => a.Element(A + "Delivered")!.Value == "true"));
        var attempts = log.Elements(A + "Attempt").Reverse().ToList();
        Assert.That(attempts.Select(a => a.Element(A + "StatusCode")!.Value), Is.EqualTo(new[] { "500", "500", "200" }));
        Assert.That(attempts.Select(a => a.Element(A + "DossierNumber")!.Value).Distinct(), Is.EqualTo(new[] { number }));
        Assert.That(log.Element(A + "ConsecutiveFailures")!.Value, Is.EqualTo("0"));
        var times = attempts.Select(a => DateTime.Parse(a.Element(A + "AttemptedAt")!.Value)).ToList();
        // Exponential backoff from Webhooks:RetryBaseSeconds (0.3 s here): at least 0.3 s, then at least 0.6 s.
        Assert.That(times[1] - times[0], Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.29)));
        Assert.That(times[2] - times[1], Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.59)));
    }

    [Test]
    public async Task A_callback_failing_again_and_again_is_disabled_and_setting_it_again_enables_it()
    {
        using var receiver = new WebhookReceiver(_ => 500);
        var client = await Calls.RegisterAsync("Logiciel au rappel en panne", Requests.BirthCertificate);
        await Calls.SucceedAsync("SetCallback", client.Parameters, E("CallbackUrl", receiver.Url));
        await FileAsync();

        var log = await LogAsync(client);
        await WaitUntil(async () => (log = await LogAsync(client)).Element(A + "DisabledAt") is not null);
        Assert.That(log.Element(A + "ConsecutiveFailures")!.Value, Is.EqualTo(MaxFailures.ToString()));
        Assert.That(log.Elements(A + "Attempt").Count(), Is.EqualTo(MaxFailures));
        await Task.Delay(1500);
        Assert.That(receiver.Received, Has.Count.EqualTo(MaxFailures), "no attempt once disabled");

        var state = await Calls.SucceedAsync("SetCallback", client.Parameters, E("CallbackUrl", receiver.Url));
        Assert.That(state.Element(F + "Disabled")!.Value, Is.EqualTo("false"));
        receiver.WaitFor(r => r.Count > MaxFailures);
    }

    [Test]
    public async Task A_callback_in_clear_to_another_machine_is_refused_naming_the_field()
    {
        var client = await Calls.RegisterAsync("Logiciel en clair", Requests.BirthCertificate);
        foreach (var url in new[] { "http://vendor.example.org/hook", "ftp://127.0.0.1/hook", "https://user:pass@vendor.example.org/hook", "pas une adresse" })
            Assert.That((await Calls.RefusedAsync("SetCallback", client.Parameters, E("CallbackUrl", url))).FaultFields, Is.EqualTo(new[] { "CallbackUrl" }), url);
        await Calls.SucceedAsync("SetCallback", client.Parameters, E("CallbackUrl", "https://vendor.example.org/hook"));
        await Calls.SucceedAsync("SetCallback", client.Parameters);
    }

    private static List<(ReceivedHook Hook, JsonElement Json)> Events(IReadOnlyList<ReceivedHook> hooks, string number) =>
        hooks.Select(h => (h, JsonDocument.Parse(h.Body).RootElement)).Where(e => e.RootElement.GetProperty("dossierNumber").GetString() == number)
            .Select(e => (e.h, e.RootElement)).ToList();

    private async Task<System.Xml.Linq.XElement> LogAsync(VendorCredentials client)
    {
        var admin = new AdministrationCalls(Host);
        var token = await admin.LoginAsync(AdministrationCalls.Administrator);
        return await admin.SucceedAsync("ListWebhookDeliveries", ("SessionToken", token), ("CommuneCode", Requests.Commune), ("ClientId", client.ClientId));
    }

    private static async Task WaitUntil(Func<Task<bool>> done, double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await done()) return;
            await Task.Delay(200);
        }
        Assert.Fail("Not reached within the time allowed.");
    }
}
