using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace WebServicesCitoyens.Dossiers;

/// <summary>
/// The hash chain of a dossier's history (migration 0013). Each event's hash is the SHA-256 (lower-case
/// hex) of a length-prefixed encoding of, in this order: the format tag <see cref="Format"/>, the dossier
/// number, the sequence (decimal), occurred_at, kind, step_code, actor, detail, the dossier's request_hash
/// (the first event only: absent for the others) and the previous event's hash (<see cref="Genesis"/> for
/// the first). Each field is written as its UTF-8 byte length in decimal, a colon and its bytes, or
/// « ~ » when it is absent (NULL): no field can run into the next, so no two histories encode alike.
/// Changing, deleting, inserting or reordering an event, or the submitted request, breaks the chain
/// from there on (<see cref="HistoryVerifier"/>).
/// </summary>
public static class HistoryChain
{
    public const string Format = "wsc-history-chain/1";

    /// <summary>The previous hash of every dossier's first event.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Hash(DossierEvent e, string? requestHash, string previousHash)
    {
        var text = new StringBuilder();
        foreach (var field in new[] { Format, e.DossierNumber, e.Sequence.ToString(CultureInfo.InvariantCulture), e.OccurredAt, e.Kind,
                     e.StepCode, e.Actor, e.Detail, e.Sequence == 1 ? requestHash : null, previousHash })
            text.Append(field is null ? "~" : Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture) + ":" + field);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The previous hash and own hash of an event about to be appended, read in the appending transaction
    /// (so that two appends cannot both chain to the same event: the second's sequence is refused by the key).
    /// </summary>
    public static async Task<(string Previous, string Hash)> LinkAsync(DbConnection connection, DbTransaction transaction, DossierEvent e)
    {
        var last = await connection.QuerySingleOrDefaultAsync<(long Sequence, string? Hash)>(
            "SELECT sequence, hash FROM dossier_events WHERE dossier_number = @DossierNumber ORDER BY sequence DESC LIMIT 1", e, transaction);
        if (e.Sequence != last.Sequence + 1)
            throw new InvalidOperationException($"Event {e.Sequence} of dossier {e.DossierNumber} does not follow event {last.Sequence}.");
        // Before the start-up backfill, the events of an older store have no hash yet: it chains them all again.
        var previous = last.Sequence == 0 ? Genesis : last.Hash ?? Genesis;
        var requestHash = e.Sequence == 1
            ? await connection.ExecuteScalarAsync<string>("SELECT request_hash FROM dossiers WHERE number = @DossierNumber", e, transaction)
            : null;
        return (previous, Hash(e, requestHash, previous));
    }
}
