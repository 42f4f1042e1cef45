using DbUp;
using DbUp.Builder;

namespace WebServicesCitoyens.Storage;

/// <summary>Brings the store's schema up to date with the embedded scripts of Storage/Migrations, in name order.</summary>
public static class Migrator
{
    /// <summary>Runs the scripts not run yet; hosts starting together on one PostgreSQL database take turns (<see cref="StartupLock"/>).</summary>
    public static void Migrate(Database database)
    {
        using var turn = StartupLock.Take(database);
        Run(database.Engine == StoreEngine.Sqlite
            ? DeployChanges.To.SqliteDatabase(database.ConnectionString)
            : DeployChanges.To.PostgresqlDatabase(database.ConnectionString));
    }

    private static void Run(UpgradeEngineBuilder builder)
    {
        var result = builder
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.Contains(".Storage.Migrations."))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Database migration failed at {result.ErrorScript?.Name}.", result.Error);
    }
}
