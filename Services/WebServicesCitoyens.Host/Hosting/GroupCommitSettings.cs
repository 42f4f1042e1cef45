using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>
/// The filings' group commit (<see cref="GroupCommitter"/>): <c>Storage:GroupCommitMaxBatch</c> (64) bounds
/// the filings one commit carries. <c>Storage:UnsafeAcknowledgeBeforeCommit</c> (with
/// <c>Storage:UnsafeCommitDelayMilliseconds</c>) acknowledges filings before their commit — acknowledged
/// dossiers are then lost when the process dies: it exists for the crash test's control run only, and the
/// host refuses it unless <c>Storage:UnsafeAcceptLosingAcknowledgedDossiers</c> is true as well.
/// </summary>
public static class GroupCommitSettings
{
    public const string AcknowledgeBeforeCommit = "Storage:UnsafeAcknowledgeBeforeCommit";
    public const string AcceptLoss = "Storage:UnsafeAcceptLosingAcknowledgedDossiers";

    public static void AddGroupCommit(this WebApplicationBuilder builder)
    {
        var options = From(builder.Configuration);
        builder.Services.AddSingleton(services => new GroupCommitter(services.GetRequiredService<Database>(), options));
    }

    public static GroupCommitOptions From(IConfiguration configuration)
    {
        var options = new GroupCommitOptions(
            MaxBatch: Math.Max(1, configuration.GetValue("Storage:GroupCommitMaxBatch", GroupCommitOptions.Safe.MaxBatch)),
            UnsafeAcknowledgeBeforeCommit: configuration.GetValue(AcknowledgeBeforeCommit, false),
            UnsafeCommitDelay: TimeSpan.FromMilliseconds(Math.Max(0, configuration.GetValue("Storage:UnsafeCommitDelayMilliseconds", 0))));
        if (!options.UnsafeAcknowledgeBeforeCommit) return options;
        if (!configuration.GetValue(AcceptLoss, false))
            throw new InvalidOperationException(
                $"{AcknowledgeBeforeCommit} acknowledges dossiers before they are on disk, so a crash loses acknowledged dossiers. "
                + $"The host refuses it unless {AcceptLoss}=true says that this is wanted (the crash test's control run only).");
        // Loud on purpose: whoever reads this host's output must not miss that it may lose acknowledged dossiers.
        for (var i = 0; i < 3; i++)
            Console.Error.WriteLine($"UNSAFE: {AcknowledgeBeforeCommit}=true — receipts are given BEFORE their commit "
                + $"(commit held {options.UnsafeCommitDelay.TotalMilliseconds} ms); a crash LOSES acknowledged dossiers. Never in production.");
        return options;
    }
}
