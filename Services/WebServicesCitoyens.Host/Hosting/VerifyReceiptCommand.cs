using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WebServicesCitoyens.Texts;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// <c>verify-receipt {file.xml} [--certificate file.cer]</c>: verifies an acknowledgement of receipt offline,
/// exactly as the page /signature/verifier does (<see cref="AcknowledgementVerifier"/>), against the
/// certificate given (DER or PEM, as published at /signature/certificat-plateforme.cer and .pem) or, without
/// one, the seal of this installation (never created here). Prints the verdict; exit 0 valid, 1 not, 2 usage.
/// </summary>
public static class VerifyReceiptCommand
{
    public const string Name = "verify-receipt";

    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args.Length == 0 || args[0] != Name) return false;
        var rest = args.Skip(1).ToList();
        string? certificatePath = null;
        if (rest.IndexOf("--certificate") is var at and >= 0)
        {
            if (at + 1 >= rest.Count) return Usage(out exitCode);
            certificatePath = rest[at + 1];
            rest.RemoveRange(at, 2);
        }
        if (rest.Count != 1) return Usage(out exitCode);

        byte[] content;
        try
        {
            // Never read a huge file whole: over the limit, it is not an acknowledgement.
            if (new FileInfo(rest[0]).Length > AcknowledgementVerifier.MaxBytes)
            {
                Console.Error.WriteLine(AcknowledgementTexts.InvalidPrefix + AcknowledgementTexts.TooLarge);
                exitCode = 1;
                return true;
            }
            content = File.ReadAllBytes(rest[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine(AcknowledgementTexts.FileUnreadable(rest[0]));
            exitCode = 2;
            return true;
        }
        using var certificate = certificatePath is null ? InstallationCertificate() : Published(certificatePath);
        if (certificate is null) { exitCode = 2; return true; }

        var check = AcknowledgementVerifier.Verify(content, certificate);
        (check.IsValid ? Console.Out : Console.Error).WriteLine(check.Message);
        exitCode = check.IsValid ? 0 : 1;
        return true;
    }

    private static bool Usage(out int exitCode)
    {
        Console.Error.WriteLine(AcknowledgementTexts.Usage);
        exitCode = 2;
        return true;
    }

    /// <summary>A published certificate (DER or PEM), or null after saying why.</summary>
    internal static X509Certificate2? Published(string path)
    {
        try { return X509CertificateLoader.LoadCertificateFromFile(path); }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(AcknowledgementTexts.CertificateUnreadable(path));
            return null;
        }
    }

    /// <summary>The public part of this installation's seal, read where the host keeps it.</summary>
    internal static X509Certificate2? InstallationCertificate()
    {
        var configuration = CommandStore.Configuration();
        var seal = SealSettings.From(configuration, StoreSettings.From(configuration).DataFolder);
        if (!File.Exists(seal.Path))
        {
            Console.Error.WriteLine(AcknowledgementTexts.NoPlatformCertificate);
            return null;
        }
        using var full = X509CertificateLoader.LoadPkcs12FromFile(seal.Path, seal.Password, X509KeyStorageFlags.EphemeralKeySet);
        return X509CertificateLoader.LoadCertificate(full.Export(X509ContentType.Cert));
    }
}
