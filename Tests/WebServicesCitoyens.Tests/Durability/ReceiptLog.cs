namespace WebServicesCitoyens.Tests.Durability;

/// <summary>One receipt the client received: the dossier's number, the client's request id, the request's hash.</summary>
public sealed record AcknowledgedReceipt(string Number, string ClientRequestId, string RequestHash);

/// <summary>
/// The crash test's client log, outside the system under test: a file the test appends a line to, and
/// syncs to disk, as soon as a receipt is received — what the platform acknowledged, whatever becomes of it.
/// </summary>
public sealed class ReceiptLog : IDisposable
{
    private readonly FileStream _file;

    public ReceiptLog(string path)
    {
        Path = path;
        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public string Path { get; }

    public void Append(AcknowledgedReceipt receipt)
    {
        var line = System.Text.Encoding.UTF8.GetBytes($"{receipt.Number}\t{receipt.ClientRequestId}\t{receipt.RequestHash}\n");
        lock (_file)
        {
            _file.Write(line);
            _file.Flush(flushToDisk: true);
        }
    }

    /// <summary>Every receipt logged so far, read back from the file.</summary>
    public IReadOnlyList<AcknowledgedReceipt> Read()
    {
        using var reader = new StreamReader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var receipts = new List<AcknowledgedReceipt>();
        while (reader.ReadLine() is { } line)
            if (line.Split('\t') is [var number, var id, var hash]) receipts.Add(new(number, id, hash));
        return receipts;
    }

    public void Dispose() => _file.Dispose();
}
