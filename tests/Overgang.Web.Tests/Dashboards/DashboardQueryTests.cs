using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.Cases;
using Overgang.Web.Dashboards;
using Overgang.Web.Hosting;
using Overgang.Web.Security;

namespace Overgang.Web.Tests.Dashboards;

/// <summary>
/// The dashboard's counts on SQLite and PostgreSQL over a small population made by hand, so every count is known: two
/// municipalities, three locations (one over capacity), five persons with decisions, tasks, absences, payments, review
/// flags and a link candidate. The service is the application's own (from its container), on the real registry.
/// </summary>
public sealed class DashboardQueryTests
{
    internal const string Here = "GM9001";
    internal const string Elsewhere = "GM9002";
    internal static readonly LocalDate Today = new(2026, 11, 22);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_worker_sees_their_municipalitys_exact_counts(string provider)
    {
        // Given
        var database = Populate(provider);

        // When
        var board = (await ReadAsync(database, new Caller("worker", Roles.CaseWorker, Here, null))).CaseWorker!;

        // Then: P1, P2 and P4 pending; P1 and P2 wait for themselves, P1 and P4 for the IND (P4's second IND action is done)
        Assert.Equal("Testdorp", board.MunicipalityName);
        Assert.Equal(new LocalDate(2027, 3, 4), board.DecisionDate);
        Assert.Equal(3, board.Pending);
        Assert.Equal([new KeyCount("person", 2), new KeyCount("ind", 2)], board.PendingByOwner.ToArray());
        Assert.Equal(new TaskCounts(2, 1), board.Tasks);
        Assert.Equal(28, board.AbsenceMaximumDays);
        Assert.Equal(1, board.LongAbsences);
        Assert.Equal(
            [new LocationLoad("GM9001-L1", "Kleine Hof", 2, 3, 1, true), new LocationLoad("GM9001-L2", "Grote Hof", 5, 1, 0, false)],
            board.Locations.ToArray());
        Assert.Equal(new MonthRunCounts("2026-11", 1, 2, 1, 0), board.Month);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_ind_sees_every_municipalitys_open_ind_actions_flags_and_reviews(string provider)
    {
        // Given
        var database = Populate(provider);

        // When
        var dashboard = await ReadAsync(database, new Caller("ind", Roles.Ind, null, null));
        var board = dashboard.Ind!;

        // Then
        Assert.Equal([new KeyCount("complete-public-order-check", 2), new KeyCount("establish-asylum-pending-on-tcn-end", 1)], board.ActionsByTask.ToArray());
        Assert.Equal(new TaskCounts(3, 1), board.Actions);
        Assert.Equal([new KeyCount("medical-treatment", 2), new KeyCount("school-age-child", 1)], board.Flags.ToArray());
        Assert.Equal(1, board.LinkCandidates);
        Assert.Equal(1, board.StayCandidates);
        Assert.Equal(0, board.StaysEnding);
        Assert.Equal(new Deadline(new LocalDate(2026, 12, 8), "tasks-due", 2), dashboard.Deadlines[0]);
        Assert.Contains(dashboard.Deadlines, d => d.Kind == "protection-end" && d.Date == LastDay());
        Assert.Null(dashboard.CaseWorker);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_administrator_sees_the_runs_and_the_accounts_and_an_analyst_is_refused(string provider)
    {
        // Given
        var database = Populate(provider);

        // When
        var admin = (await ReadAsync(database, new Caller("admin", Roles.Admin, null, null))).Admin!;
        var analyst = await ResultAsync(database, new Caller("analist", Roles.Analyst, null, null));

        // Then
        Assert.Equal([new RunLine(RunKinds.Allowance, 1, "2026-11", "finished", Today), new RunLine(RunKinds.Decisions, 1, "2027-03-04", "finished", Today)], admin.Runs.ToArray());
        Assert.Equal([new KeyCount(Roles.CaseWorker, 1), new KeyCount(Roles.Ind, 1)], admin.AccountsByRole.ToArray());
        Assert.Equal(1, admin.LockedAccounts);
        Assert.IsType<CaseResult<Dashboard>.Refused>(analyst);
    }

    private static readonly Instant At = Instant.FromUtc(2026, 11, 22, 8, 0);

    private static LocalDate LastDay() =>
        ProtectionEnd.TryLastDay(ParameterTree.Default, Today, out var lastDay, out _) ? lastDay : throw new InvalidOperationException("no last day");

    private static async Task<Dashboard> ReadAsync(RegistryDatabase database, Caller caller) =>
        Assert.IsType<CaseResult<Dashboard>.Ok>(await ResultAsync(database, caller)).Value;

    private static async Task<CaseResult<Dashboard>> ResultAsync(RegistryDatabase database, Caller caller)
    {
        var clock = new TestClock(Today.At(new LocalTime(10, 0)).InUtc().ToInstant());
        await using var app = OvergangWebHost.Create(new WebSettings(database, "http://127.0.0.1:0", ParameterTree.Default, clock));
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardService>().ReadAsync(caller, CancellationToken.None);
    }

    /// <summary>The population: every row the counts read, with the expected count written beside it.</summary>
    internal static RegistryDatabase Populate(string provider)
    {
        var database = TestDatabase.Create(provider);
        using var context = database.Open();
        context.Municipalities.AddRange(new Municipality { Code = Here, Name = "Testdorp" }, new Municipality { Code = Elsewhere, Name = "Elders" });
        var opened = new LocalDate(2022, 3, 1);
        context.Locations.AddRange(
            new ReceptionLocation { Id = "GM9001-L1", MunicipalityCode = Here, Name = "Kleine Hof", Kind = "municipal", Capacity = 2, Opened = opened },
            new ReceptionLocation { Id = "GM9001-L2", MunicipalityCode = Here, Name = "Grote Hof", Kind = "municipal", Capacity = 5, Opened = opened },
            new ReceptionLocation { Id = "GM9002-L1", MunicipalityCode = Elsewhere, Name = "Elders Hof", Kind = "municipal", Capacity = 1, Opened = opened });
        context.Persons.AddRange(
            NewPerson("P1", Here, medical: true),
            NewPerson("P2", Here),
            NewPerson("P3", Here),
            NewPerson("P4", Here),
            NewPerson("P5", Elsewhere));

        // L1 holds three for two places; P1 is away 40 days this month (over the maximum), P2 ten days; P5 elsewhere 40 days.
        context.Placements.AddRange(
            NewPlacement("P1", "GM9001-L1"), NewPlacement("P2", "GM9001-L1"), NewPlacement("P3", "GM9001-L1"), NewPlacement("P4", "GM9001-L2"), NewPlacement("P5", "GM9002-L1"));
        context.Absences.AddRange(
            new Absence { PersonId = "P1", From = new LocalDate(2026, 10, 20), To = new LocalDate(2026, 11, 28) },
            new Absence { PersonId = "P2", From = new LocalDate(2026, 11, 2), To = new LocalDate(2026, 11, 11) },
            new Absence { PersonId = "P5", From = new LocalDate(2026, 10, 20), To = new LocalDate(2026, 11, 28) });
        context.SaveChanges();

        var decisions = new BatchRun { Kind = RunKinds.Decisions, Number = 1, Argument = "2027-03-04", ParameterVersion = "test", StartedAt = At, FinishedAt = At, Status = "finished", Counts = "{}" };
        var month = new BatchRun { Kind = RunKinds.Allowance, Number = 1, Argument = "2026-11", ParameterVersion = "test", StartedAt = At, FinishedAt = At, Status = "finished", Counts = "{}" };
        context.Runs.AddRange(decisions, month);
        context.SaveChanges();

        // P1, P2, P4 and P5 pending, P3 decided; flags: P1 and P5 medical treatment, P5 also a school-age child
        context.Decisions.AddRange(
            NewDecision(decisions.Id, "P1", "pending", ReviewFlags.MedicalTreatment),
            NewDecision(decisions.Id, "P2", "pending", ReviewFlags.None),
            NewDecision(decisions.Id, "P3", "decided", ReviewFlags.None),
            NewDecision(decisions.Id, "P4", "pending", ReviewFlags.None),
            NewDecision(decisions.Id, "P5", "pending", ReviewFlags.MedicalTreatment | ReviewFlags.SchoolAgeChild));
        var past = Today.PlusDays(-3);
        var soon = new LocalDate(2026, 12, 1);
        context.Tasks.AddRange(
            NewTask(decisions.Id, "P1", "action", "person", "withdraw-asylum", soon, flags: ReviewFlags.MedicalTreatment),
            NewTask(decisions.Id, "P1", "action", "ind", "complete-public-order-check", past, flags: ReviewFlags.MedicalTreatment),
            NewTask(decisions.Id, "P2", "action", "person", "withdraw-asylum", soon),
            NewTask(decisions.Id, "P4", "action", "ind", "establish-asylum-pending-on-tcn-end", soon.PlusDays(7)),
            NewTask(decisions.Id, "P4", "action", "ind", "complete-public-order-check", soon, "done"),
            NewTask(decisions.Id, "P5", "action", "ind", "complete-public-order-check", soon.PlusDays(30), flags: ReviewFlags.MedicalTreatment | ReviewFlags.SchoolAgeChild),
            NewTask(decisions.Id, "P3", "follow-up", "municipality", "register-address", past),
            NewTask(decisions.Id, "P4", "follow-up", "municipality", "register-address", soon.PlusDays(14)),
            NewTask(decisions.Id, "P5", "follow-up", "municipality", "register-address", past));
        context.Payments.AddRange(
            NewPayment(month.Id, "H-P1", Here, "calculated"),
            NewPayment(month.Id, "H-P2", Here, "calculated"),
            NewPayment(month.Id, "H-P3", Here, "not-calculable"),
            NewPayment(month.Id, "H-P5", Elsewhere, "calculated"));
        context.LinkCandidates.AddRange(NewCandidate("P1", "open"), NewCandidate("P2", "decided"));
        context.Accounts.AddRange(
            new Account { UserName = "worker", DisplayName = "Worker", PasswordHash = "x", Role = Roles.CaseWorker, MunicipalityCode = Here, Created = At },
            new Account { UserName = "ind", DisplayName = "IND", PasswordHash = "x", Role = Roles.Ind, Created = At, LockedUntil = At.Plus(Duration.FromDays(1)) },
            new Account { UserName = "gone", DisplayName = "Gone", PasswordHash = "x", Role = Roles.Ind, Created = At, Disabled = true });
        context.SaveChanges();
        return database;
    }

    private static Person NewPerson(string id, string municipality, bool medical = false) => new()
    {
        Id = id, FamilyName = "Test", GivenName = id, BirthDate = new LocalDate(1980, 1, 1), Sex = "F", Nationality = "UKR", UkrainianResidence = "citizen",
        MunicipalityCode = municipality, HouseholdId = "H-" + id, MedicalTreatment = medical, AsylumApplication = "none", PublicOrderCheck = "passed",
    };

    private static Placement NewPlacement(string person, string location) =>
        new() { PersonId = person, Reception = "municipal", LocationId = location, From = new LocalDate(2022, 4, 1) };

    private static DecisionRecord NewDecision(long run, string person, string status, ReviewFlags flags)
    {
        var schedule = TransitionSchedule.TryFor(ParameterTree.Default, new LocalDate(2027, 3, 4), out var s, out _) ? s : throw new InvalidOperationException("no schedule");
        var decision = new TransitionDecision(person, TransitionPath.TransitionDocument, DecisionStatus.Decided.Instance, null, [], ImmutableArray<FollowUpTask>.Empty, flags);
        return new DecisionRecord
        {
            RunId = run, PersonId = person, Date = new LocalDate(2027, 3, 4), Path = "transition-document", Status = status,
            Stored = StoredDecision.Encode(decision, StoredDecision.Texts(schedule)), ParameterVersion = "test",
        };
    }

    private static CaseTask NewTask(long run, string person, string kind, string owner, string code, LocalDate due, string status = "open", ReviewFlags flags = ReviewFlags.None) =>
        new() { RunId = run, PersonId = person, Kind = kind, Owner = owner, Code = code, Due = due, Status = status, Flags = (int)flags };

    private static PaymentRecord NewPayment(long run, string household, string municipality, string outcome) =>
        new() { RunId = run, HouseholdId = household, MunicipalityCode = municipality, Members = 1, Outcome = outcome };

    private static LinkCandidate NewCandidate(string person, string status) => new()
    {
        PersonId = person, PairKey = "pair-" + person, Kind = "domestic", OtherPersonId = "P5", Mode = "clear", Band = "review", Evidence = "[]",
        Source = "test", Status = status, FoundAt = At,
    };
}
