namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// Where the platform's seal is kept: <c>Signing:CertificatePath</c> (a PKCS #12 file every host shares)
/// with <c>Signing:CertificatePassword</c>, or platform-seal.pfx in the data folder (Storage:DataFolder, by default the SQLite file's folder). One reading for the
/// host and for verify-receipt, so that the command checks against the very key the host signs with.
/// </summary>
public sealed record SealSettings(string Path, string? Password)
{
    public static SealSettings From(IConfiguration configuration, string dataFolder) => new(
        configuration["Signing:CertificatePath"] is { Length: > 0 } pfx ? pfx : System.IO.Path.Combine(dataFolder, "platform-seal.pfx"),
        configuration["Signing:CertificatePassword"] is { Length: > 0 } secret ? secret : null);
}
