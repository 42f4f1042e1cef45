using System.Xml.Linq;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Tests.Accounts;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>Who calls.</summary>
public enum Caller
{
    /// <summary>No SessionToken element at all.</summary>
    NoSession,
    /// <summary>A well-formed token no session has.</summary>
    InvalidSession,
    /// <summary>A live session of the citizen account service.</summary>
    Citizen,
    /// <summary>The demo commune's roads agent, on a birth certificate: another theme.</summary>
    OtherTheme,
    /// <summary>The civil-status agent of Angers, another commune on the platform.</summary>
    OtherCommune,
    /// <summary>The demo commune's civil-status agent.</summary>
    RightAgent,
    /// <summary>The demo commune's administrator.</summary>
    Administrator,
    /// <summary>The platform's operator (no commune, reads no dossier).</summary>
    Operator,
}

/// <summary>What a call gives.</summary>
public enum Expect
{
    /// <summary>A fault: the SessionToken parameter is required.</summary>
    SessionMissing,
    /// <summary>A fault on SessionToken: the session is not valid.</summary>
    SessionRefused,
    /// <summary>The answer; the dossier changed if the operation changes dossiers.</summary>
    Ok,
    /// <summary>Exactly the fault the same call gets for an unknown dossier number; nothing changed.</summary>
    LikeUnknown,
    /// <summary>The queue lists the dossier.</summary>
    Listed,
    /// <summary>The queue answers, without the dossier.</summary>
    NotListed,
    /// <summary>A bulk answer where the dossier is done.</summary>
    Done,
    /// <summary>A bulk answer where the dossier is refused exactly like an unknown number; nothing changed.</summary>
    OutcomeLikeUnknown,
    /// <summary>A take-over that leaves the dossier where it was.</summary>
    NotTaken,
    /// <summary>The demo commune's agents.</summary>
    Colleagues,
    /// <summary>Agents, none of the demo commune.</summary>
    OtherAgents,
    /// <summary>No agent at all.</summary>
    NoAgents,
    /// <summary>A dossier filed in the caller's commune, channel Counter.</summary>
    Filed,
    /// <summary>Exactly the fault an unknown procedure code gets; nothing filed.</summary>
    ProcedureLikeUnknown,
    /// <summary>A fault on the register field: the act is the demo commune's; nothing filed.</summary>
    RegisterElsewhere,
    /// <summary>The session used is closed.</summary>
    LoggedOut,
    /// <summary>The answer, with no back-office session to close (a citizen's session stays open).</summary>
    NothingToClose,
    /// <summary>Exactly the fault an unknown saved-search identifier gets; the search (the civil-status agent's) is still there.</summary>
    SearchLikeUnknown,
    /// <summary>Statistics of the demo commune counting the dossier's procedure.</summary>
    Counted,
    /// <summary>Statistics without the demo commune's birth certificates (another remit, another commune, or none).</summary>
    NotCounted,
    /// <summary>A request to the demo commune filed there, recording the caller's commune as the one that asked.</summary>
    Requested,
    /// <summary>A fault on CommuneCode: one's own commune is asked through FileOnBehalf; nothing filed.</summary>
    OwnCommune,
}

/// <summary>
/// THE RIGHTS MATRIX: every operation of the back office that takes a session, called by every kind of
/// caller, on a birth certificate of the demo commune (the dossier is fresh for each cell but for the
/// document readings, which share one with a document). Each cell checks the answer and, for a refusal,
/// that it is exactly the answer to an unknown dossier number (or procedure code) and that nothing
/// changed — the dossier's row, history, generated documents and mails. Login takes no session: see
/// <see cref="BackOfficeLoginTests"/>.
/// </summary>
public sealed class RightsMatrixTests
{
    private sealed record Row(string Operation,
        Expect NoSession, Expect InvalidSession, Expect Citizen, Expect OtherTheme, Expect OtherCommune, Expect RightAgent, Expect Administrator, Expect Operator)
    {
        public Expect For(Caller caller) => caller switch
        {
            Caller.NoSession => NoSession,
            Caller.InvalidSession => InvalidSession,
            Caller.Citizen => Citizen,
            Caller.OtherTheme => OtherTheme,
            Caller.OtherCommune => OtherCommune,
            Caller.RightAgent => RightAgent,
            Caller.Administrator => Administrator,
            _ => Operator,
        };
    }

    private const Expect Missing = Expect.SessionMissing, Refused = Expect.SessionRefused, Ok = Expect.Ok, Unknown = Expect.LikeUnknown,
        Listed = Expect.Listed, NotListed = Expect.NotListed, Done = Expect.Done, NotDone = Expect.OutcomeLikeUnknown, NotTaken = Expect.NotTaken,
        Colleagues = Expect.Colleagues, Others = Expect.OtherAgents, Nobody = Expect.NoAgents, Filed = Expect.Filed,
        NoProcedure = Expect.ProcedureLikeUnknown, Register = Expect.RegisterElsewhere, Out = Expect.LoggedOut, Nothing = Expect.NothingToClose,
        NoSearch = Expect.SearchLikeUnknown, Counted = Expect.Counted, NotCounted = Expect.NotCounted, Requested = Expect.Requested,
        Own = Expect.OwnCommune;

    private static readonly Row[] Matrix =
    [
        //       operation               no session invalid  citizen  voirie      Angers      état civil  admin       operator
        new("Logout",                    Missing,   Nothing, Nothing, Out,        Out,        Out,        Out,        Out),
        new("ListDossiers",              Missing,   Refused, Refused, NotListed,  NotListed,  Listed,     Listed,     NotListed),
        new("GetDossier",                Missing,   Refused, Refused, Unknown,    Unknown,    Ok,         Ok,         Unknown),
        new("PerformAction",             Missing,   Refused, Refused, Unknown,    Unknown,    Ok,         Ok,         Unknown),
        new("AddNote",                   Missing,   Refused, Refused, Unknown,    Unknown,    Ok,         Ok,         Unknown),
        new("SendMessage",               Missing,   Refused, Refused, Unknown,    Unknown,    Ok,         Ok,         Unknown),
        new("RequestCorrection",         Missing,   Refused, Refused, Unknown,    Unknown,    Ok,         Ok,         Unknown),
        new("Reject",                    Missing,   Refused, Refused, Unknown,    Unknown,    Ok,         Ok,         Unknown),
        new("Close",                     Missing,   Refused, Refused, Unknown,    Unknown,    Ok,         Ok,         Unknown),
        new("Assign",                    Missing,   Refused, Refused, NotDone,    NotDone,    Done,       Done,       NotDone),
        new("TakeOver",                  Missing,   Refused, Refused, NotTaken,   NotTaken,   Done,       Done,       NotTaken),
        new("PerformOnEach",             Missing,   Refused, Refused, NotDone,    NotDone,    Done,       Done,       NotDone),
        new("GetGeneratedDocument",      Missing,   Refused, Refused, Unknown,    Unknown,    Ok,         Ok,         Unknown),
        new("GetCitizenDocument",        Missing,   Refused, Refused, Unknown,    Unknown,    Ok,         Ok,         Unknown),
        new("ListAgents",                Missing,   Refused, Refused, Colleagues, Others,     Colleagues, Colleagues, Nobody),
        new("FileOnBehalf",              Missing,   Refused, Refused, NoProcedure, Register,  Filed,      Filed,      NoProcedure),
        new("SaveSearch",                Missing,   Refused, Refused, Ok,         Ok,         Ok,         Ok,         Ok),
        new("ListSavedSearches",         Missing,   Refused, Refused, Ok,         Ok,         Ok,         Ok,         Ok),
        new("DeleteSavedSearch",         Missing,   Refused, Refused, NoSearch,   NoSearch,   Ok,         NoSearch,   NoSearch),
        new("GetStatistics",             Missing,   Refused, Refused, NotCounted, NotCounted, Counted,    Counted,    NotCounted),
        // Requests between communes: Angers' civil-status agent asks the demo commune, which holds the register.
        new("RequestFromCommune",        Missing,   Refused, Refused, NoProcedure, Requested, Own,        Own,        NoProcedure),
        new("ListCommuneRequests",       Missing,   Refused, Refused, Ok,         Ok,         Ok,         Ok,         Ok),
    ];

    /// <summary>The operations that change the dossier they name when they succeed.</summary>
    private static readonly string[] Changing = ["PerformAction", "AddNote", "SendMessage", "RequestCorrection", "Reject", "Close", "Assign", "TakeOver", "PerformOnEach"];

    public static IEnumerable<TestCaseData> Cells() =>
        from row in Matrix
        from caller in Enum.GetValues<Caller>()
        select new TestCaseData(row.Operation, caller, row.For(caller));

    [Test]
    public void The_matrix_covers_every_operation_of_the_service_but_Login()
    {
        Assert.That(Matrix.Select(r => r.Operation).Append("Login"), Is.EquivalentTo(Schemas.BackOfficeContract.Service.Operations));
    }

    // ------------------------------------------------------------------ the world the matrix runs in

    private static string _citizenSession = "";
    private static string _absentColleague = "";
    private static (string Number, string DocumentId) _generated;
    private static (string Number, string DocumentId) _citizenDocument;
    private static readonly byte[] IdentityDocument = DocumentSamples.Pdf();

    [OneTimeSetUp]
    public async Task Prepare_another_commune_a_citizen_an_absent_colleague_and_dossiers_with_documents()
    {
        await BackOfficeWorld.EnsureOtherCommuneAsync();
        var citizens = new AccountCalls(SharedHost.Host);
        string email;
        (email, _citizenSession) = await citizens.NewCitizenAsync();
        (_absentColleague, _) = await BackOfficeWorld.NewAgentAsync("Collègue absente", AgentRole.Agent, BackOfficeWorld.CivilStatus);

        // A birth certificate signed, which wrote its cover letter.
        var admin = await TokenOfAsync(Admin);
        var signed = await BackOfficeWorld.NewDossierAsync();
        foreach (var action in new[] { "PRENDRE_EN_CHARGE", "DONNEES_VERIFIEES", "DEMANDE_RECEVABLE", "ACTE_TROUVE", "COPIE_REDIGEE", "COPIE_SIGNEE" })
            await PerformAsync(admin, signed, action);
        _generated = (signed, (await DossierAsync(admin, signed)).Items("GeneratedDocuments").Single().Value("Id"));

        // A duplicate family record book, to which the citizen gave their identity document.
        var duplicate = await citizens.OwnDossierAsync(_citizenSession, "etat-civil.duplicata-livret-famille");
        var document = await citizens.UploadedAsync(_citizenSession, "identite.pdf", IdentityDocument);
        await citizens.SucceedAsync("AttachDocument", ("SessionToken", _citizenSession), ("DossierNumber", duplicate),
            ("FieldPath", "pieces.pieceIdentite"), ("DocumentId", document));
        _citizenDocument = (duplicate, document);
        Assert.That(email, Is.Not.Empty);
    }

    private static async Task<string?> TokenOf(Caller caller, bool ownSession)
    {
        async Task<string> Agent(string email, string password = Password) =>
            ownSession ? (await LoginAsync(email, password)).Value("SessionToken") : await TokenOfAsync(email, password);
        return caller switch
        {
            Caller.NoSession => null,
            Caller.InvalidSession => AccountTokens.New(),
            Caller.Citizen => _citizenSession,
            Caller.OtherTheme => await Agent(Voirie),
            Caller.OtherCommune => await Agent(BackOfficeWorld.OtherCommuneAgent, BackOfficeWorld.TestPassword),
            Caller.RightAgent => await Agent(EtatCivil),
            Caller.Administrator => await Agent(Admin),
            _ => await Agent(Operator),
        };
    }

    /// <summary>The dossier a cell works on: one with documents for the readings, else a fresh one (given to the absent colleague for a take-over).</summary>
    private static async Task<string> DossierFor(string operation)
    {
        switch (operation)
        {
            case "GetGeneratedDocument": return _generated.Number;
            case "GetCitizenDocument": return _citizenDocument.Number;
        }
        var number = await BackOfficeWorld.NewDossierAsync();
        if (operation == "TakeOver")
            await SucceedAsync("Assign", Session(await TokenOfAsync(Admin)), Selection(number), E("AgentId", _absentColleague));
        return number;
    }

    /// <summary>A search the civil-status agent saved, fresh for each cell of DeleteSavedSearch.</summary>
    private static string _savedSearch = "";

    private static object?[] Parameters(string operation, string? token, string number, string procedure = Requests.BirthCertificate)
    {
        var session = token is null ? null : Session(token);
        return operation switch
        {
            "Logout" or "ListAgents" or "GetStatistics" or "ListCommuneRequests" => [session],
            "RequestFromCommune" => [session, E("CommuneCode", Requests.Commune), E("ProcedureCode", procedure),
                E("Request", Requests.BirthCertificateRequest().Elements())],
            "ListDossiers" => [session, E("Filter", E("ProcedureCode", Requests.BirthCertificate), E("Sort", "Submitted"), E("Descending", "true"), E("PageSize", "100"))],
            "GetDossier" or "Close" => [session, Number(number)],
            "PerformAction" => [session, Number(number), E("ActionCode", "PRENDRE_EN_CHARGE"), E("ExpectedStep", "ENREGISTREE")],
            "AddNote" => [session, Number(number), E("Text", "Note de la matrice des droits.")],
            "SendMessage" => [session, Number(number), E("Text", "Message de la matrice des droits.")],
            "RequestCorrection" => [session, Number(number), E("Text", "Correction demandée par la matrice des droits.")],
            "Reject" => [session, Number(number), E("Reason", "Rejet de la matrice des droits.")],
            "Assign" => [session, Selection(number)],
            "TakeOver" => [session, E("ColleagueId", _absentColleague)],
            "PerformOnEach" => [session, Selection(number), E("ActionCode", "PRENDRE_EN_CHARGE")],
            "GetGeneratedDocument" => [session, Number(number), E("DocumentId", _generated.DocumentId)],
            "GetCitizenDocument" => [session, Number(number), E("DocumentId", _citizenDocument.DocumentId)],
            "FileOnBehalf" => [session, E("ProcedureCode", procedure), E("Channel", "Counter"), E("Request", Requests.BirthCertificateRequest().Elements())],
            "SaveSearch" => [session, E("Name", "Matrice des droits " + Guid.NewGuid().ToString("N")[..8]), E("Filter", E("ProcedureCode", procedure))],
            "ListSavedSearches" => [session],
            "DeleteSavedSearch" => [session, E("SearchId", _savedSearch)],
            _ => throw new ArgumentException(operation),
        };
    }

    // ------------------------------------------------------------------ one cell

    [TestCaseSource(nameof(Cells))]
    public async Task Each_operation_answers_each_caller_as_the_matrix_says(string operation, Caller caller, Expect expected)
    {
        var number = await DossierFor(operation);
        var token = await TokenOf(caller, ownSession: operation == "Logout");
        if (operation == "DeleteSavedSearch")
            _savedSearch = (await SucceedAsync("SaveSearch", Session(await TokenOfAsync(EtatCivil)), E("Name", "Matrice " + Guid.NewGuid().ToString("N")[..8]),
                E("Filter", E("Keywords", "Lefèvre")))).Value("Id");
        int SavedSearchesOfRightAgent() => (int)SharedHost.Host.Scalar(
            "SELECT COUNT(*) FROM saved_searches WHERE id = @id", ("@id", _savedSearch));
        var before = BackOfficeWorld.Snapshot(number);
        var dossiersBefore = SharedHost.Host.CountDossiers();

        var answer = await CallAsync(operation, Parameters(operation, token, number));

        var unchanged = () => Assert.That(BackOfficeWorld.Snapshot(number), Is.EqualTo(before), "the dossier changed");
        switch (expected)
        {
            case Expect.SessionMissing:
                Assert.That((answer.FaultFields, answer.Fault), Is.EqualTo((new[] { "SessionToken" }, ValidationTexts.Missing(AccountTexts.SessionLabel, "SessionToken"))));
                unchanged();
                break;
            case Expect.SessionRefused:
                Assert.That((answer.FaultFields, answer.Fault), Is.EqualTo((new[] { "SessionToken" }, AccountTexts.SessionInvalid)));
                unchanged();
                break;
            case Expect.Ok:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                if (answer.Result!.Element(B + "DossierNumber") is { } shown) Assert.That(shown.Value, Is.EqualTo(number));
                if (operation == "GetCitizenDocument") Assert.That(answer.Result.Value("Content"), Is.EqualTo(Convert.ToBase64String(IdentityDocument)));
                if (operation == "GetGeneratedDocument") Assert.That(Convert.FromBase64String(answer.Result.Value("Content"))[..5], Is.EqualTo("%PDF-"u8.ToArray()));
                if (operation == "DeleteSavedSearch") Assert.That(SavedSearchesOfRightAgent(), Is.EqualTo(0), "the search is still there");
                if (Changing.Contains(operation)) Assert.That(BackOfficeWorld.Snapshot(number), Is.Not.EqualTo(before), "the dossier did not change");
                else unchanged();
                break;
            case Expect.LikeUnknown:
                var unknown = await CallAsync(operation, Parameters(operation, token, UnknownNumber()));
                Assert.That(answer.Succeeded, Is.False, "answered");
                Assert.That(answer.FaultFields, Is.EqualTo(new[] { "DossierNumber" }));
                Assert.That((answer.FaultFields, answer.Fault), Is.EqualTo((unknown.FaultFields, unknown.Fault)));
                unchanged();
                break;
            case Expect.Listed or Expect.NotListed:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                Assert.That(Numbers(answer.Result!), expected == Expect.Listed ? Does.Contain(number) : Does.Not.Contain(number));
                unchanged();
                break;
            case Expect.Done:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                Assert.That(OutcomeOf(answer.Result!, number)?.Value("Done"), Is.EqualTo("true"));
                Assert.That(BackOfficeWorld.Snapshot(number), Is.Not.EqualTo(before), "the dossier did not change");
                break;
            case Expect.OutcomeLikeUnknown:
                var other = UnknownNumber();
                var unknownOutcome = OutcomeOf((await SucceedAsync(operation, Parameters(operation, token, other))), other)!;
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                var outcome = OutcomeOf(answer.Result!, number)!;
                Assert.That((outcome.Value("Done"), outcome.Value("Reason")), Is.EqualTo(("false", unknownOutcome.Value("Reason"))));
                unchanged();
                break;
            case Expect.NotTaken:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                Assert.That(OutcomeOf(answer.Result!, number), Is.Null);
                unchanged();
                break;
            case Expect.Colleagues or Expect.OtherAgents or Expect.NoAgents:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                var communes = answer.Result!.Elements(B + "Agent").Select(a => a.Value("CommuneCode")).ToList();
                Assert.That(communes, expected switch
                {
                    Expect.Colleagues => Is.Not.Empty.And.All.EqualTo(Requests.Commune),
                    Expect.OtherAgents => Is.Not.Empty.And.None.EqualTo(Requests.Commune),
                    _ => Is.Empty,
                });
                unchanged();
                break;
            case Expect.Filed:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                var filed = answer.Result!.Value("DossierNumber");
                Assert.That(SharedHost.Host.Text("SELECT commune_code || ' ' || channel FROM dossiers WHERE number = @n", ("@n", filed)),
                    Is.EqualTo(Requests.Commune + " Counter"));
                Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(dossiersBefore + 1));
                break;
            case Expect.Requested:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                Assert.That(SharedHost.Host.Text("SELECT commune_code || ' ' || requested_by_commune_code FROM dossiers WHERE number = @n",
                    ("@n", answer.Result!.Value("DossierNumber"))), Is.EqualTo(Requests.Commune + " " + BackOfficeWorld.OtherCommune));
                Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(dossiersBefore + 1));
                break;
            case Expect.OwnCommune:
                Assert.That(answer.FaultFields, Is.EqualTo(new[] { "CommuneCode" }), answer.Fault);
                Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(dossiersBefore));
                break;
            case Expect.ProcedureLikeUnknown:
                var noSuchProcedure = await CallAsync(operation, Parameters(operation, token, number, "etat-civil.acte-inconnu"));
                Assert.That(answer.FaultFields, Is.EqualTo(new[] { "ProcedureCode" }));
                Assert.That((answer.FaultFields, answer.Fault), Is.EqualTo((noSuchProcedure.FaultFields, noSuchProcedure.Fault)));
                Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(dossiersBefore));
                break;
            case Expect.RegisterElsewhere:
                Assert.That(answer.FaultFields, Is.EqualTo(new[] { "titulaire.communeNaissance" }), answer.Fault);
                Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(dossiersBefore));
                break;
            case Expect.LoggedOut:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                var after = await CallAsync("ListAgents", Session(token!));
                Assert.That((after.FaultFields, after.Fault), Is.EqualTo((new[] { "SessionToken" }, AccountTexts.SessionInvalid)));
                unchanged();
                break;
            case Expect.NothingToClose:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                if (caller == Caller.Citizen)
                    await new AccountCalls(SharedHost.Host).SucceedAsync("GetDashboard", ("SessionToken", token!));
                unchanged();
                break;
            case Expect.SearchLikeUnknown:
                var noSuchSearch = await CallAsync(operation, Session(token!), E("SearchId", AccountTokens.NewId()));
                Assert.That(answer.FaultFields, Is.EqualTo(new[] { "SearchId" }));
                Assert.That((answer.FaultFields, answer.Fault), Is.EqualTo((noSuchSearch.FaultFields, noSuchSearch.Fault)));
                Assert.That(SavedSearchesOfRightAgent(), Is.EqualTo(1), "the search was deleted");
                unchanged();
                break;
            case Expect.Counted or Expect.NotCounted:
                Assert.That(answer.Succeeded, Is.True, answer.ToString());
                var birthCertificates = answer.Result!.Items("Procedures").Where(l => l.Value("Code") == Requests.BirthCertificate).ToList();
                var ofTheDemoCommune = answer.Result.Value("CommuneCode") == Requests.Commune;
                if (expected == Expect.Counted)
                {
                    Assert.That(ofTheDemoCommune, Is.True, "the caller's commune");
                    Assert.That(birthCertificates.Sum(l => long.Parse(l.Value("Filed"))), Is.GreaterThan(0), "the dossier is counted");
                }
                else
                    Assert.That(ofTheDemoCommune && birthCertificates.Count > 0, Is.False, "the demo commune's birth certificates are counted");
                unchanged();
                break;
            default:
                Assert.Fail($"No check for {expected}.");
                break;
        }
    }
}
