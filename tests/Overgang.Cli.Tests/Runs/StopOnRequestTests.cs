using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Runs;

/// <summary>A stop request (SIGTERM, handled as Ctrl-C is) during a batch run: it stops after the chunk being written, says so, and the same command goes on.</summary>
public sealed partial class StopOnRequestTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-stop-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void RunDecisions_AskedToStop_StopsAfterTheChunkBeingWritten_WithExit130_AndTheSameCommandGoesOnToTheResultsOfAnUninterruptedRun()
    {
        // Given: two identical registries, one decided without interruption
        var (reference, stopped) = TwinRegistries.Generate(_folder, 4000, "stopped.db");
        Assert.Equal(0, Decide(reference).ExitCode);

        // When: SIGTERM (as a service manager stops it) as soon as the run reports its first tenth, in a real process
        var run = CliProcess.Run(TimeSpan.FromMinutes(2), null, line => FirstTenth().IsMatch(line),
            "run", "decisions", "--date", "2027-03-04", "--chunk", "20", "--database", stopped);

        // Then: exit 130, the two lines (stopping, stopped: how far), no stack trace; the run kept its committed chunks
        Assert.True(run.ExitCode == 130, $"exit {run.ExitCode}: {run.Output}{run.Error}");
        var lines = run.Error.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("stopping after the chunk being written", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^decisions run 1 stopped on request after [0-9,]+ of [0-9,]+ households: what was committed is kept; the same command goes on from there$", lines[1]);
        Assert.DoesNotContain("Transition decisions on", run.Output, StringComparison.Ordinal);
        var kept = RegistryRows.Decisions(stopped);
        Assert.InRange(kept.Count, 1, RegistryRows.Decisions(reference).Count - 1);

        // When: the same command again
        var goneOn = Decide(stopped);

        // Then: the run went on to exactly the uninterrupted run's decisions, and the audit log verifies
        Assert.True(goneOn.ExitCode == 0, goneOn.Error);
        Assert.Equal(RegistryRows.Decisions(reference), RegistryRows.Decisions(stopped));
        Assert.Equal(0, CliRun.Of("", "audit", "verify", "--database", stopped).ExitCode);
    }

    [GeneratedRegex(@"^decisions 2027-03-04: [1-9][0-9,]*/")]
    private static partial Regex FirstTenth();

    private static CliRun Decide(string database) => CliRun.Of("", "run", "decisions", "--date", "2027-03-04", "--chunk", "20", "--database", database);
}
