namespace WebServicesCitoyens.Administration;

/// <summary>
/// The life of a commune's version of a procedure (seed 002 « on line / off line »): edited as a
/// Draft, tried in Test (only through the commune's preview key, its dossiers marked as tests), then
/// Online for everybody; the version it replaces is Retired. Dossiers keep the version they were
/// filed under.
/// </summary>
public static class ConfigurationStates
{
    public const string Draft = "Draft";
    public const string Test = "Test";
    public const string Online = "Online";
    public const string Retired = "Retired";
}
