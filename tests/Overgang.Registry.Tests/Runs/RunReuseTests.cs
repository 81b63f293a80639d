using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Import;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Tests.Runs;

/// <summary>Runs are idempotent: the same inputs, parameters and registry state reuse the finished run; any change runs anew.</summary>
public sealed class RunReuseTests
{
    private static readonly YearMonth _month = new(2025, 11);
    private static readonly LocalDate _lastDay = new(2027, 3, 4);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Execute_SameMonthOnTheSameRegistry_ReusesTheFinishedRunAndStoresNothing(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        TestPopulation.Seed(database, 30);
        var first = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());
        var before = Rows(database);
        var reports = new List<RunProgress>();

        // When
        var second = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(Progress: new Collect(reports)));

        // Then
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, second.Number);
        Assert.Equal(first.Counts, second.Counts);
        Assert.Equal(before, Rows(database));
        var report = Assert.Single(reports);
        Assert.True(report.Reused);
        Assert.Equal(first.Id, report.RunId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void TryExecute_SameDateOnTheSameRegistry_ReusesTheFinishedRun(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        TestPopulation.Seed(database, 20);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), null, out var first, out _));
        var before = Rows(database);

        // When
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), null, out var second, out _));

        // Then
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(before, Rows(database));
    }

    [Fact]
    public void Execute_ARerunWithTheSameState_LeavesTheSqliteFileTheSameSize()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        TestPopulation.Seed(database, 30);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), null, out _, out _));
        AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var size = new FileInfo(database.SqliteFile!).Length;

        // When
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), null, out _, out _));
        AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // Then
        Assert.Equal(size, new FileInfo(database.SqliteFile!).Length);
        Assert.Equal(2, Rows(database).Runs);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Execute_AfterAnImportedPerson_RunsAgainWithTheNextNumber(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        TestPopulation.Seed(database, 20);
        var first = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());
        var file = Path.Combine(Directory.CreateTempSubdirectory("overgang-reuse-").FullName, "persons.csv");
        File.WriteAllText(file, "id,familyName,givenName,familyNameCyrillic,givenNameCyrillic,birthDate,sex,nationality,ukrainianResidence,municipality,householdId,protectionSince\n"
            + "N0000001,Petrenko,Oleh,Петренко,Олег,1980-01-05,M,UA,citizen,GM0363,N0000001,2022-03-05\n");
        Assert.IsType<ImportOutcome.Imported>(CsvImporter.Import(database, ImportKind.Persons, file, TestClock.Start().GetCurrentInstant()));

        // When
        var second = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());

        // Then
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public void Execute_AfterAnUnchangedImport_ReusesTheRun()
    {
        // Given: a file whose rows are all stored already writes nothing, so the registry is the same
        var database = TestDatabase.Create("sqlite");
        TestPopulation.Seed(database, 20);
        var file = Path.Combine(Directory.CreateTempSubdirectory("overgang-reuse-").FullName, "persons.csv");
        File.WriteAllText(file, "id,familyName,givenName,familyNameCyrillic,givenNameCyrillic,birthDate,sex,nationality,ukrainianResidence,municipality,householdId,protectionSince\n"
            + "N0000001,Petrenko,Oleh,Петренко,Олег,1980-01-05,M,UA,citizen,GM0363,N0000001,2022-03-05\n");
        Assert.IsType<ImportOutcome.Imported>(CsvImporter.Import(database, ImportKind.Persons, file, TestClock.Start().GetCurrentInstant()));
        var first = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());
        var again = Assert.IsType<ImportOutcome.Imported>(CsvImporter.Import(database, ImportKind.Persons, file, TestClock.Start().GetCurrentInstant()));
        Assert.Equal(1, again.Counts.Unchanged);

        // When
        var second = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());

        // Then
        Assert.Equal(first.Id, second.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Execute_AfterAnIncomeChangedThroughTheContext_RunsAgain(string provider)
    {
        // Given: the web changes a person's income as a tracked change saved through the registry's context
        var database = TestDatabase.Create(provider);
        TestPopulation.Seed(database, 20);
        var first = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());
        using (var context = database.Open())
        {
            var income = context.Incomes.Single(i => i.PersonId == "H0000A0");
            income.Months = income.Months.With(_month.OnDayOfMonth(1), income.Months.In(_month.OnDayOfMonth(1))!.Value + 10_000);
            context.SaveChanges();
        }

        // When
        var second = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());

        // Then
        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(Paid(database, first.Id), Paid(database, second.Id));
    }

    [Fact]
    public void Execute_WithOtherParameters_RunsAgain()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        TestPopulation.Seed(database, 20);
        var first = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());
        var food = ParameterTree.Default.Definitions[0];
        var changed = ParameterTree.Default.With(food with { Values = [.. food.Values, food.Values[^1] with { From = new LocalDate(2099, 1, 1) }] });
        Assert.NotEqual(ParameterTree.Default.Version, changed.Version);

        // When
        var second = AllowanceRun.Execute(database, _month, changed, TestClock.Start());

        // Then
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(changed.Version, second.ParameterVersion);
    }

    [Fact]
    public void Execute_AfterANewDecisionsRun_RunsTheMonthAgain_AndAReusedDecisionsRunChangesNothing()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        TestPopulation.Seed(database, 20);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), null, out _, out _));
        var month = new YearMonth(2027, 4);
        var first = AllowanceRun.Execute(database, month, ParameterTree.Default, TestClock.Start());
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), null, out _, out _));
        var reused = AllowanceRun.Execute(database, month, ParameterTree.Default, TestClock.Start());

        // When
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), new RunOptions(Rerun: true), out var decisions, out _));
        var second = AllowanceRun.Execute(database, month, ParameterTree.Default, TestClock.Start());

        // Then
        Assert.Equal(first.Id, reused.Id);
        Assert.Equal(2, decisions.Number);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(2, second.Number);
    }

    [Fact]
    public void Execute_WithRerun_StoresANewRunNumberedPerKind()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        TestPopulation.Seed(database, 10);
        Assert.True(DecisionsRun.TryExecute(database, _lastDay, ParameterTree.Default, TestClock.Start(), null, out var decisions, out _));
        var first = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());

        // When
        var second = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(Rerun: true));

        // Then
        Assert.Equal((1, 1, 2), (decisions.Number, first.Number, second.Number));
        Assert.Equal(("decisions run 1", "month run 2"), (RunKinds.NameOf(decisions), RunKinds.NameOf(second)));
        Assert.Equal(first.Counts, second.Counts);
    }

    [Fact]
    public void Execute_ResumedAfterTheRegistryChanged_IsNeverReused()
    {
        // Given: a run crashes, a person's income changes, the run is resumed
        var database = TestDatabase.Create("sqlite");
        TestPopulation.Seed(database, 20);
        Assert.Throws<InvalidOperationException>(() => AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(),
            new RunOptions(ChunkSize: 5, Fault: p => { if (p.Chunk == 1 && p.Stage == "after-commit") { throw new InvalidOperationException("crash"); } })));
        using (var context = database.Open())
        {
            var income = context.Incomes.Single(i => i.PersonId == "H0000A0");
            income.Months = income.Months.With(_month.OnDayOfMonth(1), income.Months.In(_month.OnDayOfMonth(1))!.Value + 100);
            context.SaveChanges();
        }

        var resumed = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 5));

        // When
        var next = AllowanceRun.Execute(database, _month, ParameterTree.Default, TestClock.Start());

        // Then
        Assert.Null(resumed.Fingerprint);
        Assert.NotEqual(resumed.Id, next.Id);
        Assert.NotNull(next.Fingerprint);
    }

    private static (int Runs, int Payments, int Decisions, int Audit) Rows(RegistryDatabase database)
    {
        using var context = database.Open();
        return (context.Runs.Count(), context.Payments.Count(), context.Decisions.Count(), context.Audit.Count());
    }

    private static (long Allowance, long Contribution) Paid(RegistryDatabase database, long runId)
    {
        using var context = database.Open();
        var payments = context.Payments.AsNoTracking().Where(p => p.RunId == runId).Select(p => new { p.AllowanceCents, p.ContributionCents }).ToList();
        return (payments.Sum(p => p.AllowanceCents), payments.Sum(p => p.ContributionCents));
    }

    private sealed class Collect(List<RunProgress> reports) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => reports.Add(value);
    }
}
