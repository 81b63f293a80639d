using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;
using Overgang.Web.Security;
using Overgang.Web.WorkQueue;

namespace Overgang.Web.Tests.Dashboards;

/// <summary>
/// Issue 14 item 9: the work queue sorted by name reads its page either by sorting every matching action or by reading
/// the persons in name order first (<see cref="WorkQueueRows.PageAsync(Overgang.Registry.RegistryContext, long, WorkQueueFilter, Caller, LocalDate, int, int, bool, CancellationToken)"/>);
/// every page, in both directions, with and without a municipality, is the same both ways on SQLite and PostgreSQL,
/// also where persons share their names and a person has several actions.
/// </summary>
public sealed class WorkQueueNamePageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_page_by_name_is_the_same_whether_the_persons_are_read_first_or_the_actions_sorted(string provider)
    {
        // Given: the population of the order test (P1 and P6 share their names); P1 and P6 have a second open IND action
        var database = WorkQueueNameOrderTests.PopulateWithNames(provider);
        using (var context = database.Open())
        {
            var run = context.Runs.Single(r => r.Kind == "decisions").Id;
            context.Tasks.AddRange(
                new CaseTask { RunId = run, PersonId = "P1", Kind = "action", Owner = "ind", Code = "establish-asylum-pending-on-tcn-end", Due = new LocalDate(2026, 12, 1), Status = "open" },
                new CaseTask { RunId = run, PersonId = "P6", Kind = "action", Owner = "ind", Code = "establish-asylum-pending-on-tcn-end", Due = new LocalDate(2026, 12, 1), Status = "open" });
            context.SaveChanges();
        }

        var ind = new Caller("ind", Roles.Ind, null, null);
        var compared = 0;
        foreach (var sort in new[] { "name", "-name" })
        {
            foreach (var municipality in new[] { null, DashboardQueryTests.Here })
            {
                Assert.True(WorkQueueFilter.TryParse(new WorkQueueQuery(null, null, municipality, null, null, null, null, sort, null), out var filter, out _));
                using var context = database.Open();
                var run = context.Runs.Single(r => r.Kind == "decisions").Id;
                var all = await RowsAsync(context, run, filter, ind, 0, 100, byPersons: false);
                Assert.True(all.Count >= 6, $"{sort} {municipality}: {all.Count} actions");
                foreach (var take in new[] { 1, 2, 3 })
                {
                    for (var skip = 0; skip <= all.Count; skip++)
                    {
                        // When
                        var sorted = await RowsAsync(context, run, filter, ind, skip, take, byPersons: false);
                        var walked = await RowsAsync(context, run, filter, ind, skip, take, byPersons: true);

                        // Then
                        Assert.Equal(all.Skip(skip).Take(take), sorted);
                        Assert.Equal(sorted, walked);
                        compared++;
                    }
                }
            }
        }

        Assert.True(compared > 60);
    }

    [Fact]
    public void Persons_are_read_first_only_when_that_is_cheaper_than_sorting()
    {
        // The IND's queue of the persons' actions on the demo registry, its first page and its 1,000th row; a rare action.
        Assert.True(WorkQueueRows.WalkPays(136_293, 25, 135_010));
        Assert.True(WorkQueueRows.WalkPays(136_293, 1_000, 135_010));
        Assert.False(WorkQueueRows.WalkPays(114, 25, 135_010));
        Assert.False(WorkQueueRows.WalkPays(0, 25, 135_010));
    }

    private static async Task<List<string>> RowsAsync(Overgang.Registry.RegistryContext context, long run, WorkQueueFilter filter, Caller caller, int skip, int take, bool byPersons) =>
        [.. (await WorkQueueRows.PageAsync(context, run, filter, caller, DashboardQueryTests.Today, skip, take, byPersons, CancellationToken.None)).Select(r => $"{r.PersonId} {r.Code} {r.Due}")];
}
