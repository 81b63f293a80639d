using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts;
using Overgang.Registry.Population;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Tests.Runs;

/// <summary>
/// One person decided again after a change (<see cref="PersonDecisionRun"/>) stores exactly what a full decisions run
/// on the same day stores for that person, in place of their decision and tasks in the latest run.
/// </summary>
public sealed class PersonDecisionRunTests
{
    private const int Persons = 160;
    private static readonly LocalDate _lastDay = new(2027, 3, 4);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_person_decided_again_after_a_change_gets_what_a_full_run_gives_them(string provider)
    {
        // Given: a decisions run, then a change of one person's facts that changes their decision
        var database = TestDatabase.Create(provider);
        PopulationStore.Load(database, PopulationGenerator.Generate(Persons, 11), Instant.FromUtc(2026, 11, 22, 8, 0), replace: false);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 40), out var first, out _));
        string personId;
        using (var context = database.Open())
        {
            var person = context.Persons.Where(p => context.Decisions.Any(d => d.RunId == first.Id && d.PersonId == p.Id && d.Path == "transition-document" && d.Status == "decided"))
                .OrderBy(p => p.Id).First();
            personId = person.Id;
            person.AsylumApplication = "pending";
            context.SaveChanges();
        }

        var before = Rows(database, first.Id, personId);
        var others = OtherRows(database, first.Id, personId);

        // When
        var outcome = PersonDecisionRun.Execute(database, personId, ParameterTree.Default, TestClock.Start(), "test:case-worker");

        // Then: the decision changed, and it and its tasks are what a full run of the same day stores for the person
        var decided = Assert.IsType<PersonDecisionOutcome.Decided>(outcome);
        Assert.Equal(first.Id, decided.RunId);
        var after = Rows(database, first.Id, personId);
        Assert.NotEqual(before, after);
        Assert.Equal(others, OtherRows(database, first.Id, personId));
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 40), out var full, out _));
        Assert.NotEqual(first.Id, full.Id);
        Assert.Equal(Rows(database, full.Id, personId), after);

        // And decided again without a change: the tasks that still apply keep their rows
        var ids = TaskIds(database, full.Id, personId);
        Assert.NotEmpty(ids);
        Assert.IsType<PersonDecisionOutcome.Decided>(PersonDecisionRun.Execute(database, personId, ParameterTree.Default, TestClock.Start(), "test:case-worker"));
        Assert.Equal(ids, TaskIds(database, full.Id, personId));
        Assert.Equal(Rows(database, full.Id, personId), after);
        using var check = database.Open();
        Assert.Single(check.Decisions.AsNoTracking().Where(d => d.RunId == first.Id && d.PersonId == personId));
        var entry = check.Audit.AsNoTracking().Where(a => a.Action == PersonDecisionRun.AuditAction).OrderBy(a => a.Sequence).First();
        Assert.Equal("person:" + personId, entry.Subject);
        Assert.True(AuditChain.Verify(check).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Without_a_decisions_run_nothing_is_decided_or_stored(string provider)
    {
        var database = TestDatabase.Create(provider);
        PopulationStore.Load(database, PopulationGenerator.Generate(20, 11), Instant.FromUtc(2026, 11, 22, 8, 0), replace: false);
        using (var context = database.Open())
        {
            var id = context.Persons.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).First();
            Assert.IsType<PersonDecisionOutcome.NoRun>(PersonDecisionRun.Execute(database, id, ParameterTree.Default, TestClock.Start(), "test"));
        }

        Assert.IsType<PersonDecisionOutcome.UnknownPerson>(PersonDecisionRun.Execute(database, "nobody", ParameterTree.Default, TestClock.Start(), "test"));
        using var after = database.Open();
        Assert.Empty(after.Decisions.AsNoTracking());
        Assert.Empty(after.Audit.AsNoTracking().Where(a => a.Action == PersonDecisionRun.AuditAction));
    }

    /// <summary>The person's stored decision and tasks of a run, without the run's id.</summary>
    private static List<string> Rows(RegistryDatabase database, long runId, string personId)
    {
        using var context = database.Open();
        var tasks = context.Tasks.AsNoTracking().Where(t => t.RunId == runId && t.PersonId == personId).ToList()
            .Select(t => $"{t.Kind}|{t.Owner}|{t.Code}|{t.Text}|{t.Due}|{t.Flags}|{t.Status}").Order(StringComparer.Ordinal);
        return [.. context.Decisions.AsNoTracking().Where(d => d.RunId == runId && d.PersonId == personId).ToList()
            .Select(d => $"{d.Date}|{d.Path}|{d.Status}|{d.ValidFrom}|{d.ValidUntil}|{d.ParameterVersion}|{StoredExplanations.DecisionJson(context, d)}").Concat(tasks)];
    }

    private static List<long> TaskIds(RegistryDatabase database, long runId, string personId)
    {
        using var context = database.Open();
        return [.. context.Tasks.AsNoTracking().Where(t => t.RunId == runId && t.PersonId == personId).OrderBy(t => t.Id).Select(t => t.Id)];
    }

    private static List<string> OtherRows(RegistryDatabase database, long runId, string personId)
    {
        using var context = database.Open();
        return [.. context.Decisions.AsNoTracking().Where(d => d.RunId == runId && d.PersonId != personId).OrderBy(d => d.PersonId).Select(d => d.PersonId + "|" + d.Path + "|" + d.Status).AsEnumerable()
            .Concat(context.Tasks.AsNoTracking().Where(t => t.RunId == runId && t.PersonId != personId).OrderBy(t => t.Id).Select(t => t.Id + "|" + t.PersonId).AsEnumerable())];
    }
}
