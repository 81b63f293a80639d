using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Hosting;
using Overgang.Web.Persons;
using Overgang.Web.Security;
using Overgang.Web.Tests.Dashboards;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// The person search's location filter and its location column follow the placement rule (<c>PlacementOnDay</c>: of the
/// placements covering the day, the one that started last holds): a person whose old placement still covers the day
/// but who moved on is found at the new location, not at the old one. The filter used to match any placement covering
/// the day.
/// </summary>
public sealed class PersonSearchPlacementTests
{
    private const string Old = "GM9001-L1";
    private const string New = "GM9001-L2";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_person_is_found_at_the_location_whose_placement_holds_today(string provider)
    {
        // Given: the dashboard population (P1-P3 at L1, P4 at L2 since 2022) and P20, at L1 since 2022 with no end,
        // and at L2 since yesterday
        var database = DashboardQueryTests.Populate(provider);
        var today = DashboardQueryTests.Today;
        using (var context = database.Open())
        {
            context.Persons.Add(new Person
            {
                Id = "P20", FamilyName = "Test", GivenName = "P20", BirthDate = new LocalDate(1980, 1, 1), Sex = "F", Nationality = "UKR", UkrainianResidence = "citizen",
                MunicipalityCode = DashboardQueryTests.Here, HouseholdId = "H-P20", AsylumApplication = "none", PublicOrderCheck = "passed",
            });
            context.Placements.AddRange(
                new Placement { PersonId = "P20", Reception = "municipal", LocationId = Old, From = new LocalDate(2022, 4, 1) },
                new Placement { PersonId = "P20", Reception = "municipal", LocationId = New, From = today.PlusDays(-1) });
            context.SaveChanges();
        }

        var clock = new TestClock(today.At(new LocalTime(10, 0)).InUtc().ToInstant());
        using var log = new AccessLog(clock, database);
        var worker = new Caller("worker", Roles.CaseWorker, DashboardQueryTests.Here, null);

        async Task<List<PersonSummary>> At(string location)
        {
            using var context = database.Open();
            var search = new PersonSearch(context, log, clock, new WebSettings(database, "http://127.0.0.1:0", ParameterTree.Default, clock));
            var result = await search.SearchAsync(worker, new PersonSearchQuery(null, null, location, null, null, null, 1, PersonSearch.MaxPageSize), CancellationToken.None);
            return [.. Assert.IsType<CaseResult<PersonSearchResult>.Ok>(result).Value.Persons];
        }

        // When
        var atOld = await At(Old);
        var atNew = await At(New);

        // Then: P20 is at L2 only, shown there with L2; the others where they have always been
        Assert.Equal(["P1", "P2", "P3"], atOld.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["P20", "P4"], atNew.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(atNew, p => Assert.Equal(New, p.LocationId));
        Assert.All(atOld, p => Assert.Equal(Old, p.LocationId));
    }
}
