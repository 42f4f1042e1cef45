using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>Logging in to the back office and out, a wrong password, and faults that name the field of every parameter.</summary>
public sealed class BackOfficeLoginTests
{
    [Test]
    public async Task An_agent_logs_in_with_the_demo_password_and_the_session_says_who_they_are()
    {
        var session = await LoginAsync(EtatCivil);

        Assert.That(session.Value("SessionToken"), Has.Length.EqualTo(43));
        Assert.That(DateTime.Parse(session.Value("ExpiresAt")).ToUniversalTime(), Is.GreaterThan(DateTime.UtcNow.AddHours(9)));
        var agent = session.Element(B + "Agent")!;
        Assert.That((agent.Value("Name"), agent.Value("Role"), agent.Value("CommuneCode")), Is.EqualTo(("Claire Martin (état civil)", "Agent", Requests.Commune)));
        Assert.That(agent.Items("Profiles").Select(p => p.Value("Code")), Is.EqualTo(new[] { "etat-civil" }));
        var operatorAgent = (await LoginAsync(Operator)).Element(B + "Agent")!;
        Assert.That((operatorAgent.Value("Role"), operatorAgent.Element(B + "CommuneCode")), Is.EqualTo(("Operator", (XElement?)null)));
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_fault_on_the_password()
    {
        var (_, email) = await BackOfficeWorld.NewAgentAsync("Agent au mot de passe oublié", AgentRole.Agent, BackOfficeWorld.CivilStatus);

        var wrong = await RefusedAsync("Login", E("Email", email), E("Password", "pas le bon mot de passe"));
        var unknown = await RefusedAsync("Login", E("Email", "personne@orleans.test"), E("Password", "pas le bon mot de passe"));
        var citizenPassword = await RefusedAsync("Login", E("Email", email), E("Password", Password));

        Assert.That(wrong.FaultFields, Is.EqualTo(new[] { "Password" }));
        Assert.That(wrong.Fault, Is.EqualTo(AccountTexts.LoginFailed));
        Assert.That((unknown.Fault, unknown.FaultFields), Is.EqualTo((wrong.Fault, wrong.FaultFields)));
        Assert.That(citizenPassword.Fault, Is.EqualTo(wrong.Fault));
        Assert.That((await LoginAsync(email, BackOfficeWorld.TestPassword)).Value("SessionToken"), Is.Not.Empty);
    }

    [Test]
    public async Task After_logout_the_session_opens_nothing_and_other_sessions_stay_open()
    {
        var closing = (await LoginAsync(Admin)).Value("SessionToken");
        var other = (await LoginAsync(Admin)).Value("SessionToken");
        await SucceedAsync("ListAgents", Session(closing));

        await SucceedAsync("Logout", Session(closing));

        var refused = await RefusedAsync("ListAgents", Session(closing));
        Assert.That((refused.FaultFields.Single(), refused.Fault), Is.EqualTo(("SessionToken", AccountTexts.SessionInvalid)));
        Assert.That((await SucceedAsync("ListAgents", Session(other))).Elements(B + "Agent"), Is.Not.Empty);
    }

    [Test]
    public async Task ListAgents_gives_the_commune_s_agents_with_their_role_and_profiles_for_assignment()
    {
        var agents = (await SucceedAsync("ListAgents", Session(await TokenOfAsync(EtatCivil)))).Elements(B + "Agent").ToList();

        var voirie = agents.Single(a => a.Value("Name") == "Karim Benali (voirie)");
        Assert.That((voirie.Value("Role"), voirie.Items("Profiles").Single().Value("Label")), Is.EqualTo(("Agent", "Voirie et vie quotidienne")));
        Assert.That(agents.Single(a => a.Value("Name") == "Sophie Lambert (administratrice)").Value("Role"), Is.EqualTo("Administrator"));
        Assert.That(agents.Select(a => a.Value("CommuneCode")).Distinct(), Is.EqualTo(new[] { Requests.Commune }));
        Assert.That(agents.Select(a => a.Value("Role")), Does.Not.Contain("Operator"));
    }

    /// <summary>Every parameter that takes text has a length limit in the published schema (or a closed list of values).</summary>
    [Test]
    public void Every_text_parameter_of_the_published_schema_is_bounded()
    {
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var schema = XDocument.Load(Repository.PathOf("Wsdl", "BackOffice.xsd")).Root!;
        var simpleTypes = schema.Elements(xs + "simpleType").ToDictionary(t => "tns:" + (string)t.Attribute("name")!);
        var complexTypes = schema.Elements(xs + "complexType").ToDictionary(t => "tns:" + (string)t.Attribute("name")!);
        var unbounded = new List<string>();

        void Check(XElement element, string path)
        {
            var type = (string?)element.Attribute("type");
            var restriction = type is null ? element.Element(xs + "simpleType")?.Element(xs + "restriction")
                : simpleTypes.TryGetValue(type, out var simple) ? simple.Element(xs + "restriction") : null;
            if (type is "xs:string" || (restriction is not null && (string?)restriction.Attribute("base") == "xs:string"
                    && restriction.Element(xs + "maxLength") is null && restriction.Element(xs + "enumeration") is null))
                unbounded.Add(path);
            var complex = type is not null && complexTypes.TryGetValue(type, out var named) ? named : element.Element(xs + "complexType");
            foreach (var child in complex?.Descendants(xs + "element") ?? [])
                Check(child, path + "." + (string)child.Attribute("name")!);
        }

        var operations = schema.Elements(xs + "element").Where(e => !((string)e.Attribute("name")!).EndsWith("Response")).ToList();
        foreach (var operation in operations) Check(operation, (string)operation.Attribute("name")!);

        Assert.That(operations, Has.Count.EqualTo(Schemas.BackOfficeContract.Service.Operations.Count));
        Assert.That(unbounded, Is.Empty);
    }

    /// <summary>One value too long (or out of its bounds) for each parameter: the fault names that parameter, as the guard checks the published XSD.</summary>
    [TestCase("AddNote", "Text")]
    [TestCase("SendMessage", "Text")]
    [TestCase("RequestCorrection", "Text")]
    [TestCase("Reject", "Reason")]
    [TestCase("Reject", "ExitStep")]
    [TestCase("PerformAction", "ActionCode")]
    [TestCase("PerformAction", "ExpectedStep")]
    [TestCase("GetDossier", "DossierNumber")]
    [TestCase("GetGeneratedDocument", "DocumentId")]
    [TestCase("TakeOver", "ColleagueId")]
    [TestCase("Assign", "AgentId")]
    [TestCase("Login", "Email")]
    [TestCase("Login", "Password")]
    [TestCase("Logout", "SessionToken")]
    [TestCase("ListDossiers", "Filter.ProcedureCode")]
    [TestCase("ListDossiers", "Filter.StepCode")]
    [TestCase("ListDossiers", "Filter.PageSize")]
    [TestCase("FileOnBehalf", "ProcedureCode")]
    public async Task A_value_beyond_its_limit_is_refused_with_a_fault_naming_the_parameter(string operation, string parameter)
    {
        var token = await TokenOfAsync(EtatCivil);
        var tooLong = parameter switch
        {
            "Text" or "Reason" => new string('a', 4001),
            "ActionCode" or "ExpectedStep" or "ExitStep" or "Filter.StepCode" => new string('A', 81),
            "Email" => new string('a', 250) + "@example.org",
            "Filter.PageSize" => "101",
            "Filter.ProcedureCode" or "ProcedureCode" => "etat-civil." + new string('a', 100),
            _ => new string('a', 129),
        };
        XElement Value(string name, string valid) => E(name, parameter == name || parameter == "Filter." + name ? tooLong : valid);
        var number = Value("DossierNumber", "AAA-AAA-AAA");
        var session = Value("SessionToken", token);
        object?[] parameters = operation switch
        {
            "Login" => [Value("Email", EtatCivil), Value("Password", Password)],
            "Logout" or "ListAgents" => [session],
            "ListDossiers" => [session, E("Filter", Value("ProcedureCode", Requests.BirthCertificate), Value("StepCode", "ENREGISTREE"), Value("PageSize", "10"))],
            "GetDossier" => [session, number],
            "PerformAction" => [session, number, Value("ActionCode", "PRENDRE_EN_CHARGE"), Value("ExpectedStep", "ENREGISTREE")],
            "Reject" => [session, number, Value("ExitStep", "REJETEE"), Value("Reason", "motif")],
            "AddNote" or "SendMessage" or "RequestCorrection" => [session, number, Value("Text", "texte")],
            "GetGeneratedDocument" => [session, number, Value("DocumentId", "0123")],
            "TakeOver" => [session, Value("ColleagueId", "0123")],
            "Assign" => [session, Selection("AAA-AAA-AAA"), Value("AgentId", "0123")],
            "FileOnBehalf" => [session, Value("ProcedureCode", Requests.BirthCertificate), E("Channel", "Counter"), E("Request")],
            _ => throw new ArgumentException(operation),
        };

        var refused = await RefusedAsync(operation, parameters);

        Assert.That(refused.FaultFields, Is.EqualTo(new[] { parameter }), refused.Fault);
        Assert.That(refused.Fault, Does.Contain($"({parameter})"));
    }

    [Test]
    public async Task A_selection_of_more_than_100_dossiers_and_an_unknown_enumeration_value_are_refused_naming_the_field()
    {
        var token = await TokenOfAsync(EtatCivil);

        var tooMany = await RefusedAsync("PerformOnEach", Session(token), Selection(Enumerable.Range(0, 101).Select(_ => "AAA-AAA-AAA").ToArray()),
            E("ActionCode", "PRENDRE_EN_CHARGE"));
        var channel = await RefusedAsync("FileOnBehalf", Session(token), E("ProcedureCode", Requests.BirthCertificate), E("Channel", "Courrier"), E("Request"));
        var state = await RefusedAsync("ListDossiers", Session(token), E("Filter", E("State", "Archived")));

        Assert.That(tooMany.FaultFields, Is.EqualTo(new[] { "DossierNumbers.DossierNumber" }), tooMany.Fault);
        Assert.That(channel.FaultFields, Is.EqualTo(new[] { "Channel" }));
        Assert.That(channel.Fault, Does.Contain("Counter, Phone"));
        Assert.That(state.FaultFields, Is.EqualTo(new[] { "Filter.State" }));
    }
}
