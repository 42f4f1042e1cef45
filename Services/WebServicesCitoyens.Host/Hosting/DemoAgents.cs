using WebServicesCitoyens.BackOffice;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// The demo commune's back office: two services (état civil; voirie and daily life), an agent in
/// each, an administrator, and the platform operator. Their passwords are published in the README:
/// they exist for trying the platform on a local machine. Idempotent.
/// </summary>
public static class DemoAgents
{
    public const string Password = "demo-orleans-2026";

    public static readonly AgentProfile CivilStatus = new("etat-civil", "État civil", ["etat-civil"]);
    public static readonly AgentProfile Roads = new("voirie", "Voirie et vie quotidienne", ["vie-quotidienne"]);

    public static readonly (string Email, string Name, AgentRole Role, AgentProfile[] Profiles)[] People =
    [
        ("etat-civil@orleans.demo", "Claire Martin (état civil)", AgentRole.Agent, [CivilStatus]),
        ("voirie@orleans.demo", "Karim Benali (voirie)", AgentRole.Agent, [Roads]),
        ("admin@orleans.demo", "Sophie Lambert (administratrice)", AgentRole.Administrator, []),
        ("exploitant@wsc.demo", "Exploitant de la plateforme", AgentRole.Operator, []),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<AgentStore>();
        foreach (var profile in new[] { CivilStatus, Roads })
            await store.SaveProfileAsync(DemoCommune.Code, profile);
        await using var connection = await store.OpenAsync();
        var now = Timestamps.ToText(services.GetRequiredService<TimeProvider>().GetUtcNow());
        foreach (var (email, name, role, profiles) in People)
        {
            if (await store.FindByEmailAsync(connection, email) is not null) continue;
            var agent = new Agent(Accounts.AccountTokens.NewId(), role == AgentRole.Operator ? null : DemoCommune.Code, email, name, role, profiles);
            await using var transaction = await connection.BeginTransactionAsync();
            await store.InsertAsync(connection, transaction, agent, Accounts.Passwords.Hash(Password), now);
            await transaction.CommitAsync();
        }
    }
}
