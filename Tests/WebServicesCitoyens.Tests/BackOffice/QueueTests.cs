using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// The queue (ListDossiers): a citizen's dossier shows in it; filters by procedure, step, age, overdue,
/// assignment; sorting and paging with the right total. The dossiers of a test are assigned to an agent
/// of its own, so that « assigned to me » isolates them from every other test's.
/// </summary>
public sealed class QueueTests
{
    private static XElement F(string name, object value) => E(name, value);

    [Test]
    public async Task A_birth_certificate_filed_by_a_citizen_is_in_the_civil_status_queue_with_its_applicant_and_step()
    {
        var number = await BackOfficeWorld.NewDossierAsync();
        var token = await TokenOfAsync(EtatCivil);

        var queue = await QueueAsync(token, F("ProcedureCode", Requests.BirthCertificate), F("Sort", "Submitted"), F("Descending", "true"), F("PageSize", "10"));

        var entry = queue.Elements(B + "Entry").Single(e => e.Value("DossierNumber") == number);
        Assert.That((entry.Value("Applicant"), entry.Value("StepCode"), entry.Value("StepLabel")),
            Is.EqualTo(("Anne Lefèvre", "ENREGISTREE", "Demande enregistrée")));
        Assert.That((entry.Value("State"), entry.Value("Overdue"), entry.Value("IsTest"), entry.Value("Channel")), Is.EqualTo(("Open", "false", "false", "Soap")));
        Assert.That(entry.Element(B + "AssignedAgentId"), Is.Null);
        Assert.That(Numbers(await QueueAsync(await TokenOfAsync(Voirie), F("ProcedureCode", Requests.BirthCertificate))), Is.Empty);
    }

    [Test]
    public async Task The_total_counts_every_dossier_to_process_in_the_agent_s_remit_and_only_those()
    {
        await BackOfficeWorld.NewDossierAsync();
        await BackOfficeWorld.NewDossierAsync(Requests.RoadIncident);

        var civilStatus = await QueueAsync(await TokenOfAsync(EtatCivil), F("PageSize", "1"));
        var roads = await QueueAsync(await TokenOfAsync(Voirie), F("PageSize", "1"));
        var all = await QueueAsync(await TokenOfAsync(Admin), F("PageSize", "1"));

        long Count(string themeFilter) => SharedHost.Host.Scalar(
            $"SELECT COUNT(*) FROM dossiers WHERE commune_code = '45234' AND state <> 'Closed' AND is_test = 0 AND {themeFilter}");
        Assert.That(long.Parse(civilStatus.Value("Total")), Is.EqualTo(Count("procedure_code LIKE 'etat-civil.%'")).And.GreaterThan(0));
        Assert.That(long.Parse(roads.Value("Total")), Is.EqualTo(Count("procedure_code LIKE 'vie-quotidienne.%'")).And.GreaterThan(0));
        Assert.That(long.Parse(all.Value("Total")), Is.EqualTo(Count("1 = 1")));
        Assert.That(civilStatus.Elements(B + "Entry").Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Filters_sorting_and_paging_give_exactly_the_expected_dossiers_and_total()
    {
        var (me, email) = await BackOfficeWorld.NewAgentAsync("Agent de la file", AgentRole.Agent, BackOfficeWorld.CivilStatus, BackOfficeWorld.Roads);
        var token = (await LoginAsync(email, BackOfficeWorld.TestPassword)).Value("SessionToken");
        var births = new List<string>();
        for (var i = 0; i < 5; i++) births.Add(await BackOfficeWorld.NewDossierAsync());
        var incident = await BackOfficeWorld.NewDossierAsync(Requests.RoadIncident);
        var assigned = await SucceedAsync("Assign", Session(token), Selection([.. births, incident]), E("AgentId", me));
        Assert.That(assigned.Elements(B + "Outcome").Select(o => o.Value("Done")), Is.All.EqualTo("true"));

        var mine = await QueueAsync(token, F("AssignedToMe", "true"));
        Assert.That(Numbers(mine), Is.EquivalentTo(births.Append(incident)));
        Assert.That(mine.Value("Total"), Is.EqualTo("6"));
        Assert.That(mine.Elements(B + "Entry").Select(e => e.Value("AssignedAgentName")).Distinct(), Is.EqualTo(new[] { "Agent de la file" }));

        // By procedure.
        Assert.That(Numbers(await QueueAsync(token, F("ProcedureCode", Requests.RoadIncident), F("AssignedToMe", "true"))), Is.EqualTo(new[] { incident }));

        // Sorted by number, two a page: three pages of the five births, the same total on each, nothing after.
        var sorted = births.Order(StringComparer.Ordinal).ToList();
        var pages = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            var result = await QueueAsync(token, F("ProcedureCode", Requests.BirthCertificate), F("AssignedToMe", "true"), F("Sort", "Number"),
                F("Page", page), F("PageSize", "2"));
            Assert.That((result.Value("Total"), result.Value("Page"), result.Value("PageSize")), Is.EqualTo(("5", page.ToString(), "2")));
            Assert.That(Numbers(result), Has.Count.EqualTo(page < 3 ? 2 : page == 3 ? 1 : 0));
            pages.AddRange(Numbers(result));
        }
        Assert.That(pages, Is.EqualTo(sorted));
        var descending = await QueueAsync(token, F("ProcedureCode", Requests.BirthCertificate), F("AssignedToMe", "true"), F("Sort", "Number"),
            F("Descending", "true"), F("PageSize", "5"));
        Assert.That(Numbers(descending), Is.EqualTo(sorted.AsEnumerable().Reverse()));

        // By step: two taken in charge at once.
        var taken = await SucceedAsync("PerformOnEach", Session(token), Selection(births[0], births[1]), E("ActionCode", "PRENDRE_EN_CHARGE"));
        Assert.That(taken.Elements(B + "Outcome").Select(o => o.Value("Done")), Is.EqualTo(new[] { "true", "true" }));
        Assert.That(Numbers(await QueueAsync(token, F("StepCode", "PRISE_EN_CHARGE"), F("AssignedToMe", "true"))), Is.EquivalentTo(births.Take(2)));
        Assert.That(Numbers(await QueueAsync(token, F("StepCode", "ENREGISTREE"), F("AssignedToMe", "true"))), Is.EquivalentTo(births.Skip(2)));

        // Overdue: the birth certificate announces 10 days; one filed 11 days ago is late, and older than 10 days.
        await BackOfficeWorld.AgeAsync(births[4], days: 11);
        var overdue = await QueueAsync(token, F("OverdueOnly", "true"), F("AssignedToMe", "true"));
        Assert.That(Numbers(overdue), Is.EqualTo(new[] { births[4] }));
        Assert.That(overdue.Elements(B + "Entry").Single().Value("Overdue"), Is.EqualTo("true"));
        Assert.That(Numbers(await QueueAsync(token, F("OlderThanDays", "10"), F("AssignedToMe", "true"))), Is.EqualTo(new[] { births[4] }));
        Assert.That((await DossierAsync(token, births[4])).Value("Overdue"), Is.EqualTo("true"));
        Assert.That((await DossierAsync(token, births[3])).Value("Overdue"), Is.EqualTo("false"));
    }

    [Test]
    public async Task Unassigned_only_lists_the_common_queue_and_a_dossier_put_back_returns_to_it()
    {
        var token = await TokenOfAsync(EtatCivil);
        var me = await AgentIdOfAsync(EtatCivil);
        var number = await BackOfficeWorld.NewDossierAsync();
        XElement[] Unassigned() => [F("ProcedureCode", Requests.BirthCertificate), F("UnassignedOnly", "true"), F("Sort", "Submitted"), F("Descending", "true"), F("PageSize", "100")];

        Assert.That(Numbers(await QueueAsync(token, Unassigned())), Does.Contain(number));
        await SucceedAsync("Assign", Session(token), Selection(number), E("AgentId", me));
        Assert.That(Numbers(await QueueAsync(token, Unassigned())), Does.Not.Contain(number));
        Assert.That((await DossierAsync(token, number)).Value("AssignedAgentName"), Is.EqualTo("Claire Martin (état civil)"));

        await SucceedAsync("Assign", Session(token), Selection(number));

        Assert.That(Numbers(await QueueAsync(token, Unassigned())), Does.Contain(number));
        Assert.That((await DossierAsync(token, number)).Element(B + "AssignedAgentId"), Is.Null);
    }

    [Test]
    public async Task The_state_filter_lists_closed_dossiers_which_the_default_queue_leaves_out()
    {
        var token = await TokenOfAsync(Admin);
        var number = await BackOfficeWorld.NewDossierAsync();
        await SucceedAsync("Close", Session(token), Number(number));
        XElement[] Recent(params XElement[] more) => [F("ProcedureCode", Requests.BirthCertificate), .. more, F("Sort", "Updated"), F("Descending", "true"), F("PageSize", "20")];

        Assert.That(Numbers(await QueueAsync(token, Recent())), Does.Not.Contain(number));
        var closed = await QueueAsync(token, Recent(F("State", "Closed")));
        Assert.That(Numbers(closed), Does.Contain(number));
        Assert.That(closed.Elements(B + "Entry").Select(e => e.Value("State")).Distinct(), Is.EqualTo(new[] { "Closed" }));
    }

    [Test]
    public async Task Past_the_count_limit_the_total_stops_there_says_more_and_a_narrower_filter_counts_exactly()
    {
        // A host of its own whose queue counts up to 3 (BackOffice:QueueCountLimit; 10,000 by default).
        using var host = HostProcess.Start(new Dictionary<string, string> { ["BackOffice__QueueCountLimit"] = "3" });
        for (var i = 0; i < 4; i++) await Requests.SubmitAsync(host, Requests.BirthCertificate, Requests.BirthCertificateRequest());
        for (var i = 0; i < 3; i++) await Requests.SubmitAsync(host, Requests.RoadIncident, Requests.RoadIncidentRequest());
        var login = await CallOnAsync(host, "Login", E("Email", Admin), E("Password", Password));
        Assert.That(login.Succeeded, Is.True, login.ToString());
        var token = login.Result!.Value("SessionToken");
        async Task<XElement> Queue(params XElement[] filter)
        {
            var answer = await CallOnAsync(host, "ListDossiers", Session(token), filter.Length == 0 ? null : E("Filter", filter));
            Assert.That(answer.Succeeded, Is.True, answer.ToString());
            return answer.Result!;
        }

        var everything = await Queue(F("PageSize", "2"));
        Assert.That((everything.Value("Total"), everything.Value("TotalIsLowerBound")), Is.EqualTo(("3", "true")), "7 dossiers, counted up to 3");
        Assert.That(Numbers(everything), Has.Count.EqualTo(2), "the page itself is not cut");
        var roads = await Queue(F("ProcedureCode", Requests.RoadIncident));
        Assert.That((roads.Value("Total"), roads.Value("TotalIsLowerBound"), Numbers(roads).Count), Is.EqualTo(("3", "false", 3)),
            "exactly the limit is an exact count");
        var births = await Queue(F("ProcedureCode", Requests.BirthCertificate), F("Page", "2"), F("PageSize", "2"));
        Assert.That((births.Value("Total"), births.Value("TotalIsLowerBound"), Numbers(births).Count), Is.EqualTo(("3", "true", 2)),
            "the second page of four births");

        using var browser = await AgentPagesHost.LoggedInAsync(Admin, host);
        var (status, html) = await browser.GetAsync("/gestion/dossiers");
        Assert.That(status, Is.EqualTo(System.Net.HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Plus de 3 dossiers : affinez le filtre pour les compter"));
        // Two a page: the count stops at 3 (two pages' worth), yet the pages past it are reachable and none claims a last page.
        var (_, second) = await browser.GetAsync("/gestion/dossiers?page=2&taille=2");
        Assert.That(second, Does.Contain("Page 2<").And.Not.Contain("Page 2 sur"));
        Assert.That(second, Does.Contain("page=3&taille=2\" rel=\"next\""), "a full page past the counted ones links to the next");
        // Past the last dossier (the 7 filed and the demo commune's own, two a page): an empty page links nowhere further,
        // and back to the last page, not to the last counted one.
        var last = (int)((host.Scalar("SELECT COUNT(*) FROM dossiers WHERE state <> 'Closed' AND is_test = 0") + 1) / 2);
        var (_, beyond) = await browser.GetAsync($"/gestion/dossiers?page={last + 1}&taille=2");
        Assert.That(beyond, Does.Not.Contain("rel=\"next\""), "past the end, no next page");
        Assert.That(beyond, Does.Contain($"page={last}&taille=2\" rel=\"prev\""), "and back to the last page");
    }
}
