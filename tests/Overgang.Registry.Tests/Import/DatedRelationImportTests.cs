using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts;
using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;

namespace Overgang.Registry.Tests.Import;

/// <summary>
/// Dated relations (docs/adr/0014-dated-relations.md) through <c>relations.csv</c> on both databases: an old file without
/// from and to imports current relations with an unknown start; a file with a last day ends them, and the month's facts
/// read the relations in force on the month's first day.
/// </summary>
public sealed class DatedRelationImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_relation_ended_on_14_November_is_in_force_for_November_and_not_for_December(string provider)
    {
        // Given: the relations of an old file (no from and to columns): current, with an unknown start
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);
        ImportFiles.Import(database, ImportKind.Relations, "relations.csv");
        using (var context = database.Open())
        {
            Assert.All(context.Parents.AsNoTracking().ToList(), p => Assert.Equal((null, null), (p.Since, p.Until)));
            Assert.Equal("P0000002", context.Persons.AsNoTracking().Single(p => p.Id == "P0000001").PartnerId);
            Assert.Null(context.Persons.AsNoTracking().Single(p => p.Id == "P0000001").PartnerSince);
        }

        // When: the source says the partnership and one parent's relation ended on 14 November
        var result = ImportFiles.Import(database, ImportKind.Relations, "relations-dated.csv");

        // Then
        Assert.Empty(result.Rejections);
        using (var context = database.Open())
        {
            Assert.Null(context.Persons.AsNoTracking().Single(p => p.Id == "P0000001").PartnerId);
            Assert.Null(context.Persons.AsNoTracking().Single(p => p.Id == "P0000002").PartnerId);
            Assert.Equal(
                [("P0000001", "P0000002", (LocalDate?)null, new LocalDate(2026, 11, 14)), ("P0000002", "P0000001", null, new LocalDate(2026, 11, 14))],
                context.EndedPartnerships.AsNoTracking().OrderBy(e => e.PersonId).ToList().Select(e => (e.PersonId, e.PartnerId, e.From, e.To)));
            Assert.Equal(new LocalDate(2026, 11, 14), context.Parents.AsNoTracking().Single(p => p.PersonId == "P0000003" && p.ParentId == "P0000002").Until);
            Assert.True(Audit.AuditChain.Verify(context).IsIntact);

            // And the month's facts: November (first day before the end) keeps both relations, December has neither
            var persons = context.Persons.AsNoTracking().Where(p => p.HouseholdId == "H0001");
            var members = persons.ToList().ToDictionary(p => p.Id, StringComparer.Ordinal);
            var november = AllowanceFacts.Load(context, persons, Month(2026, 11));
            var december = AllowanceFacts.Load(context, persons, Month(2026, 12));
            Assert.Equal("P0000002", november.PartnerOf(members["P0000001"]));
            Assert.Equal("P0000001", november.PartnerOf(members["P0000002"]));
            Assert.Equal<string>(["P0000001", "P0000002"], november.ParentsOf("P0000003"));
            Assert.Null(december.PartnerOf(members["P0000001"]));
            Assert.Equal<string>(["P0000001"], december.ParentsOf("P0000003"));
        }

        // And the same file again changes nothing
        var again = ImportFiles.Import(database, ImportKind.Relations, "relations-dated.csv");
        Assert.Equal((0, 0), (again.Counts.Inserted, again.Counts.Updated));
        Assert.Empty(again.Rejections);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_last_day_before_the_first_and_a_date_that_is_not_one_are_refused_naming_the_field(string provider)
    {
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);

        var result = ImportFiles.Import(database, ImportKind.Relations, "relations-dated-bad.csv");

        var reasons = result.Rejections.ToDictionary(r => r.Line, r => r.Field);
        Assert.Equal(new Dictionary<int, string> { [2] = "to", [3] = "from" }, reasons);
        Assert.Equal(0, ImportFiles.Count<EndedPartnership>(database));
        Assert.Equal(0, ImportFiles.Count<PersonParent>(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_responsible_adult_who_returns_after_the_relation_ended_is_a_new_period_and_the_ended_one_stays(string provider)
    {
        // Given: P0000002 was responsible adult of P0000003 until 14 November (an old file, then the dated one)
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);
        ImportFiles.Import(database, ImportKind.Relations, "relations.csv");
        ImportFiles.Import(database, ImportKind.Relations, "relations-dated.csv");

        // When: the source lists the ended period and a later one from 1 February 2027
        var result = ImportFiles.Import(database, ImportKind.Relations, "relations-return.csv");

        // Then: the ended period is kept, the return is the pair's second period
        Assert.Empty(result.Rejections);
        Assert.Equal((1, 0), (result.Counts.Inserted, result.Counts.Updated));
        using (var context = database.Open())
        {
            Assert.Equal(
                [(0, (LocalDate?)null, (LocalDate?)new LocalDate(2026, 11, 14)), (1, new LocalDate(2027, 2, 1), null)],
                context.Parents.AsNoTracking().Where(p => p.PersonId == "P0000003" && p.ParentId == "P0000002").OrderBy(p => p.Period).AsEnumerable().Select(p => (p.Period, p.Since, p.Until)));
            Assert.True(Audit.AuditChain.Verify(context).IsIntact);

            // And the months: November with both adults, January without the one who left, February with both again
            var persons = context.Persons.AsNoTracking().Where(p => p.HouseholdId == "H0001");
            Assert.Equal<string>(["P0000001", "P0000002"], AllowanceFacts.Load(context, persons, Month(2026, 11)).ParentsOf("P0000003"));
            Assert.Equal<string>(["P0000001"], AllowanceFacts.Load(context, persons, Month(2027, 1)).ParentsOf("P0000003"));
            Assert.Equal<string>(["P0000001", "P0000002"], AllowanceFacts.Load(context, persons, Month(2027, 2)).ParentsOf("P0000003"));
        }

        // And the same file again changes nothing
        var again = ImportFiles.Import(database, ImportKind.Relations, "relations-return.csv");
        Assert.Equal((0, 0), (again.Counts.Inserted, again.Counts.Updated));
        Assert.Empty(again.Rejections);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_return_that_overlaps_an_earlier_period_of_the_pair_is_refused_naming_the_field(string provider)
    {
        // Given: P0000002 was responsible adult of P0000003 until 14 November
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);
        ImportFiles.Import(database, ImportKind.Relations, "relations-dated.csv");

        // When: a current period from a day within the ended one, a period after it, and one overlapping that on a later line
        var result = ImportFiles.Import(database, ImportKind.Relations, "relations-return-bad.csv");

        // Then: lines 2 and 4 are refused naming from; line 3 is the pair's second period
        var reasons = result.Rejections.ToDictionary(r => r.Line, r => (r.Field, r.Reason));
        Assert.Equal([2, 4], reasons.Keys.Order());
        Assert.Equal(("from", "P0000002 was recorded as responsible adult of P0000003 until 2026-11-14; a return is recorded as a new period from a day after 2026-11-14"), reasons[2]);
        Assert.Equal(("from", "the period shares days with the period of P0000002 as responsible adult of P0000003 on line 3"), reasons[4]);
        using var context = database.Open();
        Assert.Equal(
            [(0, (LocalDate?)null, (LocalDate?)new LocalDate(2026, 11, 14)), (1, new LocalDate(2026, 12, 1), new LocalDate(2027, 1, 31))],
            context.Parents.AsNoTracking().Where(p => p.PersonId == "P0000003" && p.ParentId == "P0000002").OrderBy(p => p.Period).AsEnumerable().Select(p => (p.Period, p.Since, p.Until)));
    }

    private static AbsenceRule Month(int year, int month)
    {
        Assert.True(AbsenceRule.TryFor(ParameterTree.Default, new YearMonth(year, month), out var rule, out var missing), missing?.Message);
        return rule;
    }
}
