namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// The loop of the background senders (the mail outbox, the webhook deliveries): every poll, rounds run back to
/// back while each says more may be due; a round that fails (the store locked, the disk full) is logged and the
/// next poll tries again; the host stopping ends the loop.
/// </summary>
internal static class PollingLoop
{
    /// <param name="round">Sends what is due; true when it stopped at its bound and more may be due.</param>
    /// <param name="failed">Logs a failed round (a constant message of the sender's own).</param>
    public static async Task RunAsync(Func<CancellationToken, Task<bool>> round, TimeSpan interval, TimeProvider clock, Action<Exception> failed,
        CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await round(stoppingToken)) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                failed(e);
            }
            try { await Task.Delay(interval, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
