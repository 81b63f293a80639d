using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Tests.Runs;

public sealed class DecisionsRunTests
{
    private const int Persons = 700;
    private static readonly LocalDate _lastDay = new(2027, 3, 4);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TryExecute_GeneratedPopulation_DecidesEveryoneWithReasonsTasksAndAudit(string provider)
    {
        // Given
        var database = Seeded(provider);

        // When
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 50), out var run, out _));

        // Then
        using var context = database.Open();
        var decisions = context.Decisions.AsNoTracking().Where(d => d.RunId == run.Id).ToList();
        Assert.Equal(Persons, decisions.Count);
        Assert.All(decisions, d => Assert.Equal(ParameterTree.Default.Version, d.ParameterVersion));
        Assert.All(decisions, d => Assert.Contains("\"reasons\"", d.Explanation, StringComparison.Ordinal));
        Assert.Contains(decisions, d => d.Path == "transition-document" && d.Status == "decided" && d.ValidFrom == new LocalDate(2027, 3, 5) && d.ValidUntil == new LocalDate(2030, 3, 4));
        Assert.Contains(decisions, d => d.Status == "pending");
        Assert.True(context.Tasks.Any(t => t.RunId == run.Id && t.Kind == "action"));
        Assert.True(context.Tasks.Any(t => t.RunId == run.Id && t.Kind == "follow-up"));
        Assert.Equal(Persons, context.Audit.Count(a => a.Action == "decision.record"));
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TryExecute_CrashAtTwelvePointsAndResume_GivesTheResultsOfAnUninterruptedRun(string provider)
    {
        // Given
        var reference = Seeded(provider);
        Assert.True(DecisionsRun.TryExecute(reference, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10), out var clean, out _));
        var expected = Results(reference, clean.Id);

        // When: crashed at 12 points in turn, resumed after each
        var database = Seeded(provider);
        foreach (var point in Enumerable.Range(0, 6).SelectMany(c => new[] { new RunFaultPoint(c, "before-commit"), new RunFaultPoint(c, "after-commit") }))
        {
            Assert.Throws<InvalidOperationException>(() => DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(),
                new RunOptions(ChunkSize: 10, Fault: p => _ = p == point ? throw new InvalidOperationException("simulated crash") : 0), out _, out _));
        }

        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 10), out var resumed, out _));

        // Then
        Assert.Equal(expected, Results(database, resumed.Id));
        Assert.Equal(clean.Counts, resumed.Counts);
        using var context = database.Open();
        Assert.Equal(1, context.Runs.Count());
        Assert.Equal(Persons, context.Audit.Count(a => a.Action == "decision.record"));
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public void TryExecute_DateWithoutTransitionParameters_NamesTheParameterAndRunsNothing()
    {
        var database = TestDatabase.Create("sqlite");
        Assert.False(DecisionsRun.TryExecute(database, new LocalDate(2024, 12, 31), ParameterTree.Default, TestClock.Start(), null, out _, out var missing));
        Assert.StartsWith("transition.", missing.ParameterId, StringComparison.Ordinal);
        using var context = database.Open();
        Assert.Equal(0, context.Runs.Count());
    }

    private static RegistryDatabase Seeded(string provider)
    {
        var database = TestDatabase.Create(provider);
        PopulationStore.Load(database, PopulationGenerator.Generate(Persons, 11), Instant.FromUtc(2026, 11, 22, 8, 0), replace: false);
        return database;
    }

    private static List<string> Results(RegistryDatabase database, long runId)
    {
        using var context = database.Open();
        var tasks = context.Tasks.AsNoTracking().Where(t => t.RunId == runId).ToList()
            .Select(t => $"{t.PersonId}|{t.Kind}|{t.Owner}|{t.Due}|{t.Text}").Order(StringComparer.Ordinal);
        return [.. context.Decisions.AsNoTracking().Where(d => d.RunId == runId).ToList()
            .OrderBy(d => d.PersonId, StringComparer.Ordinal)
            .Select(d => $"{d.PersonId}|{d.Path}|{d.Status}|{d.ValidFrom}|{d.ValidUntil}|{d.Explanation}").Concat(tasks)];
    }
}
