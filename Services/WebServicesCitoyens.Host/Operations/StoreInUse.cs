namespace WebServicesCitoyens.Host.Operations;

/// <summary>
/// Tells the restore command that a host serves a SQLite store. SQLite itself cannot: a host's idle pooled
/// connections hold no lock. Each host holds a shared lock (flock) on <c>{store}.lock</c> for its whole life —
/// several hosts may share it, the kernel drops it when the process dies, even killed — and restore
/// needs the exclusive lock, which it gets only when no host runs.
/// </summary>
public static class StoreInUse
{
    public static string LockFile(string store) => Path.GetFullPath(store) + ".lock";

    /// <summary>The host's shared lock; keep it until the host stops.</summary>
    public static IDisposable Hold(string store)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LockFile(store))!);
        return new FileStream(LockFile(store), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
    }

    /// <summary>
    /// The exclusive lock when no host holds the shared one, else null; the caller keeps it while it replaces the
    /// store, so that no host starts on a half-restored one.
    /// </summary>
    public static IDisposable? TryExclusive(string store)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(LockFile(store))!);
        try
        {
            return new FileStream(LockFile(store), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
