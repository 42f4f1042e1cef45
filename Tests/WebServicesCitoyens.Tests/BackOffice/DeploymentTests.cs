using System.Diagnostics;
using System.Net;
using System.Text;
using System.Xml.Linq;
using WebServicesCitoyens.Contracts;
using WebServicesCitoyens.Schemas;
using S = WebServicesCitoyens.Tests.Infrastructure.Soap;

namespace WebServicesCitoyens.Tests.BackOffice;

/// <summary>
/// A deployment without the demo: no demo agent with the published password exists, and the first
/// operator is created by the host's create-operator command (password on standard input) and logs in.
/// </summary>
public sealed class DeploymentTests
{
    [Test]
    public async Task Without_the_demo_no_published_password_opens_anything_and_create_operator_makes_the_first_operator()
    {
        using var host = HostProcess.Start(new Dictionary<string, string> { ["Demo__Seed"] = "false" });
        foreach (var demo in new[] { BackOfficeCalls.Operator, BackOfficeCalls.Admin, BackOfficeCalls.EtatCivil })
            Assert.That(await LogsInAsync(host, demo, BackOfficeCalls.Password), Is.False, demo);

        var start = new ProcessStartInfo("dotnet", [HostProcess.FindHostDll(), "create-operator", "exploitation@commune.example", "Équipe d'exploitation"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in host.StoreEnvironment) start.Environment[name] = value;
        using (var command = Process.Start(start)!)
        {
            await command.StandardInput.WriteLineAsync("une phrase de passe assez longue");
            command.StandardInput.Close();
            await command.WaitForExitAsync();
            Assert.That(command.ExitCode, Is.Zero, await command.StandardError.ReadToEndAsync());
        }
        Assert.That(await LogsInAsync(host, "exploitation@commune.example", "une phrase de passe assez longue"), Is.True);
        Assert.That(await LogsInAsync(host, "exploitation@commune.example", "une autre phrase de passe"), Is.False);
    }

    private static async Task<bool> LogsInAsync(HostProcess host, string email, string password)
    {
        XNamespace b = ContractNamespaces.BackOffice;
        var body = new XElement(b + "Login", new XElement(b + "Email", email), new XElement(b + "Password", password)).ToString(SaveOptions.DisableFormatting);
        using var request = new HttpRequestMessage(HttpMethod.Post, host.BaseUrl + BackOfficeContract.EndpointPath)
        {
            Content = new StringContent(S.Envelope(body), Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{BackOfficeContract.Service.SoapAction("Login")}\"");
        using var response = await S.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.OK, HttpStatusCode.InternalServerError), text);
        return response.StatusCode == HttpStatusCode.OK && text.Contains("SessionToken", StringComparison.Ordinal);
    }
}
