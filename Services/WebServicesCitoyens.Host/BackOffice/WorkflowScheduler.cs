using WebServicesCitoyens.Workflow;

namespace WebServicesCitoyens.Host.BackOffice;

/// <summary>
/// Runs the workflow actions due after a delay every <c>Workflow:SchedulerSeconds</c> (60 by default;
/// 0 turns it off). Every host may run it: <see cref="DelayedActions"/> claims each dossier, so an
/// action runs once however many hosts look at the same store.
/// </summary>
public sealed class WorkflowScheduler(DelayedActions delayed, IConfiguration configuration, ILogger<WorkflowScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue<int?>("Workflow:SchedulerSeconds") ?? 60;
        if (seconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        do
        {
            try
            {
                var performed = await delayed.RunDueAsync(stoppingToken);
                if (performed > 0) log.LogInformation("Workflow scheduler: {Count} delayed action(s) performed.", performed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failing round must not stop the next: the dossiers it missed are still due then.
                log.LogError(e, "Workflow scheduler round failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
