using System.Net;
using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Tests.Administration;
using static WebServicesCitoyens.Tests.Flux.FluxCalls;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>
/// Flux.svc end to end, as a vendor's software uses it: pulls with a cursor across a restart of the host,
/// acknowledgements, refused credentials, what a client never sees, and status pushed to the citizen.
/// The tests of this fixture run one after the other on its own host (each drains the feed first).
/// </summary>
[NonParallelizable]
public sealed class FluxTests : FluxHost
{
    private const string Angers = "49007";

    [Test]
    public async Task A_vendor_pulling_with_a_cursor_across_a_restart_gets_every_dossier_exactly_once_in_filing_order()
    {
        var client = await Calls.RegisterAsync("Logiciel d'état civil (curseur)", Requests.BirthCertificate);
        var (_, start) = await Calls.PullAllAsync(client, null);

        var filed = new List<string>();
        for (var i = 0; i < 7; i++) filed.Add((await FileAsync()).Number);
        var (first, cursor) = await Calls.PullAllAsync(client, start, max: 3);
        RestartHost();
        for (var i = 0; i < 4; i++) filed.Add((await FileAsync()).Number);
        var (second, last) = await Calls.PullAllAsync(client, cursor, max: 3);

        Assert.That(first.Concat(second).ToList(), Is.EqualTo(filed), "every dossier once, in the order filed");
        Assert.That((await Calls.PullAsync(client, last)).Numbers, Is.Empty, "nothing after the last cursor");
    }

    [Test]
    public async Task An_acknowledged_dossier_is_not_delivered_again_while_an_unacknowledged_one_is()
    {
        var client = await Calls.RegisterAsync("Logiciel d'état civil (accusés)", Requests.BirthCertificate);
        var (_, start) = await Calls.PullAllAsync(client, null);
        var acknowledged = (await FileAsync()).Number;
        var pending = (await FileAsync()).Number;
        Assert.That((await Calls.PullAllAsync(client, start)).Numbers, Is.EqualTo(new[] { acknowledged, pending }));

        var status = await Calls.SucceedAsync("AcknowledgeDossier", client.Parameters, E("DossierNumber", acknowledged), E("VendorReference", "EC-2026-0042"));
        Assert.That(status.Element(F + "VendorReference")!.Value, Is.EqualTo("EC-2026-0042"));
        var again = await Calls.SucceedAsync("AcknowledgeDossier", client.Parameters, E("DossierNumber", acknowledged), E("VendorReference", "EC-2026-0042"));
        Assert.That(again.ToString(), Is.EqualTo(status.ToString()), "acknowledging twice changes nothing");

        var withoutCursor = (await Calls.PullAllAsync(client, null)).Numbers;
        Assert.That(withoutCursor, Does.Contain(pending));
        Assert.That(withoutCursor, Does.Not.Contain(acknowledged));
        Assert.That((await Calls.PullAllAsync(client, start)).Numbers, Is.EqualTo(new[] { pending }));
    }

    [Test]
    public async Task Rotated_away_and_revoked_credentials_are_refused_exactly_like_unknown_ones()
    {
        var client = await Calls.RegisterAsync("Logiciel à renouveler", Requests.BirthCertificate);
        var unknown = await Calls.RefusedAsync("PullDossiers", new VendorCredentials(new string('0', 32), "pas-un-secret").Parameters);
        var wrongSecret = await Calls.RefusedAsync("PullDossiers", (client with { Secret = client.Secret + "x" }).Parameters);
        Assert.That(unknown.FaultFields, Is.EqualTo(new[] { "ClientId" }));
        Assert.That(wrongSecret.ToString(), Is.EqualTo(unknown.ToString()));

        var admin = new AdministrationCalls(Host);
        var token = await admin.LoginAsync(AdministrationCalls.Administrator);
        var rotated = await admin.SucceedAsync("RotateVendorSecret", ("SessionToken", token), ("CommuneCode", Requests.Commune), ("ClientId", client.ClientId));
        var renewed = client with { Secret = rotated.Element(A + "Secret")!.Value };
        Assert.That(renewed.Secret, Is.Not.EqualTo(client.Secret));
        Assert.That((await Calls.RefusedAsync("PullDossiers", client.Parameters)).ToString(), Is.EqualTo(unknown.ToString()), "the old secret");
        await Calls.SucceedAsync("PullDossiers", renewed.Parameters);

        await admin.SucceedAsync("RevokeVendorClient", ("SessionToken", token), ("CommuneCode", Requests.Commune), ("ClientId", client.ClientId));
        Assert.That((await Calls.RefusedAsync("PullDossiers", renewed.Parameters)).ToString(), Is.EqualTo(unknown.ToString()), "after revocation");
        var number = (await FileAsync()).Number;
        Assert.That((await Calls.RefusedAsync("GetHistory", renewed.Parameters, E("DossierNumber", number))).ToString(), Is.EqualTo(unknown.ToString()));

        var listed = await admin.SucceedAsync("ListVendorClients", ("SessionToken", token), ("CommuneCode", Requests.Commune));
        var entry = listed.Elements(A + "Client").Single(c => c.Element(A + "ClientId")!.Value == client.ClientId);
        Assert.That(entry.Element(A + "Revoked")!.Value, Is.EqualTo("true"));
        Assert.That(listed.Descendants(A + "Secret"), Is.Empty, "a secret is shown once, never listed");
    }

    [Test]
    public async Task A_vendor_never_sees_another_procedures_or_another_communes_dossiers()
    {
        var roads = await Calls.RegisterAsync("Logiciel de voirie", "vie-quotidienne");
        var (_, start) = await Calls.PullAllAsync(roads, null);
        var birth = (await FileAsync()).Number;
        var incident = (await FileAsync(Requests.RoadIncident)).Number;
        Assert.That((await Calls.PullAllAsync(roads, start)).Numbers, Is.EqualTo(new[] { incident }));

        var unknown = await Calls.RefusedAsync("GetHistory", roads.Parameters, E("DossierNumber", WebServicesCitoyens.Dossiers.DossierNumber.NewNumber()));
        Assert.That(unknown.FaultFields, Is.EqualTo(new[] { "DossierNumber" }));
        foreach (var operation in new[] { "GetHistory", "AcknowledgeDossier", "PushStatus" })
        {
            object[] extra = operation switch
            {
                "AcknowledgeDossier" => [E("VendorReference", "R-1")],
                "PushStatus" => [E("Message", "Bonjour")],
                _ => [],
            };
            var before = Snapshot(birth);
            Assert.That((await Calls.RefusedAsync(operation, roads.Parameters, E("DossierNumber", birth), extra)).ToString(), Is.EqualTo(unknown.ToString()), operation);
            Assert.That(Snapshot(birth), Is.EqualTo(before), $"{operation} changed nothing");
        }

        // Angers' civil-status software, registered by Angers' administrator, reads none of Orléans' dossiers.
        var communes = new CommuneStore(Database);
        await communes.SaveAsync(new Commune(Angers, "Angers", CommuneProfile.BackOffice, "#004f8f", "#c8102e", null, "https://www.example.org/angers", "Europe/Paris"));
        await communes.OfferAsync(Angers, Requests.BirthCertificate, OfferState.Online);
        var angersAdmin = new Agent("angers-admin", Angers, "admin@angers.test", "Administrateur d'Angers", AgentRole.Administrator, []);
        // The host's data key (next to its store), as another host of the platform shares it.
        var secrets = new VendorSecrets(() => WebServicesCitoyens.Trust.PlatformDataKey.LoadOrCreate(Path.Combine(Host.DataFolder, "platform-data.key")));
        var (angersClient, secret) = await new VendorClients(new VendorClientStore(Database), new WebhookStore(Database), secrets,
                new CallbackPolicy(allowLoopback: false), Definitions.Catalogue, TimeProvider.System)
            .RegisterAsync(angersAdmin, Angers, "État civil d'Angers", [Requests.BirthCertificate]);
        var angers = new VendorCredentials(angersClient.Id, secret!);
        Assert.That((await Calls.PullAllAsync(angers, null)).Numbers, Is.Empty);
        Assert.That((await Calls.RefusedAsync("GetHistory", angers.Parameters, E("DossierNumber", birth))).ToString(), Is.EqualTo(unknown.ToString()));
    }

    [Test]
    public async Task A_status_pushed_by_the_vendor_reaches_the_citizen_at_once_and_by_mail_naming_the_vendor_in_the_history()
    {
        var client = await Calls.RegisterAsync("Logiciel d'état civil (statuts)", Requests.BirthCertificate);
        var email = $"usager.{Guid.NewGuid():N}@example.org";
        var (number, code) = await FileAsync(email: email);
        Smtp.WaitFor(email);

        var reached = await Calls.SucceedAsync("PushStatus", client.Parameters, E("DossierNumber", number), E("StepCode", "RECHERCHE_ACTE"));
        Assert.That(reached.Element(F + "StepCode")!.Value, Is.EqualTo("RECHERCHE_ACTE"));
        const string message = "Votre acte a été retrouvé dans les registres de 1987 ; la copie part demain.";
        await Calls.SucceedAsync("PushStatus", client.Parameters, E("DossierNumber", number), E("Message", message));

        using var anonymous = new HttpClient();
        var tracking = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"{Host.BaseUrl}/suivi?dossier={number}&code={code}"));
        Assert.That(tracking, Does.Contain("Préparation du document<span class=\"wsc-sr-only\">, </span><span class=\"wsc-current-mark\">étape actuelle"),
            "the step reached, on the anonymous tracking page at once (messages are in the citizen's account and mail, not on it)");
        var mails = Smtp.WaitFor(email, count: 3);
        Assert.That(mails.Any(m => m.TextBody.Contains(message)), Is.True, "the message is mailed");

        var closed = await Calls.SucceedAsync("PushStatus", client.Parameters, E("DossierNumber", number), E("RejectReason", "Le demandeur n'a pas qualité pour obtenir cette copie."));
        Assert.That(closed.Element(F + "State")!.Value, Is.EqualTo("Closed"));
        var history = await Calls.SucceedAsync("GetHistory", client.Parameters, E("DossierNumber", number));
        var byVendor = history.Elements(F + "Event").Where(e => e.Element(F + "Actor")!.Value == "logiciel « Logiciel d'état civil (statuts) »").ToList();
        Assert.That(byVendor.Select(e => e.Element(F + "Kind")!.Value), Is.SupersetOf(new[] { "StepReached", "MessageToCitizen", "Rejected" }));
        Assert.That((await Calls.RefusedAsync("PushStatus", client.Parameters, E("DossierNumber", number), E("Close", "true"))).FaultFields,
            Is.EqualTo(new[] { "DossierNumber" }), "a closed dossier takes no more change");
    }

    [Test]
    public async Task A_push_with_no_change_or_two_changes_or_an_unknown_step_is_refused_naming_the_field_and_changes_nothing()
    {
        var client = await Calls.RegisterAsync("Logiciel d'état civil (erreurs)", Requests.BirthCertificate);
        var number = (await FileAsync()).Number;
        var before = Snapshot(number);
        Assert.That((await Calls.RefusedAsync("PushStatus", client.Parameters, E("DossierNumber", number))).FaultFields, Is.EqualTo(new[] { "StepCode" }));
        Assert.That((await Calls.RefusedAsync("PushStatus", client.Parameters, E("DossierNumber", number), E("StepCode", "REDACTION"), E("Message", "Bonjour")))
            .FaultFields, Is.EqualTo(new[] { "StepCode" }));
        Assert.That((await Calls.RefusedAsync("PushStatus", client.Parameters, E("DossierNumber", number), E("StepCode", "REJETEE"))).FaultFields,
            Is.EqualTo(new[] { "StepCode" }), "an exit is reached by a rejection");
        Assert.That((await Calls.RefusedAsync("PushStatus", client.Parameters, E("DossierNumber", number), E("StepCode", "inconnue"))).FaultFields,
            Is.EqualTo(new[] { "StepCode" }), "not a step code at all (the schema)");
        Assert.That((await Calls.RefusedAsync("PullDossiers", client.Parameters, E("Max", 101))).FaultFields, Is.EqualTo(new[] { "Max" }));
        Assert.That(Snapshot(number), Is.EqualTo(before));
    }

    [Test]
    public async Task Only_the_communes_administrator_manages_its_vendor_clients()
    {
        var admin = new AdministrationCalls(Host);
        foreach (var who in new[] { AdministrationCalls.CivilStatusAgent, AdministrationCalls.Operator })
        {
            var token = await admin.LoginAsync(who);
            var (_, result, fields, _) = await admin.CallAsync("RegisterVendorClient", ("SessionToken", token), ("CommuneCode", Requests.Commune),
                ("Name", "Logiciel non autorisé"), ("Scope", AdministrationCalls.Codes(Requests.BirthCertificate)));
            Assert.That(result, Is.Null, who);
            Assert.That(fields, Is.EqualTo(new[] { "CommuneCode" }), who);
            Assert.That((await admin.CallAsync("ListVendorClients", ("SessionToken", token), ("CommuneCode", Requests.Commune))).Result, Is.Null, who);
        }
        var administrator = await admin.LoginAsync(AdministrationCalls.Administrator);
        var (_, refused, scopeFields, _) = await admin.CallAsync("RegisterVendorClient", ("SessionToken", administrator), ("CommuneCode", Requests.Commune),
            ("Name", "Logiciel"), ("Scope", AdministrationCalls.Codes("pas-une-demarche")));
        Assert.That(refused, Is.Null);
        Assert.That(scopeFields, Is.EqualTo(new[] { "Scope" }));
    }

    /// <summary>Everything the store holds about a dossier (its row, history and mails), to compare around a refused call.</summary>
    private string Snapshot(string number) => string.Join("--\n", new[]
    {
        "SELECT * FROM dossiers WHERE number = @n",
        "SELECT * FROM dossier_events WHERE dossier_number = @n ORDER BY sequence",
        "SELECT * FROM vendor_acknowledgements WHERE dossier_number = @n ORDER BY client_id",
        "SELECT id, kind, recipient, subject FROM outbox WHERE body_text LIKE '%' || @n || '%' OR subject LIKE '%' || @n || '%' ORDER BY id",
    }.Select(sql => Host.Rows(sql, ("@n", number))));
}
