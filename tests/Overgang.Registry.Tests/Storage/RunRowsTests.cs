using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Tests.Storage;

/// <summary>
/// A decision's path and status stored as numbers and its parameter version kept once on its run, and the runs' results
/// without a foreign key to their run (migration RunRows, docs/adr/0017-run-results-without-foreign-keys.md).
/// </summary>
public sealed class RunRowsTests
{
    private static readonly Instant _at = Instant.FromUtc(2026, 11, 22, 12, 0);

    [Fact]
    public void Paths_EveryPathOfTheRules_HasAStoredNumber()
    {
        // A path the rules give without a number could not be stored, and the person search would refuse none of it.
        Assert.Equal(TransitionNames.Paths.Keys.Order(StringComparer.Ordinal), DecisionCodes.Paths.Order(StringComparer.Ordinal));
        Assert.Equal(DecisionCodes.Paths.Length, DecisionCodes.Paths.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Decisions_WrittenByEfCoreAndByTheBulkWriter_ReadBackTheSameNamesAndFilterInTheDatabase(string provider)
    {
        // Given: a decision of every path, half saved by EF Core, half by the bulk writer
        var database = TestDatabase.Create(provider);
        List<DecisionRecord> written;
        using (var context = database.Open())
        {
            var run = new BatchRun { Kind = "decisions", Argument = "2027-03-04", ParameterVersion = "v", StartedAt = _at, Status = "finished", Counts = "{}" };
            context.Runs.Add(run);
            context.SaveChanges();
            written = [.. DecisionCodes.Paths.Select((path, i) => new DecisionRecord { RunId = run.Id, PersonId = $"P{i}", Date = new LocalDate(2027, 3, 4), Path = path, Status = DecisionCodes.Statuses[i % 2] })];
            context.Decisions.AddRange(written.Take(3));
            context.SaveChanges();
            using var transaction = context.Database.BeginTransaction();
            BulkWriter.Insert(context, written[3..]);
            transaction.Commit();
        }

        // When
        using var read = database.Open();
        var stored = read.Decisions.AsNoTracking().OrderBy(d => d.PersonId).AsEnumerable().Select(d => (d.PersonId, d.Path, d.Status)).ToList();
        var pending = read.Decisions.AsNoTracking().Where(d => d.Status == "pending").Select(d => d.PersonId).AsEnumerable().Order(StringComparer.Ordinal).ToList();
        var documents = read.Decisions.AsNoTracking().Count(d => d.Path == "transition-document");

        // Then: the same names, filtered in the database, stored as numbers
        Assert.Equal(written.Select(d => (d.PersonId, d.Path, d.Status)), stored);
        Assert.Equal(["P1", "P3", "P5"], pending);
        Assert.Equal(1, documents);
        Assert.Equal(["5 1"], MigrationRows.Strings(database, "SELECT \"Path\" || ' ' || \"Status\" FROM decision WHERE \"PersonId\" = 'P5'"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_RunResultsStoredBeforeRunRows_ReadBackTheSameAndTheAuditLogVerifies(string provider)
    {
        // Given: a registry migrated up to the migration before RunRows, with a run's decisions (one decided again on other
        // parameters), a task, a payment and audit entries as that schema stored them
        var database = MigrationRows.Before(provider, "RunRows");
        var sqlite = provider == "sqlite";
        var day = sqlite ? "20881" : "'2027-03-04'";
        using (var context = database.Open())
        {
            Sql(context, $"INSERT INTO batch_run (\"Kind\", \"Number\", \"Argument\", \"ParameterVersion\", \"StartedAt\", \"Status\", \"Chunks\", \"Counts\") VALUES ('decisions', 1, '2027-03-04', 'v1', {MigrationRows.Started(provider)}, 'finished', 1, '[]')");
            foreach (var (path, i) in DecisionCodes.Paths.Select((p, i) => (p, i)))
            {
                var version = i == 2 ? "v0" : "v1";
                Sql(context, $"INSERT INTO decision (\"RunId\", \"PersonId\", \"Date\", \"Path\", \"Status\", \"ValidFrom\", \"ValidUntil\", \"ParameterVersion\", \"Explanation\") VALUES (1, 'P{i}', {day}, '{path}', '{DecisionCodes.Statuses[i % 2]}', {(i == 5 ? day : "NULL")}, NULL, '{version}', 'explained {i}')");
            }

            Sql(context, $"INSERT INTO task (\"RunId\", \"PersonId\", \"Kind\", \"Owner\", \"Code\", \"Due\", \"Status\", \"Flags\") VALUES (1, 'P1', 0, 1, 'x', {day}, 1, 2)");
            Sql(context, $"INSERT INTO payment (\"RunId\", \"HouseholdId\", \"MunicipalityCode\", \"Members\", \"AllowanceCents\", \"ContributionCents\", \"Outcome\", \"HandOver\", \"Provision\") VALUES (1, 'H1', 'GM0363', 2, 12345, 678, 'calculated', {(sqlite ? "1" : "true")}, 'allowance')");
            AuditChain.Append(context, _at, [new AuditRecord("system:run/1", "decision.record", "P1", "decisions run 1 for 2027-03-04", "{\"path\":\"not-entitled\"}"), new AuditRecord("caseworker:anna", "person.read", "person:P1", "person", "{}")]);
            context.SaveChanges();
        }

        // When
        database.Migrate();

        // Then: the same paths, statuses, versions, task and payment; the numbers stored; the run's version once; the log verifies
        using var read = database.Open();
        Assert.Empty(read.Database.GetPendingMigrations());
        var decisions = read.DecisionsWithVersion.OrderBy(d => d.PersonId).AsEnumerable().Select(d => (d.PersonId, d.Path, d.Status, d.ParameterVersion ?? "", d.ValidFrom, d.Explanation ?? "")).ToList();
        Assert.Equal(
            DecisionCodes.Paths.Select((path, i) => ($"P{i}", path, DecisionCodes.Statuses[i % 2], i == 2 ? "v0" : "v1", i == 5 ? new LocalDate(2027, 3, 4) : (LocalDate?)null, $"explained {i}")),
            decisions);
        Assert.Equal(["P2 v0"], MigrationRows.Strings(database, "SELECT \"PersonId\" || ' ' || \"ParameterVersion\" FROM decision WHERE \"ParameterVersion\" IS NOT NULL"));
        Assert.Equal(["5 1"], MigrationRows.Strings(database, "SELECT \"Path\" || ' ' || \"Status\" FROM decision WHERE \"PersonId\" = 'P5'"));
        Assert.Equal(["P1", "P3", "P5"], read.Decisions.AsNoTracking().Where(d => d.Status == "pending").Select(d => d.PersonId).AsEnumerable().Order(StringComparer.Ordinal));
        var task = Assert.Single(read.Tasks.AsNoTracking());
        Assert.Equal((1L, "P1", "action", "ind", "open", 2), (task.RunId, task.PersonId, task.Kind, task.Owner, task.Status, task.Flags));
        var payment = Assert.Single(read.Payments.AsNoTracking());
        Assert.Equal((1L, "H1", "GM0363", 2, 12345L, 678L, "calculated", true, "allowance"),
            (payment.RunId, payment.HouseholdId, payment.MunicipalityCode, payment.Members, payment.AllowanceCents, payment.ContributionCents, payment.Outcome, payment.HandOver, payment.Provision));
        var verified = AuditChain.Verify(read);
        Assert.True(verified.IsIntact, verified.Problem);
        Assert.Equal(2, verified.Verified);
        Assert.True(RunRows.Orphans(read).AllHaveTheirRun);
        if (sqlite)
        {
            Assert.Equal(2, MigrationRows.Strings(database, "SELECT name FROM sqlite_master WHERE name IN ('decision', 'payment') AND sql LIKE '%WITHOUT ROWID%'").Count);
        }
    }

    /// <summary>Runs SQL the test made (in the old schema EF Core no longer models).</summary>
    private static void Sql(RegistryContext context, string sql) => context.Database.ExecuteSqlRaw(sql);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Orphans_ResultsOfARunThatDoesNotExist_AreCounted(string provider)
    {
        // Given: a run with a decision and a task, and a decision, task and payment of run 99, which does not exist
        var database = TestDatabase.Create(provider);
        using var context = database.Open();
        var run = new BatchRun { Kind = "decisions", Argument = "2027-03-04", ParameterVersion = "v", StartedAt = _at, Status = "finished", Counts = "{}" };
        context.Runs.Add(run);
        context.SaveChanges();
        var due = new LocalDate(2027, 3, 4);
        foreach (var runId in new[] { run.Id, 99 })
        {
            context.Decisions.Add(new DecisionRecord { RunId = runId, PersonId = "P1", Date = due, Path = "transition-document", Status = "decided" });
            context.Tasks.Add(new CaseTask { RunId = runId, PersonId = "P1", Kind = "action", Owner = "ind", Code = "x", Due = due, Status = "open" });
        }

        context.Payments.Add(new PaymentRecord { RunId = 99, HouseholdId = "H1", MunicipalityCode = "GM0363", Outcome = "calculated" });

        // When
        context.SaveChanges();

        // Then
        Assert.Equal(new RunRows(1, 1, 1), RunRows.Orphans(context));
        Assert.False(RunRows.Orphans(context).AllHaveTheirRun);
    }
}
