using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Trust;
using static WebServicesCitoyens.Tests.Trust.HistoryChainWorld;

namespace WebServicesCitoyens.Tests.Trust;

/// <summary>
/// The platform's seal on each chain's head (migration 0017): whoever rewrites the store and knows the chain's
/// algorithm can recompute the hashes of a tail, or cut the last events, but cannot seal the new head without
/// the platform's private key; the verifier, holding only the published certificate, names the dossier.
/// </summary>
[Category(StoreUnderTest.SqliteOnly)] // works on copies of the SQLite file
public sealed class HistorySealTests
{
    /// <summary>Rewrites the last event of a dossier with a new detail and its hash recomputed by the published algorithm.</summary>
    private static async Task<(long Sequence, string Hash)> RewriteLastEventAsync(Database database, string number)
    {
        var events = await EventsAsync(database, number);
        var last = events[^1];
        var hash = HistoryChain.Hash(new DossierEvent(number, last.Sequence, last.OccurredAt, last.Kind, last.StepCode, last.Actor, "Dossier classé sans suite."),
            null, last.PreviousHash!);
        await ExecuteAsync(database, "UPDATE dossier_events SET detail = 'Dossier classé sans suite.', hash = @hash WHERE dossier_number = @number AND sequence = @Sequence",
            new { hash, number, last.Sequence });
        return (last.Sequence, hash);
    }

    [Test]
    public async Task Every_head_of_the_shared_store_is_sealed_by_the_published_certificate_at_its_last_event()
    {
        var (filed, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        var published = Seals.PublishedOf(SharedHost.Host.DatabasePath);
        foreach (var number in new[] { filed, processed })
        {
            var head = (await EventsAsync(copy.Database, number))[^1];
            var seal = await SealOfAsync(copy.Database, number);
            Assert.That((seal.Sequence, seal.HeadHash), Is.EqualTo((head.Sequence, head.Hash)), number);
            Assert.That(HistorySeal.Verify(published, number, head.Sequence, head.Hash!, seal.Signature), Is.True, number);
        }
        Assert.That(await CountAsync(copy.Database, "SELECT COUNT(*) FROM dossiers WHERE number NOT IN (SELECT dossier_number FROM dossier_history_seals)"), Is.Zero);
    }

    [Test]
    public async Task A_tail_rewritten_with_its_hashes_recomputed_is_found_as_a_seal_of_another_head()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        var (sequence, _) = await RewriteLastEventAsync(copy.Database, processed);

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, sequence, HistoryFault.SealOfAnotherHead)));
    }

    [Test]
    public async Task A_tail_rewritten_with_the_seal_s_head_updated_too_is_found_as_an_invalid_seal()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        var (sequence, hash) = await RewriteLastEventAsync(copy.Database, processed);
        await ExecuteAsync(copy.Database, "UPDATE dossier_history_seals SET head_hash = @hash WHERE dossier_number = @processed", new { hash, processed });

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, sequence, HistoryFault.SealInvalid)));
    }

    [Test]
    public async Task Deleting_the_last_event_is_found_though_the_shorter_chain_is_intact()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        var last = (await EventsAsync(copy.Database, processed))[^1].Sequence;
        await ExecuteAsync(copy.Database, "DELETE FROM dossier_events WHERE dossier_number = @processed AND sequence = @last", new { processed, last });

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, last - 1, HistoryFault.SealOfAnotherHead)));
    }

    [Test]
    public async Task A_removed_seal_is_found_as_missing()
    {
        var (filed, _) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await ExecuteAsync(copy.Database, "DELETE FROM dossier_history_seals WHERE dossier_number = @filed", new { filed });

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(filed, 1, HistoryFault.SealMissing)));
    }

    [Test]
    public async Task A_rewritten_tail_sealed_with_another_key_is_refused_and_so_is_the_store_checked_with_another_certificate()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        var (sequence, hash) = await RewriteLastEventAsync(copy.Database, processed);
        // The forger's own seal, made exactly as the platform makes its own, but with another key.
        var forger = PlatformCertificate.LoadOrCreate(Path.Combine(Path.GetDirectoryName(copy.File)!, "faussaire", "platform-seal.pfx"));
        await using (var connection = await copy.Database.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await new HistorySeal(forger).WriteAsync(connection, transaction, processed, sequence, hash);
            await transaction.CommitAsync();
        }

        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, sequence, HistoryFault.SealInvalid)));
        using var forgersCertificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(forger.PublicCertificate);
        var withForgersCertificate = await new HistoryVerifier(copy.Database, forgersCertificate).VerifyAsync();
        Assert.That(withForgersCertificate.FirstBreak?.Fault, Is.EqualTo(HistoryFault.SealInvalid), "the other dossiers are sealed by the platform, not the forger");
    }

    [Test]
    public async Task The_command_names_the_dossier_whose_rewritten_tail_no_longer_matches_its_seal_and_exits_with_1()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        var (sequence, _) = await RewriteLastEventAsync(copy.Database, processed);
        var certificate = await HistoryChainCommandTests.PublishedCertificateAsync(copy);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (code, output, error) = HistoryChainCommandTests.VerifyHistory(copy.File, certificate);

        Assert.That(code, Is.EqualTo(1), output + error);
        Assert.That(output, Does.Contain($"Historique altéré : dossier {processed}, événement n° {sequence} : le cachet de la plateforme porte sur un autre dernier événement"));
    }

    [Test]
    public async Task Heads_written_before_the_seal_are_sealed_once_when_the_host_starts_and_a_seal_removed_later_is_not_made_again()
    {
        var (filed, _) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await ExecuteAsync(copy.Database,
            """
            DROP TABLE dossier_history_seals;
            DROP TABLE history_seal_backfill;
            DELETE FROM schemaversions WHERE scriptname LIKE '%0017_history_seals.sql';
            """);
        var dossiers = await CountAsync(copy.Database, "SELECT COUNT(*) FROM dossiers");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // The copy's host has a seal of its own (created next to the copy): the heads are sealed with it.
        using (var host = HostProcess.Start(new Dictionary<string, string> { ["Storage__SqlitePath"] = copy.File }))
            Assert.That(host.Output, Does.Contain($"History seal: {dossiers} dossiers written before it were sealed."));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var published = Seals.PublishedOf(copy.File);
        Assert.That((await new HistoryVerifier(copy.Database, published).VerifyAsync()).FirstBreak, Is.Null);
        Assert.That(await CountAsync(copy.Database, "SELECT COUNT(*) FROM history_seal_backfill"), Is.Zero);

        await ExecuteAsync(copy.Database, "DELETE FROM dossier_history_seals WHERE dossier_number = @filed", new { filed });
        Assert.That(await HistorySealBackfill.RunAsync(copy.Database, Seals.Of(copy.File)), Is.Zero);
        Assert.That((await new HistoryVerifier(copy.Database, published).VerifyAsync()).FirstBreak, Is.EqualTo(new HistoryBreak(filed, 1, HistoryFault.SealMissing)));
    }

    private sealed record StoredSeal(long Sequence, string HeadHash, string Signature);

    private static async Task<StoredSeal> SealOfAsync(Database database, string number)
    {
        await using var connection = await database.OpenAsync();
        return await Dapper.SqlMapper.QuerySingleAsync<StoredSeal>(connection,
            "SELECT sequence, head_hash AS HeadHash, signature FROM dossier_history_seals WHERE dossier_number = @number", new { number });
    }
}
