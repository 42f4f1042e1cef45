using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WebServicesCitoyens.Texts;

namespace WebServicesCitoyens.Trust;

/// <summary>
/// The certificate a HostedForms commune gives so that its dossiers reach it encrypted: a readable
/// X.509 certificate (PEM or DER), an RSA key of 2048 bits or more, valid now, whose key usage (when
/// it says one) allows encrypting a key to it. Only its public part is ever kept.
/// </summary>
public static class CommuneCertificate
{
    public const int MinimumKeyBits = 2048;

    /// <summary>The certificate, or the French reason it cannot be used.</summary>
    public static (X509Certificate2? Certificate, string? Error) Check(byte[] data, DateTimeOffset now)
    {
        X509Certificate2 certificate;
        try { certificate = Load(data); }
        catch (CryptographicException) { return (null, HostedFormsTexts.CertificateUnreadable); }
        using var key = certificate.GetRSAPublicKey();
        var error = key is null ? HostedFormsTexts.CertificateNotRsa
            : key.KeySize < MinimumKeyBits ? HostedFormsTexts.CertificateKeyTooShort(key.KeySize)
            : certificate.NotAfter.ToUniversalTime() <= now.UtcDateTime ? HostedFormsTexts.CertificateExpired
            : certificate.NotBefore.ToUniversalTime() > now.UtcDateTime ? HostedFormsTexts.CertificateNotYetValid
            : certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage
              && (usage.KeyUsages & X509KeyUsageFlags.KeyEncipherment) == 0 ? HostedFormsTexts.CertificateNotForEncryption
            : null;
        if (error is null) return (certificate, null);
        certificate.Dispose();
        return (null, error);
    }

    /// <summary>A PEM text (« -----BEGIN CERTIFICATE----- ») or DER bytes; never a private key.</summary>
    private static X509Certificate2 Load(byte[] data)
    {
        if (data.Length == 0) throw new CryptographicException("empty");
        var text = System.Text.Encoding.ASCII.GetString(data);
        return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(text)
            : X509CertificateLoader.LoadCertificate(data);
    }
}
