using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Administration.AdministrationCalls;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// Who administers what (AgentRights.MayAdminister): a commune's administrators their commune, the
/// platform's operator every commune. An agent, or the administrator of another commune, gets exactly
/// the refusal of a procedure or commune that does not exist, and nothing changes. The people of the
/// commune are managed by the same service: profiles, agents created with them, an agent disabled.
/// </summary>
public sealed class AdministrationRightsTests
{
    private const string Code = "vie-quotidienne.rendez-vous-elu";
    private const string Bourges = "18033";
    private static readonly AdministrationCalls Calls = new(SharedHost.Host);
    private string _admin = "";
    private string _operator = "";

    [OneTimeSetUp]
    public async Task Log_in_and_add_a_second_commune()
    {
        await new CommuneStore(SharedHost.Host.Store).SaveAsync(
            new Commune(Bourges, "Bourges", CommuneProfile.BackOffice, "#224466", "#664422", null, "https://www.example.org/bourges", "Europe/Paris"));
        _admin = await Calls.LoginAsync(Administrator);
        _operator = await Calls.LoginAsync(Operator);
    }

    private static async Task<(IReadOnlyList<string> Fields, string Fault)> FaultAsync(string operation, params (string Name, object? Value)[] parameters)
    {
        var (_, result, fields, fault) = await Calls.CallAsync(operation, parameters);
        Assert.That(result, Is.Null, $"{operation} was accepted");
        return (fields, fault);
    }

    [Test]
    public async Task An_agent_and_another_communes_administrator_are_answered_as_for_a_procedure_that_does_not_exist()
    {
        var agent = await Calls.LoginAsync(CivilStatusAgent);
        var bourgesAdmin = await Calls.SucceedAsync("CreateAgent", ("SessionToken", _operator), ("CommuneCode", Bourges),
            ("Email", $"admin-{Guid.NewGuid():N}@bourges.example.org"), ("DisplayName", "Administrateur de Bourges"), ("Role", "Administrator"),
            ("Password", "bourges-admin-2026"));
        var other = await Calls.LoginAsync(bourgesAdmin.Element(A + "Email")!.Value, "bourges-admin-2026");
        await Calls.DiscardDraftAsync(_admin, Code);

        var missing = await FaultAsync("ExportConfiguration", ("SessionToken", _admin), ("CommuneCode", Requests.Commune), ("ProcedureCode", "vie-quotidienne.inexistante"));
        Assert.That(missing.Fields, Is.EqualTo(new[] { "ProcedureCode" }));
        Assert.That(missing.Fault, Is.EqualTo(AdministrationTexts.ConfigurationNotFound));
        foreach (var (who, token) in new[] { ("agent", agent), ("administrator of another commune", other) })
        {
            foreach (var (operation, parameters) in new (string, (string, object?)[])[]
            {
                ("ExportConfiguration", []),
                ("GetProcessTree", []),
                ("AddStep", [("After", "RECU"), ("Code", "INTRUS"), ("AgentLabel", "Intrus"), ("CitizenLabel", "Intrus")]),
                ("ImportConfiguration", [("DefinitionXml", "<procedure/>")]),
                ("PublishOnline", []),
            })
            {
                var (fields, fault) = await FaultAsync(operation, [("SessionToken", token), ("CommuneCode", Requests.Commune), ("ProcedureCode", Code), .. parameters]);
                Assert.That(fields, Is.EqualTo(missing.Fields), $"{who}, {operation}");
                Assert.That(fault, Is.EqualTo(missing.Fault), $"{who}, {operation}");
            }
            var unknownCommune = await FaultAsync("ListAgents", ("SessionToken", _admin), ("CommuneCode", "99999"));
            var refused = await FaultAsync("ListAgents", ("SessionToken", token), ("CommuneCode", Requests.Commune));
            Assert.That(refused.Fields, Is.EqualTo(unknownCommune.Fields).And.EqualTo(new[] { "CommuneCode" }), who);
            Assert.That(refused.Fault, Is.EqualTo(unknownCommune.Fault), who);
        }
        Assert.That((await Calls.SucceedOnProcedureAsync(_admin, Code, "ListVersions")).Elements(A + "Version"), Is.Empty, "nothing was created");
    }

    [Test]
    public async Task The_operator_administers_every_commune()
    {
        await Calls.DiscardDraftAsync(_operator, Code);
        var draft = await Calls.SucceedOnProcedureAsync(_operator, Code, "AddField", ("Name", "motifRencontre"), ("Label", "Objet de la rencontre"),
            ("Type", "freeText"), ("Required", false));
        Assert.That(draft.Element(A + "CreatedBy")!.Value, Is.EqualTo("Exploitant de la plateforme"));
        Assert.That(await Calls.ExportAsync(_admin, Code), Does.Contain("motifRencontre"), "the commune's administrator sees the operator's Draft");
        var agents = await Calls.SucceedAsync("ListAgents", ("SessionToken", _operator), ("CommuneCode", Requests.Commune));
        Assert.That(agents.Elements(A + "Agent").Select(a => a.Element(A + "Email")!.Value), Does.Contain(Administrator));
        Assert.That((await Calls.SucceedAsync("ListConfigurations", ("SessionToken", _operator), ("CommuneCode", Requests.Commune)))
            .Elements(A + "Procedure").Single(p => p.Element(A + "ProcedureCode")!.Value == Code).Element(A + "DraftVersion"), Is.Not.Null);
        await Calls.DiscardDraftAsync(_operator, Code);
    }

    [Test]
    public async Task An_administrator_creates_a_profile_and_an_agent_in_it_then_disables_the_agent()
    {
        await Calls.SucceedAsync("SaveProfile", ("SessionToken", _admin), ("CommuneCode", Requests.Commune), ("Code", "urbanisme"), ("Label", "Urbanisme"),
            ("Scope", Codes("urbanisme")));
        var profiles = await Calls.SucceedAsync("ListProfiles", ("SessionToken", _admin), ("CommuneCode", Requests.Commune));
        Assert.That(profiles.Elements(A + "Profile").Select(p => p.Element(A + "Code")!.Value), Is.SupersetOf(new[] { "etat-civil", "voirie", "urbanisme" }));

        var email = $"urbanisme-{Guid.NewGuid():N}@orleans.demo";
        var created = await Calls.SucceedAsync("CreateAgent", ("SessionToken", _admin), ("CommuneCode", Requests.Commune), ("Email", email),
            ("DisplayName", "Paul Girard (urbanisme)"), ("Role", "Agent"), ("Password", "urbanisme-2026-ok"), ("Profiles", Codes("urbanisme")));
        Assert.That(created.Element(A + "Profiles")!.Elements(A + "Profile").Select(p => p.Value), Is.EqualTo(new[] { "urbanisme" }));
        var id = created.Element(A + "Id")!.Value;
        await Calls.LoginAsync(email, "urbanisme-2026-ok");

        var (roleFields, _) = await FaultAsync("CreateAgent", ("SessionToken", _admin), ("CommuneCode", Requests.Commune), ("Email", $"x-{email}"),
            ("DisplayName", "Exploitant bis"), ("Role", "Operator"), ("Password", "operateur-2026-ok"));
        Assert.That(roleFields, Is.EqualTo(new[] { "Role" }), "a commune creates agents and administrators, not operators");
        var (selfFields, selfFault) = await FaultAsync("DisableAgent", ("SessionToken", _admin), ("CommuneCode", Requests.Commune),
            ("AgentId", (await Calls.SucceedAsync("ListAgents", ("SessionToken", _admin), ("CommuneCode", Requests.Commune))).Elements(A + "Agent")
                .Single(a => a.Element(A + "Email")!.Value == Administrator).Element(A + "Id")!.Value));
        Assert.That((selfFields.Single(), selfFault), Is.EqualTo(("AgentId", AdministrationTexts.NotYourself)));

        await Calls.SucceedAsync("DisableAgent", ("SessionToken", _admin), ("CommuneCode", Requests.Commune), ("AgentId", id));
        var (_, login, loginFields, _) = await Calls.CallAsync("Login", ("Email", email), ("Password", "urbanisme-2026-ok"));
        Assert.That(login, Is.Null, "a disabled agent cannot log in");
        Assert.That(loginFields, Is.EqualTo(new[] { "Password" }));
        Assert.That((await Calls.SucceedAsync("ListAgents", ("SessionToken", _admin), ("CommuneCode", Requests.Commune))).Elements(A + "Agent")
            .Select(a => a.Element(A + "Id")!.Value), Does.Not.Contain(id));
    }
}
