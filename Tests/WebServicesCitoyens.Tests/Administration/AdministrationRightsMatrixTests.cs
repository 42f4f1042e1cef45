using System.Xml.Linq;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Schemas;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.Accounts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Administration.AdministrationCalls;
using Parameter = (string Name, object? Value);

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// THE RIGHTS MATRIX OF THE ADMINISTRATION: every operation of /services/Administration.svc that takes
/// a session, called by every kind of caller, on the demo commune's marriage certificate (a procedure
/// no other test configures). Only the commune's administrators and the platform's operator administer
/// it (AgentRights.MayAdminister); any other agent — whatever their remit — and the administrator of
/// another commune get exactly the fault the same call gets for a procedure or a commune that does not
/// exist, and nothing changes: the versions of every procedure, the agents, the profiles and the
/// communes (with their setting of public delays) are compared, row for row, before and after. Before each cell the administrator gives the
/// call something to do (a Draft to publish, a step to remove, an agent to disable), so that a refusal
/// is a refusal and an acceptance shows its effect. On a host of its own, since accepted cells publish
/// versions online. The citizens' feedback (ListFeedback, AnswerFeedback) is the commune administrators' only:
/// the operator, who reads no citizens' data, is refused like anyone else. Login takes no session: see <see cref="AdministrationRightsTests"/> and the back
/// office's login tests, which share the agents' sessions.
/// </summary>
[NonParallelizable]
public sealed class AdministrationRightsMatrixTests
{
    /// <summary>Who calls.</summary>
    public enum Caller
    {
        /// <summary>No SessionToken element at all.</summary>
        NoSession,
        /// <summary>A well-formed token no session has.</summary>
        InvalidSession,
        /// <summary>A live session of the citizen account service.</summary>
        Citizen,
        /// <summary>The demo commune's roads agent: the marriage certificate is not in their remit.</summary>
        OtherTheme,
        /// <summary>The demo commune's civil-status agent, whose remit the marriage certificate is.</summary>
        CommuneAgent,
        /// <summary>The administrator of Bourges, another commune on the platform.</summary>
        OtherCommune,
        /// <summary>The demo commune's administrator.</summary>
        Administrator,
        /// <summary>The platform's operator.</summary>
        Operator,
    }

    /// <summary>What a call gives.</summary>
    public enum Expect
    {
        /// <summary>A fault: the SessionToken parameter is required; nothing changed.</summary>
        SessionMissing,
        /// <summary>A fault on SessionToken: the session is not valid; nothing changed.</summary>
        SessionRefused,
        /// <summary>The answer, with the operation's effect (or, for a reading, nothing changed).</summary>
        Ok,
        /// <summary>Exactly the fault the same call gets for an unknown procedure (or commune); nothing changed.</summary>
        LikeUnknown,
        /// <summary>The session used is closed.</summary>
        LoggedOut,
        /// <summary>The answer, with no back-office session to close (a citizen's session stays open).</summary>
        NothingToClose,
    }

    private sealed record Row(string Operation,
        Expect NoSession, Expect InvalidSession, Expect Citizen, Expect OtherTheme, Expect CommuneAgent, Expect OtherCommune, Expect Administrator, Expect Operator)
    {
        public Expect For(Caller caller) => caller switch
        {
            Caller.NoSession => NoSession,
            Caller.InvalidSession => InvalidSession,
            Caller.Citizen => Citizen,
            Caller.OtherTheme => OtherTheme,
            Caller.CommuneAgent => CommuneAgent,
            Caller.OtherCommune => OtherCommune,
            Caller.Administrator => Administrator,
            _ => Operator,
        };
    }

    private const Expect Missing = Expect.SessionMissing, Refused = Expect.SessionRefused, Ok = Expect.Ok, Unknown = Expect.LikeUnknown,
        Out = Expect.LoggedOut, Nothing = Expect.NothingToClose;

    private static readonly Row[] Matrix =
    [
        //       operation            no session invalid  citizen  voirie   état civil  Bourges  admin  operator
        new("Logout",                 Missing,   Nothing, Nothing, Out,     Out,        Out,     Out,   Out),
        new("ListConfigurations",     Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("ListVersions",           Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("ExportConfiguration",    Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("ImportConfiguration",    Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("CreateDraft",            Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("DiscardDraft",           Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("PublishTest",            Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("PublishOnline",          Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("GetProcessTree",         Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("AddStep",                Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("UpdateStep",             Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("RemoveStep",             Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("AddAction",              Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("UpdateAction",           Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("RemoveAction",           Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("SaveActor",              Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("RemoveActor",            Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("AddField",               Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("UpdateField",            Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("HideField",              Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("MoveField",              Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("RemoveField",            Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("SetMessage",             Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("RemoveMessage",          Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("SetDocument",            Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("RemoveDocument",         Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("ListProfiles",           Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("SaveProfile",            Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("ListAgents",             Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("CreateAgent",            Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("DisableAgent",           Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("GetCommuneSettings",     Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        new("SetDelaysPublic",        Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        // Citizens' feedback: the commune's administrators only, not the operator (citizens' words are the commune's data).
        new("ListFeedback",           Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Unknown),
        new("AnswerFeedback",         Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Unknown),
        new("SetCommuneCertificate",  Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Ok),
        // The commune's software (Flux.svc): its administrators only; the operator makes no key to citizens' dossiers.
        new("RegisterVendorClient",   Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Unknown),
        new("ListVendorClients",      Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Unknown),
        new("RotateVendorSecret",     Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Unknown),
        new("RevokeVendorClient",     Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Unknown),
        new("ListWebhookDeliveries",  Missing,   Refused, Refused, Unknown, Unknown,    Unknown, Ok,    Unknown),
    ];

    public static IEnumerable<TestCaseData> Cells() =>
        from row in Matrix
        from caller in Enum.GetValues<Caller>()
        select new TestCaseData(row.Operation, caller, row.For(caller));

    [Test]
    public void The_matrix_covers_every_operation_of_the_service_but_Login()
    {
        Assert.That(Matrix.Select(r => r.Operation).Append("Login"), Is.EquivalentTo(AdministrationContract.Service.Operations));
        Assert.That(Operations.Keys, Is.EquivalentTo(Matrix.Select(r => r.Operation)), "each operation of the matrix has its call");
    }

    // ------------------------------------------------------------------ the operations

    /// <summary>What an operation names after the session, and so what its refusal pretends does not exist.</summary>
    private enum Target { Session, Commune, Procedure, Feedback }

    /// <summary>
    /// How a cell calls an operation: what it names; whether, accepted, it changes what is stored; what the
    /// administrator does first and the operation's own parameters; what an accepted call shows.
    /// </summary>
    private sealed record Operation(Target Target, bool Changes, Func<Task<Parameter[]>> Prepare, Action<XElement, Parameter[]> Accepted);

    // The world the matrix runs in (set up below), declared before the operations that use it.
    private static HostProcess _host = null!;
    private static AdministrationCalls _calls = null!;
    private static string _admin = "";
    private static string _citizenSession = "";
    private static readonly Dictionary<Caller, string> Sessions = [];
    /// <summary>A report of a missing procedure in the demo commune, for the feedback operations.</summary>
    private static string _feedbackId = "";

    private const string Code = "etat-civil.acte-mariage";
    private const string Bourges = "18033";
    private const string BourgesAdministrator = "administration@bourges.test";
    private const string BourgesPassword = "mot de passe de Bourges 2026";

    private static readonly Parameter[] NewStep = [("After", "ENREGISTREE"), ("Code", "MATRICE"), ("AgentLabel", "Étape de la matrice"), ("CitizenLabel", "Étape de la matrice")];
    private static readonly Parameter[] NewAction = [("StepCode", "ENREGISTREE"), ("Code", "MATRICE_ACTION"), ("Label", "Action de la matrice"), ("To", "CLOTURE")];
    private static readonly Parameter[] NewActor = [("Code", "matrice"), ("Label", "Acteur de la matrice")];
    private static readonly Parameter[] NewField = [("Name", "matriceDroits"), ("Label", "Champ de la matrice"), ("Type", "freeText"), ("Required", false)];
    private static readonly Parameter[] NewMessage = [("Event", "submitted"), ("Subject", "Objet de la matrice"), ("Body", "Message de la matrice.")];
    private static readonly Parameter[] NewDocument = [("Code", "matrice"), ("Title", "Courrier de la matrice"), ("Body", "Texte du courrier de la matrice.")];

    /// <summary>The administrator first registers a vendor client; the cell then names it.</summary>
    private static Func<Task<Parameter[]>> VendorClient() => async () =>
    {
        var client = await _calls.SucceedAsync("RegisterVendorClient", ("SessionToken", _admin), ("CommuneCode", Requests.Commune),
            ("Name", "Logiciel de la matrice"), ("Scope", Codes("etat-civil")));
        _lastVendorClient = Value(client, "ClientId");
        return [("ClientId", _lastVendorClient)];
    };

    private static string _lastVendorClient = "";

    private static Func<Task<Parameter[]>> Just(params Parameter[] parameters) => () => Task.FromResult(parameters);

    /// <summary>The administrator first does <paramref name="operation"/> on the procedure; the cell then calls with <paramref name="parameters"/>.</summary>
    private static Func<Task<Parameter[]>> After(string operation, Parameter[] setup, params Parameter[] parameters) => async () =>
    {
        await _calls.SucceedOnProcedureAsync(_admin, Code, operation, setup);
        return parameters;
    };

    private static void DraftHas(string text) => Assert.That(Draft(), Does.Contain(text));
    private static void DraftHasNot(string text) => Assert.That(Draft(), Is.Not.Null.And.Not.Contain(text));
    private static string? Value(XElement element, string name) => element.Element(A + name)?.Value;
    private static string Of(Parameter[] parameters, string name) => (string)parameters.Single(p => p.Name == name).Value!;

    private static readonly Dictionary<string, Operation> Operations = new()
    {
        ["Logout"] = new(Target.Session, false, Just(), (_, _) => { }),
        ["ListConfigurations"] = new(Target.Commune, false, After("CreateDraft", []),
            (result, _) => Assert.That(result.Elements(A + "Procedure").Single(p => Value(p, "ProcedureCode") == Code).Element(A + "DraftVersion"), Is.Not.Null)),
        ["ListVersions"] = new(Target.Procedure, false, After("CreateDraft", []),
            (result, _) => Assert.That(result.Elements(A + "Version").Select(v => Value(v, "State")), Does.Contain("Draft"))),
        ["ExportConfiguration"] = new(Target.Procedure, false, After("AddStep", NewStep),
            (result, _) => Assert.That(result.Value, Does.Contain("code=\"MATRICE\""))),
        ["ImportConfiguration"] = new(Target.Procedure, true, async () =>
            {
                var published = await _calls.ExportAsync(_admin, Code);
                Assert.That(published, Does.Contain(">Clôture</step>"));
                return [("DefinitionXml", published.Replace(">Clôture</step>", ">Clôture de la matrice</step>"))];
            },
            (_, _) => DraftHas(">Clôture de la matrice</step>")),
        ["CreateDraft"] = new(Target.Procedure, true, Just(), (_, _) => Assert.That(Draft(), Is.Not.Null)),
        ["DiscardDraft"] = new(Target.Procedure, true, After("CreateDraft", []), (_, _) => Assert.That(Draft(), Is.Null)),
        ["PublishTest"] = new(Target.Procedure, true, After("CreateDraft", []),
            (result, _) => Assert.That(Versions(), Does.StartWith($"{Value(result, "Version")} Test"))),
        ["PublishOnline"] = new(Target.Procedure, true, async () =>
            {
                await _calls.SucceedOnProcedureAsync(_admin, Code, "CreateDraft");
                await _calls.SucceedOnProcedureAsync(_admin, Code, "PublishTest");
                return [];
            },
            (result, _) => Assert.That(Versions(), Does.StartWith($"{Value(result, "Version")} Online"))),
        ["GetProcessTree"] = new(Target.Procedure, false, After("AddStep", NewStep),
            (result, _) => Assert.That(result.Element(A + "Steps")!.Elements(A + "Step").Select(s => Value(s, "Code")), Does.Contain("MATRICE"))),

        ["AddStep"] = new(Target.Procedure, true, Just(NewStep), (_, _) => DraftHas("code=\"MATRICE\"")),
        ["UpdateStep"] = new(Target.Procedure, true, Just(("Code", "ENVOI"), ("CitizenLabel", "Envoi par la matrice")),
            (_, _) => DraftHas("citizenLabel=\"Envoi par la matrice\"")),
        ["RemoveStep"] = new(Target.Procedure, true, After("AddStep", NewStep, ("Code", "MATRICE")), (_, _) => DraftHasNot("code=\"MATRICE\"")),
        ["AddAction"] = new(Target.Procedure, true, Just(NewAction), (_, _) => DraftHas("code=\"MATRICE_ACTION\"")),
        ["UpdateAction"] = new(Target.Procedure, true,
            After("AddAction", NewAction, ("StepCode", "ENREGISTREE"), ("Code", "MATRICE_ACTION"), ("Label", "Action de la matrice, modifiée"), ("To", "CLOTURE")),
            (_, _) => DraftHas("Action de la matrice, modifiée")),
        ["RemoveAction"] = new(Target.Procedure, true, After("AddAction", NewAction, ("Code", "MATRICE_ACTION")), (_, _) => DraftHasNot("code=\"MATRICE_ACTION\"")),
        ["SaveActor"] = new(Target.Procedure, true, Just(NewActor), (_, _) => DraftHas("Acteur de la matrice")),
        ["RemoveActor"] = new(Target.Procedure, true, After("SaveActor", NewActor, ("Code", "matrice")), (_, _) => DraftHasNot("Acteur de la matrice")),
        ["AddField"] = new(Target.Procedure, true, Just(NewField), (_, _) => DraftHas("name=\"matriceDroits\"")),
        ["UpdateField"] = new(Target.Procedure, true, Just(("Path", "motif"), ("Help", "Aide de la matrice.")), (_, _) => DraftHas("Aide de la matrice.")),
        ["HideField"] = new(Target.Procedure, true, Just(("Path", "motif"), ("Hidden", true)),
            (_, _) => Assert.That(XDocument.Parse(Draft()!).Descendants().Single(e => (string?)e.Attribute("name") == "motif").Attribute("hidden")?.Value,
                Is.EqualTo("true"))),
        ["MoveField"] = new(Target.Procedure, true, Just(("Path", "motif"), ("Direction", "up")),
            (_, _) => Assert.That(Draft()!.IndexOf("name=\"motif\""), Is.LessThan(Draft()!.IndexOf("name=\"qualiteDemandeur\"")))),
        ["RemoveField"] = new(Target.Procedure, true, After("AddField", NewField, ("Path", "matriceDroits")), (_, _) => DraftHasNot("name=\"matriceDroits\"")),
        ["SetMessage"] = new(Target.Procedure, true, Just(NewMessage), (_, _) => DraftHas("Message de la matrice.")),
        ["RemoveMessage"] = new(Target.Procedure, true, After("SetMessage", NewMessage, ("Event", "submitted")), (_, _) => DraftHasNot("Message de la matrice.")),
        ["SetDocument"] = new(Target.Procedure, true, Just(NewDocument), (_, _) => DraftHas("Texte du courrier de la matrice.")),
        ["RemoveDocument"] = new(Target.Procedure, true, After("SetDocument", NewDocument, ("Code", "matrice")), (_, _) => DraftHasNot("Texte du courrier de la matrice.")),

        ["ListProfiles"] = new(Target.Commune, false, Just(),
            (result, _) => Assert.That(result.Elements(A + "Profile").Select(p => Value(p, "Code")), Is.SupersetOf(new[] { "etat-civil", "voirie" }))),
        ["SaveProfile"] = new(Target.Commune, true,
            () => Task.FromResult<Parameter[]>([("Code", $"matrice-{Guid.NewGuid().ToString("N")[..8]}"), ("Label", "Profil de la matrice"), ("Scope", Codes(Code))]),
            (_, parameters) => Assert.That(_host.Scalar("SELECT COUNT(*) FROM agent_profiles WHERE commune_code = @c AND code = @p",
                ("@c", Requests.Commune), ("@p", Of(parameters, "Code"))), Is.EqualTo(1))),
        ["ListAgents"] = new(Target.Commune, false, Just(),
            (result, _) => Assert.That(result.Elements(A + "Agent").Select(a => Value(a, "Email")), Is.SupersetOf(new[] { Administrator, CivilStatusAgent, RoadsAgent }))),
        ["CreateAgent"] = new(Target.Commune, true,
            () => Task.FromResult<Parameter[]>([("Email", $"matrice.{Guid.NewGuid().ToString("N")[..8]}@orleans.test"), ("DisplayName", "Agent de la matrice"),
                ("Role", "Agent"), ("Password", "matrice des droits 2026"), ("Profiles", Codes("etat-civil"))]),
            (result, parameters) => Assert.That(_host.Text("SELECT commune_code || ' ' || role FROM agents WHERE email = @e", ("@e", Of(parameters, "Email"))),
                Is.EqualTo(Requests.Commune + " Agent"))),
        ["ListFeedback"] = new(Target.Commune, false, Just(),
            (result, _) => Assert.That(result.Elements(A + "Feedback").Select(f => Value(f, "FeedbackId")), Does.Contain(_feedbackId))),
        ["AnswerFeedback"] = new(Target.Feedback, true,
            () => Task.FromResult<Parameter[]>([("FeedbackId", _feedbackId), ("Answer", $"Réponse de la matrice {Guid.NewGuid():N}")]),
            (result, parameters) => Assert.That(_host.Text("SELECT answer FROM feedback WHERE id = @id", ("@id", _feedbackId)),
                Is.EqualTo(Of(parameters, "Answer")).And.EqualTo(Value(result, "Answer")))),
        ["DisableAgent"] = new(Target.Commune, true, async () =>
            {
                var agent = await _calls.SucceedAsync("CreateAgent", ("SessionToken", _admin), ("CommuneCode", Requests.Commune),
                    ("Email", $"matrice.{Guid.NewGuid().ToString("N")[..8]}@orleans.test"), ("DisplayName", "Agent à désactiver"), ("Role", "Agent"),
                    ("Password", "matrice des droits 2026"));
                return [("AgentId", Value(agent, "Id"))];
            },
            (_, parameters) => Assert.That(_host.Text("SELECT disabled_at FROM agents WHERE id = @id", ("@id", Of(parameters, "AgentId"))), Is.Not.Null)),

        ["RegisterVendorClient"] = new(Target.Commune, true, Just(("Name", "Logiciel de la matrice"), ("Scope", Codes("etat-civil"))),
            (result, _) => Assert.That(_host.Text("SELECT secret_hash FROM vendor_clients WHERE id = @id", ("@id", Value(result, "ClientId"))),
                Is.EqualTo(AccountTokens.HashOf(Value(result, "Secret"))))),
        ["ListVendorClients"] = new(Target.Commune, false, async () => { await VendorClient()(); return []; },
            (result, _) => Assert.That(result.Elements(A + "Client").Select(c => Value(c, "ClientId")), Does.Contain(_lastVendorClient))),
        ["RotateVendorSecret"] = new(Target.Commune, true, VendorClient(),
            (result, parameters) => Assert.That(_host.Text("SELECT secret_hash FROM vendor_clients WHERE id = @id", ("@id", Of(parameters, "ClientId"))),
                Is.EqualTo(AccountTokens.HashOf(Value(result, "Secret"))))),
        ["RevokeVendorClient"] = new(Target.Commune, true, VendorClient(),
            (_, parameters) => Assert.That(_host.Text("SELECT revoked_at FROM vendor_clients WHERE id = @id", ("@id", Of(parameters, "ClientId"))), Is.Not.Null)),
        ["ListWebhookDeliveries"] = new(Target.Commune, false, VendorClient(),
            (result, parameters) => Assert.That(Value(result, "ClientId"), Is.EqualTo(Of(parameters, "ClientId")))),

        ["GetCommuneSettings"] = new(Target.Commune, false, async () =>
            {
                await _calls.SucceedAsync("SetDelaysPublic", ("SessionToken", _admin), ("CommuneCode", Requests.Commune), ("Public", true));
                return [];
            },
            (result, _) => Assert.That((Value(result, "CommuneCode"), Value(result, "DelaysPublic")), Is.EqualTo((Requests.Commune, "true")))),
        // A new certificate for each cell, so that an accepted call shows in the communes' rows.
        ["SetCommuneCertificate"] = new(Target.Commune, true,
            () => Task.FromResult<Parameter[]>([("Certificate", Convert.ToBase64String(HostedForms.TestCertificates.Pem(HostedForms.TestCertificates.Commune("Orléans")))),
                ("DossierEmail", "dossiers@orleans.test")]),
            (result, _) =>
            {
                Assert.That(Value(result, "DossierEmail"), Is.EqualTo("dossiers@orleans.test"));
                Assert.That(_host.Text("SELECT dossier_email FROM communes WHERE code = @c", ("@c", Requests.Commune)), Is.EqualTo("dossiers@orleans.test"));
            }),
        ["SetDelaysPublic"] = new(Target.Commune, true, async () =>
            {
                await _calls.SucceedAsync("SetDelaysPublic", ("SessionToken", _admin), ("CommuneCode", Requests.Commune), ("Public", true));
                return [("Public", false)];
            },
            (result, _) =>
            {
                Assert.That(Value(result, "DelaysPublic"), Is.EqualTo("false"));
                Assert.That(_host.Scalar("SELECT delays_public FROM communes WHERE code = @c", ("@c", Requests.Commune)), Is.EqualTo(0));
            }),
    };

    /// <summary>A call: the session (when there is one), then the commune and the procedure when the operation names them, then its own parameters.</summary>
    private static Parameter[] Call(Target target, string? token, Parameter[] own, string commune = Requests.Commune, string procedure = Code) => target switch
    {
        Target.Session => [("SessionToken", token), .. own],
        Target.Commune => [("SessionToken", token), ("CommuneCode", commune), .. own],
        Target.Feedback => [("SessionToken", token), .. own],
        _ => [("SessionToken", token), ("CommuneCode", commune), ("ProcedureCode", procedure), .. own],
    };

    /// <summary>The same call on what does not exist: a procedure of the catalogue's theme that the catalogue lacks, a commune the platform lacks.</summary>
    private static IEnumerable<(string What, Parameter[] Parameters)> OnNothing(Target target, string? token, Parameter[] own)
    {
        if (target == Target.Feedback)
        {
            yield return ("an unknown feedback id", Call(target, token, [.. own.Select(p => p.Name == "FeedbackId" ? (p.Name, (object?)AccountTokens.NewId()) : p)]));
            yield break;
        }
        if (target == Target.Procedure) yield return ("an unknown procedure", Call(target, token, own, procedure: "etat-civil.acte-inexistant"));
        yield return ("an unknown commune", Call(target, token, own, commune: "99999"));
    }

    // ------------------------------------------------------------------ the world the matrix runs in

    [OneTimeSetUp]
    public async Task Start_a_host_with_another_commune_and_its_administrator_and_a_citizen()
    {
        _host = HostProcess.Start();
        _calls = new AdministrationCalls(_host);
        _admin = await _calls.LoginAsync(Administrator);
        await new CommuneStore(_host.Store).SaveAsync(
            new Commune(Bourges, "Bourges", CommuneProfile.BackOffice, "#224466", "#664422", null, "https://www.example.org/bourges", "Europe/Paris"));
        await _calls.SucceedAsync("CreateAgent", ("SessionToken", await _calls.LoginAsync(Operator)), ("CommuneCode", Bourges),
            ("Email", BourgesAdministrator), ("DisplayName", "Administratrice de Bourges"), ("Role", "Administrator"), ("Password", BourgesPassword));
        (_, _citizenSession) = await new AccountCalls(_host).NewCitizenAsync();
        var report = await new WebServicesCitoyens.Feedback.PublicReports(new WebServicesCitoyens.Feedback.FeedbackStore(_host.Store),
                new CommuneStore(_host.Store), Definitions.Catalogue, TimeProvider.System)
            .ReportAsync("MissingProcedure", Requests.Commune, null, "La démarche de la matrice manque.");
        _feedbackId = report.Id;
        foreach (var caller in new[] { Caller.OtherTheme, Caller.CommuneAgent, Caller.OtherCommune, Caller.Operator })
            Sessions[caller] = await LoginAsync(caller);
        Sessions[Caller.Administrator] = _admin;
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    private static Task<string> LoginAsync(Caller caller) => caller switch
    {
        Caller.OtherTheme => _calls.LoginAsync(RoadsAgent),
        Caller.CommuneAgent => _calls.LoginAsync(CivilStatusAgent),
        Caller.OtherCommune => _calls.LoginAsync(BourgesAdministrator, BourgesPassword),
        Caller.Administrator => _calls.LoginAsync(Administrator),
        Caller.Operator => _calls.LoginAsync(Operator),
        _ => throw new ArgumentException(caller.ToString()),
    };

    /// <summary>The caller's token: a session opened for the cell when it logs out, else the one of the run.</summary>
    private static async Task<string?> TokenOf(Caller caller, bool ownSession) => caller switch
    {
        Caller.NoSession => null,
        Caller.InvalidSession => AccountTokens.New(),
        Caller.Citizen => _citizenSession,
        _ => ownSession ? await LoginAsync(caller) : Sessions[caller],
    };

    private static string? Draft() => AdminPagesHost.Draft(Code, _host);

    private static string Versions() => AdminPagesHost.Versions(Code, _host);

    /// <summary>
    /// What an administration call could change, on the whole platform: every commune's versions of every
    /// procedure, the agents (with their passwords and whether disabled), the profiles and their members,
    /// the communes and what they offer.
    /// </summary>
    private static string Snapshot() => string.Join("--\n", new[]
    {
        "SELECT * FROM procedure_configurations ORDER BY commune_code, procedure_code, version",
        "SELECT * FROM agents ORDER BY id",
        "SELECT * FROM agent_profiles ORDER BY commune_code, code",
        "SELECT * FROM agent_profile_members ORDER BY agent_id, profile_code",
        "SELECT * FROM communes ORDER BY code",
        "SELECT * FROM commune_procedures ORDER BY 1, 2",
        "SELECT * FROM feedback ORDER BY id",
        "SELECT * FROM vendor_clients ORDER BY id",
    }.Select(sql => _host.Rows(sql)));

    // ------------------------------------------------------------------ one cell

    [TestCaseSource(nameof(Cells))]
    public async Task Each_operation_answers_each_caller_as_the_matrix_says(string operation, Caller caller, Expect expected)
    {
        var call = Operations[operation];
        await _calls.DiscardDraftAsync(_admin, Code);
        var own = await call.Prepare();
        var token = await TokenOf(caller, ownSession: operation == "Logout");
        var before = Snapshot();

        var (status, result, fields, fault) = await _calls.CallAsync(operation, Call(call.Target, token, own));

        void Unchanged() => Assert.That(Snapshot(), Is.EqualTo(before), "the configuration or the people changed");
        switch (expected)
        {
            case Expect.SessionMissing:
                Assert.That((fields, fault), Is.EqualTo((new[] { "SessionToken" }, ValidationTexts.Missing(AccountTexts.SessionLabel, "SessionToken"))));
                Unchanged();
                break;
            case Expect.SessionRefused:
                Assert.That((fields, fault), Is.EqualTo((new[] { "SessionToken" }, AccountTexts.SessionInvalid)));
                Unchanged();
                break;
            case Expect.Ok:
                Assert.That(result, Is.Not.Null, $"refused: [{string.Join(", ", fields)}] {fault}");
                call.Accepted(result!, own);
                if (call.Changes) Assert.That(Snapshot(), Is.Not.EqualTo(before), "nothing changed");
                else Unchanged();
                break;
            case Expect.LikeUnknown:
                Assert.That((status, result), Is.EqualTo((500, (XElement?)null)), "answered");
                Assert.That(fields, Is.EqualTo(new[] { call.Target switch { Target.Procedure => "ProcedureCode", Target.Feedback => "FeedbackId", _ => "CommuneCode" } }));
                foreach (var (what, parameters) in OnNothing(call.Target, token, own))
                {
                    var (_, _, nothingFields, nothingFault) = await _calls.CallAsync(operation, parameters);
                    Assert.That((fields, fault), Is.EqualTo((nothingFields, nothingFault)), $"not the answer to {what}");
                }
                Unchanged();
                break;
            case Expect.LoggedOut:
                Assert.That(result, Is.Not.Null, $"refused: [{string.Join(", ", fields)}] {fault}");
                var after = await _calls.CallAsync("ListProfiles", ("SessionToken", token), ("CommuneCode", Requests.Commune));
                Assert.That((after.FaultFields, after.Fault), Is.EqualTo((new[] { "SessionToken" }, AccountTexts.SessionInvalid)));
                Unchanged();
                break;
            case Expect.NothingToClose:
                Assert.That(result, Is.Not.Null, $"refused: [{string.Join(", ", fields)}] {fault}");
                if (caller == Caller.Citizen)
                    await new AccountCalls(_host).SucceedAsync("GetDashboard", ("SessionToken", token!));
                Unchanged();
                break;
            default:
                Assert.Fail($"No check for {expected}.");
                break;
        }
    }
}
