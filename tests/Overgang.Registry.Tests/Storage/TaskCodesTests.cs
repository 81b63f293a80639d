using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>A task's kind, owner and status stored as small numbers, and the migration that converted the names stored before (docs/adr/0010-stored-decisions.md).</summary>
public sealed class TaskCodesTests
{
    private static readonly LocalDate _due = new(2026, 12, 20);

    /// <summary>Every kind, owner and status, in turns, so each name is stored at least once.</summary>
    private static List<CaseTask> Tasks(long run) =>
    [
        .. Enumerable.Range(0, 10).Select(i => new CaseTask
        {
            RunId = run, PersonId = $"P{i}", Kind = i % 3 == 0 ? "follow-up" : "action", Owner = TaskCodes.Owners[i % 5], Code = "complete-public-order-check",
            Due = _due.PlusDays(i), Status = i % 4 == 0 ? "done" : "open",
        }),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Tasks_WrittenByEfCoreAndByTheBulkWriter_ReadBackTheSameNamesAndFilterInTheDatabase(string provider)
    {
        // Given: tasks of every kind, owner and status, the first four saved by EF Core, the rest by the bulk writer
        var database = TestDatabase.Create(provider);
        List<CaseTask> written;
        using (var context = database.Open())
        {
            var run = new BatchRun { Kind = "decisions", Argument = "2027-03-04", ParameterVersion = "v", StartedAt = Instant.FromUtc(2026, 12, 1, 10, 0), Status = "finished", Counts = "{}" };
            context.Runs.Add(run);
            context.SaveChanges();
            written = Tasks(run.Id);
            context.Tasks.AddRange(written.Take(4));
            context.SaveChanges();
            using var transaction = context.Database.BeginTransaction();
            BulkWriter.Insert(context, written[4..]);
            transaction.Commit();
        }

        // When
        using var read = database.Open();
        var stored = read.Tasks.AsNoTracking().OrderBy(t => t.PersonId).AsEnumerable().Select(t => (t.PersonId, t.Kind, t.Owner, t.Status, t.Due)).ToList();
        var openActions = read.Tasks.AsNoTracking().Where(t => t.Kind == "action" && t.Status == "open").GroupBy(t => t.Owner).Select(g => new { g.Key, Count = g.Count() })
            .AsEnumerable().OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count)).ToList();
        var kinds = new[] { "action", "follow-up" };
        var municipality = read.Tasks.AsNoTracking().Where(t => EF.Constant(kinds).Contains(t.Kind) && t.Owner == "municipality").Select(t => t.PersonId).ToList();

        // Then: the same names; filtered and grouped in the database; stored as numbers
        Assert.Equal(written.Select(t => (t.PersonId, t.Kind, t.Owner, t.Status, t.Due)), stored);
        Assert.Equal(
            written.Where(t => t.Kind == "action" && t.Status == "open").GroupBy(t => t.Owner).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
            openActions);
        Assert.Equal(["P3", "P8"], municipality.Order());
        Assert.Equal(["0 1 1", "1 4 1"], MigrationRows.Strings(database, "SELECT \"Kind\" || ' ' || \"Owner\" || ' ' || \"Status\" FROM task WHERE \"PersonId\" IN ('P1', 'P9') ORDER BY \"PersonId\""));
    }

    [Fact]
    public void Save_ATaskWithAnOwnerThatHasNoCode_FailsNamingTheColumnAndTheValue()
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        using var context = database.Open();
        var run = new BatchRun { Kind = "decisions", Argument = "2027-03-04", ParameterVersion = "v", StartedAt = Instant.FromUtc(2026, 12, 1, 10, 0), Status = "finished", Counts = "{}" };
        context.Runs.Add(run);
        context.SaveChanges();
        context.Tasks.Add(new CaseTask { RunId = run.Id, PersonId = "P1", Kind = "action", Owner = "coa", Code = "x", Due = _due, Status = "open" });

        // When
        var error = Record.Exception(() => context.SaveChanges());

        // Then
        Assert.Contains("task owner 'coa' has no stored code", error?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_TasksStoredBeforeTaskCodes_ReadBackTheSameNames(string provider)
    {
        // Given: a registry migrated up to the migration before TaskCodes, with tasks as that schema stored them (names as text)
        var database = MigrationRows.Before(provider, "TaskCodes");
        var tasks = Tasks(1);
        using (var context = database.Open())
        {
            var started = MigrationRows.Started(provider);
            var run = $"INSERT INTO batch_run (\"Kind\", \"Number\", \"Argument\", \"ParameterVersion\", \"StartedAt\", \"Status\", \"Chunks\", \"Counts\") VALUES ('decisions', 1, '2027-03-04', 'v', {started}, 'finished', 1, '[]')";
            context.Database.ExecuteSqlRaw(run);
            foreach (var task in tasks)
            {
                // the date as that schema stored it: days on SQLite (migration CompactDates came first), date on PostgreSQL
                var due = provider == "sqlite" ? (task.Due.ToDateOnly().DayNumber - SqliteRegistryContext.UnixEpochDayNumber).ToString(CultureInfo.InvariantCulture) : $"'{task.Due:uuuu-MM-dd}'";
                var insert = $"INSERT INTO task (\"RunId\", \"PersonId\", \"Kind\", \"Owner\", \"Code\", \"Due\", \"Status\", \"Flags\") VALUES (1, '{task.PersonId}', '{task.Kind}', '{task.Owner}', '{task.Code}', {due}, '{task.Status}', 0)";
                context.Database.ExecuteSqlRaw(insert);
            }
        }

        // When
        database.Migrate();

        // Then
        using var read = database.Open();
        Assert.Equal(tasks.Select(t => (t.PersonId, t.Kind, t.Owner, t.Status, t.Due)),
            read.Tasks.AsNoTracking().OrderBy(t => t.PersonId).AsEnumerable().Select(t => (t.PersonId, t.Kind, t.Owner, t.Status, t.Due)));
        Assert.Equal(["P1", "P2", "P5", "P7"], read.Tasks.AsNoTracking().Where(t => t.Kind == "action" && t.Status == "open").Select(t => t.PersonId).AsEnumerable().Order(StringComparer.Ordinal));
        Assert.Empty(read.Database.GetPendingMigrations());
    }
}
