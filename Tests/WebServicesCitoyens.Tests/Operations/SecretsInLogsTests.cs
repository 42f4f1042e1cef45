using System.Xml.Linq;
using WebServicesCitoyens.Tests.Administration;
using WebServicesCitoyens.Tests.Flux;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.Operations;

/// <summary>
/// What the log must never hold, checked on a real host's captured output: a login (good and bad password),
/// a vendor client registered then pulling with its secret, a submission with the citizen's e-mail address,
/// and the tracking page opened with the dossier's code — none of the passwords, session token, client secret,
/// tracking code or e-mail addresses appears in what the host wrote while serving them, though each request
/// has its line.
/// </summary>
public sealed class SecretsInLogsTests
{
    [Test]
    public async Task A_login_a_vendor_pull_and_a_submission_leave_no_secret_in_the_log()
    {
        using var host = HostProcess.Start();
        // The demo banner printed at start names the demo password and a sample dossier's code on purpose: only what
        // the host writes while serving counts.
        var startLength = host.Output.Length;
        var administration = new AdministrationCalls(host);
        var flux = new FluxCalls(host);
        var email = $"ops.{Guid.NewGuid():N}@example.org";
        const string wrongPassword = "mauvais-mot-de-passe-ops-2026";

        var session = await administration.LoginAsync(AdministrationCalls.Administrator);
        var refusedLogin = await administration.CallAsync("Login", ("Email", AdministrationCalls.Administrator), ("Password", wrongPassword));
        var client = await flux.RegisterAsync("Logiciel d'exploitation (journal)", Requests.BirthCertificate);
        var request = Requests.BirthCertificateRequest();
        request.Descendants(S.Tns + "courriel").Single().Value = email;
        var (number, trackingCode) = await Requests.SubmitAsync(host, Requests.BirthCertificate, request);
        var (pulled, _) = await flux.PullAllAsync(client, null);
        using var tracking = await S.Http.GetAsync($"{host.BaseUrl}/suivi?dossier={number}&code={Uri.EscapeDataString(trackingCode)}");
        var closing = "ops-last-" + Guid.NewGuid().ToString("N")[..8];
        using (var last = new HttpRequestMessage(HttpMethod.Get, host.BaseUrl + "/docs"))
        {
            last.Headers.TryAddWithoutValidation("X-Correlation-Id", closing);
            (await S.Http.SendAsync(last)).Dispose();
        }
        await LogLines.OfRequestAsync(host, closing);

        Assert.That(refusedLogin.Result, Is.Null, "the wrong password is refused");
        Assert.That(pulled, Does.Contain(number));
        Assert.That((int)tracking.StatusCode, Is.EqualTo(200));
        var served = host.Output[startLength..];
        var requestLines = LogLines.RequestLines(LogLines.Parse(served));
        Assert.That(requestLines.Select(l => LogLines.State(l, "SoapOperation")), Is.SupersetOf(new[] { "Login", "RegisterVendorClient", "Submit", "PullDossiers" }),
            "the calls were logged, so the log was there to leak");
        Assert.That(requestLines.Select(l => LogLines.State(l, "Path")), Does.Contain("/suivi"));
        foreach (var (what, secret) in new[]
        {
            ("the demo password", AdministrationCalls.DemoPassword), ("the wrong password", wrongPassword), ("the session token", session),
            ("the client secret", client.Secret), ("the tracking code", trackingCode), ("the citizen's e-mail", email),
            ("the agent's e-mail", AdministrationCalls.Administrator), ("the demo vendor secret", "demo-flux-orleans-2026"),
        })
            Assert.That(served, Does.Not.Contain(secret), $"{what} is in the log");
        Assert.That(served, Does.Not.Contain("Lefèvre").And.Not.Contain("Lef\\u00E8vre"), "no request body in the log");
    }
}
