using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Storage;

/// <summary>
/// Migration RelationPeriods (docs/adr/0014-dated-relations.md): <c>person_parent</c> keyed by the pair and its period
/// number; the rows stored before are kept as each pair's first period, and a later period of a pair can then be stored.
/// </summary>
public sealed class RelationPeriodsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Migrate_ResponsibleAdultsStoredBefore_ReadBackTheSameRelationsAsFirstPeriods(string provider)
    {
        // Given: a registry migrated up to the migration before RelationPeriods, with responsible adults as that schema stored them
        var database = MigrationRows.Before(provider, "RelationPeriods");
        (string Child, string Parent, LocalDate? Since, LocalDate? Until)[] stored =
        [
            ("K1", "M1", null, null), ("K1", "V1", null, new LocalDate(2026, 11, 14)), ("K2", "M2", new LocalDate(2026, 3, 1), null),
            ("K2", "G2", new LocalDate(2025, 1, 1), new LocalDate(2026, 2, 28)),
        ];
        using (var context = database.Open())
        {
            // the person table is the same before and after the migration: EF Core writes it
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Persons.AddRange(stored.SelectMany(r => new[] { r.Child, r.Parent }).Distinct().Select(id => TestPopulation.Person(id, "H1", "GM0363", new LocalDate(1990, 1, 1))));
            context.SaveChanges();
            foreach (var (child, parent, since, until) in stored)
            {
                var insert = $"INSERT INTO person_parent (\"PersonId\", \"ParentId\", \"Since\", \"Until\") VALUES ('{child}', '{parent}', {Date(provider, since)}, {Date(provider, until)})";
                context.Database.ExecuteSqlRaw(insert);
            }
        }

        // When
        database.Migrate();

        // Then: the same relations, each its pair's period 0
        using (var read = database.Open())
        {
            Assert.Equal(
                stored.Select(r => (r.Child, r.Parent, 0, r.Since, r.Until)).OrderBy(r => r.Child, StringComparer.Ordinal).ThenBy(r => r.Parent, StringComparer.Ordinal),
                read.Parents.AsNoTracking().AsEnumerable().Select(p => (p.PersonId, p.ParentId, p.Period, p.Since, p.Until)).OrderBy(r => r.PersonId, StringComparer.Ordinal).ThenBy(r => r.ParentId, StringComparer.Ordinal));
            Assert.Empty(read.Database.GetPendingMigrations());

            // And a return of the adult whose relation ended is stored beside the ended period
            read.Parents.Add(new PersonParent { PersonId = "K1", ParentId = "V1", Period = 1, Since = new LocalDate(2027, 2, 1) });
            read.SaveChanges();
        }

        using var again = database.Open();
        Assert.Equal(2, again.Parents.AsNoTracking().Count(p => p.PersonId == "K1" && p.ParentId == "V1"));
        if (provider == "sqlite")
        {
            // still stored in its key (migration NaturalKeys)
            Assert.Contains("WITHOUT ROWID", Assert.Single(MigrationRows.Strings(database, "SELECT sql FROM sqlite_master WHERE name = 'person_parent'")), StringComparison.Ordinal);
        }
    }

    private static string Date(string provider, LocalDate? date) => date is not { } d ? "NULL" : provider == "sqlite" ? Days(d) : $"'{d:uuuu-MM-dd}'";

    private static string Days(LocalDate date) => (date.ToDateOnly().DayNumber - SqliteRegistryContext.UnixEpochDayNumber).ToString(CultureInfo.InvariantCulture);
}
