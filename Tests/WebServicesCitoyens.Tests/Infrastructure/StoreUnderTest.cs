namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// The engine this test run stores dossiers in: SQLite, or PostgreSQL when the environment says
/// <c>WSC_TEST_STORE=postgresql</c> (Tests/run-all.sh runs the suite both ways). Tests that work on the
/// SQLite file itself (a store written before a migration, the file's bytes) are in the category
/// <see cref="SqliteOnly"/>, which the PostgreSQL run leaves out.
/// </summary>
public static class StoreUnderTest
{
    public const string SqliteOnly = "SqliteOnly";

    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable("WSC_TEST_STORE"), "postgresql", StringComparison.OrdinalIgnoreCase);
}
