using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Tests.Runs;

/// <summary>
/// A responsible adult who leaves and returns (docs/adr/0014-dated-relations.md): the pair has two periods, and the
/// monthly allowance run pays the household the relations in force on each month's first day form.
/// </summary>
public sealed class ReturningAdultRunTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void A_parent_who_leaves_and_returns_has_the_child_in_the_household_before_and_after_the_gap(string provider)
    {
        // Given: child K, parent P until 31 May and again from 1 September, grandmother G responsible in between
        var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Locations.Add(new ReceptionLocation { Id = "L1", MunicipalityCode = "GM0363", Name = "L1", Kind = "municipal", Capacity = 10, Opened = TestPopulation.PlacedFrom });
            context.Persons.AddRange(
                TestPopulation.Person("G", "H1", "GM0363", new LocalDate(1960, 1, 1)),
                TestPopulation.Person("K", "H1", "GM0363", new LocalDate(2015, 1, 1)),
                TestPopulation.Person("P", "H1", "GM0363", new LocalDate(1990, 1, 1)));
            context.Parents.AddRange(
                new PersonParent { PersonId = "K", ParentId = "P", Until = new LocalDate(2026, 5, 31) },
                new PersonParent { PersonId = "K", ParentId = "G", Since = new LocalDate(2026, 6, 1), Until = new LocalDate(2026, 8, 31) },
                new PersonParent { PersonId = "K", ParentId = "P", Period = 1, Since = new LocalDate(2026, 9, 1) });
            foreach (var id in new[] { "G", "K", "P" })
            {
                TestPopulation.Place(context, id, "municipal", "L1");
            }

            context.SaveChanges();
        }

        // When: the months before, during and after the gap
        var months = new[] { new YearMonth(2026, 5), new YearMonth(2026, 7), new YearMonth(2026, 10) }
            .Select(m => AllowanceRun.Execute(database, m, ParameterTree.Default, TestClock.Start(), new RunOptions(ChunkSize: 2))).ToList();

        // Then: members in id order: G alone and P with K; G with K and P alone; G alone and P with K again
        using var read = database.Open();
        var members = months.Select(run => read.Payments.AsNoTracking().Where(p => p.RunId == run.Id).OrderBy(p => p.HouseholdId).Select(p => p.Members).ToList()).ToList();
        Assert.All(months, run => Assert.Equal("finished", run.Status));
        Assert.Equal<int>([1, 2], members[0]);
        Assert.Equal<int>([2, 1], members[1]);
        Assert.Equal<int>([1, 2], members[2]);
    }
}
