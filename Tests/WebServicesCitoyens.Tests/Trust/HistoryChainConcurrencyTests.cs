using WebServicesCitoyens.Dossiers;

namespace WebServicesCitoyens.Tests.Trust;

/// <summary>
/// Appends racing on one dossier (each in its own transaction, as agents acting at once) still make one
/// chain, whose head carries a valid platform seal: each reads the previous hash and seals its own head in its
/// transaction; and an event whose sequence does not follow
/// the last is refused rather than chained beside it.
/// </summary>
public sealed class HistoryChainConcurrencyTests
{
    [Test]
    public async Task Twenty_notes_appended_at_once_to_one_dossier_make_one_intact_chain_with_its_last_event_sealed()
    {
        using var scratch = await ScratchStore.CreateAsync();
        var store = new DossierStore(scratch.Database, Seals.Of(scratch.File));
        var (number, at) = await FileAsync(store);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            await using var connection = await scratch.Database.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await store.AppendAsync(connection, transaction, number, at, DossierEventKinds.NoteAdded, null, "agent:test", $"Note {i}");
            await transaction.CommitAsync();
        })));

        var report = await new HistoryVerifier(scratch.Database, Seals.PublishedOf(scratch.File)).VerifyAsync();
        Assert.That(report.FirstBreak, Is.Null);
        Assert.That(report.Events, Is.EqualTo(21));
        await using var connection = await scratch.Database.OpenAsync();
        Assert.That(await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection,
            "SELECT sequence FROM dossier_history_seals WHERE dossier_number = @number", new { number }), Is.EqualTo(21));
    }

    [Test]
    public async Task An_event_whose_sequence_does_not_follow_the_last_is_refused()
    {
        using var scratch = await ScratchStore.CreateAsync();
        var store = new DossierStore(scratch.Database, Seals.Of(scratch.File));
        var (number, at) = await FileAsync(store);

        await using var connection = await scratch.Database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => DossierStore.AppendEventAsync(connection, transaction,
            new DossierEvent(number, 3, at, DossierEventKinds.NoteAdded, null, "agent:test", "Après un trou"), Seals.Of(scratch.File)));
    }

    /// <summary>A birth certificate filed straight into the store: its number and its filing time.</summary>
    private static async Task<(string Number, string At)> FileAsync(DossierStore store)
    {
        var number = DossierNumber.NewNumber();
        var at = Timestamps.ToText(DateTimeOffset.UtcNow);
        var request = Definitions.Sample(Requests.BirthCertificate).ToString();
        await store.InsertAsync(new DossierRecord(number, "45234", Requests.BirthCertificate, 1, "req-" + number,
                RequestDocument.Hash(Requests.BirthCertificate, request), TrackingCode.NewCode(), request, "ENREGISTREE", "Web", at, at),
            new DossierEvent(number, 1, at, DossierEventKinds.Submitted, "ENREGISTREE", "usager", null));
        return (number, at);
    }
}
