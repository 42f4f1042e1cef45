using DbUp;

namespace WebServicesCitoyens.Storage;

/// <summary>Brings the store's schema up to date with the embedded scripts of Storage/Migrations, in name order.</summary>
public static class Migrator
{
    public static void Migrate(Database database)
    {
        var result = DeployChanges.To
            .SqliteDatabase(database.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.Contains(".Storage.Migrations."))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Database migration failed at {result.ErrorScript?.Name}.", result.Error);
    }
}
