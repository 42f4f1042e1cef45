using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using WebServicesCitoyens.Texts;
using static WebServicesCitoyens.Tests.Administration.AdminPagesHost;

namespace WebServicesCitoyens.Tests.Administration;

/// <summary>
/// The « Transmission des dossiers » section of /gestion/administration over HTTP: a certificate file
/// (PEM or DER, multipart) and the address for dossiers are kept and shown; an unusable file or address is
/// refused in French at its control and changes nothing; an agent's post gets the unknown address's page.
/// </summary>
[NonParallelizable]
public sealed class CertificatePagesTests
{
    [Test]
    public async Task A_good_certificate_is_kept_and_shown_with_its_fingerprint_and_address()
    {
        using var admin = await LoggedInAsync(Administrator);
        using var certificate = NewCertificate(2048);

        var (status, response) = await Upload(admin, Encoding.ASCII.GetBytes(certificate.ExportCertificatePem()), "dossiers@orleans.demo");
        var (_, page) = await admin.GetAsync(Root + "?fait=certificat");

        Assert.That(status, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(response, Is.EqualTo(Root + "?fait=certificat"));
        Assert.That(page, Does.Contain(certificate.GetCertHashString(HashAlgorithmName.SHA256)).And.Contain("dossiers@orleans.demo")
            .And.Contain("CN=Mairie de test").And.Contain(AdministrationPageTexts.SettingsDone("certificat")));
        Assert.That(Stored(), Is.EqualTo(Convert.ToBase64String(certificate.RawData)));

        // DER is accepted as well.
        using var der = NewCertificate(3072);
        Assert.That((await Upload(admin, der.RawData, "dossiers@orleans.demo")).Status, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(Stored(), Is.EqualTo(Convert.ToBase64String(der.RawData)));
    }

    [Test]
    public async Task An_unusable_certificate_or_address_is_refused_at_its_control_and_changes_nothing()
    {
        using var admin = await LoggedInAsync(Administrator);
        using var weak = NewCertificate(1024);
        using var good = NewCertificate(2048);
        var before = Stored();

        var (garbage, garbageHtml) = await UploadPage(admin, Encoding.ASCII.GetBytes("pas un certificat"), "dossiers@orleans.demo");
        var (shortKey, shortKeyHtml) = await UploadPage(admin, weak.RawData, "dossiers@orleans.demo");
        var (badAddress, badAddressHtml) = await UploadPage(admin, good.RawData, "pas une adresse");

        Assert.That(garbage, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(garbageHtml, Does.Contain("href=\"#f-certificat-fichier\"").And.Contain(HostedFormsTexts.CertificateUnreadable));
        Assert.That(shortKey, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(shortKeyHtml, Does.Contain("href=\"#f-certificat-fichier\"").And.Contain(HostedFormsTexts.CertificateKeyTooShort(1024)));
        Assert.That(badAddress, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(badAddressHtml, Does.Contain("href=\"#f-certificat-adresse\""));
        Assert.That(Stored(), Is.EqualTo(before));
    }

    [Test]
    public async Task An_agents_upload_gets_the_page_of_an_unknown_address_and_changes_nothing()
    {
        using var agent = await LoggedInAsync(CivilStatus);
        using var certificate = NewCertificate(2048);
        var before = Stored();

        var (status, html) = await UploadPage(agent, certificate.RawData, "intrus@example.org");

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(html, Does.Contain(AdministrationPageTexts.UnknownPage));
        Assert.That(Stored(), Is.EqualTo(before));
    }

    private static X509Certificate2 NewCertificate(int bits)
    {
        using var key = RSA.Create(bits);
        var request = new CertificateRequest("CN=Mairie de test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var withKey = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return X509CertificateLoader.LoadCertificate(withKey.RawData);
    }

    private static string? Stored() => Host.Text("SELECT certificate FROM communes WHERE code = '45234'");

    private static async Task<(HttpStatusCode Status, string? Location)> Upload(PageBrowser browser, byte[] file, string address)
    {
        using var response = await Send(browser, file, address);
        return (response.StatusCode, response.Headers.Location?.ToString());
    }

    private static async Task<(HttpStatusCode Status, string Html)> UploadPage(PageBrowser browser, byte[] file, string address)
    {
        using var response = await Send(browser, file, address);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static Task<HttpResponseMessage> Send(PageBrowser browser, byte[] file, string address)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent("certificat"), "formulaire" },
            { new StringContent("certificat"), "operation" },
            { new StringContent(address), "adresse" },
            { new ByteArrayContent(file), "fichier", "mairie.pem" },
        };
        return browser.Http.PostAsync(Host.BaseUrl + Root, content);
    }
}
