using Npgsql;

namespace WebServicesCitoyens.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the test run: Debian's binaries (package postgresql, installed by
/// Tests/run-all.sh), a fresh cluster in a temporary folder, listening on 127.0.0.1 on a free port,
/// started on first use and stopped when the test run ends. Each host or scratch store gets a database
/// of its own. As root (CI), the server runs as the postgres user, which it insists on. A test that must
/// crash the server itself starts a <see cref="Cluster"/> of its own (<see cref="StartDedicated"/>).
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<Cluster> Instance = new(Cluster.Start);

    /// <summary>
    /// Creates an empty database for the store on the shared server (UTF-8, by default with the byte-order
    /// collation the host requires) and returns its connection string.
    /// </summary>
    public static string CreateDatabase(string collation = "C") => Instance.Value.CreateDatabase(collation);

    /// <summary>Runs SQL as the server's superuser on a database (to weaken a setting in a test, say).</summary>
    public static void AsSuperuser(string database, string sql) => AsSuperuserOn(Instance.Value.ConnectionString(database), sql);

    /// <summary>Runs SQL as the superuser on the database a store's connection string names, whichever test cluster holds it.</summary>
    public static void AsSuperuserOn(string connectionString, string sql)
    {
        using var admin = OpenAsSuperuser(connectionString);
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }

    /// <summary>A connection, as the superuser, to the database a store's connection string names (not pooled: a crashed server leaves no stale connection behind).</summary>
    public static NpgsqlConnection OpenAsSuperuser(string connectionString)
    {
        var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Username = Cluster.Superuser, Pooling = false }.ToString());
        admin.Open();
        return admin;
    }

    /// <summary>A cluster of the test's own, on its own folder and port, that it may crash; dispose it to stop it and delete its folder.</summary>
    public static Cluster StartDedicated() => Cluster.Start();

    public static void Stop()
    {
        if (Instance.IsValueCreated) Instance.Value.Dispose();
    }

    /// <summary>One PostgreSQL cluster: its folder, its port, its postmaster.</summary>
    public sealed class Cluster : IDisposable
    {
        public const string Superuser = "postgres";

        private readonly string _folder;
        private readonly int _port;
        private readonly string _binaries;
        private bool _stopped;

        private Cluster(string folder, int port, string binaries)
        {
            _folder = folder;
            _port = port;
            _binaries = binaries;
        }

        private string DataFolder => Path.Combine(_folder, "data");

        public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = _port,
            Username = Superuser,
            Database = database,
            // Each host process keeps its own pool: small pools keep dozens of test hosts under max_connections.
            MaxPoolSize = 20,
            Timeout = 30,
        }.ToString();

        /// <summary>Creates an empty database for a store (see <see cref="TestPostgres.CreateDatabase"/>).</summary>
        public string CreateDatabase(string collation = "C")
        {
            var name = "wsc_" + Guid.NewGuid().ToString("N")[..12];
            using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
            {
                admin.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '{collation}' LC_CTYPE '{collation}'", admin);
                create.ExecuteNonQuery();
            }
            return ConnectionString(name);
        }

        public static Cluster Start()
        {
            var binaries = Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(v => v).Select(v => Path.Combine(v, "bin"))
                .FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")))
                ?? throw new InvalidOperationException("PostgreSQL is not installed (Debian package postgresql; Tests/run-all.sh installs it).");
            var folder = Path.Combine(Path.GetTempPath(), "wsc-postgres-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            var cluster = new Cluster(folder, HostProcess.FreePort(), binaries);
            if (Environment.UserName == "root") Run("chown", "postgres:postgres", folder);
            cluster.AsServerUser(Path.Combine(binaries, "initdb"), "-D", cluster.DataFolder, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C",
                "--no-sync"); // the cluster's creation need not reach the disk; the server itself runs with fsync on
            cluster.StartServer();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
            return cluster;
        }

        private void StartServer() =>
            AsServerUser(Path.Combine(_binaries, "pg_ctl"), "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60",
                "-o", $"-p {_port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={_folder} -c max_connections=400 -c fsync=on -c synchronous_commit=on -c full_page_writes=on",
                "start");

        /// <summary>
        /// Crashes the server: SIGKILL to the postmaster and every one of its processes at once (nothing
        /// flushed, no shutdown checkpoint), as a power cut would. <see cref="Recover"/> starts it again.
        /// </summary>
        public void Crash()
        {
            // postmaster.pid's first line is the postmaster's process id.
            var lockFile = Path.Combine(DataFolder, "postmaster.pid");
            var postmaster = int.Parse(File.ReadLines(lockFile).First().Trim());
            ProcessTree.Kill(postmaster);
            // A killed postmaster stays a zombie until its new parent (PID 1, in a container perhaps a slow
            // reaper) collects it, and PostgreSQL takes a zombie named in its lock files (the data folder's,
            // the socket's) for a running server. Every process of the tree is dead: the lock files go
            // (PostgreSQL itself reclaims the shared memory segment none is attached to any more).
            if (Directory.Exists($"/proc/{postmaster}"))
            {
                File.Delete(lockFile);
                File.Delete(Path.Combine(_folder, $".s.PGSQL.{_port}.lock"));
            }
            // The test process's own pooled connections died with the server.
            NpgsqlConnection.ClearAllPools();
        }

        /// <summary>Starts the server after a <see cref="Crash"/>: it replays its write-ahead log (crash recovery) before it accepts connections.</summary>
        public void Recover()
        {
            try { StartServer(); }
            catch (InvalidOperationException failed) { throw new InvalidOperationException(failed.Message + "\nServer log:\n" + Log, failed); }
        }

        /// <summary>The server's log (crash recovery says "database system was interrupted" there).</summary>
        public string Log => File.ReadAllText(Path.Combine(_folder, "server.log"));

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
            try { AsServerUser(Path.Combine(_binaries, "pg_ctl"), "-D", DataFolder, "-m", "immediate", "-w", "stop"); }
            catch (Exception) { /* not running (a crash test's server left crashed) */ }
            try { Directory.Delete(_folder, recursive: true); }
            catch (Exception) { /* the test run is ending; a temporary folder may stay behind */ }
        }
    }
}
