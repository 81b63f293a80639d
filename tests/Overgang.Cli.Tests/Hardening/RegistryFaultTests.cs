using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Hardening;

/// <summary>
/// A registry that cannot be opened, read or written (a full disk, a file that is not a registry, a PostgreSQL server
/// that is not there): one line saying which, exit code 5, no stack trace, and nothing committed lost.
/// </summary>
public sealed class RegistryFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-fault-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void RunDecisions_TheDiskFillsMidRun_StopsInOneLine_AndTheSameCommandWithRoomGoesOnToTheResultsOfAnUninterruptedRun()
    {
        // Given: two identical registries, one decided without interruption; the other's file may grow by 120 pages only
        // (SQLite's max_page_count, set for every connection of the child process: a disk that fills, as SQLite sees one)
        var (reference, victim) = TwinRegistries.Generate(_folder, 3000, "victim.db");
        Assert.Equal(0, Decide(reference).ExitCode);
        var limit = new Dictionary<string, string> { ["OVERGANG_SQLITE_PRAGMAS"] = $"PRAGMA max_page_count={Pages(victim) + 120};" };

        // When: the run fills the disk
        var full = CliProcess.Run(TimeSpan.FromMinutes(2), limit, "run", "decisions", "--date", "2027-03-04", "--chunk", "60", "--database", victim);

        // Then: exit 5 and one line saying so, no stack trace; the run stopped midway with its committed chunks kept
        Assert.True(full.ExitCode == 5, $"exit {full.ExitCode}: {full.Error}");
        Assert.Equal($"the disk holding the registry {victim} is full; what this command had not committed was rolled back (a batch run goes on from its last committed chunk when the command is run again)", full.Error.Trim());
        var kept = RegistryRows.Decisions(victim);
        Assert.InRange(kept.Count, 1, RegistryRows.Decisions(reference).Count - 1);

        // When: the same command again, with room
        var resumed = Decide(victim);

        // Then: the run went on to exactly the uninterrupted run's decisions, and the audit log verifies
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Equal(RegistryRows.Decisions(reference), RegistryRows.Decisions(victim));
        Assert.Equal(0, CliRun.Of("", "audit", "verify", "--database", victim).ExitCode);
    }

    [Fact]
    public void RunDecisions_AFileThatIsNotARegistry_IsRefusedInOneLine_AndLeftAsItWas()
    {
        // Given: a text file where the registry should be
        var file = Path.Combine(_folder, "notes.db");
        var text = string.Concat(Enumerable.Repeat("not a registry, a text file\n", 200));
        File.WriteAllText(file, text);

        // When
        var run = CliRun.Of("", "run", "decisions", "--date", "2027-03-04", "--database", file);

        // Then: exit 5, one line naming the file, the file unchanged
        Assert.Equal(5, run.ExitCode);
        Assert.Equal($"{file} is not a registry: not an SQLite database, or a damaged one", run.Error.Trim());
        Assert.Equal(text, File.ReadAllText(file));
    }

    [Fact]
    public void Demo_APostgresServerThatIsNotThere_SaysSoInOneLine_WithoutTheUserOrPassword()
    {
        // Given: a loopback port nothing listens on
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // When
        var run = CliRun.Of("", "demo", "--persons", "100", "--database", $"postgresql://someone:s3cret-word@127.0.0.1:{port}/registry");

        // Then: exit 5, one line naming the server and database, never the user or password
        Assert.Equal(5, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith($"the PostgreSQL server 127.0.0.1:{port}/registry cannot be reached", line, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", run.Error + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("someone", run.Error + run.Output, StringComparison.Ordinal);
    }

    private static CliRun Decide(string database) => CliRun.Of("", "run", "decisions", "--date", "2027-03-04", "--chunk", "60", "--database", database);

    private static long Pages(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_count";
        return (long)command.ExecuteScalar()!;
    }
}
