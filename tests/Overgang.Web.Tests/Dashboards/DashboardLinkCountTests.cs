using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.Cases;
using Overgang.Web.Dashboards;
using Overgang.Web.Hosting;
using Overgang.Web.Locations;
using Overgang.Web.Persons;
using Overgang.Web.Security;
using Overgang.Web.WorkQueue;

namespace Overgang.Web.Tests.Dashboards;

/// <summary>
/// Issue 14: every count on a dashboard equals the number of rows of the filtered list its link opens, on SQLite and
/// PostgreSQL. The pairs are made as the pages make them (<see cref="DashboardLinks"/> with the board's values), and each
/// link is opened through the list's own use case (the work queue, the household search, the locations list) with the
/// link's query string, as the same caller. The population is <see cref="DashboardQueryTests"/>'s, with what made
/// counts and lists differ before: a person with two open IND actions (persons were counted, the queue lists actions),
/// the municipality's follow-up tasks (counted, but not in the queue), deadlines per day (the queue lists all due by then).
/// </summary>
public sealed class DashboardLinkCountTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_count_on_the_case_workers_and_the_inds_dashboard_equals_the_rows_of_the_list_it_links_to(string provider)
    {
        // Given
        var database = DashboardQueryTests.Populate(provider);
        AddSecondIndAction(database);
        var worker = new Caller("worker", Roles.CaseWorker, DashboardQueryTests.Here, null);
        var ind = new Caller("ind", Roles.Ind, null, null);
        await using var app = OvergangWebHost.Create(new WebSettings(database, "http://127.0.0.1:0", ParameterTree.Default, Clock()));

        // When
        var workerBoard = await BoardAsync(app.Services, worker);
        var indBoard = await BoardAsync(app.Services, ind);
        var pairs = Links(workerBoard).Select(p => (worker, p.Name, p.Count, p.Link))
            .Concat(Links(indBoard).Select(p => (ind, p.Name, p.Count, p.Link)))
            .ToList();

        // Then: the links cover every kind of count, none is empty, and each equals its list
        Assert.Equal(
            ["deadline", "flag-medical-treatment", "flag-school-age-child", "ind-actions-open", "ind-actions-overdue", "ind-by-action", "long-absences", "pending", "pending-ind", "pending-person", "tasks-open", "tasks-overdue"],
            pairs.Select(p => p.Name.Split(' ')[0]).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.All(pairs, p => Assert.True(p.Count > 0, p.Name + " is 0: the test would not see a difference"));
        foreach (var (caller, name, count, link) in pairs)
        {
            Assert.True(count == await ListRowsAsync(app.Services, caller, link), $"{name}: the dashboard shows {count}, {link} lists {await ListRowsAsync(app.Services, caller, link)}");
        }

        // and the counts that changed with the lists they now equal: three IND actions (P1 has two), its deadlines by day
        Assert.Equal(new KeyCount("ind", 3), workerBoard.CaseWorker!.PendingByOwner.Single(o => o.Key == "ind"));
        Assert.Equal(new KeyCount("medical-treatment", 3), indBoard.Ind!.Flags[0]);
    }

    private static TestClock Clock() => new(DashboardQueryTests.Today.At(new LocalTime(10, 0)).InUtc().ToInstant());

    /// <summary>P1 has a second open IND action, with the decision's flag as the decisions run stores it.</summary>
    private static void AddSecondIndAction(RegistryDatabase database)
    {
        using var context = database.Open();
        var run = context.Runs.Single(r => r.Kind == "decisions").Id;
        context.Tasks.Add(new CaseTask
        {
            RunId = run, PersonId = "P1", Kind = "action", Owner = "ind", Code = "establish-asylum-pending-on-tcn-end", Due = new LocalDate(2026, 12, 15),
            Status = "open", Flags = (int)ReviewFlags.MedicalTreatment,
        });
        context.SaveChanges();
    }

    private static async Task<Dashboard> BoardAsync(IServiceProvider services, Caller caller)
    {
        using var scope = services.CreateScope();
        return Assert.IsType<CaseResult<Dashboard>.Ok>(await scope.ServiceProvider.GetRequiredService<DashboardService>().ReadAsync(caller, CancellationToken.None)).Value;
    }

    /// <summary>The counts a board shows with the links the pages give them (Home.razor and the board views).</summary>
    private static IEnumerable<(string Name, int Count, string Link)> Links(Dashboard board)
    {
        var municipality = board.CaseWorker?.MunicipalityCode;
        var owner = board.CaseWorker is not null ? "municipality" : board.Ind is not null ? "ind" : null;
        foreach (var deadline in board.Deadlines.Where(d => d.Kind == "tasks-due"))
        {
            yield return ($"deadline {deadline.Date}", deadline.Tasks!.Value, DashboardLinks.WorkQueue(owner: owner, municipality: municipality, due: deadline.Date));
        }

        if (board.CaseWorker is { } worker)
        {
            yield return ("pending", worker.Pending, DashboardLinks.Households(municipality: worker.MunicipalityCode, status: "pending"));
            foreach (var waiting in worker.PendingByOwner)
            {
                yield return ("pending-" + waiting.Key, waiting.Count, DashboardLinks.WorkQueue(owner: waiting.Key, municipality: worker.MunicipalityCode));
            }

            yield return ("tasks-open", worker.Tasks.Open, DashboardLinks.WorkQueue(owner: "municipality", municipality: worker.MunicipalityCode));
            yield return ("tasks-overdue", worker.Tasks.Overdue, DashboardLinks.WorkQueue(owner: "municipality", municipality: worker.MunicipalityCode, overdue: true));
            yield return ("long-absences", worker.LongAbsences, DashboardLinks.Locations(worker.MunicipalityCode));
        }

        if (board.Ind is { } ind)
        {
            yield return ("ind-actions-open", ind.Actions.Open, DashboardLinks.WorkQueue(owner: "ind"));
            yield return ("ind-actions-overdue", ind.Actions.Overdue, DashboardLinks.WorkQueue(owner: "ind", overdue: true));
            foreach (var action in ind.ActionsByTask)
            {
                yield return ("ind-by-action " + action.Key, action.Count, DashboardLinks.WorkQueue(owner: "ind", action: action.Key));
            }

            foreach (var flag in ind.Flags)
            {
                yield return ("flag-" + flag.Key, flag.Count, DashboardLinks.WorkQueue(flag: flag.Key));
            }
        }
    }

    /// <summary>The rows of the list a link opens, through the list's own use case with the link's query string.</summary>
    private static async Task<int> ListRowsAsync(IServiceProvider services, Caller caller, string link)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var split = link.Split('?', 2);
        var query = QueryHelpers.ParseQuery(split.Length > 1 ? "?" + split[1] : "");
        string? Value(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        switch (split[0])
        {
            case "/work-queue":
                var queue = await provider.GetRequiredService<WorkQueueService>().ReadAsync(
                    caller,
                    new WorkQueueQuery(Value("owner"), Value("action"), Value("municipality"), Value("overdue"), Value("flag"), Value("assignee"), Value("due"), Value("sort"), Value("page")),
                    CancellationToken.None);
                return Assert.IsType<CaseResult<WorkQueueView>.Ok>(queue).Value.Total;
            case "/households":
                var found = await provider.GetRequiredService<PersonSearch>().SearchAsync(
                    caller, new PersonSearchQuery(Value("q"), Value("municipality"), Value("location"), Value("path"), Value("status"), Value("sort"), 1, 25), CancellationToken.None);
                return Assert.IsType<CaseResult<PersonSearchResult>.Ok>(found).Value.Total;
            case "/locations":
                var parameters = provider.GetRequiredService<ParameterTree>();
                Assert.True(LocationQuery.TryRead(caller, null, Value("municipality"), parameters, DashboardQueryTests.Today, out var read, out _));
                var list = await LocationReader.ListAsync(provider.GetRequiredService<RegistryContext>(), provider.GetRequiredService<KeptPerRevision>(), provider.GetRequiredService<IClock>(), caller, read, CancellationToken.None);
                return list.Locations.Sum(l => l.LongAbsences);
            default:
                throw new InvalidOperationException("no list for " + link);
        }
    }
}
