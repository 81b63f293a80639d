using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Storage;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>Dates as days since 1970-01-01 on SQLite, and the migration that converted what was stored before (docs/adr/0010-stored-decisions.md).</summary>
public sealed class CompactDatesTests
{
    /// <summary>Before 1970, the epoch itself, today's years, and beyond what two bytes hold (2059).</summary>
    private static readonly LocalDate[] _dates = [new(1931, 2, 28), new(1970, 1, 1), new(2026, 11, 1), new(2027, 3, 4), new(2088, 12, 31)];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Dates_WrittenByEfCoreAndByTheBulkWriter_ReadBackTheSameAndCompareInTheDatabase(string provider)
    {
        // Given: a person's absences on days before and after the epoch, the first saved by EF Core, the rest by the bulk writer
        var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Persons.Add(TestPopulation.Person("P1", "H1", "GM0363", new LocalDate(1990, 5, 17)));
            context.Absences.Add(new Absence { PersonId = "P1", From = _dates[0], To = _dates[0] });
            context.SaveChanges();
            using var transaction = context.Database.BeginTransaction();
            BulkWriter.Insert(context, _dates[1..].Select(d => new Absence { PersonId = "P1", From = d, To = d }).ToList());
            transaction.Commit();
        }

        // When
        using var read = database.Open();
        var stored = read.Absences.AsNoTracking().OrderBy(a => a.From).Select(a => a.From).ToList();
        var after = read.Absences.AsNoTracking().Where(a => a.From > new LocalDate(1970, 1, 1) && a.From <= new LocalDate(2027, 3, 4)).Select(a => a.To).ToList();
        var latest = read.Absences.AsNoTracking().Max(a => a.From);

        // Then: the same dates, in order; compared in the database; on SQLite stored as integers
        Assert.Equal(_dates, stored);
        Assert.Equal(_dates[2..4], after.Order());
        Assert.Equal(_dates[^1], latest);
        if (provider == "sqlite")
        {
            Assert.Equal(["integer -14187", "integer 0", "integer 20758", "integer 20881", "integer 43464"],
                MigrationRows.Strings(database, "SELECT typeof(\"From\") || ' ' || \"From\" FROM absence ORDER BY \"From\""));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_RowsStoredBeforeCompactDates_ReadBackTheSameDates(string provider)
    {
        // Given: a registry migrated up to the migration before CompactDates, with rows as that schema stored them
        // (on SQLite dates as ISO text), in tables EF Core rebuilds and in the tables without rowid rebuilt by hand
        var database = MigrationRows.Before(provider, "CompactDates");
        using (var context = database.Open())
        {
            var started = MigrationRows.Started(provider);
            foreach (var sql in new[]
            {
                "INSERT INTO municipality (\"Code\", \"Name\") VALUES ('GM0363', 'Amsterdam')",
                "INSERT INTO person (\"Id\", \"AsylumApplication\", \"AsylumWithdrawnOn\", \"BirthDate\", \"FamilyName\", \"GivenName\", \"HouseholdId\", \"MedicalTreatment\", \"MunicipalityCode\", \"Nationality\", \"ObjectionPending\", \"PublicOrderCheck\", \"Sex\", \"UkrainianResidence\", \"Version\") "
                    + "VALUES ('P1', 'none', NULL, '1931-02-28', 'Shevchenko', 'Olena', 'H1', false, 'GM0363', 'UKR', false, 'passed', 'F', 'yes', 1), "
                    + "('P2', 'withdrawn', '2026-11-01', '2088-12-31', 'Shevchenko', 'Taras', 'H1', false, 'GM0363', 'UKR', false, 'passed', 'M', 'yes', 1)",
                "INSERT INTO monthly_income (\"PersonId\", \"Month\", \"AmountCents\") VALUES ('P1', '1970-01-01', 1), ('P1', '2026-11-01', 145000)",
                $"INSERT INTO batch_run (\"Kind\", \"Number\", \"Argument\", \"ParameterVersion\", \"StartedAt\", \"Status\", \"Chunks\", \"Counts\") VALUES ('decisions', 1, '2027-03-04', 'v', {started}, 'finished', 1, '[]')",
                "INSERT INTO decision (\"RunId\", \"PersonId\", \"Date\", \"Path\", \"Status\", \"ValidFrom\", \"ValidUntil\", \"ParameterVersion\", \"Explanation\") VALUES (1, 'P1', '2027-03-04', 'transition-document', 'decided', '2027-03-05', '2028-03-04', 'v', '[]'), (1, 'P2', '2027-03-04', 'asylum-procedure', 'pending', NULL, NULL, 'v', '[]')",
                "INSERT INTO payment (\"RunId\", \"HouseholdId\", \"AllowanceCents\", \"ContributionCents\", \"HandOver\", \"HealthInsuranceFrom\", \"Members\", \"MunicipalityCode\", \"Outcome\") VALUES (1, 'H1', 10, 0, false, '2027-03-05', 2, 'GM0363', 'calculated'), (1, 'H2', 10, 0, false, NULL, 1, 'GM0363', 'calculated')",
                "INSERT INTO reception_location (\"Id\", \"MunicipalityCode\", \"Name\", \"Kind\", \"Capacity\", \"Opened\") VALUES ('L1', 'GM0363', 'Loc 1', 'municipal', 100, '2023-01-01')",
                $"INSERT INTO location_inspection (\"InspectedOn\", \"Inspector\", \"LocationId\", \"RecordedAt\", \"RecordedBy\", \"Version\") VALUES ('2026-10-15', 'inspector', 'L1', {started}, 'test', 1)",
                "INSERT INTO inspection_finding (\"LocationId\", \"InspectedOn\", \"CriterionId\", \"Result\") VALUES ('L1', '2026-10-15', 'safety', 'met')",
                "INSERT INTO task (\"RunId\", \"PersonId\", \"Kind\", \"Owner\", \"Code\", \"Due\", \"Status\") VALUES (1, 'P1', 'action', 'ind', 'complete-public-order-check', '2026-12-20', 'open')",
            })
            {
                context.Database.ExecuteSqlRaw(sql);
            }
        }

        // When
        database.Migrate();

        // Then: every date reads back as it was, and compares in the database
        using var read = database.Open();
        Assert.Equal([("P1", new LocalDate(1931, 2, 28), (LocalDate?)null), ("P2", new LocalDate(2088, 12, 31), new LocalDate(2026, 11, 1))],
            read.Persons.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.BirthDate, p.AsylumWithdrawnOn }).AsEnumerable().Select(p => (p.Id, p.BirthDate, p.AsylumWithdrawnOn)));
        // (the incomes, months as text before CompactDates, are since migration PackedIncomes one packed row a person)
        Assert.Equal([new MonthlyIncome(new LocalDate(1970, 1, 1), 1L), new MonthlyIncome(new LocalDate(2026, 11, 1), 145_000L)],
            read.Incomes.AsNoTracking().Single(i => i.PersonId == "P1").Months.Months.ToArray());
        Assert.Equal([("P1", new LocalDate(2027, 3, 4), (LocalDate?)new LocalDate(2027, 3, 5), (LocalDate?)new LocalDate(2028, 3, 4)), ("P2", new LocalDate(2027, 3, 4), null, null)],
            read.Decisions.AsNoTracking().OrderBy(d => d.PersonId).AsEnumerable().Select(d => (d.PersonId, d.Date, d.ValidFrom, d.ValidUntil)));
        Assert.Equal([new LocalDate(2027, 3, 5), null], read.Payments.AsNoTracking().OrderBy(p => p.HouseholdId).Select(p => p.HealthInsuranceFrom).ToList());
        Assert.Equal(new LocalDate(2026, 12, 20), read.Tasks.AsNoTracking().Single(t => t.Due > new LocalDate(2026, 12, 19)).Due);
        Assert.Equal(["P1"], read.Persons.AsNoTracking().Where(p => p.BirthDate < new LocalDate(1970, 1, 1)).Select(p => p.Id).ToList());
        // a date in a foreign key: the finding still names its inspection
        Assert.Equal([("L1", new LocalDate(2026, 10, 15))], read.InspectionFindings.AsNoTracking().Join(read.Inspections, f => new { f.LocationId, f.InspectedOn }, i => new { i.LocationId, i.InspectedOn }, (f, i) => new { i.LocationId, i.InspectedOn })
            .AsEnumerable().Select(x => (x.LocationId, x.InspectedOn)));
        Assert.Empty(read.Database.GetPendingMigrations());
        if (provider == "sqlite")
        {
            Assert.Empty(MigrationRows.Strings(database, "PRAGMA foreign_key_check"));
            Assert.Equal(["integer"], MigrationRows.Strings(database, "SELECT DISTINCT typeof(\"BirthDate\") FROM person"));
            // the tables keyed by their natural key are still stored without rowid, with their index
            Assert.Equal(["decision", "payment", "person_income"],
                MigrationRows.Strings(database, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID' AND name IN ('decision', 'payment', 'person_income') ORDER BY name"));
            Assert.Equal(["IX_decision_PersonId_RunId_Status"], MigrationRows.Strings(database, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'decision' AND sql IS NOT NULL"));
            Assert.Equal(["blob"], MigrationRows.Strings(database, "SELECT DISTINCT typeof(\"Months\") FROM person_income"));
        }
    }
}
