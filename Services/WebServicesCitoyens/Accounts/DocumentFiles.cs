using System.Text.RegularExpressions;

namespace WebServicesCitoyens.Accounts;

/// <summary>
/// The e-safe's settings: the folder of the documents' files (by default <c>documents/</c> next to
/// the SQLite file), the largest document (5 MiB by default) and how many a citizen may keep.
/// </summary>
public sealed record DocumentOptions(string Folder, int MaxSizeKb = DocumentOptions.DefaultMaxSizeKb, int MaxPerCitizen = DocumentOptions.DefaultMaxPerCitizen)
{
    public const int DefaultMaxSizeKb = 5120;
    public const int DefaultMaxPerCitizen = 100;

    public long MaxBytes => MaxSizeKb * 1024L;

    /// <summary>
    /// The largest SOAP request that can carry the largest document: its base64 text plus room for
    /// the envelope and the other parameters (about 7 MiB for 5 MiB).
    /// </summary>
    public int SoapBodyBytes => checked((int)(4 * ((MaxBytes + 2) / 3) + 64 * 1024));

    /// <summary>The largest upload form (multipart) that can carry the largest document.</summary>
    public long FormBodyBytes => MaxBytes + 64 * 1024;

    public static DocumentOptions In(string dataFolder, int? maxSizeKb = null, int? maxPerCitizen = null) =>
        new(Path.Combine(dataFolder, "documents"),
            maxSizeKb ?? DefaultMaxSizeKb, maxPerCitizen ?? DefaultMaxPerCitizen);
}

/// <summary>
/// The documents' content, one file per document named after its random id. A file is written and
/// flushed to disk before the row that names it commits, and removed when that commit fails; a
/// deleted document's file is removed after its row is.
/// </summary>
public sealed partial class DocumentFiles(DocumentOptions options)
{
    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();

    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    public string PathOf(string id) =>
        IsId(id) ? Path.Combine(options.Folder, id) : throw new ArgumentException("Not a document id.", nameof(id));

    /// <summary>Writes a new file and flushes it to disk; an existing file is never overwritten.</summary>
    public async Task WriteAsync(string id, byte[] content)
    {
        Directory.CreateDirectory(options.Folder);
        await using var file = new FileStream(PathOf(id), FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        await file.WriteAsync(content);
        file.Flush(flushToDisk: true);
    }

    public bool Exists(string id) => File.Exists(PathOf(id));

    public Task<byte[]> ReadAsync(string id) => File.ReadAllBytesAsync(PathOf(id));

    public Stream OpenRead(string id) => new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);

    /// <summary>Removes a file; true when it is gone (or never was).</summary>
    public bool Delete(string id)
    {
        try
        {
            File.Delete(PathOf(id));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A scratch file in the documents' folder (the same protection as the documents), deleted when closed.</summary>
    public FileStream NewScratchFile()
    {
        Directory.CreateDirectory(options.Folder);
        return new FileStream(Path.Combine(options.Folder, ".scratch-" + AccountTokens.NewId()), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    }
}
