using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// The real host, started as its own process on a free loopback port with a fresh SQLite file,
/// exactly as `dotnet run` starts it; stopped (killed) on dispose.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly IReadOnlyDictionary<string, string>? _environment;
    /// <summary>Set once a restarted host took over the data folder, which this one must then leave.</summary>
    private bool _handedOver;

    private HostProcess(string dataFolder, int port, IReadOnlyDictionary<string, string>? environment)
    {
        DataFolder = dataFolder;
        _environment = environment;
        BaseUrl = $"http://127.0.0.1:{port}";
        var hostDll = FindHostDll();
        var start = new ProcessStartInfo("dotnet", [hostDll, "--urls", BaseUrl])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Storage__SqlitePath"] = DatabasePath;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // Should the test run end without disposing this host (a crash, a cancelled run), do not leave it behind.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    public string BaseUrl { get; }
    public string DataFolder { get; }
    public string DatabasePath => Path.Combine(DataFolder, "wsc.db");
    public string Output { get { lock (_output) return _output.ToString(); } }
    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts a host; <paramref name="environment"/> adds settings, e.g. <c>Smtp__Host</c>;
    /// <paramref name="prepareStore"/> writes the SQLite file (its path given) the host then starts on.
    /// </summary>
    public static HostProcess Start(IReadOnlyDictionary<string, string>? environment = null, Action<string>? prepareStore = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wsc-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        prepareStore?.Invoke(Path.Combine(folder, "wsc.db"));
        var host = new HostProcess(folder, FreePort(), environment);
        host.WaitUntilHealthy();
        return host;
    }

    /// <summary>
    /// Stops this host (killed, as a crash or a redeployment would) and starts another on the same store and
    /// settings, on a new port; dispose the one returned (this one no longer owns the data folder).
    /// <paramref name="changeStore"/> changes the SQLite file (its path given) while no host runs, as a store
    /// copied from an older version would be.
    /// </summary>
    public HostProcess Restart(Action<string>? changeStore = null)
    {
        Stop();
        _handedOver = true;
        if (changeStore is not null)
        {
            SqliteConnection.ClearAllPools();
            changeStore(DatabasePath);
        }
        var next = new HostProcess(DataFolder, FreePort(), _environment);
        next.WaitUntilHealthy();
        return next;
    }

    public string ServiceUrl(string procedureCode) => $"{BaseUrl}/services/procedures/{procedureCode}.svc";

    public long CountDossiers() => Scalar("SELECT COUNT(*) FROM dossiers");

    public long Scalar(string sql, params (string Name, object Value)[] parameters) => Convert.ToInt64(Query(sql, parameters));

    /// <summary>The text of the first column of the first row, or null when there is no row.</summary>
    public string? Text(string sql, params (string Name, object Value)[] parameters) => Query(sql, parameters) as string;

    /// <summary>
    /// Every row of a query as text, one line per row ("column=value|..."), to compare what the database
    /// holds before and after a call that must change nothing.
    /// </summary>
    public string Rows(string sql, params (string Name, object Value)[] parameters)
    {
        var text = new StringBuilder();
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++) text.Append(reader.GetName(i)).Append('=').Append(reader.GetValue(i)).Append('|');
            text.AppendLine();
        }
        return text.ToString();
    }

    private object? Query(string sql, (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteScalar();
    }

    public bool IsHealthy()
    {
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            return client.GetAsync(BaseUrl + "/health").Result.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception) { return false; }
    }

    private void WaitUntilHealthy()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("The host exited at start:\n" + Output);
            if (IsHealthy()) return;
            Thread.Sleep(200);
        }
        throw new TimeoutException("The host did not answer /health within 60 s:\n" + Output);
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { /* already disposed */ }
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
        SqliteConnection.ClearAllPools();
        if (!_handedOver) try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string FindHostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Repository.PathOf("Services", "WebServicesCitoyens.Host", "bin", configuration, "net10.0", "WebServicesCitoyens.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first: " + dll);
    }
}
