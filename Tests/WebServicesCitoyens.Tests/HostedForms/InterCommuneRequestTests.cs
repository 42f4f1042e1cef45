using System.Xml.Linq;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.BackOffice;
using static WebServicesCitoyens.Tests.BackOffice.BackOfficeCalls;

namespace WebServicesCitoyens.Tests.HostedForms;

/// <summary>
/// Requests between communes (seed 000): Angers' civil-status agent asks the demo commune, which holds
/// the birth register, for a citizen's act (BackOffice.svc, RequestFromCommune). The demo commune's
/// agents see who asked for whom in their queue and the dossier's history; Angers follows it read-only
/// (ListCommuneRequests) and cannot process it; a third commune sees nothing of it.
/// </summary>
public sealed class InterCommuneRequestTests
{
    private const string Chateauroux = BackOfficeWorld.ThirdCommune;
    private const string ChateaurouxAgent = BackOfficeWorld.ThirdCommuneAgent;

    [OneTimeSetUp]
    public async Task Angers_and_a_third_commune_with_their_civil_status_agents()
    {
        await BackOfficeWorld.EnsureOtherCommuneAsync();
        await BackOfficeWorld.EnsureThirdCommuneAsync();
    }

    private static Task<string> Angers() => TokenOfAsync(BackOfficeWorld.OtherCommuneAgent, BackOfficeWorld.TestPassword);

    private static Task<Answer> AskAsync(string token, string commune, XElement? request = null) =>
        CallAsync("RequestFromCommune", Session(token), E("CommuneCode", commune), E("ProcedureCode", Requests.BirthCertificate),
            E("Request", (request ?? Requests.BirthCertificateRequest()).Elements()));

    private static async Task<XElement?> QueueLineAsync(string token, string number) =>
        (await QueueAsync(token, E("ProcedureCode", Requests.BirthCertificate), E("Sort", "Submitted"), E("Descending", "true"), E("PageSize", "100")))
            .Elements(B + "Entry").SingleOrDefault(e => e.Value("DossierNumber") == number);

    [Test]
    public async Task The_asked_commune_sees_who_asked_for_whom_the_asking_one_follows_it_read_only_and_a_third_sees_nothing()
    {
        var angers = await Angers();
        var number = (await SucceedAsync("RequestFromCommune", Session(angers), E("CommuneCode", Requests.Commune),
            E("ProcedureCode", Requests.BirthCertificate), E("Request", Requests.BirthCertificateRequest().Elements()))).Value("DossierNumber");

        // Orléans, which holds the register: its queue and the dossier's history say who asked, and for whom.
        var orleans = await TokenOfAsync(EtatCivil);
        var line = await QueueLineAsync(orleans, number);
        Assert.That(line, Is.Not.Null, "in the asked commune's queue");
        var applicant = line!.Value("Applicant");
        Assert.That(applicant, Is.Not.Empty);
        var expected = $"Demandé par la mairie de Angers (agent : Agent d'Angers (état civil), {BackOfficeWorld.OtherCommuneAgent}) pour {applicant}";
        Assert.That(line.Value("RequestedBy"), Is.EqualTo(expected));
        var view = await DossierAsync(orleans, number);
        Assert.That(view.Items("History").First().Value("Detail"), Is.EqualTo(expected));
        Assert.That(SharedHost.Host.Text("SELECT commune_code || ' ' || requested_by_commune_code || ' ' || COALESCE(origin_commune_code, '-') FROM dossiers WHERE number = @n",
            ("@n", number)), Is.EqualTo($"{Requests.Commune} {BackOfficeWorld.OtherCommune} -"));

        // Angers follows it, read-only: listed, but neither opened nor processed through the agents' operations.
        var followed = (await SucceedAsync("ListCommuneRequests", Session(angers))).Elements(B + "Request")
            .SingleOrDefault(r => r.Value("DossierNumber") == number);
        Assert.That(followed, Is.Not.Null, "followed by the asking commune");
        Assert.That((followed!.Value("CommuneName"), followed.Value("Applicant"), followed.Value("Closed")), Is.EqualTo(("Orléans", applicant, "false")));
        Assert.That(followed.Value("Step"), Is.Not.Empty);
        Assert.That((await CallAsync("GetDossier", Session(angers), Number(number))).FaultFields, Is.EqualTo(new[] { "DossierNumber" }));
        Assert.That((await CallAsync("PerformAction", Session(angers), Number(number), E("ActionCode", "PRENDRE_EN_CHARGE"))).Succeeded, Is.False);

        // Châteauroux: nothing, anywhere.
        var third = await TokenOfAsync(ChateaurouxAgent, BackOfficeWorld.TestPassword);
        Assert.That((await SucceedAsync("ListCommuneRequests", Session(third))).Elements(B + "Request").Select(r => r.Value("DossierNumber")),
            Does.Not.Contain(number));
        Assert.That(await QueueLineAsync(third, number), Is.Null);
        Assert.That((await CallAsync("GetDossier", Session(third), Number(number))).FaultFields, Is.EqualTo(new[] { "DossierNumber" }));
        // Nor does the asked commune list it among its own requests.
        Assert.That((await SucceedAsync("ListCommuneRequests", Session(orleans))).Elements(B + "Request").Select(r => r.Value("DossierNumber")),
            Does.Not.Contain(number));
    }

    [TestCase("own", TestName = "Asking one's own commune is refused on CommuneCode and files nothing")]
    [TestCase("unknown", TestName = "Asking a commune not on the platform is refused on CommuneCode and files nothing")]
    [TestCase("not offered", TestName = "Asking a commune that does not offer the procedure is refused on CommuneCode and files nothing")]
    public async Task A_request_to_a_commune_that_cannot_take_it_is_refused(string which)
    {
        var (token, commune) = which switch
        {
            "own" => (await TokenOfAsync(EtatCivil), Requests.Commune),
            "unknown" => (await Angers(), "99999"),
            _ => (await Angers(), Chateauroux),
        };
        var before = SharedHost.Host.CountDossiers();

        var answer = await AskAsync(token, commune);

        Assert.That(answer.FaultFields, Is.EqualTo(new[] { "CommuneCode" }), answer.ToString());
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }

    [Test]
    public async Task The_register_still_decides_a_request_for_an_act_held_by_a_third_commune_is_refused_on_its_field()
    {
        var request = Requests.BirthCertificateRequest();
        Definitions.At(request, "titulaire.communeNaissance").Value = Chateauroux;
        var before = SharedHost.Host.CountDossiers();

        var answer = await AskAsync(await Angers(), Requests.Commune, request);

        Assert.That(answer.FaultFields, Is.EqualTo(new[] { "titulaire.communeNaissance" }), answer.ToString());
        Assert.That(SharedHost.Host.CountDossiers(), Is.EqualTo(before));
    }
}
