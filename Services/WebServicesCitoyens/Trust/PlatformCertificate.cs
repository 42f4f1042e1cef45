using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WebServicesCitoyens.Trust;

/// <summary>
/// The platform's seal (RGS: acknowledgements of receipt are sealed by the platform): an RSA key and its
/// certificate, kept as a PKCS #12 file. A deployment configures its own (<c>Signing:CertificatePath</c>,
/// <c>Signing:CertificatePassword</c>), shared by every host; without one, the first start creates a
/// self-signed certificate next to the store, so a newcomer's platform seals its receipts too. Whoever
/// verifies uses the published certificate (<see cref="PublicCertificate"/>), never the one a document carries.
/// </summary>
public sealed class PlatformCertificate
{
    public const string SubjectName = "CN=Web Services Citoyens - cachet de la plateforme, O=Web Services Citoyens, C=FR";

    private PlatformCertificate(X509Certificate2 certificate) => Certificate = certificate;

    /// <summary>The certificate with its private key, for signing.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate alone (DER), as published for verifiers.</summary>
    public byte[] PublicCertificate => Certificate.Export(X509ContentType.Cert);

    /// <summary>Loads the PKCS #12 file, creating it first (a new self-signed certificate) when it does not exist.</summary>
    public static PlatformCertificate LoadOrCreate(string path, string? password = null)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path)) Create(path, password);
        return new PlatformCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet));
    }

    private static void Create(string path, string? password)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var key = RSA.Create(3072);
        var request = new CertificateRequest(SubjectName, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(5));
        // Written aside then moved without overwriting: two hosts starting together keep the first one's key.
        var scratch = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(scratch, certificate.Export(X509ContentType.Pkcs12, password));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(scratch, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try { File.Move(scratch, path, overwrite: false); }
        catch (IOException) when (File.Exists(path)) { File.Delete(scratch); }
    }
}
