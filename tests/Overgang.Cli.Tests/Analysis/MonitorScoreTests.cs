using Overgang.Cli.Tests.Support;
using Overgang.Registry.Audit;
using Overgang.Registry.Tests.Support;

namespace Overgang.Cli.Tests.Analysis;

/// <summary>
/// <c>overgang monitor score</c> and <c>overgang monitor history</c> on SQLite and PostgreSQL: scores for the June 2025
/// structure are entered, amended as a new version (the old one stays), audited, and the means follow; a malformed
/// file is refused naming its line, and nothing is stored.
/// </summary>
public sealed class MonitorScoreTests
{
    private const string Header = "domain,factor,indicator,score,justification\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Score_EntersAndAmends_KeepsTheHistory_AndTheMeansFollow(string provider)
    {
        // Given: the June 2025 structure, not scored yet
        var database = TestDatabase.Create(provider);
        var before = CliRun.Of("", "monitor", "--database", Setting(database));
        Assert.Contains("not scored yet", Line(before.Output, "2025-06", "huisvesting"), StringComparison.Ordinal);

        // When: two factors are scored, then one is amended
        var first = Write(Header
            + "netherlands,huisvesting,factor-as-a-whole,-1,\"Housing is a large obstacle to staying (001:1759-1761)\"\n"
            + "netherlands,statuszekerheid,factor-as-a-whole,1,Extension to 4 March 2027 (001:1548-1549)\n");
        var entered = CliRun.Of(Clock(9), "", "monitor", "score", "--period", "2025-06", "--file", first, "--reason", "scored from the text", "--actor", "analyst-a", "--database", Setting(database));
        var amended = Write(Header + "netherlands,huisvesting,factor-as-a-whole,-2,Respondent doubts staying without housing (001:1825-1828)\n");
        var amendment = CliRun.Of(Clock(10), "", "monitor", "score", "--period", "2025-06", "--file", amended, "--reason", "second reading", "--actor", "analyst-b", "--database", Setting(database));

        // Then: the amendment is version 2 with the old value; both versions are in the history with who, when and why
        Assert.True(entered.ExitCode == 0, entered.Error);
        Assert.Contains("2 score(s) stored, period version 2", entered.Output, StringComparison.Ordinal);
        Assert.True(amendment.ExitCode == 0, amendment.Error);
        Assert.Contains("netherlands/huisvesting/factor-as-a-whole: -1 -> -2 (version 2)", amendment.Output, StringComparison.Ordinal);
        var history = CliRun.Of("", "monitor", "history", "--period", "2025-06", "--database", Setting(database)).Output;
        var versions = history.Split('\n').Where(l => l.Contains(" huisvesting ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, versions.Count);
        Assert.Contains("analyst-a", versions[0], StringComparison.Ordinal);
        Assert.Contains("2026-11-22T09:00:00Z", versions[0], StringComparison.Ordinal);
        Assert.Contains("analyst-b", versions[1], StringComparison.Ordinal);
        Assert.Contains("second reading", versions[1], StringComparison.Ordinal);

        // and the factor and domain means are recomputed from the latest versions: (-2 + 1) / 2 for the domain
        var after = CliRun.Of("", "monitor", "--database", Setting(database)).Output;
        Assert.Contains(" -2.00 ", Line(after, "2025-06", "huisvesting"), StringComparison.Ordinal);
        Assert.Contains(" -0.50 ", Line(after, "2025-06", "netherlands", "(domain)"), StringComparison.Ordinal);
        Assert.Contains("not scored yet", Line(after, "2025-06", "veiligheid-in-oekraine"), StringComparison.Ordinal);

        // and the audit log holds one entry per version, and still verifies
        using var db = database.Open();
        Assert.Equal(3, db.Audit.Count(a => a.Action == "scorecard.score"));
        Assert.Contains(db.Audit.Where(a => a.Action == "scorecard.score").ToList(), a => a.Actor == "analyst-b" && a.Data.Contains("\"old\":-1", StringComparison.Ordinal) && a.Data.Contains("\"new\":-2", StringComparison.Ordinal));
        Assert.True(AuditChain.Verify(db).IsIntact);
    }

    [Theory]
    [InlineData("netherlands,huisvesting,factor-as-a-whole,3,too high\n", "line 2, score: '3' is not a whole number from -2 to +2")]
    [InlineData("netherlands,huisvesting,factor-as-a-whole,one,words\n", "line 2, score: 'one' is not a whole number")]
    [InlineData("netherlands,huisvesting,factor-as-a-whole,1,\n", "line 2, justification:")]
    [InlineData("netherlands,weather,factor-as-a-whole,1,x\n", "line 2, indicator: period 2025-06 has no indicator 'netherlands/weather/factor-as-a-whole'")]
    [InlineData("netherlands,huisvesting,factor-as-a-whole,1\n", "line 2, line: 4 fields; expected 5")]
    public void Score_MalformedFile_IsRefusedNamingTheLine_AndStoresNothing(string line, string message)
    {
        // Given: a good first line, then the bad one
        var database = TestDatabase.Create("sqlite");
        var file = Write("# scores\n" + Header.TrimEnd('\n') + "\n" + "netherlands,statuszekerheid,factor-as-a-whole,1,fine (001:1548-1549)\n" + line);

        // When
        var run = CliRun.Of("", "monitor", "score", "--period", "2025-06", "--file", file, "--reason", "r", "--database", Setting(database));

        // Then: line numbers count from the top of the file (the comment is line 1, the header line 2)
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message.Replace("line 2", "line 4", StringComparison.Ordinal), run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing stored", run.Error, StringComparison.Ordinal);
        using var db = database.Open();
        Assert.Empty(db.ScorecardEntries);
        Assert.Empty(db.Audit);
    }

    [Fact]
    public void Score_WrongHeader_OrUnknownPeriod_IsRefused()
    {
        var database = TestDatabase.Create("sqlite");
        var header = CliRun.Of("", "monitor", "score", "--period", "2025-06", "--file", Write("factor,score\nx,1\n"), "--reason", "r", "--database", Setting(database));
        Assert.Equal(2, header.ExitCode);
        Assert.Contains("line 1, header: the first line must be 'domain,factor,indicator,score,justification'", header.Error, StringComparison.Ordinal);
        var period = CliRun.Of("", "monitor", "score", "--period", "2030-01", "--file", Write(Header + "netherlands,huisvesting,factor-as-a-whole,1,x\n"), "--reason", "r", "--database", Setting(database));
        Assert.Equal(2, period.ExitCode);
        Assert.Contains("period: no scorecard period '2030-01'", period.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_SameScoresAgain_StoresNoNewVersion()
    {
        var database = TestDatabase.Create("sqlite");
        var file = Write(Header + "ukraine,duur-van-het-conflict,factor-as-a-whole,0,Protracted war most likely (001:3-6)\n");
        CliRun.Of("", "monitor", "score", "--period", "2025-06", "--file", file, "--reason", "r", "--database", Setting(database));
        var again = CliRun.Of("", "monitor", "score", "--period", "2025-06", "--file", file, "--reason", "r", "--database", Setting(database));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("every score was already as given; nothing stored", again.Output, StringComparison.Ordinal);
        using var db = database.Open();
        Assert.Single(db.ScorecardEntries);
    }

    private static FixedClock Clock(int hour) => new FixedClock(NodaTime.Instant.FromUtc(2026, 11, 22, hour, 0));

    /// <summary>The --database value: the SQLite file, or the PostgreSQL connection string.</summary>
    private static string Setting(Overgang.Registry.RegistryDatabase database) => database.SqliteFile ?? database.ConnectionString;

    private static string Line(string output, params string[] cells) =>
        output.Split('\n').First(l => cells.All(c => l.Contains(" " + c + " ", StringComparison.Ordinal)));

    private static string Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "overgang-scores-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        return path;
    }
}
