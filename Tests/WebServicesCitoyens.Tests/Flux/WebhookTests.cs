using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Tests.Administration;
using static WebServicesCitoyens.Tests.Flux.FluxCalls;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>
/// Webhooks end to end: a vendor's receiver on a loopback port (Webhooks:AllowLoopback, set for this host
/// only) gets the events of its dossiers, signed with its secret over the timestamp and the body; the store
/// keeps that secret sealed, never in clear; one that fails gets retries with backoff, then is disabled after repeated failures; the
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
        var now = DateTimeOffset.UtcNow;
        foreach (var (hook, _) in events)
        {
            var timestamp = hook.Timestamp!;
            // The receiver's own computation, from the secret the administrator handed over (the README's recipe).
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(client.Secret),
                Encoding.UTF8.GetBytes(timestamp + "." + hook.Body)));
            Assert.That(hook.Signature, Is.EqualTo(expected), hook.Body);
            Assert.That(long.Parse(timestamp), Is.EqualTo(now.ToUnixTimeSeconds()).Within(60));
            Assert.That(WebhookSignature.IsValid(timestamp, hook.Body, hook.Signature!, client.Secret, now), Is.True, hook.Body);
            Assert.That(WebhookSignature.IsValid(timestamp, hook.Body.Replace(number, "AAA-BBB-CCC"), hook.Signature!, client.Secret, now), Is.False,
                "a changed body");
            Assert.That(WebhookSignature.IsValid(WebhookSignature.TimestampOf(now.AddSeconds(1)), hook.Body, hook.Signature!, client.Secret, now),
                Is.False, "the same delivery under a fresh timestamp");
            Assert.That(WebhookSignature.IsValid(timestamp, hook.Body, hook.Signature!, client.Secret, now.AddMinutes(10)), Is.False,
                "the same delivery replayed ten minutes later");
            Assert.That(WebhookSignature.IsValid(timestamp, hook.Body, hook.Signature!, client.Secret + "x", now), Is.False, "another secret");
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
    public async Task A_delivery_held_by_a_host_that_died_is_sent_by_another_once_its_short_lease_ends_and_not_before()
    {
        using var receiver = new WebhookReceiver(_ => 200);
        var client = await Calls.RegisterAsync("Logiciel d'un hôte tombé", Requests.BirthCertificate);
        await Calls.SucceedAsync("SetCallback", client.Parameters, E("CallbackUrl", receiver.Url));
        var (expired, held) = ("bail-expire-" + Guid.NewGuid().ToString("N"), "bail-en-cours-" + Guid.NewGuid().ToString("N"));
        var now = DateTimeOffset.UtcNow;
        await using (var connection = await Database.OpenAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            // Written a day ago, so that they are the oldest due and each claim below takes its own.
            foreach (var (id, at) in new[] { (expired, now.AddDays(-1)), (held, now.AddDays(-1).AddSeconds(1)) })
                await connection.ExecuteAsync(
                    """
                    INSERT INTO webhook_deliveries (id, client_id, event_kind, dossier_number, body, created_at, next_attempt_at)
                    VALUES (@id, @client, 'DossierFiled', 'AAA-BBB-CCC', @body, @at, @at)
                    """, new { id, client = client.ClientId, body = $$"""{"id":"{{id}}"}""", at = Timestamps.ToText(at) }, transaction);
            // The host that died claimed one two minutes ago (a batch's lease used to be three and a half) and the other just now, and sent neither.
            var claimedBefore = await WebhookStore.ClaimDueAsync(connection, transaction, now.AddMinutes(-2), 1);
            var claimedNow = await WebhookStore.ClaimDueAsync(connection, transaction, now, 1);
            await transaction.CommitAsync();
            Assert.That(claimedBefore.Select(d => d.Id), Is.EqualTo(new[] { expired }));
            Assert.That(claimedNow.Select(d => d.Id), Is.EqualTo(new[] { held }));
        }

        receiver.WaitFor(r => r.Any(h => h.Body.Contains(expired)), seconds: 10);
        Thread.Sleep(1000); // the host polls five times a second: a delivery taken despite its lease would be here by now
        Assert.That(receiver.Received.Where(h => h.Body.Contains(held)), Is.Empty, "still held by the dead host's lease");
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

    [Test]
    [Category(StoreUnderTest.SqliteOnly)] // reads the SQLite file's bytes
    public async Task The_store_keeps_no_secret_in_clear_but_sealed_with_a_data_key_readable_by_its_owner_only()
    {
        var client = await Calls.RegisterAsync("Logiciel au secret scellé", Requests.BirthCertificate);
        var rotated = await RotateAsync(client);

        var sealedSecret = Host.Text("SELECT secret_sealed FROM vendor_clients WHERE id = @id", ("@id", client.ClientId));
        Assert.That(sealedSecret, Does.StartWith("v1."));
        var store = StoreBytes();
        Assert.That(Contains(store, client.ClientId), Is.True, "the scan reads the rows written");
        Assert.That(Contains(store, client.Secret), Is.False, "the first secret");
        Assert.That(Contains(store, rotated.Secret), Is.False, "the renewed secret");
        Assert.That(Contains(store, DemoSecret), Is.False, "the demo client's secret");

        var key = Path.Combine(Host.DataFolder, "platform-data.key");
        Assert.That(new FileInfo(key).Length, Is.EqualTo(32));
        Assert.That(File.GetUnixFileMode(key), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public async Task A_client_registered_before_sealed_secrets_pulls_but_its_webhooks_wait_until_its_secret_is_renewed()
    {
        using var receiver = new WebhookReceiver(_ => 200);
        var client = await Calls.RegisterAsync("Logiciel d'avant le scellement", Requests.BirthCertificate);
        // As migration 0016 leaves a client registered before it, with the callback it had declared then.
        Execute("UPDATE vendor_clients SET secret_sealed = NULL, callback_url = @url WHERE id = @id", ("@url", receiver.Url), ("@id", client.ClientId));

        await Calls.SucceedAsync("PullDossiers", client.Parameters);
        var refused = await Calls.RefusedAsync("SetCallback", client.Parameters, E("CallbackUrl", receiver.Url));
        Assert.That(refused.FaultFields, Is.EqualTo(new[] { "CallbackUrl" }));
        Assert.That(refused.Fault, Does.Contain("renouvelé"));
        using (var page = await AdministratorPageAsync())
        {
            var (_, html) = await page.GetAsync("/gestion/administration/logiciels");
            Assert.That(html, Does.Contain(Texts.AdministrationVendorTexts.WebhooksNeedNewSecret));
        }
        var number = (await FileAsync()).Number;
        await Task.Delay(1500);
        Assert.That(Events(receiver.Received, number), Is.Empty, "nothing signed with anything but the client's secret");

        var renewed = await RotateAsync(client);
        var hook = Events(receiver.WaitFor(r => Events(r, number).Count >= 1), number)[0].Hook;
        Assert.That(WebhookSignature.IsValid(hook.Timestamp!, hook.Body, hook.Signature!, renewed.Secret, DateTimeOffset.UtcNow), Is.True);
    }

    private const string DemoSecret = "demo-flux-orleans-2026";

    /// <summary>Every byte of the SQLite store: the file, its write-ahead log and shared memory, as a copy of the store would hold.</summary>
    private byte[] StoreBytes()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = new List<byte>();
        foreach (var file in new[] { Host.DatabasePath, Host.DatabasePath + "-wal", Host.DatabasePath + "-shm" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes.AddRange(copy.ToArray());
        }
        return [.. bytes];
    }

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private void Execute(string sql, params (string Name, object Value)[] parameters) => Host.Execute(sql, parameters);

    private async Task<VendorCredentials> RotateAsync(VendorCredentials client)
    {
        var admin = new AdministrationCalls(Host);
        var token = await admin.LoginAsync(AdministrationCalls.Administrator);
        var result = await admin.SucceedAsync("RotateVendorSecret", ("SessionToken", token), ("CommuneCode", Requests.Commune), ("ClientId", client.ClientId));
        return client with { Secret = result.Element(A + "Secret")!.Value };
    }

    private async Task<PageBrowser> AdministratorPageAsync()
    {
        var browser = new PageBrowser(Host.BaseUrl);
        var (status, html, _) = await browser.PostAsync("/gestion/connexion",
            new Dictionary<string, string> { ["email"] = AdministrationCalls.Administrator, ["motDePasse"] = BackOfficeInProcess.DemoPassword });
        Assert.That(status, Is.EqualTo(System.Net.HttpStatusCode.Redirect), html);
        return browser;
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
