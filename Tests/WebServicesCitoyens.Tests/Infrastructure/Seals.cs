using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Trust;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// The platform's seal of a store, where a host keeps it (platform-seal.pfx in its data folder), for the
/// code the tests run in their own process on a host's store or a scratch store: their history appends seal
/// the chain's head with the very key the host uses, and the verifier checks with its public certificate.
/// </summary>
public static class Seals
{
    private static readonly ConcurrentDictionary<string, PlatformCertificate> Loaded = new();

    /// <summary>The seal kept in a data folder (created there on first use, as a host does).</summary>
    public static PlatformCertificate CertificateIn(string dataFolder) => Loaded.GetOrAdd(Path.GetFullPath(dataFolder),
        folder => PlatformCertificate.LoadOrCreate(Path.Combine(folder, "platform-seal.pfx")));

    /// <summary>The seal of the SQLite store in <paramref name="databasePath"/> (next to the file).</summary>
    public static PlatformCertificate CertificateOf(string databasePath) => CertificateIn(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);

    public static HistorySeal Of(string databasePath) => new(CertificateOf(databasePath));

    public static HistorySeal Of(HostProcess host) => new(CertificateIn(host.DataFolder));

    /// <summary>
    /// The seal of a scratch store: next to its SQLite file, or for a PostgreSQL database one of its own in a
    /// temporary folder named after it (no host shares it).
    /// </summary>
    public static HistorySeal Of(WebServicesCitoyens.Storage.Database database) => database.SqliteFile is { } file
        ? Of(file)
        : new(CertificateIn(Path.Combine(Path.GetTempPath(), "wsc-seal-" + Convert.ToHexString(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(database.ConnectionString)))[..16])));

    /// <summary>The public certificate alone, as published at /signature/certificat-plateforme.cer.</summary>
    public static X509Certificate2 PublishedOf(string databasePath) => X509CertificateLoader.LoadCertificate(CertificateOf(databasePath).PublicCertificate);
}
