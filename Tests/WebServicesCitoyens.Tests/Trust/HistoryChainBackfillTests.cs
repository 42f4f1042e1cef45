using WebServicesCitoyens.Dossiers;
using static WebServicesCitoyens.Tests.Trust.HistoryChainWorld;

namespace WebServicesCitoyens.Tests.Trust;

/// <summary>
/// Histories written before the chain existed: a copy of the shared host's store taken back to before
/// migration 0013 (its columns and table dropped, its journal line removed) is opened by a new host, which
/// migrates it and chains every event once at start-up; the chain is then verified like any other, and
/// never redone.
/// </summary>
[Category(StoreUnderTest.SqliteOnly)]
public sealed class HistoryChainBackfillTests
{
    [Test]
    public async Task Events_written_before_the_chain_are_chained_when_the_host_starts_and_verify_intact()
    {
        var (_, processed) = await DossiersAsync();
        using var copy = await StoreCopy.TakeAsync();
        await ExecuteAsync(copy.Database,
            """
            DROP TABLE history_chain_backfill;
            ALTER TABLE dossier_events DROP COLUMN hash;
            ALTER TABLE dossier_events DROP COLUMN previous_hash;
            DELETE FROM schemaversions WHERE scriptname LIKE '%0013_history_chain.sql';
            """);
        var events = await CountAsync(copy.Database, "SELECT COUNT(*) FROM dossier_events");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using (var host = HostProcess.Start(new Dictionary<string, string> { ["Storage__SqlitePath"] = copy.File }))
            Assert.That(host.Output, Does.Contain($"History chain: {events} events written before it were chained."));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var report = await VerifyAsync(copy.Database);
        Assert.That(report.FirstBreak, Is.Null);
        Assert.That(report.Events, Is.EqualTo(events));
        Assert.That(await CountAsync(copy.Database, "SELECT COUNT(*) FROM history_chain_backfill"), Is.Zero);

        // Once chained, an event stripped of its hash is a tampered one, not one to chain again.
        await ExecuteAsync(copy.Database, "UPDATE dossier_events SET hash = NULL, previous_hash = NULL WHERE dossier_number = @processed AND sequence = 2", new { processed });
        Assert.That(await HistoryChainBackfill.RunAsync(copy.Database), Is.Zero);
        Assert.That((await VerifyAsync(copy.Database)).FirstBreak, Is.EqualTo(new HistoryBreak(processed, 2, HistoryFault.NotChained)));
    }
}
