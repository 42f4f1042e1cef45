namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// Where the platform's data key is kept (<see cref="Trust.PlatformDataKey"/>): <c>Secrets:DataKeyPath</c>, a
/// file of 32 bytes every host shares (like the seal's <c>Signing:CertificatePath</c>), or platform-data.key
/// next to the store, created on first use.
/// </summary>
public sealed record DataKeySettings(string Path)
{
    public static DataKeySettings From(IConfiguration configuration, string sqlitePath) => new(
        configuration["Secrets:DataKeyPath"] is { Length: > 0 } configured
            ? configured : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(sqlitePath))!, "platform-data.key"));
}
