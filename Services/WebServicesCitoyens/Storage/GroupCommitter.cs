using System.Data.Common;

namespace WebServicesCitoyens.Storage;

/// <summary>
/// How the <see cref="GroupCommitter"/> works. <see cref="MaxBatch"/> bounds the writes one commit carries.
/// The two unsafe settings exist only for the crash test's control run: they acknowledge writes before
/// their commit, then hold the commit, so that a killed process loses acknowledged writes, which the test
/// must detect. A host refuses them without a second explicit setting (GroupCommitSettings).
/// </summary>
public sealed record GroupCommitOptions(int MaxBatch = 64, bool UnsafeAcknowledgeBeforeCommit = false, TimeSpan UnsafeCommitDelay = default)
{
    public static readonly GroupCommitOptions Safe = new();
}

/// <summary>
/// Group commit: the writes that arrive while a commit is on its way to disk share the next commit
/// (one disk sync for all of them) instead of paying one each. Each write runs in its own SAVEPOINT of
/// the shared transaction (SQLite and PostgreSQL both have them), so a failing write (a key taken, a
/// failing automatic action) is rolled back alone; its caller gets its exception and the others go on.
/// Every caller's task completes only after the commit returned and the batch's connection is closed: nothing is
/// acknowledged before it is durable, a caller retrying after its own failure reads the others' writes as
/// committed, and a caller answered last finds the committer done with the store.
/// A write alone waits for nothing: the batch is whatever queued while the previous commit ran.
/// </summary>
public sealed class GroupCommitter(Database database, GroupCommitOptions? options = null)
{
    private sealed record Write(Func<DbConnection, DbTransaction, Task> Run, TaskCompletionSource Done);

    private readonly GroupCommitOptions _options = options ?? GroupCommitOptions.Safe;
    private readonly Queue<Write> _queue = new();
    private bool _draining;
    private long _commits;

    /// <summary>How many commits carried writes so far (a batch of several writes counts once).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>
    /// Runs <paramref name="write"/> in the next shared transaction; completes once that transaction
    /// committed, or throws what the write threw (rolled back alone) or what failed the whole commit.
    /// </summary>
    public Task RunAsync(Func<DbConnection, DbTransaction, Task> write)
    {
        var queued = new Write(write, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool start;
        lock (_queue)
        {
            _queue.Enqueue(queued);
            start = !_draining;
            _draining = true;
        }
        // One drainer at a time: it takes what queued, commits, and looks again until nothing is left. It
        // serves every caller, so it does not carry the first one's context (its request, its logging scope).
        if (start)
            using (ExecutionContext.SuppressFlow()) _ = Task.Run(DrainAsync);
        return queued.Done.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<Write>();
            lock (_queue)
            {
                while (batch.Count < _options.MaxBatch && _queue.TryDequeue(out var next)) batch.Add(next);
                if (batch.Count == 0)
                {
                    _draining = false;
                    return;
                }
            }
            var answer = await CommitAsync(batch);
            // The batch's connection is closed by now. With nothing queued behind it, this drainer stops before its
            // callers hear back: once a caller has its answer, the committer holds and touches nothing of the store
            // (a test may delete its file at once); a write queued later starts a drainer of its own.
            bool last;
            lock (_queue)
            {
                last = _queue.Count == 0;
                if (last) _draining = false;
            }
            answer();
            if (last) return;
        }
    }

    /// <summary>Commits the batch; returns how to answer its callers, which the drainer does once it let go of the store.</summary>
    private async Task<Action> CommitAsync(IReadOnlyList<Write> batch)
    {
        var failures = new Exception?[batch.Count];
        var acknowledged = false;
        try
        {
            await using var connection = await database.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = "write" + i;
                await transaction.SaveAsync(savepoint);
                try
                {
                    await batch[i].Run(connection, transaction);
                    await transaction.ReleaseAsync(savepoint);
                }
                catch (Exception failure)
                {
                    failures[i] = failure;
                    // Should this fail too (the engine gave the whole transaction up), the outer catch fails every write.
                    await transaction.RollbackAsync(savepoint);
                    await transaction.ReleaseAsync(savepoint);
                }
            }
            if (_options.UnsafeAcknowledgeBeforeCommit)
            {
                Complete(batch, failures);
                acknowledged = true;
                await Task.Delay(_options.UnsafeCommitDelay);
            }
            await transaction.CommitAsync();
            Interlocked.Increment(ref _commits);
        }
        catch (Exception failure)
        {
            // Nothing of the batch is stored: every caller learns it (a DbException lets SubmissionService retry).
            return () =>
            {
                if (!acknowledged)
                    foreach (var write in batch) write.Done.TrySetException(failure);
            };
        }
        return () =>
        {
            if (!acknowledged) Complete(batch, failures);
        };
    }

    private static void Complete(IReadOnlyList<Write> batch, Exception?[] failures)
    {
        for (var i = 0; i < batch.Count; i++)
            if (failures[i] is { } failure) batch[i].Done.TrySetException(failure);
            else batch[i].Done.TrySetResult();
    }
}
