using NUnit.Framework;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// A host of the agents' pages' own, seeded like every host (the demo commune and its agents), so that
/// the queue's counts and pages hold only the dossiers these tests file; stopped after them.
/// </summary>
[SetUpFixture]
public sealed class AgentPagesHost
{
    private static HostProcess? _host;

    public static HostProcess Host => _host ??= HostProcess.Start();

    public const string CivilStatus = "etat-civil@orleans.demo";
    public const string Roads = "voirie@orleans.demo";
    public const string Administrator = "admin@orleans.demo";
    public const string Password = BackOfficeInProcess.DemoPassword;

    /// <summary>A browser logged in to the back office as the agent (through the login page).</summary>
    public static async Task<PageBrowser> LoggedInAsync(string email, HostProcess? host = null)
    {
        var browser = new PageBrowser((host ?? Host).BaseUrl);
        var (status, html, _) = await browser.PostAsync("/gestion/connexion", new() { ["email"] = email, ["motDePasse"] = Password });
        Assert.That(status, Is.EqualTo(System.Net.HttpStatusCode.Redirect), html);
        return browser;
    }

    public static string AgentId(string email, HostProcess? host = null) =>
        (host ?? Host).Text("SELECT id FROM agents WHERE email = @e", ("@e", email))!;

    [OneTimeTearDown]
    public void StopHost()
    {
        _host?.Dispose();
        _host = null;
    }
}
