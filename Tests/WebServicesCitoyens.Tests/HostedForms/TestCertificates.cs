using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace WebServicesCitoyens.Tests.HostedForms;

/// <summary>Certificates a commune could give, made in the test with their private key (which only the test keeps).</summary>
public static class TestCertificates
{
    /// <summary>A self-signed certificate for a town hall, RSA 2048 by default, valid for a year, for encryption.</summary>
    public static X509Certificate2 Commune(string name, int bits = 2048, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null,
        X509KeyUsageFlags usage = X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DigitalSignature)
    {
        using var key = RSA.Create(bits);
        var request = new CertificateRequest($"CN=Mairie de {name}, O=Commune de {name}, C=FR", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var made = request.CreateSelfSigned(notBefore ?? now.AddDays(-1), notAfter ?? now.AddYears(1));
        // Through PKCS #12 so that the key is usable wherever the test gives it (MimeKit exports it).
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>The certificate alone, as a commune uploads it: PEM text.</summary>
    public static byte[] Pem(X509Certificate2 certificate) => Encoding.ASCII.GetBytes(certificate.ExportCertificatePem());

    /// <summary>The certificate alone, DER.</summary>
    public static byte[] Der(X509Certificate2 certificate) => certificate.Export(X509ContentType.Cert);
}
