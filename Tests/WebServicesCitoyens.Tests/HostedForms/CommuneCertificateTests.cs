using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using WebServicesCitoyens.Communes;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Tests.Administration;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Tests.HostedForms;

/// <summary>
/// The certificate a HostedForms commune gives (Administration.svc, SetCommuneCertificate): only a
/// readable RSA certificate of 2048 bits or more, valid now, allowing encryption, is kept, with the
/// address for dossiers; anything else is a fault naming the field, and nothing changes. Another
/// commune's administrator is refused exactly as for a commune that does not exist.
/// </summary>
public sealed class CommuneCertificateTests
{
    private const string Pithiviers = "45252";
    private const string Administrator = "administration@pithiviers.test";
    private const string Password = "mot de passe de Pithiviers 2026";

    private AdministrationCalls _calls = null!;
    private string _session = "";

    [OneTimeSetUp]
    public async Task A_hosted_forms_commune_with_its_administrator()
    {
        _calls = new AdministrationCalls(SharedHost.Host);
        await new CommuneStore(SharedHost.Host.Store).SaveAsync(
            new Commune(Pithiviers, "Pithiviers", CommuneProfile.HostedForms, "#224466", "#664422", null, null, "Europe/Paris"));
        if (SharedHost.Host.Scalar("SELECT COUNT(*) FROM agents WHERE email = @e", ("@e", Administrator)) == 0)
            await _calls.SucceedAsync("CreateAgent", ("SessionToken", await _calls.LoginAsync(AdministrationCalls.Operator)), ("CommuneCode", Pithiviers),
                ("Email", Administrator), ("DisplayName", "Administration de Pithiviers"), ("Role", "Administrator"), ("Password", Password));
        _session = await _calls.LoginAsync(Administrator, Password);
    }

    private Task<(int Status, XElement? Result, IReadOnlyList<string> FaultFields, string Fault)> SetAsync(string session, string commune, byte[] certificate,
        string email = "dossiers@pithiviers.test") =>
        _calls.CallAsync("SetCommuneCertificate", ("SessionToken", session), ("CommuneCode", commune),
            ("Certificate", Convert.ToBase64String(certificate)), ("DossierEmail", email));

    private static string Row() => SharedHost.Host.Rows("SELECT code, dossier_email, certificate FROM communes WHERE code = @c", ("@c", Pithiviers));

    private static byte[] Pem(X509Certificate2 certificate)
    {
        using (certificate) return TestCertificates.Pem(certificate);
    }

    public static IEnumerable<TestCaseData> Unusable()
    {
        var now = DateTimeOffset.UtcNow;
        yield return new TestCaseData("not a certificate", (Func<byte[]>)(() => Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")),
            HostedFormsTexts.CertificateUnreadable).SetName("An unreadable certificate is refused");
        yield return new TestCaseData("1024 bits", (Func<byte[]>)(() => Pem(TestCertificates.Commune("Pithiviers", bits: 1024))),
            HostedFormsTexts.CertificateKeyTooShort(1024)).SetName("A key of 1024 bits is refused");
        yield return new TestCaseData("expired", (Func<byte[]>)(() => Pem(TestCertificates.Commune("Pithiviers", notBefore: now.AddYears(-2), notAfter: now.AddDays(-1)))),
            HostedFormsTexts.CertificateExpired).SetName("An expired certificate is refused");
        yield return new TestCaseData("not yet valid", (Func<byte[]>)(() => Pem(TestCertificates.Commune("Pithiviers", notBefore: now.AddDays(2), notAfter: now.AddYears(1)))),
            HostedFormsTexts.CertificateNotYetValid).SetName("A certificate not valid yet is refused");
        yield return new TestCaseData("signature only", (Func<byte[]>)(() => Pem(TestCertificates.Commune("Pithiviers", usage: X509KeyUsageFlags.DigitalSignature))),
            HostedFormsTexts.CertificateNotForEncryption).SetName("A certificate whose key usage does not allow encryption is refused");
        yield return new TestCaseData("elliptic curve", (Func<byte[]>)(() =>
            {
                using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                using var made = new CertificateRequest("CN=Mairie de Pithiviers", key, HashAlgorithmName.SHA256)
                    .CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
                return TestCertificates.Pem(made);
            }),
            HostedFormsTexts.CertificateNotRsa).SetName("A certificate without an RSA key is refused");
    }

    [TestCaseSource(nameof(Unusable))]
    public async Task Each_unusable_certificate_is_refused_on_its_field_and_nothing_changes(string what, Func<byte[]> certificate, string message)
    {
        var before = Row();

        var (status, result, fields, fault) = await SetAsync(_session, Pithiviers, certificate());

        Assert.That((status, result), Is.EqualTo((500, (XElement?)null)), what);
        Assert.That((fields, fault), Is.EqualTo((new[] { "Certificate" }, message)));
        Assert.That(Row(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_malformed_address_for_dossiers_is_refused_and_nothing_changes()
    {
        var before = Row();

        var (_, result, fields, _) = await SetAsync(_session, Pithiviers, Pem(TestCertificates.Commune("Pithiviers")), "pas-une-adresse");

        Assert.That((result, fields), Is.EqualTo(((XElement?)null, new[] { "DossierEmail" })));
        Assert.That(Row(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_valid_certificate_in_der_is_kept_and_shown_in_the_commune_settings()
    {
        using var certificate = TestCertificates.Commune("Pithiviers");

        await _calls.SucceedAsync("SetCommuneCertificate", ("SessionToken", _session), ("CommuneCode", Pithiviers),
            ("Certificate", Convert.ToBase64String(TestCertificates.Der(certificate))), ("DossierEmail", "Courrier@Pithiviers.test"));
        var settings = await _calls.SucceedAsync("GetCommuneSettings", ("SessionToken", _session), ("CommuneCode", Pithiviers));

        var shown = settings.Element(AdministrationCalls.A + "Certificate")!;
        Assert.That(settings.Element(AdministrationCalls.A + "DossierEmail")?.Value, Is.EqualTo("courrier@pithiviers.test"));
        Assert.That(shown.Element(AdministrationCalls.A + "Subject")?.Value, Does.Contain("CN=Mairie de Pithiviers"));
        Assert.That(shown.Element(AdministrationCalls.A + "Sha256Fingerprint")?.Value, Is.EqualTo(Convert.ToHexString(SHA256.HashData(certificate.RawData))));
        Assert.That(SharedHost.Host.Text("SELECT certificate FROM communes WHERE code = @c", ("@c", Pithiviers)),
            Is.EqualTo(Convert.ToBase64String(certificate.RawData)), "the public part only, DER");
    }

    [Test]
    public async Task Another_communes_administrator_cannot_set_the_certificate_and_is_answered_as_for_an_unknown_commune()
    {
        var orleans = await _calls.LoginAsync(AdministrationCalls.Administrator);
        var before = Row();

        var (_, result, fields, fault) = await SetAsync(orleans, Pithiviers, Pem(TestCertificates.Commune("Pithiviers")), "pirate@example.org");
        var (_, _, unknownFields, unknownFault) = await SetAsync(orleans, "99999", Pem(TestCertificates.Commune("Pithiviers")), "pirate@example.org");

        Assert.That(result, Is.Null);
        Assert.That((fields, fault), Is.EqualTo((new[] { "CommuneCode" }, AdministrationTexts.CommuneNotFound)));
        Assert.That((fields, fault), Is.EqualTo((unknownFields, unknownFault)));
        Assert.That(Row(), Is.EqualTo(before));
    }
}
