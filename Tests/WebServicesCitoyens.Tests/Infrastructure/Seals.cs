using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// The platform's seal of a store, where a host keeps it (platform-seal.pfx next to the SQLite file), for the
/// code the tests run in their own process on a host's store or a scratch store: their history appends seal
/// the chain's head with the very key the host uses, and the verifier checks with its public certificate.
/// </summary>
public static class Seals
{
    private static readonly ConcurrentDictionary<string, PlatformCertificate> Loaded = new();

    public static PlatformCertificate CertificateOf(string databasePath) => Loaded.GetOrAdd(Path.GetFullPath(databasePath),
        path => PlatformCertificate.LoadOrCreate(Path.Combine(Path.GetDirectoryName(path)!, "platform-seal.pfx")));

    public static HistorySeal Of(string databasePath) => new(CertificateOf(databasePath));

    public static HistorySeal Of(HostProcess host) => Of(host.DatabasePath);

    public static HistorySeal Of(Storage.Database database) => Of(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource);

    /// <summary>The public certificate alone, as published at /signature/certificat-plateforme.cer.</summary>
    public static X509Certificate2 PublishedOf(string databasePath) => X509CertificateLoader.LoadCertificate(CertificateOf(databasePath).PublicCertificate);
}
