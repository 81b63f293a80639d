using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.Cases;
using Overgang.Web.Hosting;
using Overgang.Web.Locations;
using Overgang.Web.Quality;
using Overgang.Web.ReturnProgramme;
using Overgang.Web.Security;
using Overgang.Web.Stays;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Dashboards;

/// <summary>
/// Results kept per registry revision and legal day (<see cref="KeptPerRevision"/>), on SQLite and PostgreSQL: a change
/// of a fact or a new day gives a fresh result, concurrent requests compute once, and what the pages show from a kept
/// result (the locations list, reception occupancy, the return programme, the transitional stays' work list) equals a
/// fresh computation, before and after a change.
/// </summary>
public sealed class KeptPerRevisionTests
{
    private static readonly Caller Admin = new("admin", Roles.Admin, null, null);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_to_the_registry_or_a_new_day_gives_a_fresh_result(string provider)
    {
        // Given
        var database = DashboardQueryTests.Populate(provider);
        var clock = Clock();
        using var kept = new KeptPerRevision();
        async Task<int> PersonsAsync()
        {
            await using var context = database.Open();
            return await kept.GetAsync(context, clock, "persons", () => context.Persons.CountAsync(), keep: null, CancellationToken.None);
        }

        // When, then: the same revision and day, one computation
        Assert.Equal(5, await PersonsAsync());
        Assert.Equal(5, await PersonsAsync());
        Assert.Equal(1, kept.Computations);

        // a tracked change (a new person) raises the revision: counted again
        await using (var context = database.Open())
        {
            context.Persons.Add(new Person
            {
                Id = "P6", FamilyName = "Test", GivenName = "P6", BirthDate = new LocalDate(1980, 1, 1), Sex = "M", Nationality = "UKR", UkrainianResidence = "citizen",
                MunicipalityCode = DashboardQueryTests.Here, HouseholdId = "H-P6", AsylumApplication = "none", PublicOrderCheck = "passed",
            });
            await context.SaveChangesAsync();
        }

        Assert.Equal(6, await PersonsAsync());
        Assert.Equal(2, kept.Computations);
        Assert.Equal(6, await PersonsAsync());
        Assert.Equal(2, kept.Computations);

        // a new legal day: counted again
        clock.Advance(Duration.FromDays(1));
        Assert.Equal(6, await PersonsAsync());
        Assert.Equal(3, kept.Computations);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_requests_compute_once_and_a_rejected_result_is_not_kept(string provider)
    {
        // Given: eight requests at once, the first computation held until all have asked
        var database = DashboardQueryTests.Populate(provider);
        var clock = Clock();
        using var kept = new KeptPerRevision();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<int> RequestAsync()
        {
            await using var context = database.Open();
            return await kept.GetAsync(context, clock, "held", async () =>
            {
                await release.Task;
                return await context.Persons.CountAsync();
            }, keep: null, CancellationToken.None);
        }

        // When
        var requests = Enumerable.Range(0, 8).Select(_ => Task.Run(RequestAsync)).ToList();
        while (kept.Computations == 0)
        {
            await Task.Delay(10);
        }

        await Task.Delay(300);
        release.SetResult();
        var counts = await Task.WhenAll(requests);

        // Then
        Assert.All(counts, c => Assert.Equal(5, c));
        Assert.Equal(1, kept.Computations);

        // A result the caller rejects is given but not kept.
        await using var again = database.Open();
        Assert.Equal(-1, await kept.GetAsync(again, clock, "refused", () => Task.FromResult(-1), keep: n => n >= 0, CancellationToken.None));
        Assert.Equal(-1, await kept.GetAsync(again, clock, "refused", () => Task.FromResult(-1), keep: n => n >= 0, CancellationToken.None));
        Assert.Equal(3, kept.Computations);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_locations_list_and_the_reception_occupancy_kept_equal_a_fresh_reading_before_and_after_a_move(string provider)
    {
        // Given
        var database = DashboardQueryTests.Populate(provider);
        var clock = Clock();
        using var kept = new KeptPerRevision();
        var today = DashboardQueryTests.Today;
        var query = LocationQuery.TryRead(Admin, null, null, ParameterTree.Default, today, out var read, out _) ? read : throw new InvalidOperationException("no query");

        async Task<(LocationList Kept, LocationSummary[] Fresh, int Displaced, int FreshDisplaced)> ReadAsync()
        {
            await using var context = database.Open();
            var list = await LocationReader.ListAsync(context, kept, clock, Admin, query, CancellationToken.None);
            var overview = await ReceptionAggregates.ReadAsync(context, kept, clock, today, CancellationToken.None);
            var open = await context.Locations.Where(l => l.Kind != "coa").ToListAsync();
            await using var fresh = database.Open();
            return (list, (await LocationReader.SummariesAsync(fresh, query, CancellationToken.None)).ToArray(), overview.Occupancy[^1].Displaced,
                await ReceptionAggregates.DisplacedAsync(fresh, open, today, CancellationToken.None));
        }

        // When
        var before = await ReadAsync();
        var again = await ReadAsync();
        var computed = kept.Computations;
        await using (var context = database.Open())
        {
            // P3 moves from Kleine Hof to Grote Hof; P5's placement at Elders Hof ended yesterday.
            var placement = await context.Placements.SingleAsync(p => p.PersonId == "P3");
            placement.LocationId = "GM9001-L2";
            var ended = await context.Placements.SingleAsync(p => p.PersonId == "P5");
            ended.To = today.PlusDays(-1);
            await context.SaveChangesAsync();
        }

        var after = await ReadAsync();

        // Then
        Assert.Equal(before.Fresh, before.Kept.Locations.ToArray());
        Assert.Equal(before.Fresh, again.Kept.Locations.ToArray());
        Assert.Equal([1, 1, 3], before.Kept.Locations.Select(l => l.Occupied).ToArray());
        Assert.Equal(before.FreshDisplaced, before.Displaced);
        Assert.Equal(5, again.Displaced);
        Assert.True(kept.Computations > computed);
        Assert.Equal(after.Fresh, after.Kept.Locations.ToArray());
        Assert.Equal([0, 2, 2], after.Kept.Locations.Select(l => l.Occupied).ToArray());
        Assert.Equal(after.FreshDisplaced, after.Displaced);
        Assert.Equal(4, after.Displaced);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_return_programme_and_the_stays_work_list_kept_equal_a_fresh_computation_before_and_after_a_change(string provider)
    {
        // Given: the application's own services on the registry
        var database = DashboardQueryTests.Populate(provider);
        var clock = Clock();
        await using var app = OvergangWebHost.Create(new WebSettings(database, "http://127.0.0.1:0", ParameterTree.Default, clock));
        var departure = new Caller("dtenv", Roles.Departure, null, null);

        async Task<(ReturnOverview Overview, ReturnCounts Counts, ReturnOverview Fresh, StayWorkList Stays, StayWorkList FreshStays)> ReadAsync()
        {
            using var scope = app.Services.CreateScope();
            var returns = scope.ServiceProvider.GetRequiredService<ReturnService>();
            var stays = scope.ServiceProvider.GetRequiredService<StayService>();
            var overview = Assert.IsType<CaseResult<ReturnOverview>.Ok>(await returns.OverviewAsync(departure, CancellationToken.None)).Value;
            var counts = Assert.IsType<CaseResult<ReturnCounts>.Ok>(await returns.CountsAsync(departure, CancellationToken.None)).Value;
            var programme = await returns.EvaluateAsync(departure, CancellationToken.None);
            var work = Assert.IsType<CaseResult<StayWorkList>.Ok>(await stays.WorkListAsync(Admin, CancellationToken.None)).Value;
            var schedule = TransitionSchedule.TryFor(ParameterTree.Default, DashboardQueryTests.Today, out var found, out _) ? found : throw new InvalidOperationException("no schedule");
            var freshStays = (await stays.WorkListOnAsync(schedule, DashboardQueryTests.Today, CancellationToken.None)).List;
            return (overview, counts, new ReturnOverview(programme.Today, programme.Caseload, [.. programme.Steps.Take(500)]), work, freshStays);
        }

        // When
        var before = await ReadAsync();
        using (var scope = app.Services.CreateScope())
        {
            var returns = scope.ServiceProvider.GetRequiredService<ReturnService>();
            var enrolment = new EnrolmentInput(DashboardQueryTests.Today.PlusDays(-40).ToString("yyyy-MM-dd", null), true, null, []);
            Assert.IsType<CaseResult<EnrolmentChanged>.Ok>(await returns.ChangeAsync(Admin, "P2", 0, new EnrolmentChange(enrolment, null, null, null, null), CancellationToken.None));
            var context = scope.ServiceProvider.GetRequiredService<RegistryContext>();
            var p4 = await context.Persons.SingleAsync(p => p.Id == "P4");
            p4.MedicalTreatment = true;
            await context.SaveChangesAsync();
        }

        var after = await ReadAsync();

        // Then: the kept results equal fresh ones, and follow the changes
        Assert.Empty(before.Overview.Steps);
        Assert.Equal(0, before.Counts.OpenSteps);
        Assert.NotEmpty(after.Overview.Steps);
        Assert.All(after.Overview.Steps, s => Assert.Equal("P2", s.PersonId));
        Assert.Equal(after.Fresh.Steps.ToArray(), after.Overview.Steps.ToArray());
        Assert.Equal(after.Fresh.Caseload.Months.ToArray(), after.Overview.Caseload.Months.ToArray());
        Assert.Equal(after.Overview.Steps.Length, after.Counts.OpenSteps);
        Assert.Equal(after.Overview.Steps.Count(s => s.Overdue), after.Counts.OverdueSteps);
        Assert.Equal(1, after.Counts.Month.Enrolled);
        Assert.Equal(1, before.Stays.UndecidedTotal);
        Assert.Equal(2, after.Stays.UndecidedTotal);
        Assert.Equal(before.FreshStays.Undecided.ToArray(), before.Stays.Undecided.ToArray());
        Assert.Equal(after.FreshStays.Undecided.ToArray(), after.Stays.Undecided.ToArray());
        Assert.Equal(after.FreshStays.UndecidedTotal, after.Stays.UndecidedTotal);
    }

    private static MovableClock Clock() => new(new TestClock(DashboardQueryTests.Today.At(new LocalTime(10, 0)).InUtc().ToInstant()));
}
