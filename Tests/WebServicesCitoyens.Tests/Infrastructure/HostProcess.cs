using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;
using WebServicesCitoyens.Storage;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// The real host, started as its own process on a free loopback port with a fresh store (an SQLite file,
/// or a PostgreSQL database of its own when <see cref="StoreUnderTest.IsPostgreSql"/>), exactly as
/// `dotnet run` starts it; stopped (killed) on dispose.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly IReadOnlyDictionary<string, string>? _environment;
    /// <summary>Set once a restarted host took over the data folder, which this one must then leave.</summary>
    private bool _handedOver;

    private HostProcess(string dataFolder, string? postgreSql, int port, IReadOnlyDictionary<string, string>? environment)
    {
        DataFolder = dataFolder;
        PostgreSqlConnectionString = postgreSql;
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
        foreach (var (name, value) in StoreEnvironment) start.Environment[name] = value;
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
    /// <summary>The SQLite file (also where a PostgreSQL host would put one, unused).</summary>
    public string DatabasePath => Path.Combine(DataFolder, "wsc.db");
    /// <summary>The host's PostgreSQL database, or null on SQLite.</summary>
    public string? PostgreSqlConnectionString { get; }
    /// <summary>The settings naming this host's store, for a command run on it as an operator would.</summary>
    public IReadOnlyDictionary<string, string> StoreEnvironment => PostgreSqlConnectionString is { } server
        ? new Dictionary<string, string> { ["Storage__PostgreSql"] = server, ["Storage__DataFolder"] = DataFolder }
        // On SQLite the data folder is the file's own (so a test pointing Storage__SqlitePath elsewhere moves both).
        : new Dictionary<string, string> { ["Storage__SqlitePath"] = DatabasePath };
    /// <summary>The host's store, for tests that read or change it directly.</summary>
    public Database Store => PostgreSqlConnectionString is { } server ? Database.PostgreSql(server) : new Database(DatabasePath);
    public string Output { get { lock (_output) return _output.ToString(); } }
    public bool HasExited => _process.HasExited;
    /// <summary>The host's process (the crash test checks that a kill leaves none of its processes behind).</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts a host; <paramref name="environment"/> adds settings, e.g. <c>Smtp__Host</c>;
    /// <paramref name="prepareStore"/> writes the SQLite file (its path given) the host then starts on
    /// (tests doing so are <see cref="StoreUnderTest.SqliteOnly"/>); <paramref name="postgreSql"/> names the
    /// PostgreSQL database to start on (one of a test's own cluster) instead of a new one on the shared server.
    /// </summary>
    public static HostProcess Start(IReadOnlyDictionary<string, string>? environment = null, Action<string>? prepareStore = null,
        string? postgreSql = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wsc-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (prepareStore is not null && StoreUnderTest.IsPostgreSql)
            throw new InvalidOperationException("A test that prepares an SQLite file must be in the category " + StoreUnderTest.SqliteOnly);
        prepareStore?.Invoke(Path.Combine(folder, "wsc.db"));
        var host = new HostProcess(folder, postgreSql ?? (StoreUnderTest.IsPostgreSql ? TestPostgres.CreateDatabase() : null), FreePort(), environment);
        host.WaitUntilHealthy();
        return host;
    }

    /// <summary>
    /// Starts <paramref name="count"/> hosts at once on one new store and data folder, each on its own port,
    /// as several machines behind a load balancer share a PostgreSQL database. The first owns the data
    /// folder: dispose it last.
    /// </summary>
    public static IReadOnlyList<HostProcess> StartTogether(int count, IReadOnlyDictionary<string, string>? environment = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wsc-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var server = StoreUnderTest.IsPostgreSql ? TestPostgres.CreateDatabase() : null;
        var hosts = Enumerable.Range(0, count).Select(i => new HostProcess(folder, server, FreePort(), environment) { _handedOver = i > 0 }).ToList();
        foreach (var host in hosts) host.WaitUntilHealthy();
        return hosts;
    }

    /// <summary>
    /// Stops this host (killed, as a crash or a redeployment would) and starts another on the same store and
    /// settings, on a new port; dispose the one returned (this one no longer owns the data folder).
    /// <paramref name="changeStore"/> changes the SQLite file (its path given) while no host runs, as a store
    /// copied from an older version would be. <paramref name="whileDown"/> runs once this host is dead and before
    /// the next starts (the crash test restarts a crashed PostgreSQL server there).
    /// </summary>
    public HostProcess Restart(Action<string>? changeStore = null, Action? whileDown = null)
    {
        Stop();
        _handedOver = true;
        if (changeStore is not null)
        {
            SqliteConnection.ClearAllPools();
            changeStore(DatabasePath);
        }
        whileDown?.Invoke();
        var next = new HostProcess(DataFolder, PostgreSqlConnectionString, FreePort(), _environment);
        next.WaitUntilHealthy();
        return next;
    }

    public string ServiceUrl(string procedureCode) => $"{BaseUrl}/services/procedures/{procedureCode}.svc";

    public long CountDossiers() => Scalar("SELECT COUNT(*) FROM dossiers");

    public long Scalar(string sql, params (string Name, object Value)[] parameters) => Convert.ToInt64(Query(sql, parameters));

    /// <summary>The text of the first column of the first row, or null when there is no row.</summary>
    public string? Text(string sql, params (string Name, object Value)[] parameters) => Query(sql, parameters) as string;

    /// <summary>The first column of every row, as text (in the query's order).</summary>
    public IReadOnlyList<string> Texts(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameters(command, parameters);
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read()) texts.Add(Convert.ToString(reader.GetValue(0))!);
        return texts;
    }

    /// <summary>
    /// Every row of a query as text, one line per row ("column=value|..."), to compare what the database
    /// holds before and after a call that must change nothing.
    /// </summary>
    public string Rows(string sql, params (string Name, object Value)[] parameters)
    {
        var text = new StringBuilder();
        using var connection = OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameters(command, parameters);
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
        using var connection = OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameters(command, parameters);
        return command.ExecuteScalar();
    }

    /// <summary>Changes the store behind the host's back (a test arranging a state, or breaking the store on purpose); returns the rows changed.</summary>
    public int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Store.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameters(command, parameters);
        return command.ExecuteNonQuery();
    }

    private static void AddParameters(System.Data.Common.DbCommand command, (string Name, object Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>A connection that only looks: read-only on SQLite (so a test cannot change the store by mistake).</summary>
    private System.Data.Common.DbConnection OpenReadOnly()
    {
        if (PostgreSqlConnectionString is not null) return Store.Open();
        var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
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
