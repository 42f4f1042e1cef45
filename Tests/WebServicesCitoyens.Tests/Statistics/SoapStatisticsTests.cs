using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Tests.Accounts;
using WebServicesCitoyens.Tests.BackOffice;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>
/// BackOffice.svc's GetStatistics over plain SOAP, on the shared host: every answer valid against
/// Wsdl/BackOffice.xsd (<see cref="BackOfficeCalls.CallAsync"/> checks it), a bad period refused with a
/// fault naming FromMonth or ToMonth, no session refused, and what each caller may see: the procedures of
/// their remit, their own line of delays per agent (every agent's for an administrator), nothing for the
/// operator, a citizen's session refused, and never another commune's figures.
/// </summary>
public sealed class SoapStatisticsTests
{
    private static string ThisMonth => DateTime.UtcNow.ToString("yyyy-MM");

    /// <summary>GetStatistics of the last twelve months (or the period given) for a session.</summary>
    internal static Task<XElement> StatisticsAsync(string token, string? from = null, string? to = null) =>
        SucceedAsync("GetStatistics", Session(token), from is null ? null : E("FromMonth", from), to is null ? null : E("ToMonth", to));

    internal static long Filed(XElement report, string list, string code) =>
        report.Items(list).Where(l => l.Value("Code") == code).Select(l => long.Parse(l.Value("Filed"))).SingleOrDefault();

    private static IReadOnlyList<string> Codes(XElement report, string list) => report.Items(list).Select(l => l.Value("Code")).ToList();

    /// <summary>A birth certificate filed over SOAP and closed by the agent of this session.</summary>
    internal static async Task<string> ClosedDossierAsync(string token)
    {
        var number = await BackOfficeWorld.NewDossierAsync();
        await SucceedAsync("Close", Session(token), Number(number));
        return number;
    }

    [Test]
    public async Task A_birth_certificate_filed_and_closed_is_counted_for_its_procedure_theme_channel_and_month_and_has_a_delay()
    {
        var token = await TokenOfAsync(EtatCivil);
        var before = await StatisticsAsync(token);

        await ClosedDossierAsync(token);
        var after = await StatisticsAsync(token);

        Assert.That((after.Value("CommuneCode"), after.Value("ToMonth")), Is.EqualTo((Requests.Commune, ThisMonth)));
        Assert.That(after.Value("FromMonth"), Is.EqualTo(DateTime.UtcNow.AddMonths(-11).ToString("yyyy-MM")), "the last twelve months by default");
        Assert.That(Filed(after, "Procedures", Requests.BirthCertificate), Is.EqualTo(Filed(before, "Procedures", Requests.BirthCertificate) + 1));
        Assert.That(Filed(after, "Themes", "etat-civil"), Is.EqualTo(Filed(before, "Themes", "etat-civil") + 1));
        Assert.That(Filed(after, "Channels", "Soap"), Is.EqualTo(Filed(before, "Channels", "Soap") + 1));
        Assert.That(after.Items("Months").Single(l => l.Value("Period") == ThisMonth).Value("Closed"),
            Is.EqualTo((long.Parse(before.Items("Months").SingleOrDefault(l => l.Value("Period") == ThisMonth)?.Value("Closed") ?? "0") + 1).ToString()));
        var delays = after.Items("DelaysByProcedure").Single(l => l.Value("Code") == Requests.BirthCertificate);
        Assert.That(long.Parse(delays.Value("Dossiers")), Is.GreaterThan(0));
        Assert.That(long.Parse(delays.Value("Percentile90Seconds")), Is.GreaterThanOrEqualTo(long.Parse(delays.Value("MedianSeconds"))));
    }

    [TestCase("2026-13", null, "FromMonth")]
    [TestCase("novembre", null, "FromMonth")]
    [TestCase(null, "2026-00", "ToMonth")]
    [TestCase("2026-05", "2026-04", "ToMonth")]
    [TestCase("2020-01", "2026-01", "FromMonth")]
    public async Task A_bad_period_is_a_fault_naming_its_month(string? from, string? to, string field)
    {
        var answer = await RefusedAsync("GetStatistics", Session(await TokenOfAsync(EtatCivil)),
            from is null ? null : E("FromMonth", from), to is null ? null : E("ToMonth", to));

        Assert.That(answer.FaultFields, Is.EqualTo(new[] { field }), answer.Fault);
        Assert.That(answer.Fault, Is.AnyOf(StatisticsTexts.MonthFormat, StatisticsTexts.MonthsInOrder, StatisticsTexts.PeriodTooLong(36))
            .Or.Contains(field), "said in French");
    }

    [Test]
    public async Task Without_a_session_or_with_a_citizens_session_the_answer_is_a_fault_on_SessionToken()
    {
        var (_, citizen) = await new AccountCalls(SharedHost.Host).NewCitizenAsync();

        var missing = await RefusedAsync("GetStatistics");
        var refused = await RefusedAsync("GetStatistics", Session(citizen));

        Assert.That((missing.FaultFields, missing.Fault), Is.EqualTo((new[] { "SessionToken" }, ValidationTexts.Missing(AccountTexts.SessionLabel, "SessionToken"))));
        Assert.That((refused.FaultFields, refused.Fault), Is.EqualTo((new[] { "SessionToken" }, AccountTexts.SessionInvalid)));
    }

    [Test]
    public async Task Each_agent_sees_the_procedures_of_their_remit_and_the_operator_nothing()
    {
        await BackOfficeWorld.NewDossierAsync();
        await BackOfficeWorld.NewDossierAsync(Requests.RoadIncident);

        var civil = await StatisticsAsync(await TokenOfAsync(EtatCivil));
        var roads = await StatisticsAsync(await TokenOfAsync(Voirie));
        var admin = await StatisticsAsync(await TokenOfAsync(Admin));
        var operatorReport = await StatisticsAsync(await TokenOfAsync(Operator));

        Assert.That(Codes(civil, "Procedures"), Does.Contain(Requests.BirthCertificate).And.Not.Contain(Requests.RoadIncident));
        Assert.That(Codes(civil, "Themes"), Is.EqualTo(new[] { "etat-civil" }));
        Assert.That(Codes(roads, "Procedures"), Does.Contain(Requests.RoadIncident).And.Not.Contain(Requests.BirthCertificate));
        Assert.That(Codes(admin, "Procedures"), Does.Contain(Requests.RoadIncident).And.Contain(Requests.BirthCertificate));
        Assert.That(civil.Items("Pending").Select(l => l.Value("ProcedureCode")), Does.Contain(Requests.BirthCertificate).And.Not.Contain(Requests.RoadIncident));
        Assert.That(operatorReport.Value("CommuneCode"), Is.Empty);
        Assert.That(operatorReport.Elements().Where(e => e.HasElements).SelectMany(e => e.Elements()), Is.Empty, "no line at all for the operator");
    }

    [Test]
    public async Task An_agent_sees_only_their_own_delays_per_agent_and_an_administrator_every_agents()
    {
        var (_, email) = await BackOfficeWorld.NewAgentAsync("Agente « statistiques »", AgentRole.Agent, BackOfficeWorld.CivilStatus);
        var colleague = (await LoginAsync(email, BackOfficeWorld.TestPassword)).Value("SessionToken");
        var own = await TokenOfAsync(EtatCivil);
        await ClosedDossierAsync(colleague);
        await ClosedDossierAsync(own);

        var hers = await StatisticsAsync(colleague);
        var mine = await StatisticsAsync(own);
        var all = await StatisticsAsync(await TokenOfAsync(Admin));

        string[] Agents(XElement report) => report.Items("DelaysByAgent").Select(l => l.Value("Label")).ToArray();
        Assert.That(Agents(hers), Is.EqualTo(new[] { "Agente « statistiques »" }));
        Assert.That(Agents(mine), Has.Length.EqualTo(1).And.Not.Contain("Agente « statistiques »"));
        Assert.That(Agents(all), Does.Contain("Agente « statistiques »").And.Contain(Agents(mine)[0]));
        Assert.That(hers.Items("DelaysByAgent").Single().Value("Code"), Is.Not.EqualTo(mine.Items("DelaysByAgent").Single().Value("Code")));
    }

    [Test]
    public async Task Another_communes_agent_never_sees_the_demo_communes_figures()
    {
        await BackOfficeWorld.EnsureOtherCommuneAsync();
        var angers = (await LoginAsync(BackOfficeWorld.OtherCommuneAgent, BackOfficeWorld.TestPassword)).Value("SessionToken");
        var before = await StatisticsAsync(angers);

        await ClosedDossierAsync(await TokenOfAsync(EtatCivil));
        var after = await StatisticsAsync(angers);

        Assert.That(after.Value("CommuneCode"), Is.EqualTo(BackOfficeWorld.OtherCommune));
        Assert.That(Without(after, "ComputedAt"), Is.EqualTo(Without(before, "ComputedAt")), "a dossier of Orléans changes nothing in Angers' figures");
    }

    /// <summary>The report without one of its elements (when it was computed), to compare two answers.</summary>
    internal static string Without(XElement report, string name)
    {
        var copy = new XElement(report);
        copy.Elements(B + name).Remove();
        return copy.ToString();
    }
}
