using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;

namespace Overgang.Testing;

/// <summary>
/// A small registry for the platform report (shared by the registry and command-line tests, linked into each): eight
/// persons whose registrations start, last and end around January 2026, and facts dated after January to add later.
/// </summary>
public static class PlatformFixture
{
    public static void Seed(RegistryDatabase database)
    {
        using var context = database.Open();
        context.Municipalities.Add(new Municipality { Code = "GM0363", Name = "Amsterdam" });
        Add(context, "P1", "F", new LocalDate(1990, 5, 1), new LocalDate(2022, 3, 10), null);          // active
        Add(context, "P2", "M", new LocalDate(2010, 2, 1), new LocalDate(2026, 1, 5), null);           // new in January, a minor
        Add(context, "P3", "F", new LocalDate(1950, 1, 1), new LocalDate(2022, 4, 1), new LocalDate(2026, 1, 20)); // ended: return
        context.ReturnCommitments.Add(new ReturnCommitment { PersonId = "P3", CommitmentSigned = true, DepartureDate = new LocalDate(2026, 1, 20) });
        Add(context, "P4", "M", new LocalDate(1985, 7, 7), new LocalDate(2022, 5, 1), new LocalDate(2026, 1, 10)); // ended: other member state
        context.Protections.Add(new ProtectionRegistration { PersonId = "P4", MemberState = "DE", Since = new LocalDate(2026, 1, 12) });
        Add(context, "P5", "X", new LocalDate(2000, 1, 31), new LocalDate(2023, 1, 1), new LocalDate(2026, 1, 31)); // ended on the last day: reason unknown
        Add(context, "P6", "F", new LocalDate(1995, 3, 3), new LocalDate(2023, 1, 1), new LocalDate(2025, 6, 30)); // inactive since June 2025
        Add(context, "P7", "F", new LocalDate(1991, 9, 9), new LocalDate(2026, 2, 3), null);           // starts after January
        Add(context, "P8", "M", new LocalDate(1958, 12, 31), new LocalDate(2022, 3, 1), new LocalDate(2026, 2, 15)); // active in January, ends in February
        context.SaveChanges();
    }

    /// <summary>Facts dated after January 2026: a report for January must not change when they are added.</summary>
    public static void AddLaterFacts(RegistryDatabase database)
    {
        using var context = database.Open();
        context.Protections.Single(p => p.PersonId == "P1" && p.MemberState == "NL").Until = new LocalDate(2026, 3, 31);
        context.Protections.Add(new ProtectionRegistration { PersonId = "P1", MemberState = "PL", Since = new LocalDate(2026, 3, 1) });
        context.ReturnCommitments.Add(new ReturnCommitment { PersonId = "P8", CommitmentSigned = true, DepartureDate = new LocalDate(2026, 2, 15) });
        Add(context, "P9", "F", new LocalDate(2020, 6, 6), new LocalDate(2026, 2, 10), null);
        context.SaveChanges();
    }

    private static void Add(RegistryContext context, string id, string sex, LocalDate birth, LocalDate since, LocalDate? until)
    {
        context.Persons.Add(new Person
        {
            Id = id,
            FamilyName = "Shevchenko",
            GivenName = "Name" + id,
            BirthDate = birth,
            Sex = sex,
            Nationality = "UA",
            UkrainianResidence = "citizen",
            MunicipalityCode = "GM0363",
            HouseholdId = "H" + id,
            AsylumApplication = "pending",
            PublicOrderCheck = "passed",
        });
        context.Protections.Add(new ProtectionRegistration { PersonId = id, MemberState = "NL", Since = since, Until = until });
    }
}
