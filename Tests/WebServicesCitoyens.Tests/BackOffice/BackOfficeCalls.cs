using System.Collections.Concurrent;
using System.Xml.Linq;
using System.Xml.Schema;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>The answer of a back office call: its result element (or its response when it has none), or the fault's fields and text.</summary>
public sealed record Answer(XElement? Result, IReadOnlyList<string> FaultFields, string Fault)
{
    public bool Succeeded => Result is not null;

    public override string ToString() => Succeeded ? "answered" : $"fault [{string.Join(", ", FaultFields)}] {Fault}";
}

/// <summary>
/// Calls to /services/BackOffice.svc over plain SOAP, as any client writes them: each answer is
/// checked against the published Wsdl/BackOffice.xsd. The demo agents log in once per test run.
/// </summary>
public static class BackOfficeCalls
{
    public static readonly XNamespace B = ContractNamespaces.BackOffice;
    public static readonly XNamespace P = ContractNamespaces.Procedure;

    /// <summary>The demo agents' password (Hosting/DemoAgents.cs), the same for every test host.</summary>
    public const string Password = BackOfficeInProcess.DemoPassword;
    public const string EtatCivil = "etat-civil@orleans.demo";
    public const string Voirie = "voirie@orleans.demo";
    public const string Admin = "admin@orleans.demo";
    public const string Operator = "exploitant@wsc.demo";

    public static string Url => SharedHost.Host.BaseUrl + BackOfficeContract.EndpointPath;

    /// <summary>An element of the back office namespace: a parameter, or a part of one.</summary>
    public static XElement E(string name, params object?[] content) => new(B + name, content);

    public static Task<Answer> CallAsync(string operation, params object?[] parameters) => CallOnAsync(SharedHost.Host, operation, parameters);

    /// <summary>The same, on a host of the test's own.</summary>
    public static async Task<Answer> CallOnAsync(HostProcess host, string operation, params object?[] parameters)
    {
        var (result, fields, fault) = await S.CallCheckedAsync(host.BaseUrl + BackOfficeContract.EndpointPath, BackOfficeContract.Service,
            Schema.Value, new XElement(B + operation, parameters));
        return new Answer(result, fields, fault);
    }

    public static async Task<XElement> SucceedAsync(string operation, params object?[] parameters)
    {
        var answer = await CallAsync(operation, parameters);
        Assert.That(answer.Succeeded, Is.True, $"{operation} refused: {answer}");
        return answer.Result!;
    }

    public static async Task<Answer> RefusedAsync(string operation, params object?[] parameters)
    {
        var answer = await CallAsync(operation, parameters);
        Assert.That(answer.Succeeded, Is.False, $"{operation} answered where a fault was expected:\n{answer.Result}");
        return answer;
    }

    private static readonly ConcurrentDictionary<string, Task<XElement>> Sessions = new();

    /// <summary>The session of an agent, opened once for the test run (LoginResult: SessionToken, ExpiresAt, Agent).</summary>
    public static Task<XElement> SessionOfAsync(string email, string password = Password) =>
        Sessions.GetOrAdd(email, _ => LoginAsync(email, password));

    /// <summary>A session of its own (for a test that closes it).</summary>
    public static Task<XElement> LoginAsync(string email, string password = Password) =>
        SucceedAsync("Login", E("Email", email), E("Password", password));

    public static async Task<string> TokenOfAsync(string email, string password = Password) =>
        (await SessionOfAsync(email, password)).Element(B + "SessionToken")!.Value;

    public static async Task<string> AgentIdOfAsync(string email, string password = Password) =>
        (await SessionOfAsync(email, password)).Element(B + "Agent")!.Element(B + "Id")!.Value;

    public static XElement Session(string token) => E("SessionToken", token);

    public static XElement Number(string number) => E("DossierNumber", number);

    public static XElement Selection(params string[] numbers) => E("DossierNumbers", numbers.Select(Number));

    public static Task<XElement> DossierAsync(string token, string number) => SucceedAsync("GetDossier", Session(token), Number(number));

    public static Task<XElement> PerformAsync(string token, string number, string action, string? expectedStep = null) =>
        SucceedAsync("PerformAction", Session(token), Number(number), E("ActionCode", action), expectedStep is null ? null : E("ExpectedStep", expectedStep));

    /// <summary>The queue with these filter elements (ProcedureCode, StepCode, …, in schema order).</summary>
    public static Task<XElement> QueueAsync(string token, params XElement[] filter) =>
        SucceedAsync("ListDossiers", Session(token), filter.Length == 0 ? null : E("Filter", filter));

    public static IReadOnlyList<string> Numbers(XElement queue) => queue.Elements(B + "Entry").Select(e => e.Element(B + "DossierNumber")!.Value).ToList();

    public static string Value(this XElement element, string child) => element.Element(B + child)?.Value
        ?? throw new AssertionException($"No {child} in {element.Name.LocalName}:\n{element}");

    public static IReadOnlyList<XElement> Items(this XElement element, string list) => element.Element(B + list)?.Elements().ToList() ?? [];

    public static IReadOnlyList<string> ActionCodes(XElement view) => view.Items("Actions").Select(a => a.Value("Code")).ToList();

    /// <summary>The outcome of one dossier of a bulk answer, or null when the answer does not name it.</summary>
    public static XElement? OutcomeOf(XElement bulk, string number) =>
        bulk.Elements(B + "Outcome").SingleOrDefault(o => o.Value("DossierNumber") == number);

    /// <summary>A well-formed dossier number that no dossier has.</summary>
    public static string UnknownNumber() => WebServicesCitoyens.Dossiers.DossierNumber.NewNumber();

    private static readonly Lazy<XmlSchemaSet> Schema = new(() =>
        SchemaValidator.LoadSchema(Repository.PathOf("Wsdl", "BackOffice.xsd"), ContractNamespaces.BackOffice));
}
