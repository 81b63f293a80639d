using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Placements;
using Overgang.Web.Locations;
using Overgang.Web.Tests.Dashboards;

namespace Overgang.Web.Tests.Quality;

/// <summary>
/// Issue 14 item 9: the residents of locations on a day are read with the placement rule in the query (a placement
/// covering the day with no later-starting one of the same person covering it) instead of reading every placement and
/// picking per person in memory. On a registry with ended, future, overlapping, private and COA placements, every day
/// and set of locations gives the same residents and counts as the former computation, on SQLite and PostgreSQL.
/// </summary>
public sealed class ResidentsOnDayTests
{
    private const string L1 = "GM9001-L1";
    private const string L2 = "GM9001-L2";
    private const string Coa = "GM9001-C1";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_residents_read_by_the_query_are_those_the_placement_rule_picks_per_person(string provider)
    {
        // Given: the dashboard population (P1–P5 placed since 2022) and persons whose placements end, start later or overlap
        var database = DashboardQueryTests.Populate(provider);
        using (var context = database.Open())
        {
            context.Locations.Add(new ReceptionLocation { Id = Coa, MunicipalityCode = DashboardQueryTests.Here, Name = "AZC", Kind = "coa", Capacity = 50, Opened = new LocalDate(2022, 3, 1) });
            var since = new LocalDate(2022, 4, 1);
            foreach (var id in new[] { "P7", "P8", "P9", "P10", "P11", "P12", "P13" })
            {
                context.Persons.Add(new Person
                {
                    Id = id, FamilyName = "Test", GivenName = id, BirthDate = new LocalDate(1980, 1, 1), Sex = "F", Nationality = "UKR", UkrainianResidence = "citizen",
                    MunicipalityCode = DashboardQueryTests.Here, HouseholdId = "H-" + id, AsylumApplication = "none", PublicOrderCheck = "passed",
                });
            }

            context.Placements.AddRange(
                Placed("P7", L1, since, new LocalDate(2026, 6, 30)), Placed("P7", L2, new LocalDate(2026, 7, 1), null),
                Placed("P8", L1, since, null), new Placement { PersonId = "P8", Reception = "coa", LocationId = Coa, From = new LocalDate(2026, 9, 1) },
                Placed("P9", L2, since, null), new Placement { PersonId = "P9", Reception = "private", Address = "Dorpsstraat 1", From = new LocalDate(2026, 1, 1) },
                Placed("P10", L2, new LocalDate(2027, 1, 1), null),
                Placed("P11", L1, since, new LocalDate(2026, 11, 22)), Placed("P11", L2, new LocalDate(2026, 11, 23), null),
                Placed("P12", L1, since, null), Placed("P12", L2, new LocalDate(2026, 11, 22), null),
                Placed("P13", L1, since, null), Placed("P13", L2, new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
            context.SaveChanges();
        }

        using var read = database.Open();
        var compared = 0;
        var nonEmpty = 0;
        foreach (var day in new[] { new LocalDate(2022, 3, 31), new LocalDate(2025, 6, 1), new LocalDate(2026, 5, 22), new LocalDate(2026, 9, 1), new LocalDate(2026, 11, 22), new LocalDate(2026, 11, 23), new LocalDate(2027, 1, 1) })
        {
            foreach (var locations in new List<string>[] { [], [L1], [L2], [Coa], [L1, L2], [L1, L2, Coa, "GM9002-L1"] })
            {
                // When
                var residents = (await LocationReader.ResidentsAsync(read, locations, day, CancellationToken.None)).Select(r => $"{r.PersonId}@{r.LocationId}").Order(StringComparer.Ordinal);
                var count = await LocationReader.ResidentCountAsync(read, locations, day, CancellationToken.None);

                // Then
                var former = await FormerResidentsAsync(read, locations, day);
                Assert.Equal(former, residents);
                Assert.Equal(former.Count, count);
                compared++;
                nonEmpty += former.Count > 0 ? 1 : 0;
            }
        }

        Assert.Equal(42, compared);
        Assert.True(nonEmpty > 20, $"{nonEmpty} non-empty comparisons");
    }

    /// <summary>The former computation: every placement covering the day read, the rule's pick per person, then the locations.</summary>
    private static async Task<List<string>> FormerResidentsAsync(RegistryContext context, List<string> locationIds, LocalDate day)
    {
        var placements = await context.Placements.AsNoTracking().Where(p => p.From <= day && (p.To == null || p.To >= day))
            .Select(p => new { p.PersonId, p.LocationId, p.From, p.To, p.Reception }).ToListAsync();
        var wanted = locationIds.ToHashSet(StringComparer.Ordinal);
        return [.. placements.GroupBy(p => p.PersonId).Select(g => PlacementOnDay.Pick(g, p => new PlacementPeriod(p.From, p.To, p.Reception), day)!)
            .Where(p => p.LocationId is not null && wanted.Contains(p.LocationId)).Select(p => $"{p.PersonId}@{p.LocationId}").Order(StringComparer.Ordinal)];
    }

    private static Placement Placed(string person, string location, LocalDate from, LocalDate? to) =>
        new() { PersonId = person, Reception = "municipal", LocationId = location, From = from, To = to };
}
