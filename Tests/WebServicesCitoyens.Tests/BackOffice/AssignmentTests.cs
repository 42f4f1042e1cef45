using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// Assigning dossiers in bulk and taking over an absent colleague's: each dossier answered for on its
/// own, never given to someone who does not handle its procedure, never outside the commune or the remit.
/// </summary>
public sealed class AssignmentTests
{
    [Test]
    public async Task A_selection_is_assigned_to_a_colleague_each_dossier_answered_for_on_its_own()
    {
        var (colleague, email) = await BackOfficeWorld.NewAgentAsync("Collègue de l'état civil", AgentRole.Agent, BackOfficeWorld.CivilStatus);
        var numbers = new[] { await BackOfficeWorld.NewDossierAsync(), await BackOfficeWorld.NewDossierAsync(), await BackOfficeWorld.NewDossierAsync() };
        var unknown = UnknownNumber();
        var roads = await BackOfficeWorld.NewDossierAsync(Requests.RoadIncident);

        var bulk = await SucceedAsync("Assign", Session(await TokenOfAsync(EtatCivil)), Selection([.. numbers, unknown, roads]), E("AgentId", colleague));

        foreach (var number in numbers) Assert.That(OutcomeOf(bulk, number)!.Value("Done"), Is.EqualTo("true"));
        // Outside the caller's remit, the road incident answers like the unknown number.
        Assert.That(OutcomeOf(bulk, unknown)!.Value("Reason"), Is.EqualTo(BackOfficeTexts.DossierNotFound));
        Assert.That((OutcomeOf(bulk, roads)!.Value("Done"), OutcomeOf(bulk, roads)!.Value("Reason")), Is.EqualTo(("false", BackOfficeTexts.DossierNotFound)));
        var theirs = await QueueAsync((await LoginAsync(email, BackOfficeWorld.TestPassword)).Value("SessionToken"), E("AssignedToMe", "true"));
        Assert.That(Numbers(theirs), Is.EquivalentTo(numbers));
        var assigned = (await DossierAsync(await TokenOfAsync(EtatCivil), numbers[0])).Items("History").Single(e => e.Value("Kind") == "Assigned");
        Assert.That((assigned.Value("Actor"), assigned.Value("Detail"), assigned.Value("VisibleToCitizen")),
            Is.EqualTo(("Claire Martin (état civil)", "Collègue de l'état civil", "false")));
    }

    [Test]
    public async Task Nobody_gets_a_dossier_outside_their_remit_nor_an_agent_of_another_commune()
    {
        await BackOfficeWorld.EnsureOtherCommuneAsync();
        var token = await TokenOfAsync(Admin);
        var number = await BackOfficeWorld.NewDossierAsync();
        var before = BackOfficeWorld.Snapshot(number);

        var toRoads = await SucceedAsync("Assign", Session(token), Selection(number), E("AgentId", await AgentIdOfAsync(Voirie)));
        var angersId = await AgentIdOfAsync(BackOfficeWorld.OtherCommuneAgent, BackOfficeWorld.TestPassword);
        var elsewhere = await RefusedAsync("Assign", Session(token), Selection(number), E("AgentId", angersId));
        var nobody = await RefusedAsync("Assign", Session(token), Selection(number), E("AgentId", "0123456789abcdef0123456789abcdef"));

        Assert.That((OutcomeOf(toRoads, number)!.Value("Done"), OutcomeOf(toRoads, number)!.Value("Reason")),
            Is.EqualTo(("false", BackOfficeTexts.AssigneeOutOfRemit("Karim Benali (voirie)"))));
        Assert.That((elsewhere.FaultFields.Single(), elsewhere.Fault), Is.EqualTo(("AgentId", BackOfficeTexts.UnknownAgent)));
        Assert.That((nobody.FaultFields, nobody.Fault), Is.EqualTo((elsewhere.FaultFields, elsewhere.Fault)));
        Assert.That(BackOfficeWorld.Snapshot(number), Is.EqualTo(before));
    }

    [Test]
    public async Task Taking_over_an_absent_colleague_moves_their_open_dossiers_of_the_remit_and_leaves_the_others()
    {
        var (absent, absentEmail) = await BackOfficeWorld.NewAgentAsync("Collègue en congé", AgentRole.Agent, BackOfficeWorld.CivilStatus, BackOfficeWorld.Roads);
        var absentToken = (await LoginAsync(absentEmail, BackOfficeWorld.TestPassword)).Value("SessionToken");
        var births = new[] { await BackOfficeWorld.NewDossierAsync(), await BackOfficeWorld.NewDossierAsync() };
        var closed = await BackOfficeWorld.NewDossierAsync();
        var roads = await BackOfficeWorld.NewDossierAsync(Requests.RoadIncident);
        await SucceedAsync("Assign", Session(absentToken), Selection([.. births, closed, roads]), E("AgentId", absent));
        await SucceedAsync("Close", Session(absentToken), Number(closed));

        var taken = await SucceedAsync("TakeOver", Session(await TokenOfAsync(EtatCivil)), E("ColleagueId", absent));

        Assert.That(taken.Elements(B + "Outcome").Select(o => (o.Value("DossierNumber"), o.Value("Done"))),
            Is.EquivalentTo(births.Select(n => (n, "true"))));
        var claire = await AgentIdOfAsync(EtatCivil);
        foreach (var number in births) Assert.That((await DossierAsync(absentToken, number)).Value("AssignedAgentId"), Is.EqualTo(claire));
        // The road incident is not Claire's to take, and a closed dossier stays as it was.
        Assert.That(Numbers(await QueueAsync(absentToken, E("AssignedToMe", "true"))), Is.EqualTo(new[] { roads }));
        Assert.That((await DossierAsync(absentToken, closed)).Value("AssignedAgentId"), Is.EqualTo(absent));
    }
}
