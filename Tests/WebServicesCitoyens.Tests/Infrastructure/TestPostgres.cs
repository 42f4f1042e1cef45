using System.Diagnostics;
using Npgsql;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the test run: Debian's binaries (package postgresql, installed by
/// Tests/run-all.sh), a fresh cluster in a temporary folder, listening on 127.0.0.1 on a free port,
/// started on first use and stopped when the test run ends. Each host or scratch store gets a database
/// of its own. As root (CI), the server runs as the postgres user, which it insists on.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Server> Instance = new(Server.Start);

    /// <summary>
    /// Creates an empty database for the store (UTF-8, by default with the byte-order collation the host
    /// requires) and returns its connection string.
    /// </summary>
    public static string CreateDatabase(string collation = "C")
    {
        var name = "wsc_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(Instance.Value.ConnectionString("postgres")))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{collation}' LC_CTYPE '{collation}'", admin);
            create.ExecuteNonQuery();
        }
        return Instance.Value.ConnectionString(name);
    }

    /// <summary>Runs SQL as the server's superuser on a database (to weaken a setting in a test, say).</summary>
    public static void AsSuperuser(string database, string sql)
    {
        using var admin = new NpgsqlConnection(Instance.Value.ConnectionString(database));
        admin.Open();
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }

    public static void Stop()
    {
        if (Instance.IsValueCreated) Instance.Value.Dispose();
    }

    private sealed class Server : IDisposable
    {
        private readonly string _folder;
        private readonly int _port;
        private bool _stopped;

        private Server(string folder, int port)
        {
            _folder = folder;
            _port = port;
        }

        private string DataFolder => Path.Combine(_folder, "data");

        public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = _port,
            Username = "postgres",
            Database = database,
            // Each host process keeps its own pool: small pools keep dozens of test hosts under max_connections.
            MaxPoolSize = 20,
            Timeout = 30,
        }.ToString();

        public static Server Start()
        {
            var binaries = Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(v => v).Select(v => Path.Combine(v, "bin"))
                .FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")))
                ?? throw new InvalidOperationException("PostgreSQL is not installed (Debian package postgresql; Tests/run-all.sh installs it).");
            var folder = Path.Combine(Path.GetTempPath(), "wsc-postgres-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            var server = new Server(folder, HostProcess.FreePort());
            if (Environment.UserName == "root") Run("chown", "postgres:postgres", folder);
            server.AsServerUser(Path.Combine(binaries, "initdb"), "-D", server.DataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C",
                "--no-sync"); // the cluster's creation need not reach the disk; the server itself runs with fsync on
            server.AsServerUser(Path.Combine(binaries, "pg_ctl"), "-D", server.DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {server._port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c max_connections=400 -c fsync=on -c synchronous_commit=on -c full_page_writes=on",
                "start");
            server._binaries = binaries;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
            return server;
        }

        private string _binaries = "";

        private void AsServerUser(string program, params string[] arguments)
        {
            if (Environment.UserName == "root") Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
            else Run(program, arguments);
        }

        private static void Run(string program, params string[] arguments)
        {
            var (code, output, error) = Tool.Run(program, arguments, TimeSpan.FromMinutes(5));
            if (code != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed:\n{error}\n{output}");
        }

        public void Dispose()
        {
            if (_stopped) return;
            _stopped = true;
            try
            {
                AsServerUser(Path.Combine(_binaries, "pg_ctl"), "-D", DataFolder, "-m", "immediate", "-w", "stop");
                Directory.Delete(_folder, recursive: true);
            }
            catch (Exception) { /* the test run is ending; a temporary folder may stay behind */ }
        }
    }
}
