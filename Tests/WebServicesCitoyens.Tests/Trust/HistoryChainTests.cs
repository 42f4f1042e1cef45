using WebServicesCitoyens.Dossiers;
using static WebServicesCitoyens.Tests.Trust.HistoryChainWorld;

namespace WebServicesCitoyens.Tests.Trust;

/// <summary>
/// Every event appended to a dossier's history is hash-chained in its transaction; the verifier walks a
/// whole store and names the first tampered event, whatever was changed directly in SQLite.
/// </summary>
[Category(StoreUnderTest.SqliteOnly)]
public sealed class HistoryChainTests
{
    [Test]
    public async Task Events_of_a_filed_and_a_processed_dossier_each_link_to_the_one_before_and_hash_their_fields()
    {
        var (filed, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        foreach (var number in new[] { filed, processed })
        {
            var events = await EventsAsync(copy.Database, number);
            Assert.That(events[0].PreviousHash, Is.EqualTo(HistoryChain.Genesis));
            for (var i = 1; i < events.Count; i++) Assert.That(events[i].PreviousHash, Is.EqualTo(events[i - 1].Hash), $"{number} event {i + 1}");
            Assert.That(events.Select(e => e.Hash), Is.All.Match("^[0-9a-f]{64}$"));
            Assert.That(events.Select(e => e.Hash), Is.Unique);
        }
        var history = await EventsAsync(copy.Database, processed);
        Assert.That(history, Has.Count.GreaterThanOrEqualTo(4));
        var last = history[^1];
        Assert.That(last.Hash, Is.EqualTo(HistoryChain.Hash(
            new DossierEvent(processed, last.Sequence, last.OccurredAt, last.Kind, last.StepCode, last.Actor, last.Detail), null, history[^2].Hash!)));
    }

    [Test]
    public async Task An_untouched_store_is_intact_with_every_dossier_and_event_counted()
    {
        await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();

        var report = await VerifyAsync(copy.Database);

        Assert.That(report.FirstBreak, Is.Null);
        Assert.That(report.Dossiers, Is.EqualTo(await CountAsync(copy.Database, "SELECT COUNT(*) FROM dossiers")));
        Assert.That(report.Events, Is.EqualTo(await CountAsync(copy.Database, "SELECT COUNT(*) FROM dossier_events")));
    }

    [Test]
    public async Task A_changed_event_detail_is_found_as_a_hash_mismatch_of_that_event()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await ExecuteAsync(copy.Database, "UPDATE dossier_events SET detail = 'Pièce refusée.' WHERE dossier_number = @processed AND sequence = 3", new { processed });

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, 3, HistoryFault.HashMismatch)));
    }

    [Test]
    public async Task A_deleted_event_is_found_as_the_missing_sequence()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await ExecuteAsync(copy.Database, "DELETE FROM dossier_events WHERE dossier_number = @processed AND sequence = 2", new { processed });

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, 2, HistoryFault.MissingSequence)));
    }

    [Test]
    public async Task Two_swapped_events_are_found_at_the_first_of_them_as_a_broken_link()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await ExecuteAsync(copy.Database,
            """
            UPDATE dossier_events SET sequence = -sequence WHERE dossier_number = @processed AND sequence IN (2, 3);
            UPDATE dossier_events SET sequence = 3 WHERE dossier_number = @processed AND sequence = -2;
            UPDATE dossier_events SET sequence = 2 WHERE dossier_number = @processed AND sequence = -3;
            """, new { processed });

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, 2, HistoryFault.BrokenLink)));
    }

    [Test]
    public async Task Two_swapped_event_contents_with_their_hashes_recomputed_in_place_are_still_found()
    {
        // The tamperer swaps the fields and rehashes the events with the published algorithm, but cannot
        // rewrite the link of the event after them without also rehashing it, and so on to the end: the
        // verifier finds the first event whose link no longer holds, unless the whole tail is rewritten.
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        var events = await EventsAsync(copy.Database, processed);
        var (second, third) = (events[1], events[2]);
        var newSecond = HistoryChain.Hash(new DossierEvent(processed, 2, third.OccurredAt, third.Kind, third.StepCode, third.Actor, third.Detail), null, events[0].Hash!);
        await ExecuteAsync(copy.Database,
            """
            UPDATE dossier_events SET occurred_at = @OccurredAt, kind = @Kind, step_code = @StepCode, actor = @Actor, detail = @Detail, hash = @hash
            WHERE dossier_number = @processed AND sequence = 2
            """, new { third.OccurredAt, third.Kind, third.StepCode, third.Actor, third.Detail, hash = newSecond, processed });

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, 3, HistoryFault.BrokenLink)));
        Assert.That(second.Hash, Is.Not.EqualTo(newSecond));
    }

    [Test]
    public async Task A_request_changed_directly_in_the_store_is_found_at_the_first_event()
    {
        var (filed, _) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await ExecuteAsync(copy.Database, "UPDATE dossiers SET request_xml = replace(request_xml, 'Chaine', 'Autre') WHERE number = @filed", new { filed });

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(filed, 1, HistoryFault.RequestChanged)));
    }

    [Test]
    public async Task A_request_changed_with_its_request_hash_recomputed_is_found_by_the_first_event_s_hash()
    {
        var (filed, _) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await using (var connection = await copy.Database.OpenAsync())
        {
            var (procedure, xml) = await Dapper.SqlMapper.QuerySingleAsync<(string, string)>(connection,
                "SELECT procedure_code, request_xml FROM dossiers WHERE number = @filed", new { filed });
            var changed = xml.Replace("Chaine", "Autre");
            Assert.That(changed, Is.Not.EqualTo(xml));
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE dossiers SET request_xml = @changed, request_hash = @hash WHERE number = @filed",
                new { changed, hash = RequestDocument.Hash(procedure, changed), filed });
        }

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(filed, 1, HistoryFault.HashMismatch)));
    }

    [Test]
    public async Task An_event_whose_hash_was_removed_is_found_as_not_chained()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await ExecuteAsync(copy.Database, "UPDATE dossier_events SET hash = NULL WHERE dossier_number = @processed AND sequence = 4", new { processed });

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, 4, HistoryFault.NotChained)));
    }

    [Test]
    public void Moving_characters_between_fields_or_an_empty_detail_for_none_changes_the_hash()
    {
        var e = new DossierEvent("K7M-XR4-TWC", 2, "2026-11-23T10:15:30.123Z", DossierEventKinds.NoteAdded, null, "agent:ab", "cd");

        Assert.That(new[]
        {
            HistoryChain.Hash(e, null, HistoryChain.Genesis),
            HistoryChain.Hash(e with { Actor = "agent:a", Detail = "bcd" }, null, HistoryChain.Genesis),
            HistoryChain.Hash(e with { Detail = null }, null, HistoryChain.Genesis),
            HistoryChain.Hash(e with { Detail = "" }, null, HistoryChain.Genesis),
            HistoryChain.Hash(e with { StepCode = "" }, null, HistoryChain.Genesis),
        }, Is.Unique);
    }
}
