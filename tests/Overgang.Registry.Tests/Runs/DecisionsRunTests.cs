using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;

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
        // The version is the run's, kept once on the run's row (migration RunRows) and read with each decision
        Assert.All(decisions, d => Assert.Null(d.ParameterVersion));
        Assert.All(context.DecisionsWithVersion.Where(d => d.RunId == run.Id).ToList(), d => Assert.Equal(ParameterTree.Default.Version, d.ParameterVersion));
        Assert.All(decisions, d => Assert.Contains("\"reasons\"", StoredExplanations.DecisionJson(context, d), StringComparison.Ordinal));
        Assert.All(decisions, d => Assert.Null(d.Explanation));
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
                new RunOptions(ChunkSize: 10, Fault: p => _ = p == point ? throw new InvalidOperationException("simulated crash") : 0) { Lease = CrashedRun.Lease }, out _, out _));
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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void StoredDecisions_ReadBack_AreExactlyTheDecideJsonOfTheSameFactsAndTasks(string provider)
    {
        // Given
        var database = Seeded(provider);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 40), out var run, out _));
        Assert.True(TransitionSchedule.TryFor(ParameterTree.Default, _lastDay, out var schedule, out _));
        using var context = database.Open();
        var expected = context.Persons.AsNoTracking().Select(p => p.HouseholdId).Distinct().ToList()
            .SelectMany(h => DecisionsRun.DecideHousehold(context, h, schedule))
            .ToDictionary(d => d.PersonId, StringComparer.Ordinal);

        // When: read from the registry, not from memory
        StoredExplanations.ForgetTables();
        var stored = context.Decisions.AsNoTracking().Where(d => d.RunId == run.Id).ToList();
        var tasks = context.Tasks.AsNoTracking().Where(t => t.RunId == run.Id).ToList().ToLookup(t => t.PersonId, StringComparer.Ordinal);

        // Then: byte for byte the JSON the decision had, and a task row per action and task with its text
        Assert.Equal(expected.Count, stored.Count);
        Assert.All(stored, d =>
        {
            var decision = expected[d.PersonId];
            Assert.Equal(StoredExplanations.Json(decision), StoredExplanations.DecisionJson(context, d));
            Assert.Equal(
                [.. decision.Actions.Select(a => a.Text), .. decision.Tasks.Select(t => t.Text)],
                tasks[d.PersonId].OrderBy(t => t.Kind == "action" ? 0 : 1).ThenBy(t => t.Id).Select(StoredExplanations.TaskText).ToList());
            Assert.All(tasks[d.PersonId], t => Assert.True(t.Code is not null && t.Text is null, $"task {t.Id}: code {t.Code}, text {t.Text}"));
        });
        Assert.True(stored.Average(d => d.Stored!.Length) < 200, $"{stored.Average(d => d.Stored!.Length)} bytes a decision");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void StoredDecisions_AfterALaterParameterVersion_ReadBackAsTheyWereDecided(string provider)
    {
        // Given: a run on the baseline, its JSON as decided, then a run on parameters whose cut-off has another value and source
        var database = Seeded(provider);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 40), out var before, out _));
        Assert.True(TransitionSchedule.TryFor(ParameterTree.Default, _lastDay, out var schedule, out _));
        Dictionary<string, string> decided;
        using (var context = database.Open())
        {
            decided = context.Persons.AsNoTracking().Select(p => p.HouseholdId).Distinct().ToList()
                .SelectMany(h => DecisionsRun.DecideHousehold(context, h, schedule))
                .ToDictionary(d => d.PersonId, StoredExplanations.Json, StringComparer.Ordinal);
        }

        var cutOff = ParameterTree.Default["transition.document.cut-off"];
        var later = ParameterTree.Default.With(
            [cutOff with { Values = [.. cutOff.Values.Select(v => v with { Raw = "2025-01-19", Date = new LocalDate(2025, 1, 19), SourceId = "RF-LATER" })] }],
            [new Source("RF-LATER", "A later letter, 1:1", "A later letter", "nowhere")]);
        Assert.NotEqual(ParameterTree.Default.Version, later.Version);

        // When
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, later, TestClock.Start(), new RunOptions(ChunkSize: 40), out var after, out _));
        StoredExplanations.ForgetTables();

        // Then: the old run reads as it was decided; the new one cites the later source; two tables of texts are kept
        using var read = database.Open();
        var old = read.Decisions.AsNoTracking().Where(d => d.RunId == before.Id).ToList();
        Assert.Equal(decided.Count, old.Count);
        Assert.All(old, d => Assert.Equal(decided[d.PersonId], StoredExplanations.DecisionJson(read, d)));
        var renewed = read.Decisions.AsNoTracking().Where(d => d.RunId == after.Id).ToList();
        Assert.Contains(renewed, d => StoredExplanations.DecisionJson(read, d).Contains("A later letter, 1:1", StringComparison.Ordinal));
        Assert.DoesNotContain(old, d => StoredExplanations.DecisionJson(read, d).Contains("A later letter", StringComparison.Ordinal));
        Assert.Equal(2, read.ExplanationTexts.Count());

        // And a person decided again on the baseline into the later run: each decision reads with the version it was made with
        var person = renewed.OrderBy(d => d.PersonId, StringComparer.Ordinal).First().PersonId;
        Assert.IsType<PersonDecisionOutcome.Decided>(PersonDecisionRun.Execute(database, person, ParameterTree.Default, TestClock.Start(), "test:case-worker"));
        using var again = database.Open();
        var versions = again.DecisionsWithVersion.Select(d => new { d.RunId, d.PersonId, d.ParameterVersion }).ToList();
        Assert.All(versions.Where(d => d.RunId == before.Id), d => Assert.Equal(ParameterTree.Default.Version, d.ParameterVersion));
        Assert.All(versions.Where(d => d.RunId == after.Id && d.PersonId != person), d => Assert.Equal(later.Version, d.ParameterVersion));
        Assert.Equal(ParameterTree.Default.Version, Assert.Single(versions, d => d.RunId == after.Id && d.PersonId == person).ParameterVersion);
        Assert.Equal([ParameterTree.Default.Version], again.Decisions.AsNoTracking().Where(d => d.ParameterVersion != null).Select(d => d.ParameterVersion).ToList());
        Assert.All(again.Decisions.AsNoTracking().Where(d => d.RunId == before.Id).ToList(), d => Assert.Equal(decided[d.PersonId], StoredExplanations.DecisionJson(again, d)));
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
            .Select(t => $"{t.PersonId}|{t.Kind}|{t.Owner}|{t.Due}|{StoredExplanations.TaskText(t)}").Order(StringComparer.Ordinal);
        return [.. context.Decisions.AsNoTracking().Where(d => d.RunId == runId).ToList()
            .OrderBy(d => d.PersonId, StringComparer.Ordinal)
            .Select(d => $"{d.PersonId}|{d.Path}|{d.Status}|{d.ValidFrom}|{d.ValidUntil}|{StoredExplanations.DecisionJson(context, d)}").Concat(tasks)];
    }
}
