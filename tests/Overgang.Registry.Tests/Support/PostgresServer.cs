using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Overgang.Registry.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the tests: the one in OVERGANG_TEST_POSTGRES (an admin connection string), or else a
/// throw-away cluster started here with Debian's initdb and pg_ctl on a free loopback port, stopped at process exit.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> _instance = new(Start);
    private readonly string? _dataDirectory;
    private readonly string? _pgCtl;

    private PostgresServer(string adminConnectionString, string? dataDirectory, string? pgCtl)
    {
        AdminConnectionString = adminConnectionString;
        _dataDirectory = dataDirectory;
        _pgCtl = pgCtl;
    }

    public static PostgresServer Instance => _instance.Value;

    public string AdminConnectionString { get; }

    private readonly Lock _creating = new();

    /// <summary>
    /// Creates a database with a fresh name, empty or a copy of a template database (which nobody may be connected to),
    /// and returns its connection string.
    /// </summary>
    public string CreateDatabase(string? template = null)
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        // One copy at a time: PostgreSQL refuses to copy a template that another session is using (55006), and a session
        // just closed may take a moment to end on a loaded machine: tried again for up to a minute.
        lock (_creating)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    Execute($"CREATE DATABASE {name}" + (template is null ? "" : $" TEMPLATE {template}"));
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 600)
                {
                    // Every tenth of a second: such a session usually ends within one (the lock holds up every other copy).
                    Thread.Sleep(100);
                }
            }
        }

        // Every test database has a connection pool of its own, and a pool keeps idle connections for five minutes by
        // default: over a run of hundreds of tests they added up past the server's limit ("53300: sorry, too many clients
        // already"; 210 at the peak of one run of the registry's tests). A test database's pool closes its idle
        // connections after two seconds instead; within a test they are reused as in production.
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, ConnectionIdleLifetime = 2, ConnectionPruningInterval = 1 }.ConnectionString;
    }

    /// <summary>Runs one statement on the server's administrative database.</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgresServer Start()
    {
        if (Environment.GetEnvironmentVariable("OVERGANG_TEST_POSTGRES") is { Length: > 0 } configured)
        {
            return new PostgresServer(configured, null, null);
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed: no initdb under /usr/lib/postgresql/*/bin: run ./test.sh as root (Debian package postgresql) or set OVERGANG_TEST_POSTGRES");
        }

        SweepStoppedClusters();
        var directory = Path.Combine(Path.GetTempPath(), "overgang-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", $"postgres:postgres {directory}");
        }

        Run(bin + "/initdb", $"-D {directory}/data -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8", asRoot);
        // ./test.sh runs the test projects side by side, each with a cluster of its own: a port found free may be taken by
        // another project's cluster before this one binds it, so the start is tried again on another free port.
        int port;
        for (var attempt = 1; ; attempt++)
        {
            port = FreePort();
            var options = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            try
            {
                Run(bin + "/pg_ctl", $"-D {directory}/data -l {directory}/log -o \"{options}\" -w -t 60 start", asRoot);
                break;
            }
            catch (InvalidOperationException) when (attempt < 3 && !File.Exists($"{directory}/data/postmaster.pid"))
            {
                // The server did not start (its port was taken): the next try takes another port.
            }
        }

        var server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true", directory, bin + "/pg_ctl");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot);
        StopWhenGone(Environment.ProcessId, directory, bin + "/pg_ctl", asRoot);
        return server;
    }

    /// <summary>
    /// Starts a watcher outside this process that stops the cluster and removes its directory once the process is gone.
    /// The test runner ends its test processes without their exit handlers running: every test project's cluster went on
    /// running (and holding its memory and ~2 GB of disk) after its tests were done, through the rest of the CI run and
    /// after it. The watcher is in a session of its own with its input and output closed, so the runner waits for nothing.
    /// </summary>
    private static void StopWhenGone(int processId, string directory, string pgCtl, bool asRoot)
    {
        var stop = (asRoot ? "runuser -u postgres -- " : "") + $"{pgCtl} -D {directory}/data -m immediate -w stop";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {processId}; do sleep 1; done; {stop}; rm -rf {directory}";
        var start = new ProcessStartInfo("setsid", ["--fork", "sh", "-c", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process.Start(start)?.Dispose();
    }

    private void Stop(bool asRoot)
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(_pgCtl!, $"-D {_dataDirectory}/data -m immediate -w stop", asRoot);
        }
        finally
        {
            Directory.Delete(_dataDirectory!, recursive: true);
        }
    }

    /// <summary>
    /// Removes the directories of earlier test runs' clusters that no longer run (about 1.8 GB each): a test process the
    /// runner ends before its exit handler has deleted its cluster leaves it behind. A directory is left alone while its
    /// postmaster runs, and for half an hour after it last changed (a cluster another project is creating right now).
    /// </summary>
    private static void SweepStoppedClusters()
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), "overgang-pg-*"))
        {
            try
            {
                var pid = Path.Combine(directory, "data", "postmaster.pid");
                var running = File.Exists(pid) && int.TryParse(File.ReadLines(pid).FirstOrDefault(), out var process) && Directory.Exists("/proc/" + process);
                if (!running && Directory.GetLastWriteTimeUtc(directory) < DateTime.UtcNow.AddMinutes(-30))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's cluster, or one going away right now: not ours to remove.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string arguments, bool asPostgres = false)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {output}");
        }
    }
}
