using System.Data.Common;
using Dapper;
using WebServicesCitoyens.Catalogue;
using WebServicesCitoyens.Dossiers;
using WebServicesCitoyens.Notifications;
using WebServicesCitoyens.Storage;
using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Tests.Dossiers;

/// <summary>
/// Group commit on a real SQLite store: filings that queue while a commit runs share the next one, each in
/// its own savepoint. The first filing is held inside its transaction (a gate in its automatic actions), so
/// the filings queued meanwhile are certain to form the next batch.
/// </summary>
public sealed class GroupCommitTests
{
    private const string Birth = "etat-civil.acte-naissance";
    private ScratchStore _store = null!;
    private GroupCommitter _committer = null!;
    private DossierStore _dossiers = null!;

    [SetUp]
    public async Task NewStore()
    {
        _store = await ScratchStore.CreateAsync();
        _committer = new GroupCommitter(_store.Database);
        _dossiers = new DossierStore(_store.Database, Seals.Of(_store.Database), filings: _committer);
    }

    [TearDown]
    public void Remove() => _store.Dispose();

    private static DossierRecord NewDossier(string? clientRequestId = null)
    {
        var number = DossierNumber.NewNumber();
        var at = Timestamps.ToText(DateTimeOffset.UtcNow);
        return new DossierRecord(number, "45234", Birth, 1, clientRequestId ?? "req-" + number, "hash-" + number, TrackingCode.NewCode(),
            Definitions.Sample(Birth).ToString(), "ENREGISTREE", "Soap", at, at);
    }

    private Task FileAsync(DossierRecord dossier, Func<DbConnection, DbTransaction, Task>? alsoInTransaction = null) =>
        FileAsync(_dossiers, dossier, alsoInTransaction);

    private static Task FileAsync(DossierStore dossiers, DossierRecord dossier, Func<DbConnection, DbTransaction, Task>? alsoInTransaction = null) =>
        dossiers.InsertAsync(dossier, new DossierEvent(dossier.Number, 1, dossier.SubmittedAt, DossierEventKinds.Submitted, "ENREGISTREE", "usager", null),
            alsoInTransaction);

    /// <summary>Files a dossier whose transaction stays open until the gate opens: what queues meanwhile is the next batch.</summary>
    private (Task Filed, TaskCompletionSource Gate) HeldFiling() => HeldFiling(_dossiers);

    private static (Task Filed, TaskCompletionSource Gate) HeldFiling(DossierStore dossiers)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var filed = FileAsync(dossiers, NewDossier(), async (_, _) =>
        {
            entered.SetResult();
            await gate.Task;
        });
        Assert.That(entered.Task.Wait(TimeSpan.FromSeconds(10)), Is.True, "the held filing runs");
        return (filed, gate);
    }

    private async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await _store.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    [Test]
    public async Task Filings_queued_while_a_commit_runs_share_the_next_commit_and_each_completes_only_once_its_dossier_is_committed()
    {
        var (held, gate) = HeldFiling();
        var queued = Enumerable.Range(0, 20).Select(_ => NewDossier()).ToList();
        // Each caller reads its dossier from another connection the moment its task completes: it must be there.
        var seen = queued.Select(async dossier =>
        {
            await FileAsync(dossier);
            return await _dossiers.FindAsync(dossier.Number);
        }).ToList();

        await Task.Delay(200);
        Assert.That(seen.Any(t => t.IsCompleted), Is.False, "nothing is acknowledged while its transaction is open");
        gate.SetResult();
        await held;
        var found = await Task.WhenAll(seen);

        Assert.That(found.Select(d => d?.Number), Is.EqualTo(queued.Select(d => d.Number)));
        Assert.That(_committer.Commits, Is.EqualTo(2), "the held filing's commit, then one for the twenty queued behind it");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM dossier_events WHERE sequence = 1"), Is.EqualTo(21));
        Assert.That(await CountAsync("SELECT COUNT(DISTINCT delivery_sequence) FROM dossiers"), Is.EqualTo(21));
    }

    [Test]
    public async Task A_taken_client_request_id_inside_a_batch_fails_only_its_own_filing()
    {
        var (held, gate) = HeldFiling();
        var first = NewDossier("req-same");
        var duplicate = NewDossier("req-same");
        var other = NewDossier();
        var tasks = new[] { FileAsync(first), FileAsync(duplicate), FileAsync(other) };
        gate.SetResult();
        await held;

        Assert.That(tasks[0].Wait(TimeSpan.FromSeconds(10)) && tasks[2].Wait(TimeSpan.FromSeconds(10)), Is.True);
        await Assert.ThrowsAsync(Is.InstanceOf<DbException>(), () => tasks[1]);
        Assert.That(await _dossiers.FindAsync(first.Number), Is.Not.Null);
        Assert.That(await _dossiers.FindAsync(other.Number), Is.Not.Null);
        Assert.That(await _dossiers.FindAsync(duplicate.Number), Is.Null);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @Number", duplicate), Is.Zero);
        Assert.That(_committer.Commits, Is.EqualTo(2));
    }

    [Test]
    public async Task A_failing_automatic_action_inside_a_batch_rolls_back_only_its_own_filing_with_its_history_statistics_and_search_terms()
    {
        var birth = Definitions.Get(Birth);
        // A step the definition does not have: the engine refuses to move there, after the dossier, its event,
        // its statistics and its search terms were written in the filing's savepoint.
        var broken = birth with { OwnActions = [new WorkflowAction("NULLE_PART", "ENREGISTREE", "Vers nulle part", "NULLE_PART", ActionTrigger.OnEnter, null, null, null, null)] };
        var engine = new WorkflowEngine(_dossiers, new DossierNotifications(new PlatformOptions(Definitions.Catalogue, "http://127.0.0.1")),
            new GeneratedDocuments(_store.Database));
        var (held, gate) = HeldFiling();
        var before = NewDossier();
        var failing = NewDossier();
        var after = NewDossier();
        var tasks = new[]
        {
            FileAsync(before),
            FileAsync(failing, (connection, transaction) => engine.EnterFirstStepAsync(connection, transaction, failing, broken, DateTimeOffset.UtcNow)),
            FileAsync(after),
        };
        gate.SetResult();
        await held;

        await Assert.ThrowsAsync<InvalidOperationException>(() => tasks[1]);
        await Task.WhenAll(tasks[0], tasks[2]);
        Assert.That(await _dossiers.FindAsync(failing.Number), Is.Null);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM dossier_events WHERE dossier_number = @Number", failing), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM dossier_terms WHERE dossier_number = @Number", failing), Is.Zero);
        Assert.That(await CountAsync("SELECT COUNT(*) FROM dossier_terms WHERE dossier_number = @Number", after), Is.GreaterThan(0));
        Assert.That(await CountAsync("SELECT COALESCE(SUM(filed), 0) FROM statistics_days"), Is.EqualTo(3), "the held filing, before and after");
        Assert.That(await CountAsync("SELECT MAX(last_value) FROM delivery_counters"), Is.EqualTo(3), "the failed filing's number is given back");
        Assert.That(_committer.Commits, Is.EqualTo(2));
    }

    [Test, Category(StoreUnderTest.SqliteOnly)]
    public async Task Once_a_failed_filing_s_caller_hears_back_the_committer_holds_nothing_of_the_store()
    {
        await FileAsync(NewDossier("req-taken"));

        await Assert.ThrowsAsync(Is.InstanceOf<DbException>(), () => FileAsync(NewDossier("req-taken")));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // The last connection to a WAL store removes its -wal file as it closes: a committer still holding one would keep it.
        Assert.That(System.IO.File.Exists(_store.File + "-wal"), Is.False);
        Assert.That(_committer.Commits, Is.EqualTo(2));
    }

    [Test]
    public async Task A_filing_alone_is_committed_at_once_in_a_commit_of_its_own()
    {
        var dossier = NewDossier();

        await FileAsync(dossier).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(await _dossiers.FindAsync(dossier.Number), Is.Not.Null);
        Assert.That(_committer.Commits, Is.EqualTo(1));
    }

    [Test]
    public async Task A_batch_holds_no_more_filings_than_its_bound()
    {
        var committer = new GroupCommitter(_store.Database, new GroupCommitOptions(MaxBatch: 4));
        var dossiers = new DossierStore(_store.Database, Seals.Of(_store.Database), filings: committer);
        var (held, gate) = HeldFiling(dossiers);
        var queued = Enumerable.Range(0, 10).Select(_ => FileAsync(dossiers, NewDossier())).ToList();
        gate.SetResult();
        await held;
        await Task.WhenAll(queued);

        Assert.That(committer.Commits, Is.EqualTo(1 + 3), "ten queued filings in batches of at most four");
    }
}
