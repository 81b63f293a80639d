using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;
using Overgang.Registry.Stays;
using Overgang.Rules.Parameters;
using Overgang.Rules.ReturnProgramme;
using Overgang.Rules.Transition;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Dashboards;
using Overgang.Web.Hosting;
using Overgang.Web.Locations;
using Overgang.Web.Quality;
using Overgang.Web.ReturnProgramme;
using Overgang.Web.Runs;
using Overgang.Web.Security;
using Overgang.Web.Stays;
using Overgang.Web.Tests.Support;
using Overgang.Web.WorkQueue;

namespace Overgang.Web.Tests.Dashboards;

/// <summary>
/// The registry's activity (<see cref="RegistryActivity"/>) and what is kept on it (<see cref="KeptOn.FactsAndActivity"/>),
/// on SQLite and PostgreSQL: every kind of write of runs, tasks and the quality tables raises it in its own transaction
/// (and a rolled-back one does not), a fact raises the revision and not the activity, and the dashboards and the
/// reception overview kept equal a fresh computation after each such write. The results kept on a part of the facts
/// (<see cref="FactAreas"/>: the locations list, the reception overview, the return programme) equal a fresh computation
/// after every kind of change, and are computed again only after a change of what they read.
/// </summary>
public sealed class KeptActivityTests
{
    private static readonly Caller Admin = new("admin", Roles.Admin, null, null);
    private static readonly Caller Worker = new("worker", Roles.CaseWorker, DashboardQueryTests.Here, null);
    private static readonly Caller Ind = new("ind", Roles.Ind, null, null);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Runs_tasks_and_quality_raise_the_activity_in_their_transaction_and_facts_the_revision(string provider)
    {
        // Given
        var database = DashboardQueryTests.Populate(provider);
        await using var context = database.Open();
        var start = await RegistryActivity.ReadAsync(context, CancellationToken.None);

        // When, then: a complaint (activity only)
        context.Complaints.Add(NewComplaint());
        await context.SaveChangesAsync();
        Assert.Equal((start.Revision, start.Activity + 1), await RegistryActivity.ReadAsync(context, CancellationToken.None));

        // a task done, synchronously (activity only)
        var task = await context.Tasks.FirstAsync(t => t.Status == "open");
        task.Status = "done";
        context.SaveChanges();
        Assert.Equal((start.Revision, start.Activity + 2), RegistryActivity.Read(context));

        // a run's row (a chunk's checkpoint, a run finishing)
        var run = await context.Runs.FirstAsync();
        run.Chunks++;
        await context.SaveChangesAsync();
        Assert.Equal((start.Revision, start.Activity + 3), await RegistryActivity.ReadAsync(context, CancellationToken.None));

        // a fact (the revision only)
        var person = await context.Persons.SingleAsync(p => p.Id == "P3");
        person.MedicalTreatment = true;
        await context.SaveChangesAsync();
        Assert.Equal((start.Revision + 1, start.Activity + 3), await RegistryActivity.ReadAsync(context, CancellationToken.None));

        // an audit entry alone raises neither (reads write them on every request)
        await new AccessLog(SystemClock.Instance, database).ReadAsync(context, Admin, "test read", ["P1"], CancellationToken.None);
        Assert.Equal((start.Revision + 1, start.Activity + 3), await RegistryActivity.ReadAsync(context, CancellationToken.None));

        // a write rolled back raises nothing: the counter is raised in the write's own transaction
        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            context.Complaints.Add(NewComplaint());
            await context.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        context.ChangeTracker.Clear();
        Assert.Equal((start.Revision + 1, start.Activity + 3), await RegistryActivity.ReadAsync(context, CancellationToken.None));
        Assert.Equal(1, await context.Complaints.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_dashboards_kept_equal_fresh_ones_after_tasks_done_an_assignment_a_review_and_a_new_day(string provider)
    {
        // Given: the application's own services on the registry
        var database = DashboardQueryTests.Populate(provider);
        var clock = new MovableClock(new TestClock(DashboardQueryTests.Today.At(new LocalTime(10, 0)).InUtc().ToInstant()));
        await using var app = OvergangWebHost.Create(new WebSettings(database, "http://127.0.0.1:0", ParameterTree.Default, clock));
        var kept = app.Services.GetRequiredService<KeptPerRevision>();

        async Task<(Dashboard Worker, Dashboard Ind, Dashboard FreshWorker, Dashboard FreshInd)> ReadAsync()
        {
            using var scope = app.Services.CreateScope();
            var service = scope.ServiceProvider.GetRequiredService<DashboardService>();
            using var none = new KeptPerRevision();
            var fresh = new DashboardService(scope.ServiceProvider.GetRequiredService<RegistryContext>(), ParameterTree.Default, clock, scope.ServiceProvider.GetRequiredService<RunWorker>(),
                scope.ServiceProvider.GetRequiredService<ReturnService>(), none, scope.ServiceProvider.GetRequiredService<StayService>());
            return (await BoardAsync(service, Worker), await BoardAsync(service, Ind), await BoardAsync(fresh, Worker), await BoardAsync(fresh, Ind));
        }

        async Task ChangeAsync(Func<IServiceProvider, Task> change)
        {
            using var scope = app.Services.CreateScope();
            await change(scope.ServiceProvider);
        }

        // As DecisionService.MarkDoneAsync stores it (the fixture's tasks have no stored text for its audit entry).
        Task DoneAsync(string owner) => ChangeAsync(async services =>
        {
            var context = services.GetRequiredService<RegistryContext>();
            var task = await context.Tasks.SingleAsync(t => t.PersonId == "P4" && t.Owner == owner && t.Status == "open");
            task.Status = "done";
            await context.SaveChangesAsync();
        });

        // When, then: read twice, computed once per dashboard
        var before = await ReadAsync();
        var computed = kept.Computations;
        var again = await ReadAsync();
        Assert.Equal(computed, kept.Computations);
        AssertEqual(before.FreshWorker, again.Worker);
        AssertEqual(before.FreshInd, again.Ind);
        Assert.Equal(new TaskCounts(2, 1), before.Worker.CaseWorker!.Tasks);
        Assert.Equal(new TaskCounts(3, 1), before.Ind.Ind!.Actions);

        // a municipal task done: the case worker's open tasks go down
        await DoneAsync("municipality");
        var done = await ReadAsync();
        AssertEqual(done.FreshWorker, done.Worker);
        AssertEqual(done.FreshInd, done.Ind);
        Assert.Equal(new TaskCounts(1, 1), done.Worker.CaseWorker!.Tasks);

        // an IND action done: the IND's open actions go down
        await DoneAsync("ind");
        var indDone = await ReadAsync();
        AssertEqual(indDone.FreshInd, indDone.Ind);
        AssertEqual(indDone.FreshWorker, indDone.Worker);
        Assert.Equal(new TaskCounts(2, 1), indDone.Ind.Ind!.Actions);

        // an assignment and a flag review in the work queue
        await ChangeAsync(async services =>
        {
            var actions = services.GetRequiredService<WorkQueueActions>();
            var selection = new WorkQueueSelection([new WorkQueueSelected("P1", "complete-public-order-check")]);
            Assert.IsType<CaseResult<WorkQueueChange>.Ok>(await actions.AssignAsync(Ind, selection, "ind", CancellationToken.None));
            Assert.IsType<CaseResult<WorkQueueChange>.Ok>(await actions.ReviewFlagsAsync(Ind, selection, CancellationToken.None));
        });
        var reviewed = await ReadAsync();
        AssertEqual(reviewed.FreshInd, reviewed.Ind);
        AssertEqual(reviewed.FreshWorker, reviewed.Worker);

        // a new day: the overdue counts move with it
        clock.Advance(Duration.FromDays(30));
        var later = await ReadAsync();
        AssertEqual(later.FreshInd, later.Ind);
        AssertEqual(later.FreshWorker, later.Worker);
        Assert.NotEqual(reviewed.Worker.Today, later.Worker.Today);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_reception_overview_kept_equals_a_fresh_one_after_a_complaint_an_inspection_and_a_reported_occupancy(string provider)
    {
        // Given
        var database = DashboardQueryTests.Populate(provider);
        var clock = new MovableClock(new TestClock(DashboardQueryTests.Today.At(new LocalTime(10, 0)).InUtc().ToInstant()));
        using var kept = new KeptPerRevision();
        var log = new AccessLog(clock, database);
        var today = DashboardQueryTests.Today;

        async Task<(ReceptionOverview Kept, ReceptionOverview Fresh)> ReadAsync()
        {
            await using var context = database.Open();
            using var none = new KeptPerRevision();
            await using var fresh = database.Open();
            return (await ReceptionAggregates.ReadAsync(context, kept, clock, today, CancellationToken.None),
                await ReceptionAggregates.ComputeAsync(fresh, none, clock, today, CancellationToken.None));
        }

        async Task ChangeAsync(Func<RegistryContext, Task> change)
        {
            await using var context = database.Open();
            await change(context);
        }

        // When, then
        var before = await ReadAsync();
        var computed = kept.Computations;
        AssertEqual(before.Fresh, (await ReadAsync()).Kept);
        Assert.Equal(computed, kept.Computations);
        Assert.Empty(before.Kept.Complaints);

        await ChangeAsync(async context => Assert.IsType<CaseResult<ComplaintView>.Ok>(await QualityRecorder.RecordComplaintAsync(
            context, log, clock, Worker, "GM9001-L1", new ComplaintInput(today, "housing", "uk", "Холодно в кімнаті."), CancellationToken.None)));
        var complained = await ReadAsync();
        AssertEqual(complained.Fresh, complained.Kept);
        Assert.Equal(1, complained.Kept.Complaints.Sum(m => m.Received));

        var criterion = Overgang.Rules.ReceptionQuality.QualityChecklist.Default.Criteria[0].Id;
        await ChangeAsync(async context => Assert.IsType<CaseResult<InspectionView>.Ok>(await QualityRecorder.RecordInspectionAsync(
            context, log, clock, Worker, "GM9001-L1", new InspectionInput(today, "Inspecteur", null, new Dictionary<string, string> { [criterion] = "not-met" }), CancellationToken.None)));
        var inspected = await ReadAsync();
        AssertEqual(inspected.Fresh, inspected.Kept);
        Assert.NotEqual(complained.Kept.Quality.Sum(q => q.DoesNotMeet), inspected.Kept.Quality.Sum(q => q.DoesNotMeet));

        await ChangeAsync(async context => Assert.IsType<CaseResult<OccupancyView>.Ok>(await QualityRecorder.ReportOccupancyAsync(
            context, log, clock, Worker, "GM9001-L2", new OccupancyInput(today, "status-holders", 3), CancellationToken.None)));
        var reported = await ReadAsync();
        AssertEqual(reported.Fresh, reported.Kept);
        Assert.Equal(3, reported.Kept.Occupancy[^1].StatusHolders);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_locations_reception_and_return_programme_kept_on_their_part_of_the_facts_equal_fresh_ones_after_every_kind_of_change(string provider)
    {
        // Given: the application's own services on the registry
        var database = DashboardQueryTests.Populate(provider);
        var clock = new MovableClock(new TestClock(DashboardQueryTests.Today.At(new LocalTime(10, 0)).InUtc().ToInstant()));
        await using var app = OvergangWebHost.Create(new WebSettings(database, "http://127.0.0.1:0", ParameterTree.Default, clock));
        var kept = app.Services.GetRequiredService<KeptPerRevision>();
        var log = new AccessLog(clock, database);
        var departure = new Caller("dtenv", Roles.Departure, null, null);

        // Reads the three kept (the locations list, the reception overview, the return programme's overview), compares each
        // with a fresh computation and gives how many kept results the reading computed again or brought up to date for the
        // persons changed (KeptPerRevision.Updates: the return programme after a change naming its persons).
        async Task<(int Computed, ReturnOverview Returns, LocationList Locations)> ReadAsync()
        {
            var computed = kept.Computations + kept.Updates;
            using var scope = app.Services.CreateScope();
            var context = scope.ServiceProvider.GetRequiredService<RegistryContext>();
            var returns = scope.ServiceProvider.GetRequiredService<ReturnService>();
            var today = CaseClock.Today(clock);
            var query = LocationQuery.TryRead(Admin, null, null, ParameterTree.Default, today, out var read, out _) ? read : throw new InvalidOperationException("no query");
            var list = await LocationReader.ListAsync(context, kept, clock, Admin, query, CancellationToken.None);
            var reception = await ReceptionAggregates.ReadAsync(context, kept, clock, today, CancellationToken.None);
            var overview = Assert.IsType<CaseResult<ReturnOverview>.Ok>(await returns.OverviewAsync(departure, CancellationToken.None)).Value;
            computed = kept.Computations + kept.Updates - computed;

            await using var fresh = database.Open();
            using var none = new KeptPerRevision();
            AssertEqual((await LocationReader.SummariesAsync(fresh, query, CancellationToken.None)).ToArray(), list.Locations.ToArray());
            AssertEqual(await ReceptionAggregates.ComputeAsync(fresh, none, clock, today, CancellationToken.None), reception);
            var programme = await returns.EvaluateAsync(departure, CancellationToken.None);
            AssertEqual(new ReturnOverview(programme.Today, programme.Caseload, [.. programme.Steps.Take(500)]), overview);
            return (computed, overview, list);
        }

        async Task<int> AfterAsync(Func<IServiceProvider, RegistryContext, Task> change)
        {
            using (var scope = app.Services.CreateScope())
            {
                await change(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<RegistryContext>());
            }

            return (await ReadAsync()).Computed;
        }

        Task<int> ReturnChangeAsync(long version, EnrolmentChange change) => AfterAsync(async (services, _) =>
            Assert.IsType<CaseResult<EnrolmentChanged>.Ok>(await services.GetRequiredService<ReturnService>().ChangeAsync(Admin, "P2", version, change, CancellationToken.None)));

        Task<int> FactAsync(Func<RegistryContext, Task> change) => AfterAsync(async (_, context) =>
        {
            await change(context);
            await context.SaveChangesAsync();
        });

        var today = DashboardQueryTests.Today;
        string Day(int days) => today.PlusDays(days).ToString("yyyy-MM-dd", null);

        // When, then: the first reading computes the locations, the overview and its three displaced counts, the return
        // programme; the second none
        Assert.Equal(6, (await ReadAsync()).Computed);
        Assert.Equal(0, (await ReadAsync()).Computed);

        // P2 enrolled in the return programme: only the return programme is computed again
        Assert.Equal(1, await ReturnChangeAsync(0, new EnrolmentChange(new EnrolmentInput(Day(-40), true, null, []), null, null, null, null)));

        // a person's fact none of them reads (medical treatment): nothing is computed again
        Assert.Equal(0, await FactAsync(async context => (await context.Persons.SingleAsync(p => p.Id == "P4")).MedicalTreatment = true));

        // an enrolled person's name: the return programme
        Assert.Equal(1, await FactAsync(async context => (await context.Persons.SingleAsync(p => p.Id == "P2")).FamilyName = "Nieuwenaam"));
        Assert.Contains((await ReadAsync()).Returns.Steps, s => s.Name.EndsWith("Nieuwenaam", StringComparison.Ordinal));

        // a placement move (P3 from Kleine Hof to Grote Hof): the locations and the overview with its displaced counts
        Assert.Equal(5, await FactAsync(async context => (await context.Placements.SingleAsync(p => p.PersonId == "P3")).LocationId = "GM9001-L2"));

        // a location's capacity
        Assert.Equal(5, await FactAsync(async context => (await context.Locations.SingleAsync(l => l.Id == "GM9001-L1")).Capacity = 4));
        Assert.Equal(4, (await ReadAsync()).Locations.Locations.Single(l => l.Id == "GM9001-L1").Capacity);

        // an absence of 40 days this month (P4 at Grote Hof)
        Assert.Equal(5, await FactAsync(context =>
        {
            context.Absences.Add(new Absence { PersonId = "P4", From = today.PlusDays(-45), To = today.PlusDays(-5) });
            return Task.CompletedTask;
        }));

        // a return visit and a withdrawal: the return programme
        Assert.Equal(1, await ReturnChangeAsync(1, new EnrolmentChange(null, new VisitInput(Day(-20), Day(-15)), null, null, null)));
        Assert.Equal(1, await ReturnChangeAsync(2, new EnrolmentChange(null, null, null, new WithdrawalInput(Day(0), ReturnNames.WithdrawnBy.Keys.Order(StringComparer.Ordinal).First()), null)));
        Assert.Empty((await ReadAsync()).Returns.Steps);

        // a municipality's name: every one of them
        Assert.Equal(6, await FactAsync(async context => (await context.Municipalities.SingleAsync(m => m.Code == DashboardQueryTests.Here)).Name = "Testdorp aan Zee"));

        // a complaint, an inspection and a run's row (activity): the overview alone, its displaced counts stay kept
        Assert.Equal(1, await AfterAsync(async (_, context) => Assert.IsType<CaseResult<ComplaintView>.Ok>(await QualityRecorder.RecordComplaintAsync(
            context, log, clock, Worker, "GM9001-L1", new ComplaintInput(today, "housing", "nl", "Te koud."), CancellationToken.None))));
        var criterion = Overgang.Rules.ReceptionQuality.QualityChecklist.Default.Criteria[0].Id;
        Assert.Equal(1, await AfterAsync(async (_, context) => Assert.IsType<CaseResult<InspectionView>.Ok>(await QualityRecorder.RecordInspectionAsync(
            context, log, clock, Worker, "GM9001-L1", new InspectionInput(today, "Inspecteur", null, new Dictionary<string, string> { [criterion] = "not-met" }), CancellationToken.None))));
        Assert.Equal(1, await FactAsync(async context => (await context.Runs.FirstAsync()).Chunks++));

        // a bulk write (as the import and the population load write: the rows, then the revision alone): every one of them
        Assert.Equal(6, await AfterAsync(async (_, context) =>
        {
            await context.Placements.Where(p => p.PersonId == "P1").ExecuteUpdateAsync(s => s.SetProperty(p => p.To, today.PlusDays(-1)));
            await Overgang.Registry.Runs.RunFingerprint.BumpAsync(context, CancellationToken.None);
        }));
        Assert.Equal(1, (await ReadAsync()).Locations.Locations.Single(l => l.Id == "GM9001-L1").Occupied);

        // a new day: every one of them
        clock.Advance(Duration.FromDays(1));
        Assert.Equal(6, (await ReadAsync()).Computed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_stays_work_list_and_the_return_programme_brought_up_to_date_for_the_persons_changed_equal_fresh_ones(string provider)
    {
        // Given: beside the fixture's five, a household of three with a child of school age (P6, P7, P8) and a single adult
        // (P9); the application's own services on the registry
        var database = DashboardQueryTests.Populate(provider);
        var today = DashboardQueryTests.Today;
        var schedule = TransitionSchedule.TryFor(ParameterTree.Default, today, out var found, out _) ? found : throw new InvalidOperationException("no transition schedule");
        var child = schedule.SchoolAgeBirthDates.End;
        var adult = new LocalDate(1980, 1, 1);
        await using (var context = database.Open())
        {
            context.Persons.AddRange(NewPerson("P6", "H-F", adult), NewPerson("P7", "H-F", child), NewPerson("P8", "H-F", adult), NewPerson("P9", "H-P9", adult));
            await context.SaveChangesAsync();
        }

        var clock = new MovableClock(new TestClock(today.At(new LocalTime(10, 0)).InUtc().ToInstant()));
        await using var app = OvergangWebHost.Create(new WebSettings(database, "http://127.0.0.1:0", ParameterTree.Default, clock));
        var kept = app.Services.GetRequiredService<KeptPerRevision>();
        var departure = new Caller("dtenv", Roles.Departure, null, null);

        // Reads the stays' work list and the return programme's overview as kept, compares each with a fresh computation and
        // gives how many were computed afresh and how many brought up to date.
        async Task<(int Computed, int Updated, StayWorkList Stays, ReturnOverview Returns)> ReadAsync()
        {
            var (computed, updated) = (kept.Computations, kept.Updates);
            using var scope = app.Services.CreateScope();
            var stays = scope.ServiceProvider.GetRequiredService<StayService>();
            var returns = scope.ServiceProvider.GetRequiredService<ReturnService>();
            var list = Assert.IsType<CaseResult<StayWorkList>.Ok>(await stays.WorkListAsync(Ind, CancellationToken.None)).Value;
            var overview = Assert.IsType<CaseResult<ReturnOverview>.Ok>(await returns.OverviewAsync(departure, CancellationToken.None)).Value;
            var caseload = Assert.IsType<CaseResult<ReturnCaseload>.Ok>(await returns.CaseloadAsync(departure, "2025-01", null, CancellationToken.None)).Value;
            (computed, updated) = (kept.Computations - computed, kept.Updates - updated);

            AssertEqual((await stays.WorkListOnAsync(schedule, today, CancellationToken.None)).List, list);
            var programme = await returns.EvaluateAsync(departure, CancellationToken.None);
            AssertEqual(new ReturnOverview(programme.Today, programme.Caseload, [.. programme.Steps.Take(500)]), overview);
            using (var none = new KeptPerRevision())
            {
                await using var fresh = database.Open();
                var freshReturns = new ReturnService(fresh, scope.ServiceProvider.GetRequiredService<AccessLog>(), clock, ParameterTree.Default, none, new FactJournal());
                AssertEqual(Assert.IsType<CaseResult<ReturnCaseload>.Ok>(await freshReturns.CaseloadAsync(departure, "2025-01", null, CancellationToken.None)).Value, caseload);
            }

            return (computed, updated, list, overview);
        }

        async Task<(int Computed, int Updated)> AfterAsync(Func<IServiceProvider, RegistryContext, Task> change)
        {
            using (var scope = app.Services.CreateScope())
            {
                await change(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<RegistryContext>());
            }

            var read = await ReadAsync();
            return (read.Computed, read.Updated);
        }

        Task<(int Computed, int Updated)> FactAsync(string person, Action<Person> change) => AfterAsync(async (_, context) =>
        {
            change(await context.Persons.SingleAsync(p => p.Id == person));
            await context.SaveChangesAsync();
        });

        Task<(int Computed, int Updated)> EnrolAsync(string person, long version, EnrolmentInput enrolment) => AfterAsync(async (services, _) =>
            Assert.IsType<CaseResult<EnrolmentChanged>.Ok>(await services.GetRequiredService<ReturnService>().ChangeAsync(Admin, person, version, new EnrolmentChange(enrolment, null, null, null, null), CancellationToken.None)));

        string Day(int days) => today.PlusDays(days).ToString("yyyy-MM-dd", null);
        async Task<(int Computed, int Updated)> CountsAsync()
        {
            var read = await ReadAsync();
            return (read.Computed, read.Updated);
        }

        async Task<string> UndecidedAsync() => string.Join(' ', (await ReadAsync()).Stays.Undecided.Select(c => c.PersonId).Order(StringComparer.Ordinal));

        // When, then: the first reading computes both, the second neither; flagged: P1 (medical treatment) and the
        // household with a child of school age
        Assert.Equal((2, 0), await CountsAsync());
        Assert.Equal((0, 0), await CountsAsync());
        Assert.Equal("P1 P6 P7 P8", await UndecidedAsync());

        // a medical treatment (the benchmark's change): the work list brought up to date, the return programme kept
        Assert.Equal((0, 1), await FactAsync("P2", p => p.MedicalTreatment = true));
        Assert.Equal("P1 P2 P6 P7 P8", await UndecidedAsync());

        // the child moves to P3's household: the household it left is no longer flagged, the one it joined is
        Assert.Equal((0, 1), await FactAsync("P7", p => p.HouseholdId = "H-P3"));
        Assert.Equal("P1 P2 P3 P7", await UndecidedAsync());

        // the child's date of birth corrected to an adult's: P3's household is no longer flagged
        Assert.Equal((0, 1), await FactAsync("P7", p => p.BirthDate = adult));
        Assert.Equal("P1 P2", await UndecidedAsync());

        // a stay for P2 ending within the window: off the undecided, on the ending list
        Assert.Equal((0, 1), await AfterAsync(async (_, context) =>
        {
            context.TransitionalStays.Add(new TransitionalStayRecord
            {
                PersonId = "P2", Kind = StayKinds.MedicalTreatment, From = today.PlusDays(-30), Until = today.PlusDays(10), Reason = "Behandeling", DecidedBy = "ind",
                DecidedOn = today.PlusDays(-30), RecordedAt = clock.GetCurrentInstant(), Withdrawn = false,
            });
            await context.SaveChangesAsync();
        }));
        var stayed = await ReadAsync();
        Assert.Equal("P1", Assert.Single(stayed.Stays.Undecided).PersonId);
        Assert.Equal("P2", Assert.Single(stayed.Stays.Ending).PersonId);

        // enrolments in the return programme (P2 without a departure date, P3 and P9 with one): the programme brought up to
        // date, the work list kept
        Assert.Equal((0, 1), await EnrolAsync("P2", 0, new EnrolmentInput(Day(-40), true, null, [])));
        Assert.Equal((0, 1), await EnrolAsync("P3", 0, new EnrolmentInput(Day(-20), true, Day(30), [])));
        Assert.Equal((0, 1), await EnrolAsync("P9", 0, new EnrolmentInput(Day(-60), false, Day(5), [])));
        Assert.Equal((0, 1), await EnrolAsync("P3", 1, new EnrolmentInput(Day(-20), false, Day(-2), [])));
        Assert.NotEmpty((await ReadAsync()).Returns.Steps);

        // a name and a municipality of enrolled and flagged persons: both brought up to date
        Assert.Equal((0, 2), await FactAsync("P2", p => p.FamilyName = "Nieuwenaam"));
        Assert.Contains((await ReadAsync()).Stays.Ending, c => c.FamilyName == "Nieuwenaam");
        Assert.Equal((0, 2), await FactAsync("P3", p => p.MunicipalityCode = DashboardQueryTests.Elsewhere));

        // a person added (may touch anyone): both computed afresh
        Assert.Equal((2, 0), await AfterAsync(async (_, context) =>
        {
            context.Persons.Add(NewPerson("P10", "H-P1", child));
            await context.SaveChangesAsync();
        }));
        Assert.Equal("P1 P10", await UndecidedAsync());

        // a change in the caller's own transaction (not recorded: it might have been rolled back): computed afresh
        Assert.Equal((2, 0), await AfterAsync(async (_, context) =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync();
            (await context.Persons.SingleAsync(p => p.Id == "P4")).MedicalTreatment = true;
            (await context.Persons.SingleAsync(p => p.Id == "P9")).GivenName = "Iryna";
            await context.SaveChangesAsync();
            await transaction.CommitAsync();
        }));
        Assert.Contains("P4", await UndecidedAsync(), StringComparison.Ordinal);

        // another process's change (a context without the application's journal): computed afresh
        await using (var other = database.Open())
        {
            (await other.Persons.SingleAsync(p => p.Id == "P4")).MedicalTreatment = false;
            (await other.ReturnCommitments.SingleAsync(r => r.PersonId == "P9")).CommitmentSigned = true;
            await other.SaveChangesAsync();
        }

        Assert.Equal((2, 0), await CountsAsync());
        Assert.DoesNotContain("P4", await UndecidedAsync(), StringComparison.Ordinal);
    }

    private static Person NewPerson(string id, string household, LocalDate birthDate) => new()
    {
        Id = id, FamilyName = "Test", GivenName = id, BirthDate = birthDate, Sex = "F", Nationality = "UKR", UkrainianResidence = "citizen",
        MunicipalityCode = DashboardQueryTests.Here, HouseholdId = household, MedicalTreatment = false, AsylumApplication = "none", PublicOrderCheck = "passed",
    };

    private static async Task<Dashboard> BoardAsync(DashboardService service, Caller caller) =>
        Assert.IsType<CaseResult<Dashboard>.Ok>(await service.ReadAsync(caller, CancellationToken.None)).Value;

    /// <summary>Records holding arrays compare by reference: compared as JSON.</summary>
    private static void AssertEqual<T>(T expected, T actual) =>
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected, Json), System.Text.Json.JsonSerializer.Serialize(actual, Json));

    private static readonly System.Text.Json.JsonSerializerOptions Json = JsonOptions();

    private static System.Text.Json.JsonSerializerOptions JsonOptions()
    {
        var options = new System.Text.Json.JsonSerializerOptions();
        Overgang.Web.Json.NodaJson.Add(options);
        return options;
    }

    private static LocationComplaint NewComplaint() => new()
    {
        Reference = "W-" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(), LocationId = "GM9001-L1", ReceivedOn = DashboardQueryTests.Today, Category = "housing", Language = "nl", Text = "Te koud.", Status = ComplaintCodes.Statuses[0], ChangedBy = "test",
    };
}
