using Microsoft.Data.Sqlite;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Runs;

/// <summary>Kills the real overgang process with SIGKILL at random moments during a decisions run and resumes it.</summary>
public sealed class KillAndResumeTests : IDisposable
{
    /// <summary>What the last killed child printed, for the failure message when a run that should finish does not.</summary>
    private static string LastKilledOutput { get; set; } = "";

    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-kill-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void RunDecisions_KilledAtTenRandomMoments_ResumesToTheResultsOfAnUninterruptedRun()
    {
        // Given: two identical registries; one is decided without interruption
        var (reference, victim) = TwinRegistries.Generate(_folder, 4000, "victim.db");

        Assert.True(Overgang(reference, TimeSpan.FromMinutes(2)) == 0, $"the uninterrupted run did not finish: {LastKilledOutput}");

        // When: the same run is killed at ten random moments, each time started again (which resumes it)
        var random = new Random(20270304);
        var kills = 0;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            kills += Overgang(victim, TimeSpan.FromMilliseconds(random.Next(400, 2500))) is null ? 1 : 0;
        }

        Assert.True(Overgang(victim, TimeSpan.FromMinutes(2)) == 0, $"the resumed run did not finish: {LastKilledOutput}");

        // Then: every run in the victim finished with exactly the reference's decisions, no duplicates, no gaps
        Assert.True(kills >= 5, $"only {kills} of 10 attempts were killed mid-run; the test did not exercise resuming");
        var expected = Decisions(reference).Single().Value;
        foreach (var (run, decisions) in Decisions(victim))
        {
            Assert.Equal(expected, decisions);
        }

        Assert.Equal(0, CliRun.Of("", "audit", "verify", "--database", victim).ExitCode);
    }

    /// <summary>Runs `overgang run decisions` in a child process; kills it after <paramref name="limit"/> (returns null).</summary>
    /// <remarks>With --rerun an attempt after a finished run starts a new one (without it the finished run would be
    /// reused at once), so every attempt has a run to kill; an interrupted run is resumed either way.</remarks>
    private static int? Overgang(string database, TimeSpan limit) =>
        Overgang(limit, "run", "decisions", "--date", "2027-03-04", "--chunk", "60", "--rerun", "--database", database);

    /// <summary>Runs overgang with arguments in a child process; kills it after <paramref name="limit"/> (returns null).</summary>
    private static int? Overgang(TimeSpan limit, params string[] arguments)
    {
        var run = CliProcess.Run(limit, null, arguments);
        if (run.ExitCode is null)
        {
            LastKilledOutput = run.Output + run.Error;
        }

        return run.ExitCode;
    }

    private static Dictionary<long, List<string>> Decisions(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using (var status = connection.CreateCommand())
        {
            status.CommandText = "SELECT COUNT(*) FROM batch_run WHERE \"Kind\" = 'decisions' AND \"Status\" <> 'finished'";
            Assert.Equal(0L, (long)status.ExecuteScalar()!);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"RunId\", \"PersonId\", \"Path\", \"Status\", hex(\"Stored\") FROM decision ORDER BY \"RunId\", \"PersonId\"";
        var runs = new Dictionary<long, List<string>>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var run = reader.GetInt64(0);
            if (!runs.TryGetValue(run, out var rows))
            {
                runs[run] = rows = [];
            }

            rows.Add($"{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetString(3)}|{reader.GetString(4)}");
        }

        return runs;
    }
}
