using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Host.Hosting;

/// <summary>The store a command that runs and exits works on: Storage:SqlitePath from appsettings.json or the environment, as the host reads it.</summary>
public static class CommandStore
{
    public static string Path()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(System.IO.Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        return Path(configuration);
    }

    public static string Path(IConfiguration configuration) => configuration["Storage:SqlitePath"] ?? "data/wsc.db";
}
