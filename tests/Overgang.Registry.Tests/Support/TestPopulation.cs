using NodaTime;
using Overgang.Registry.Model;

namespace Overgang.Registry.Tests.Support;

/// <summary>A small, hand-made population with known households for run tests.</summary>
public static class TestPopulation
{
    public static readonly LocalDate PlacedFrom = new(2023, 1, 1);

    /// <summary>Seeds <paramref name="households"/> households of varying composition, reception and income.</summary>
    public static void Seed(RegistryDatabase database, int households)
    {
        using var context = database.Open();
        context.Municipalities.AddRange(new Municipality { Code = "GM0363", Name = "Amsterdam" }, new Municipality { Code = "GM0599", Name = "Rotterdam" });
        context.Locations.AddRange(
            new ReceptionLocation { Id = "L1", MunicipalityCode = "GM0363", Name = "Loc 1", Kind = "municipal", Capacity = 500, Opened = PlacedFrom },
            new ReceptionLocation { Id = "L2", MunicipalityCode = "GM0599", Name = "Loc 2", Kind = "municipal-catering", Capacity = 500, Opened = PlacedFrom },
            new ReceptionLocation { Id = "C1", MunicipalityCode = "GM0599", Name = "COA 1", Kind = "coa", Capacity = 100, Opened = PlacedFrom });
        for (var h = 0; h < households; h++)
        {
            var id = $"H{h:D4}";
            var municipality = h % 3 == 0 ? "GM0599" : "GM0363";
            var (reception, location) = (h % 5) switch
            {
                0 => ("municipal-catering", "L2"),
                1 => ("private", (string?)null),
                2 => ("own-home", null),
                _ => ("municipal", "L1"),
            };
            var adults = 1 + (h % 2);
            var children = h % 4;
            var adultIds = Enumerable.Range(0, adults).Select(a => $"{id}A{a}").ToList();
            for (var a = 0; a < adults; a++)
            {
                var person = Person(adultIds[a], id, municipality, new LocalDate(1980 + (h % 20), 1 + a, 10));
                person.PartnerId = adults == 2 ? adultIds[1 - a] : null;
                context.Persons.Add(person);
                Place(context, person.Id, reception, location);
                if ((h + a) % 3 == 0)
                {
                    context.Incomes.Add(new PersonIncome { PersonId = person.Id, Months = IncomeMonths.None.With(new LocalDate(2025, 11, 1), 40_000 + (h * 3_517 % 250_000)) });
                }
            }

            for (var c = 0; c < children; c++)
            {
                var child = Person($"{id}C{c}", id, municipality, new LocalDate(2012 + c, 6, 1));
                context.Persons.Add(child);
                context.Parents.AddRange(adultIds.Select(a => new PersonParent { PersonId = child.Id, ParentId = a }));
                Place(context, child.Id, reception, location);
            }

            if (h % 7 == 0)
            {
                // A grandparent in the same registered household: an allowance household of their own.
                var grandparent = Person($"{id}G", id, municipality, new LocalDate(1950, 3, 3));
                context.Persons.Add(grandparent);
                context.Parents.Add(new PersonParent { PersonId = adultIds[0], ParentId = grandparent.Id });
                Place(context, grandparent.Id, reception, location);
            }

            if (h % 11 == 5)
            {
                // Away for 40 days in November: left out of the month's allowance.
                context.Absences.Add(new Absence { PersonId = adultIds[0], From = new LocalDate(2025, 10, 20), To = new LocalDate(2025, 11, 28), Reported = false });
            }
        }

        context.SaveChanges();
    }

    public static Person Person(string id, string household, string municipality, LocalDate birth) => new()
    {
        Id = id,
        FamilyName = "Bondarenko",
        GivenName = "Oksana",
        FamilyNameCyrillic = "Бондаренко",
        GivenNameCyrillic = "Оксана",
        BirthDate = birth,
        Sex = "F",
        Nationality = "UA",
        UkrainianResidence = "citizen",
        MunicipalityCode = municipality,
        HouseholdId = household,
        AsylumApplication = "pending",
        PublicOrderCheck = "passed",
    };

    public static void Place(RegistryContext context, string person, string reception, string? location) =>
        context.Placements.Add(new Placement { PersonId = person, Reception = reception, LocationId = location, Address = location is null ? "Dorpsstraat 1" : null, From = PlacedFrom });
}
