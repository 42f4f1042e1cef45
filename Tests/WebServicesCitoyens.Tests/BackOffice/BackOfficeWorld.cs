using System.Xml.Linq;
using Dapper;
using WebServicesCitoyens.Accounts;
using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// What the back office tests need beyond the demo agents, written through the domain's own classes on
/// the shared host's database (the administration service comes separately): a second commune with its
/// civil-status agent, agents of the demo commune made for one test, and the dossiers they work on.
/// </summary>
public static class BackOfficeWorld
{
    /// <summary>Angers: a commune on the platform offering the birth certificate, with its own civil-status agent.</summary>
    public const string OtherCommune = "49007";
    public const string OtherCommuneAgent = "etat-civil@angers.test";
    public const string TestPassword = "mot de passe des agents de test";

    public static readonly AgentProfile CivilStatus = new("etat-civil", "État civil", ["etat-civil"]);
    public static readonly AgentProfile Roads = new("voirie", "Voirie et vie quotidienne", ["vie-quotidienne"]);

    private static Database Database => SharedHost.Host.Store;

    private static readonly Lazy<Task> OtherCommuneReady = new(async () =>
    {
        var communes = new CommuneStore(Database);
        await communes.SaveAsync(new Commune(OtherCommune, "Angers", CommuneProfile.BackOffice, "#004f8f", "#c8102e", null,
            "https://www.example.org/angers", "Europe/Paris"));
        await communes.OfferAsync(OtherCommune, Requests.BirthCertificate, OfferState.Online);
        await new AgentStore(Database).SaveProfileAsync(OtherCommune, CivilStatus);
        await InsertAgentAsync(OtherCommune, OtherCommuneAgent, "Agent d'Angers (état civil)", AgentRole.Agent, [CivilStatus]);
    });

    public static Task EnsureOtherCommuneAsync() => OtherCommuneReady.Value;

    /// <summary>Châteauroux: a third commune, offering nothing online, with its own civil-status agent.</summary>
    public const string ThirdCommune = "36044";
    public const string ThirdCommuneAgent = "etat-civil@chateauroux.test";

    private static readonly Lazy<Task> ThirdCommuneReady = new(async () =>
    {
        await new CommuneStore(Database).SaveAsync(
            new Commune(ThirdCommune, "Châteauroux", CommuneProfile.BackOffice, "#224466", "#664422", null, null, "Europe/Paris"));
        if (SharedHost.Host.Scalar("SELECT COUNT(*) FROM agents WHERE email = @e", ("@e", ThirdCommuneAgent)) == 0)
        {
            await new AgentStore(Database).SaveProfileAsync(ThirdCommune, CivilStatus);
            await InsertAgentAsync(ThirdCommune, ThirdCommuneAgent, "Agent de Châteauroux", AgentRole.Agent, [CivilStatus]);
        }
    });

    public static Task EnsureThirdCommuneAsync() => ThirdCommuneReady.Value;

    /// <summary>A new agent of the demo commune (its profiles exist there), for a test that needs someone of its own.</summary>
    public static async Task<(string Id, string Email)> NewAgentAsync(string name, AgentRole role, params AgentProfile[] profiles)
    {
        var email = $"agent.{Guid.NewGuid().ToString("N")[..10]}@orleans.test";
        return (await InsertAgentAsync(Requests.Commune, email, name, role, profiles), email);
    }

    public static async Task<string> InsertAgentAsync(string commune, string email, string name, AgentRole role, AgentProfile[] profiles)
    {
        var store = new AgentStore(Database);
        await using var connection = await store.OpenAsync();
        var agent = new Agent(AccountTokens.NewId(), commune, email, name, role, profiles);
        await using var transaction = await connection.BeginTransactionAsync();
        await store.InsertAsync(connection, transaction, agent, Passwords.Hash(TestPassword), Timestamps.ToText(DateTimeOffset.UtcNow));
        await transaction.CommitAsync();
        return agent.Id;
    }

    /// <summary>A birth certificate filed over SOAP by a citizen, with the receipt's tracking address.</summary>
    public static async Task<(string Number, string TrackingCode, string TrackingUrl)> SubmitAsync(XElement? request = null, string procedure = Requests.BirthCertificate)
    {
        request ??= procedure == Requests.BirthCertificate ? Requests.BirthCertificateRequest() : Requests.RoadIncidentRequest();
        var (status, body, _) = await S.PostAsync(SharedHost.Host.ServiceUrl(procedure), S.Envelope(Requests.SubmitBody(Requests.NewId("guichet"), request)), "Submit");
        Assert.That(status, Is.EqualTo(200), body);
        var receipt = XDocument.Parse(body).Descendants(S.Tns + "SubmitResult").Single();
        return (receipt.Element(S.Tns + "DossierNumber")!.Value, receipt.Element(S.Tns + "TrackingCode")!.Value, receipt.Element(S.Tns + "TrackingUrl")!.Value);
    }

    public static async Task<string> NewDossierAsync(string procedure = Requests.BirthCertificate) => (await SubmitAsync(procedure: procedure)).Number;

    /// <summary>A birth-certificate request whose applicant has this e-mail address (the mails of a test go to it alone).</summary>
    public static XElement BirthCertificateRequestFor(string email)
    {
        var request = Requests.BirthCertificateRequest();
        Definitions.At(request, "demandeur.courriel").Value = email;
        return request;
    }

    /// <summary>Makes a dossier look filed some days ago (the queue's overdue and age filters read the submission date).</summary>
    public static async Task AgeAsync(string number, int days)
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync("UPDATE dossiers SET submitted_at = @at WHERE number = @number",
            new { number, at = Timestamps.ToText(DateTimeOffset.UtcNow.AddDays(-days)) });
    }

    /// <summary>
    /// Everything the platform holds about a dossier — its row, its history, its generated documents and the
    /// mails that name it — as one text, to compare before and after a call that must change nothing.
    /// </summary>
    public static string Snapshot(string number) => string.Join("--\n", new[]
    {
        "SELECT * FROM dossiers WHERE number = @n",
        "SELECT * FROM dossier_events WHERE dossier_number = @n ORDER BY sequence",
        "SELECT id, template_code, created_at FROM generated_documents WHERE dossier_number = @n ORDER BY id",
        "SELECT id, kind, recipient, subject, body_text FROM outbox WHERE body_text LIKE '%' || @n || '%' OR subject LIKE '%' || @n || '%' ORDER BY id",
    }.Select(sql => SharedHost.Host.Rows(sql, ("@n", number))));
}
