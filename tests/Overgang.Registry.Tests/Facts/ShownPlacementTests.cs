using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;

namespace Overgang.Registry.Tests.Facts;

/// <summary>
/// A month's allowance facts loaded with a day shown (<see cref="AllowanceFacts.Load(RegistryContext, IQueryable{Person}, AbsenceRule, LocalDate)"/>):
/// one read of the month's placement rows gives the placement on the first day (the calculation) and the one on the day
/// shown, each the same as the placement rules pick from the rows read on their own.
/// </summary>
public sealed class ShownPlacementTests
{
    private static readonly YearMonth Month = new(2025, 11);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void The_day_shown_and_the_first_day_each_get_the_rules_placement_from_one_read(string provider)
    {
        // Given: A moves from L1 to L2 on the 15th; B stays at L1; C leaves reception on the 10th; D arrives on the 20th.
        var database = TestDatabase.Create(provider);
        using (var context = database.Open())
        {
            context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
            context.Locations.AddRange(
                new ReceptionLocation { Id = "L1", MunicipalityCode = "GM0363", Name = "L1", Kind = "municipal", Capacity = 10, Opened = TestPopulation.PlacedFrom },
                new ReceptionLocation { Id = "L2", MunicipalityCode = "GM0363", Name = "L2", Kind = "municipal", Capacity = 10, Opened = TestPopulation.PlacedFrom });
            foreach (var id in new[] { "A", "B", "C", "D" })
            {
                context.Persons.Add(TestPopulation.Person(id, "H1", "GM0363", new LocalDate(1985, 1, 1)));
            }

            context.Placements.AddRange(
                new Placement { PersonId = "A", Reception = "municipal", LocationId = "L1", From = TestPopulation.PlacedFrom, To = new LocalDate(2025, 11, 14) },
                new Placement { PersonId = "A", Reception = "municipal", LocationId = "L2", From = new LocalDate(2025, 11, 15) },
                new Placement { PersonId = "B", Reception = "municipal", LocationId = "L1", From = TestPopulation.PlacedFrom },
                new Placement { PersonId = "C", Reception = "municipal", LocationId = "L1", From = TestPopulation.PlacedFrom, To = new LocalDate(2025, 11, 9) },
                new Placement { PersonId = "D", Reception = "municipal", LocationId = "L2", From = new LocalDate(2025, 11, 20) });
            context.SaveChanges();
        }

        var absence = AbsenceRule.TryFor(ParameterTree.Default, Month, out var rule, out _) ? rule : throw new InvalidOperationException("no absence rule");
        using var read = database.Open();
        var persons = read.Persons.AsNoTracking().Where(p => p.HouseholdId == "H1");
        foreach (var shown in new[] { new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 12), new LocalDate(2025, 11, 30) })
        {
            // When
            var facts = AllowanceFacts.Load(read, persons, absence, shown);
            var alone = AllowanceFacts.Load(read, persons, absence);
            var rows = read.Placements.AsNoTracking().Where(x => x.From <= shown && (x.To == null || x.To >= shown)).ToList();
            var expected = PlacementRows.ByPerson(rows, shown);

            // Then
            foreach (var id in new[] { "A", "B", "C", "D" })
            {
                Assert.Equal(expected.GetValueOrDefault(id)?.Id, facts.ShownPlacementOf(id)?.Id);
                Assert.Equal(alone.PlacementOf(id)?.Id, facts.PlacementOf(id)?.Id);
                Assert.Null(alone.ShownPlacementOf(id));
            }
        }

        // The calculation's placement is the first day's; the day shown follows the move.
        var end = AllowanceFacts.Load(read, persons, absence, new LocalDate(2025, 11, 30));
        Assert.Equal("L1", end.PlacementOf("A")!.LocationId);
        Assert.Equal("L2", end.ShownPlacementOf("A")!.LocationId);
        Assert.Null(end.ShownPlacementOf("C"));
        Assert.Equal("L2", end.ShownPlacementOf("D")!.LocationId);
        Assert.Null(end.PlacementOf("D"));
        Assert.Throws<ArgumentOutOfRangeException>(() => AllowanceFacts.Load(read, persons, absence, new LocalDate(2025, 12, 1)));
    }
}
