using System.Data.Common;
using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// When logins are refused for a while after failures (citizens and agents alike): 10 failures of
/// one account from one client in 15 minutes, 100 from one client, or 100 for one account in an hour
/// once that client has failed too (so a guesser elsewhere cannot lock the owner out).
/// Agents' addresses are recorded with the <see cref="AgentPrefix"/> so both populations never mix.
/// </summary>
public static class LoginThrottle
{
    public const string AgentPrefix = "agent:";
    private static readonly TimeSpan ThrottleWindow = TimeSpan.FromMinutes(15);
    private const int MaxFailuresPerAccountAndClient = 10;
    private const int MaxFailuresPerClient = 100;
    private const int MaxFailuresPerAccountPerHour = 100;

    public static async Task<bool> IsThrottledAsync(DbConnection connection, string email, string client, DateTimeOffset now)
    {
        var recent = Timestamps.ToText(now - ThrottleWindow);
        var pair = await CitizenStore.FailuresForAccountFromClientAsync(connection, email, client, recent);
        if (pair >= MaxFailuresPerAccountAndClient) return true;
        if (await CitizenStore.FailuresFromClientAsync(connection, client, recent) >= MaxFailuresPerClient) return true;
        return pair > 0 && await CitizenStore.FailuresForAccountAsync(connection, email, Timestamps.ToText(now.AddHours(-1))) >= MaxFailuresPerAccountPerHour;
    }
}
