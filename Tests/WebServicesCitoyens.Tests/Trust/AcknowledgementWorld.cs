using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.Tests.Trust;

/// <summary>
/// What the acknowledgement tests share: a submission's acknowledgement, the certificate the shared host
/// publishes (written to files, as a verifier downloads it), and the three verifiers — in .NET, the host's
/// verify-receipt command, the page /signature/verifier — plus forged documents to feed them.
/// </summary>
public static class AcknowledgementWorld
{
    public static readonly XNamespace Ar = AcknowledgementDocument.Namespace;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Files a birth-certificate request with this client request id and returns the whole SubmitResult.</summary>
    public static async Task<XElement> SubmitAsync(string requestId)
    {
        var (status, body, _) = await Infrastructure.Soap.PostAsync(SharedHost.Host.ServiceUrl(Requests.BirthCertificate),
            Infrastructure.Soap.Envelope(Requests.SubmitBody(requestId, Requests.BirthCertificateRequest())), "Submit");
        Assert.That(status, Is.EqualTo(200), body);
        return XDocument.Parse(body).Descendants(Infrastructure.Soap.Tns + "SubmitResult").Single();
    }

    public static byte[] AcknowledgementOf(XElement receipt) => Convert.FromBase64String(receipt.Element(Infrastructure.Soap.Tns + "Acknowledgement")!.Value);

    public static async Task<byte[]> GetBytesAsync(string path)
    {
        using var response = await Http.GetAsync(SharedHost.Host.BaseUrl + path);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The published certificate, downloaded as DER and PEM into a scratch folder.</summary>
    public static async Task<(string Der, string Pem, X509Certificate2 Certificate)> PublishedCertificateAsync(string folder)
    {
        var der = Path.Combine(folder, "certificat-plateforme.cer");
        var pem = Path.Combine(folder, "certificat-plateforme.pem");
        await File.WriteAllBytesAsync(der, await GetBytesAsync("/signature/certificat-plateforme.cer"));
        await File.WriteAllBytesAsync(pem, await GetBytesAsync("/signature/certificat-plateforme.pem"));
        return (der, pem, X509CertificateLoader.LoadCertificateFromFile(der));
    }

    /// <summary>verify-receipt run by the built host, as an integrator runs it.</summary>
    public static (int ExitCode, string Output) Command(string file, string? certificate)
    {
        var arguments = new List<string> { HostProcess.FindHostDll(), "verify-receipt", file };
        if (certificate is not null) arguments.AddRange(["--certificate", certificate]);
        var (code, output, error) = Tool.Run("dotnet", arguments);
        return (code, output + error);
    }

    /// <summary>Uploads a file to /signature/verifier from the platform's own page (same origin).</summary>
    public static async Task<(int Status, string Html)> UploadAsync(byte[] content, string? origin = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        form.Add(file, "accuse", "accuse.xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, SharedHost.Host.BaseUrl + "/signature/verifier") { Content = form };
        request.Headers.Add("Origin", origin ?? SharedHost.Host.BaseUrl);
        using var response = await Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static XmlDocument Load(byte[] content)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(Encoding.UTF8.GetString(content));
        return document;
    }

    public static byte[] Bytes(XmlDocument document) => Encoding.UTF8.GetBytes(document.OuterXml);

    /// <summary>A fresh self-signed certificate: someone else's key.</summary>
    public static X509Certificate2 ForeignCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Web Services Citoyens - cachet de la plateforme", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>
    /// The document re-signed by <paramref name="certificate"/> the way the platform signs, with a KeyInfo
    /// naming that certificate or not, and with the reference <paramref name="referenceUri"/>.
    /// </summary>
    public static byte[] SignedBy(XmlDocument unsigned, X509Certificate2 certificate, bool withKeyInfo, string referenceUri = "")
    {
        using var key = certificate.GetRSAPrivateKey()!;
        var signed = new SignedXml(unsigned) { SigningKey = key };
        signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signed.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference(referenceUri) { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        if (withKeyInfo)
        {
            var info = new KeyInfo();
            info.AddClause(new KeyInfoX509Data(certificate));
            signed.KeyInfo = info;
        }
        signed.ComputeSignature();
        unsigned.DocumentElement!.AppendChild(unsigned.ImportNode(signed.GetXml(), true));
        return Bytes(unsigned);
    }

    /// <summary>The acknowledgement without its signature, one value changed.</summary>
    public static XmlDocument Unsigned(byte[] acknowledgement, string? newNumber = null)
    {
        var document = Load(acknowledgement);
        var signature = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl)[0]!;
        signature.ParentNode!.RemoveChild(signature);
        if (newNumber is not null) Element(document, "NumeroDossier").InnerText = newNumber;
        return document;
    }

    public static XmlElement Element(XmlDocument document, string name) =>
        (XmlElement)document.GetElementsByTagName(name, AcknowledgementDocument.Namespace)[0]!;
}
