using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Overgang.Cli.Tests.Support;
using Overgang.Registry;

namespace Overgang.Cli.Tests.Runs;

/// <summary><c>overgang run decisions --person</c>: one person decided again with the use case of the case file's "decide again".</summary>
public sealed class DecideOnePersonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("overgang-decide-person-").FullName;

    private string Database => Path.Combine(_folder, "overgang.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void RunDecisionsPerson_DecidesThePersonAgainOnTheLatestRunsDate_AndAuditsItUnderTheActor()
    {
        // Given: a generated registry decided on the last day of protection
        Assert.Equal(0, CliRun.Of("", "generate", "--database", Database, "--persons", "200").ExitCode);
        Assert.Equal(0, CliRun.Of("", "run", "decisions", "--database", Database, "--date", "2027-03-04").ExitCode);
        string person, path;
        using (var context = RegistryDatabase.Parse(Database).Open())
        {
            // (the path is stored as a number since migration RunRows; the model reads its name)
            (person, path) = context.Decisions.AsNoTracking().OrderBy(d => d.PersonId).Select(d => new { d.PersonId, d.Path }).AsEnumerable().Select(d => (d.PersonId, d.Path)).First();
        }

        var decisions = Count("SELECT count(*) FROM decision");

        // When
        var run = CliRun.Of("", "run", "decisions", "--database", Database, "--person", person, "--actor", "cli:test");

        // Then: the same path (no fact changed), one decision per person still, and an audit entry by the actor
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{person} decided again in decisions run 1 for 2027-03-04: path {path}", run.Output, StringComparison.Ordinal);
        Assert.Equal(decisions, Count("SELECT count(*) FROM decision"));
        Assert.Equal(1, Count($"SELECT count(*) FROM audit_entry {Texts} WHERE action.\"Text\" = 'decision.person' AND actor.\"Text\" = 'cli:test' AND \"Subject\" = 'person:{person}'"));
    }

    [Theory]
    [InlineData("--person", "P99999999", "--person", "no person P99999999")]
    [InlineData("--person", "P00000001", "--date", "leave out --date", "--date", "2027-03-04")]
    [InlineData("--chunk", "100", "--date", "the decision date is required")]
    public void RunDecisions_WithAnUnknownPersonOrBothOrNeitherOfDateAndPerson_IsRefusedNamingTheOption(string option, string value, string field, string message, params string[] more)
    {
        // Given: a decided registry
        Assert.Equal(0, CliRun.Of("", "generate", "--database", Database, "--persons", "20").ExitCode);
        Assert.Equal(0, CliRun.Of("", "run", "decisions", "--database", Database, "--date", "2027-03-04").ExitCode);

        // When
        var run = CliRun.Of("", ["run", "decisions", "--database", Database, option, value, .. more]);

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"\"field\": \"{field}\"", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(0, Count($"SELECT count(*) FROM audit_entry {Texts} WHERE action.\"Text\" = 'decision.person'"));
    }

    [Fact]
    public void RunDecisionsPerson_BeforeAnyDecisionsRun_IsRefusedSayingToRunThemFirst()
    {
        Assert.Equal(0, CliRun.Of("", "generate", "--database", Database, "--persons", "20").ExitCode);

        var run = CliRun.Of("", "run", "decisions", "--database", Database, "--person", "P00000001");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no decisions run yet", run.Error, StringComparison.Ordinal);
    }

    // An entry's actor and action are numbers of texts in audit_text (migration AuditTexts).
    private const string Texts = "JOIN audit_text actor ON actor.\"Id\" = \"ActorText\" JOIN audit_text action ON action.\"Id\" = \"ActionText\"";

    private long Count(string sql) => Query(r => r.GetInt64(0), sql).Single();

    private List<T> Query<T>(Func<SqliteDataReader, T> read, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
