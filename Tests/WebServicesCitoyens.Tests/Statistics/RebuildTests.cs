using Dapper;
using WebServicesCitoyens.Tests.Infrastructure;

namespace WebServicesCitoyens.Tests.Statistics;

/// <summary>
/// The rebuild of the statistics from the dossiers' histories (StatisticsRebuild) against what the
/// running recorder wrote while the data set was filed and moved: the same rows, to the second.
/// </summary>
[Category(StoreUnderTest.SqliteOnly)]
public sealed class RebuildTests
{
    /// <summary>The dossiers the data set counts: every one but the two test dossiers.</summary>
    private const long CountedDossiers = 16;

    private ScratchStore _store = null!;
    private KnownAnswersData _data = null!;

    [SetUp]
    public async Task FileTheDataSet()
    {
        _store = await ScratchStore.CreateAsync();
        _data = await KnownAnswersData.CreateAsync(_store);
    }

    [TearDown]
    public void Remove() => _store.Dispose();

    private async Task EmptyTheRollUpsAsync()
    {
        await using var connection = await _store.Database.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM statistics_days; DELETE FROM statistics_delays;");
    }

    [Test]
    public async Task Emptied_roll_ups_are_rebuilt_to_exactly_the_rows_the_filings_and_moves_wrote()
    {
        var written = await KnownAnswersTests.RollUpsAsync(_store.Database);
        Assert.That(written.Split('\n'), Has.Length.GreaterThan(40), "the data set wrote roll-ups to compare");
        Assert.That(await _data.Rebuild.IsNeededAsync(), Is.False, "a store whose statistics are kept needs no rebuild");

        await EmptyTheRollUpsAsync();
        Assert.That(await _data.Rebuild.IsNeededAsync(), Is.True);
        Assert.That(await _data.Rebuild.RunAsync(), Is.EqualTo(CountedDossiers));

        Assert.That(await KnownAnswersTests.RollUpsAsync(_store.Database), Is.EqualTo(written));
        Assert.That(await _data.Rebuild.IsNeededAsync(), Is.False);
    }

    [Test]
    public async Task A_rebuild_over_roll_ups_already_there_replaces_them_rather_than_adding_to_them()
    {
        var written = await KnownAnswersTests.RollUpsAsync(_store.Database);
        Assert.That(await _data.Rebuild.RunAsync(), Is.EqualTo(CountedDossiers));
        Assert.That(await KnownAnswersTests.RollUpsAsync(_store.Database), Is.EqualTo(written));
    }

    [Test]
    public async Task A_host_started_on_a_store_with_dossiers_but_no_statistics_rebuilds_them_before_it_answers()
    {
        var written = await KnownAnswersTests.RollUpsAsync(_store.Database);
        await EmptyTheRollUpsAsync();
        using var host = HostProcess.Start(new Dictionary<string, string> { ["Demo__Seed"] = "false" }, file =>
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_store.File};Pooling=False");
            connection.Open();
            connection.Execute("VACUUM INTO @file", new { file });
        });
        Assert.That(await KnownAnswersTests.RollUpsAsync(host.Store), Is.EqualTo(written));
        Assert.That(host.Output, Does.Contain($"Statistics rebuilt from {CountedDossiers} dossiers"));
    }
}
