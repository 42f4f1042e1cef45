using System.Net;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// A host of the administration pages' tests' own, seeded like every host (the demo commune and its
/// agents): these tests create drafts and put the birth certificate of commune 45234 in test and online,
/// which would change what the other tests of the run see on the shared host. Each test works on a
/// procedure no other test of this host touches. Stopped after them.
/// </summary>
[SetUpFixture]
public sealed class AdminPagesHost
{
    private static HostProcess? _host;

    public static HostProcess Host => _host ??= HostProcess.Start();

    public const string Administrator = "admin@orleans.demo";
    public const string CivilStatus = "etat-civil@orleans.demo";
    public const string Operator = "exploitant@wsc.demo";
    public const string Password = BackOfficeInProcess.DemoPassword;
    public const string Root = "/gestion/administration";

    /// <summary>A browser logged in to the back office (through the login page).</summary>
    public static async Task<PageBrowser> LoggedInAsync(string email)
    {
        var browser = new PageBrowser(Host.BaseUrl);
        var (status, html, _) = await browser.PostAsync("/gestion/connexion", new() { ["email"] = email, ["motDePasse"] = Password });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), html);
        return browser;
    }

    /// <summary>The commune's versions of a procedure as stored on this host (or another), newest first: "2 Test, 1 Online" ("" for none).</summary>
    public static string Versions(string procedure, HostProcess? on = null) =>
        string.Join(", ", (on ?? Host).Texts(
            "SELECT version || ' ' || state FROM procedure_configurations WHERE commune_code = @c AND procedure_code = @p ORDER BY version DESC",
            ("@c", Requests.Commune), ("@p", procedure)));

    /// <summary>The Draft's document on this host (or another), or null.</summary>
    public static string? Draft(string procedure, HostProcess? on = null) =>
        (on ?? Host).Text("SELECT definition_xml FROM procedure_configurations WHERE commune_code = @c AND procedure_code = @p AND state = 'Draft'",
            ("@c", Requests.Commune), ("@p", procedure));

    [OneTimeTearDown]
    public void StopHost()
    {
        _host?.Dispose();
        _host = null;
    }
}
