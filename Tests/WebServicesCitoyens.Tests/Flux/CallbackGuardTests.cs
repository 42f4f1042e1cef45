using System.Net;
using WebServicesCitoyens.Flux;
using WebServicesCitoyens.Tests.Administration;
using static WebServicesCitoyens.Tests.Flux.FluxCalls;

namespace WebServicesCitoyens.Tests.Flux;

/// <summary>
/// The SSRF guard on webhooks: the classifier of addresses, the policy with and without
/// Webhooks:AllowLoopback, a callback naming or resolving to an internal address refused by Flux.svc
/// naming the field, and one stored anyway (declared before the guard, or a name that now resolves
/// inside: DNS rebinding) refused at send time with the refusal in the commune's delivery log. Against
/// the shared host, which runs with the production default (no loopback).
/// </summary>
public sealed class CallbackGuardTests
{
    [TestCase("8.8.8.8", AddressClass.Public)]
    [TestCase("2001:4860:4860::8888", AddressClass.Public)]
    [TestCase("127.0.0.1", AddressClass.Loopback)]
    [TestCase("127.255.1.2", AddressClass.Loopback)]
    [TestCase("::1", AddressClass.Loopback)]
    [TestCase("10.0.0.8", AddressClass.Private)]
    [TestCase("172.16.0.1", AddressClass.Private)]
    [TestCase("172.31.255.254", AddressClass.Private)]
    [TestCase("192.168.1.10", AddressClass.Private)]
    [TestCase("fc00::1", AddressClass.Private)]
    [TestCase("fd12:3456::1", AddressClass.Private)]
    [TestCase("169.254.169.254", AddressClass.LinkLocal)]
    [TestCase("fe80::1", AddressClass.LinkLocal)]
    [TestCase("febf::1", AddressClass.LinkLocal)]
    [TestCase("224.0.0.251", AddressClass.Multicast)]
    [TestCase("239.255.255.250", AddressClass.Multicast)]
    [TestCase("ff02::1", AddressClass.Multicast)]
    [TestCase("0.0.0.0", AddressClass.Unspecified)]
    [TestCase("::", AddressClass.Unspecified)]
    [TestCase("100.64.0.1", AddressClass.SharedCgnat)]
    [TestCase("100.127.255.254", AddressClass.SharedCgnat)]
    [TestCase("255.255.255.255", AddressClass.Reserved)]
    [TestCase("::ffff:127.0.0.1", AddressClass.Loopback)]
    [TestCase("::ffff:10.0.0.8", AddressClass.Private)]
    [TestCase("::ffff:169.254.169.254", AddressClass.LinkLocal)]
    [TestCase("::ffff:8.8.8.8", AddressClass.Public)]
    [TestCase("64:ff9b::a9fe:a9fe", AddressClass.LinkLocal)]
    [TestCase("::10.0.0.8", AddressClass.Private)]
    public void Each_address_is_classed_by_the_network_it_belongs_to(string address, AddressClass expected) =>
        Assert.That(CallbackAddress.Classify(IPAddress.Parse(address)), Is.EqualTo(expected));

    [TestCase("172.15.255.255")]
    [TestCase("172.32.0.1")]
    [TestCase("100.63.255.255")]
    [TestCase("100.128.0.1")]
    [TestCase("169.253.1.1")]
    [TestCase("11.0.0.1")]
    public void The_neighbours_of_internal_ranges_are_public(string address) =>
        Assert.That(CallbackAddress.Classify(IPAddress.Parse(address)), Is.EqualTo(AddressClass.Public));

    [Test]
    public void Only_public_addresses_are_allowed_and_the_loopback_only_when_the_setting_says_so()
    {
        var production = new CallbackPolicy(allowLoopback: false);
        var tests = new CallbackPolicy(allowLoopback: true);
        foreach (var address in new[] { "127.0.0.1", "::1", "::ffff:127.0.0.1" })
        {
            Assert.That(production.Allows(IPAddress.Parse(address)), Is.False, address);
            Assert.That(tests.Allows(IPAddress.Parse(address)), Is.True, address);
        }
        foreach (var address in new[] { "10.0.0.8", "192.168.1.10", "169.254.169.254", "fe80::1", "fd00::1", "100.64.0.1", "224.0.0.1", "0.0.0.0" })
            Assert.That(tests.Allows(IPAddress.Parse(address)), Is.False, address);
        Assert.That(production.Allows(IPAddress.Parse("8.8.8.8")), Is.True);

        Assert.That(production.IsAcceptable("https://vendor.example.org/hook"), Is.True);
        Assert.That(production.IsAcceptable("http://127.0.0.1:8080/hook"), Is.False);
        Assert.That(tests.IsAcceptable("http://127.0.0.1:8080/hook"), Is.True);
        Assert.That(tests.IsAcceptable("http://localhost:8080/hook"), Is.True);
        Assert.That(tests.IsAcceptable("http://vendor.example.org/hook"), Is.False, "in clear to another machine, even on a test platform");
        Assert.That(tests.IsAcceptable("https://user:pass@vendor.example.org/hook"), Is.False);
    }

    [TestCase("https://127.0.0.1/hook")]
    [TestCase("http://127.0.0.1:8080/hook")]
    [TestCase("https://localhost/hook")]
    [TestCase("https://[::1]/hook")]
    [TestCase("https://10.0.0.8/hook")]
    [TestCase("https://172.20.1.1/hook")]
    [TestCase("https://192.168.1.10/hook")]
    [TestCase("https://169.254.169.254/latest/meta-data/")]
    [TestCase("https://[fe80::1]/hook")]
    [TestCase("https://[fd12:3456::1]/hook")]
    [TestCase("https://100.64.0.1/hook")]
    [TestCase("https://224.0.0.251/hook")]
    [TestCase("https://0.0.0.0/hook")]
    [TestCase("https://[::]/hook")]
    [TestCase("https://[::ffff:10.0.0.8]/hook")]
    [TestCase("https://[::ffff:169.254.169.254]/hook")]
    [TestCase("https://2130706433/hook")]
    public async Task A_callback_to_an_internal_address_is_refused_naming_the_field_and_nothing_is_stored(string url)
    {
        var calls = new FluxCalls(SharedHost.Host);
        var client = await calls.RegisterAsync("Logiciel au rappel interne", Requests.BirthCertificate);

        var refused = await calls.RefusedAsync("SetCallback", client.Parameters, E("CallbackUrl", url));

        Assert.That(refused.FaultFields, Is.EqualTo(new[] { "CallbackUrl" }), url);
        Assert.That(refused.Fault, Does.Contain("CallbackUrl"));
        Assert.That(SharedHost.Host.Text("SELECT callback_url FROM vendor_clients WHERE id = @id", ("@id", client.ClientId)), Is.Null);
    }

    [Test]
    public async Task A_stored_callback_whose_name_now_leads_inside_is_refused_at_send_time_and_the_log_says_so()
    {
        var host = SharedHost.Host;
        var client = await new FluxCalls(host).RegisterAsync("Logiciel au nom détourné", Requests.BirthCertificate);
        // What SetCallback would refuse, as a name resolving elsewhere once accepted (DNS rebinding) would leave it.
        host.Execute("UPDATE vendor_clients SET callback_url = @url WHERE id = @id",
            ("@url", $"https://localhost:{HostProcess.FreePort()}/hook"), ("@id", client.ClientId));
        var number = (await Requests.SubmitAsync(host, Requests.BirthCertificate, Requests.BirthCertificateRequest())).Number;

        var admin = new AdministrationCalls(host);
        var token = await admin.LoginAsync(AdministrationCalls.Administrator);
        System.Xml.Linq.XElement? attempt = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(40); attempt is null && DateTime.UtcNow < deadline; await Task.Delay(300))
        {
            var log = await admin.SucceedAsync("ListWebhookDeliveries", ("SessionToken", token), ("CommuneCode", Requests.Commune), ("ClientId", client.ClientId));
            attempt = log.Elements(A + "Attempt").FirstOrDefault(a => a.Element(A + "DossierNumber")!.Value == number);
        }

        Assert.That(attempt, Is.Not.Null, "no attempt logged");
        Assert.That(attempt!.Element(A + "Delivered")!.Value, Is.EqualTo("false"));
        Assert.That(attempt.Element(A + "StatusCode"), Is.Null, "no HTTP answer: no connection was made");
        Assert.That(attempt.Element(A + "Error")!.Value, Does.StartWith("Envoi refusé : localhost mène à"));
    }
}
