namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// Where the platform's data key is kept (<see cref="Trust.PlatformDataKey"/>): <c>Secrets:DataKeyPath</c>, a
/// file of 32 bytes every host shares (like the seal's <c>Signing:CertificatePath</c>), or platform-data.key
/// in the data folder (Storage:DataFolder, by default the SQLite file's folder), created on first use.
/// </summary>
public sealed record DataKeySettings(string Path)
{
    public static DataKeySettings From(IConfiguration configuration, string dataFolder) => new(
        configuration["Secrets:DataKeyPath"] is { Length: > 0 } configured ? configured : System.IO.Path.Combine(dataFolder, "platform-data.key"));
}
