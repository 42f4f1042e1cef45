using System.Security.Cryptography.X509Certificates;
using Dapper;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Dossiers;

/// <summary>What is wrong with the first tampered event of a history.</summary>
public enum HistoryFault
{
    /// <summary>The submitted request (request_xml) no longer hashes to the dossier's request_hash.</summary>
    RequestChanged,
    /// <summary>An event is missing: the history skips this sequence (or the dossier has none).</summary>
    MissingSequence,
    /// <summary>The event has no hash while the store is chained.</summary>
    NotChained,
    /// <summary>The event's previous hash is not the hash of the event before it.</summary>
    BrokenLink,
    /// <summary>The event's fields (or, for the first, the request) no longer hash to its stored hash.</summary>
    HashMismatch,
    /// <summary>The chain is intact but its head carries no platform seal.</summary>
    SealMissing,
    /// <summary>The seal is of another head (a later or earlier event): the last events were deleted, added or rewritten.</summary>
    SealOfAnotherHead,
    /// <summary>The seal's signature does not verify with the published certificate (forged, or made with another key).</summary>
    SealInvalid,
}

/// <summary>The first tampered event: its dossier, its sequence and what differs (for a seal fault, the last event's sequence).</summary>
public sealed record HistoryBreak(string DossierNumber, long Sequence, HistoryFault Fault);

/// <summary>How many dossiers and events were checked, and the first tampered event, if any.</summary>
public sealed record HistoryReport(long Dossiers, long Events, HistoryBreak? FirstBreak);

/// <summary>
/// Walks every dossier's hash chain (<see cref="HistoryChain"/>), in dossier number order, a batch of
/// dossiers at a time so that a large store is never held in memory, and stops at the first tampered event;
/// then checks that the chain's head carries the platform's seal (<see cref="HistorySeal"/>), with the
/// published certificate <paramref name="platform"/> only, so that a tail rewritten with recomputed hashes,
/// or cut short, is found too.
/// </summary>
public sealed class HistoryVerifier(Database database, X509Certificate2 platform, int batch = 500)
{
    private sealed record Seal(string DossierNumber, long Sequence, string HeadHash, string Signature);
    private sealed record Dossier(string Number, string ProcedureCode, string RequestHash, string RequestXml);
    private sealed record StoredEvent(string DossierNumber, long Sequence, string OccurredAt, string Kind, string? StepCode, string Actor,
        string? Detail, string? PreviousHash, string? Hash);

    public async Task<HistoryReport> VerifyAsync()
    {
        await using var connection = await database.OpenAsync();
        long dossiers = 0, events = 0;
        var after = "";
        while (true)
        {
            var page = (await connection.QueryAsync<Dossier>(
                """
                SELECT number, procedure_code AS ProcedureCode, request_hash AS RequestHash, request_xml AS RequestXml
                FROM dossiers WHERE number > @after ORDER BY number LIMIT @batch
                """, new { after, batch })).AsList();
            if (page.Count == 0) return new HistoryReport(dossiers, events, null);
            var last = page[^1].Number;
            var history = (await connection.QueryAsync<StoredEvent>(
                """
                SELECT dossier_number AS DossierNumber, sequence, occurred_at AS OccurredAt, kind, step_code AS StepCode, actor, detail,
                       previous_hash AS PreviousHash, hash
                FROM dossier_events WHERE dossier_number > @after AND dossier_number <= @last ORDER BY dossier_number, sequence
                """, new { after, last })).ToLookup(e => e.DossierNumber);
            var seals = (await connection.QueryAsync<Seal>(
                """
                SELECT dossier_number AS DossierNumber, sequence, head_hash AS HeadHash, signature
                FROM dossier_history_seals WHERE dossier_number > @after AND dossier_number <= @last
                """, new { after, last })).ToDictionary(s => s.DossierNumber);
            foreach (var dossier in page)
            {
                var ofDossier = history[dossier.Number].ToList();
                if ((Check(dossier, ofDossier) ?? CheckSeal(dossier.Number, ofDossier[^1], seals.GetValueOrDefault(dossier.Number))) is { } found)
                    return new HistoryReport(dossiers, events, found);
                dossiers++;
                events += ofDossier.Count;
            }
            after = last;
        }
    }

    private static HistoryBreak? Check(Dossier dossier, IReadOnlyList<StoredEvent> events)
    {
        var requestHash = RequestDocument.Hash(dossier.ProcedureCode, dossier.RequestXml);
        if (requestHash != dossier.RequestHash) return new HistoryBreak(dossier.Number, 1, HistoryFault.RequestChanged);
        if (events.Count == 0) return new HistoryBreak(dossier.Number, 1, HistoryFault.MissingSequence);
        var previous = HistoryChain.Genesis;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            HistoryFault? fault =
                e.Sequence != i + 1 ? HistoryFault.MissingSequence
                : e.Hash is null || e.PreviousHash is null ? HistoryFault.NotChained
                : e.PreviousHash != previous ? HistoryFault.BrokenLink
                : HistoryChain.Hash(new DossierEvent(e.DossierNumber, e.Sequence, e.OccurredAt, e.Kind, e.StepCode, e.Actor, e.Detail),
                    requestHash, previous) != e.Hash ? HistoryFault.HashMismatch
                : null;
            if (fault is { } f) return new HistoryBreak(dossier.Number, i + 1, f);
            previous = e.Hash!;
        }
        return null;
    }

    /// <summary>The head of an intact chain against its seal.</summary>
    private HistoryBreak? CheckSeal(string number, StoredEvent head, Seal? seal)
    {
        HistoryFault? fault =
            seal is null ? HistoryFault.SealMissing
            : seal.Sequence != head.Sequence || seal.HeadHash != head.Hash ? HistoryFault.SealOfAnotherHead
            : !HistorySeal.Verify(platform, number, head.Sequence, head.Hash!, seal.Signature) ? HistoryFault.SealInvalid
            : null;
        return fault is { } f ? new HistoryBreak(number, head.Sequence, f) : null;
    }
}
