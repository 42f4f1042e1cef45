using System.Security.Cryptography;

namespace WebServicesCitoyens.Trust;

/// <summary>
/// The platform's data key: 32 random bytes (AES-256) that encrypt what the store must keep but never in
/// clear (the vendor clients' secrets, which sign their webhooks). Kept in a file outside the store, so that
/// a copy of the store alone reveals nothing. A deployment configures its path (<c>Secrets:DataKeyPath</c>),
/// the same file for every host; without one, the first use creates it next to the store, readable by its
/// owner only — as <see cref="PlatformCertificate"/> does for the seal.
/// </summary>
public sealed class PlatformDataKey
{
    public const int Length = 32;

    private PlatformDataKey(byte[] key) => Key = key;

    public byte[] Key { get; }

    /// <summary>Reads the key file, creating it first (new random bytes) when it does not exist.</summary>
    public static PlatformDataKey LoadOrCreate(string path)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path)) Create(path);
        var key = File.ReadAllBytes(path);
        return key.Length == Length ? new PlatformDataKey(key)
            : throw new InvalidOperationException($"The platform data key {path} must hold exactly {Length} bytes; it holds {key.Length}.");
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside then moved without overwriting: two hosts starting together keep the first one's key.
        var scratch = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var file = new FileStream(scratch, new FileStreamOptions
               {
                   Mode = FileMode.CreateNew, Access = FileAccess.Write,
                   UnixCreateMode = OperatingSystem.IsWindows() ? null : UnixFileMode.UserRead | UnixFileMode.UserWrite,
               }))
        {
            file.Write(RandomNumberGenerator.GetBytes(Length));
            file.Flush(flushToDisk: true);
        }
        try { File.Move(scratch, path, overwrite: false); }
        catch (IOException) when (File.Exists(path)) { File.Delete(scratch); }
    }
}
