using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Audit;
using Overgang.Registry.Runs;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>The work queue's tables and queries (issue 14) on SQLite and PostgreSQL: filters, sort, pages, assignment, flag reviews and the export.</summary>
public sealed class WorkQueueApiTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task The_IND_filters_pages_assigns_reviews_and_exports_the_queue(string provider)
    {
        var server = new WebServer();
        await server.StartAsync(provider, 300);
        try
        {
            await WorkAsync(server, provider);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task WorkAsync(WebServer server, string provider)
    {
        var ind = server.Account(Roles.Ind).UserName;
        using var client = await server.SignedIn(ind);

        // Paging and sort: page 2 continues page 1 in name order; each row is the person's
        var page1 = await Get(client, "/api/v1/work-queue?owner=person&sort=name");
        var page2 = await Get(client, "/api/v1/work-queue?owner=person&sort=name&page=2");
        var total = page1.GetProperty("total").GetInt32();
        Assert.True(total > 25, "more than one page of the person's actions");
        Assert.Equal((total + 24) / 25, page1.GetProperty("pages").GetInt32());
        Assert.Equal(2, page2.GetProperty("filter").GetProperty("page").GetInt32());
        var names = Names(page1).Concat(Names(page2)).ToList();
        if (provider == "sqlite")
        {
            // PostgreSQL sorts by the database's collation, SQLite by code point.
            Assert.Equal(names.Order(StringComparer.Ordinal), names);
        }

        Assert.Empty(Items(page1).Select(i => i.GetProperty("personId").GetString() + i.GetProperty("action").GetString())
            .Intersect(Items(page2).Select(i => i.GetProperty("personId").GetString() + i.GetProperty("action").GetString())));

        // Filters: flag, action, due
        var flagged = await Get(client, "/api/v1/work-queue?owner=person&flag=provisional-parameter");
        Assert.All(Items(flagged), i => Assert.Contains("provisional-parameter", i.GetProperty("flags").EnumerateArray().Select(f => f.GetString())));
        var action = Items(page1)[0].GetProperty("action").GetString()!;
        var byAction = await Get(client, "/api/v1/work-queue?owner=person&action=" + action);
        Assert.All(Items(byAction), i => Assert.Equal(action, i.GetProperty("action").GetString()));
        var due = Items(page1)[0].GetProperty("due").GetString()!;
        var before = await Get(client, "/api/v1/work-queue?owner=person&due=" + due + "&sort=-due");
        Assert.All(Items(before), i => Assert.True(string.CompareOrdinal(i.GetProperty("due").GetString(), due) <= 0));
        var none = await Get(client, "/api/v1/work-queue?owner=person&overdue=true");
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        // Assignment: two actions to me; assignee=me finds them, assignee=none no longer does
        var chosen = Items(page1).DistinctBy(i => i.GetProperty("personId").GetString()).Take(2).Select(i => new { personId = i.GetProperty("personId").GetString(), action = i.GetProperty("action").GetString() }).ToList();
        using var assigned = await client.PostAsJsonAsync(new Uri("/api/v1/work-queue/assignments", UriKind.Relative), new { selected = chosen, assignee = "me" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var mine = await Get(client, "/api/v1/work-queue?owner=person&assignee=me");
        Assert.Equal(chosen.Select(c => c.personId).Order(StringComparer.Ordinal), Items(mine).Select(i => i.GetProperty("personId").GetString()).Order(StringComparer.Ordinal));
        Assert.All(Items(mine), i => Assert.Equal(ind, i.GetProperty("assignedTo").GetString()));
        var unassigned = await Get(client, "/api/v1/work-queue?owner=person&assignee=none");
        Assert.Equal(total - 2, unassigned.GetProperty("total").GetInt32());
        using var stranger = await client.PostAsJsonAsync(new Uri("/api/v1/work-queue/assignments", UriKind.Relative), new { selected = chosen, assignee = "nobody-here" });
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        using var closed = await client.PostAsJsonAsync(new Uri("/api/v1/work-queue/assignments", UriKind.Relative), new { selected = new[] { new { personId = chosen[0].personId, action = "leave-the-netherlands" } } });
        Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);

        // Flag review and unassignment, one audit entry per person each
        using var reviewed = await client.PostAsJsonAsync(new Uri("/api/v1/work-queue/flag-reviews", UriKind.Relative), new { selected = chosen });
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        var after = await Get(client, "/api/v1/work-queue?owner=person&assignee=me");
        Assert.All(Items(after), i => Assert.Equal(i.GetProperty("flags").GetRawText(), i.GetProperty("reviewedFlags").GetRawText()));
        using var released = await client.PostAsJsonAsync(new Uri("/api/v1/work-queue/unassignments", UriKind.Relative), new { selected = chosen });
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(0, (await Get(client, "/api/v1/work-queue?owner=person&assignee=me")).GetProperty("total").GetInt32());
        using (var context = server.Database.Open())
        {
            foreach (var c in chosen)
            {
                var entries = await context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + c.personId && a.Action.StartsWith("work-queue.")).Select(a => a.Action).ToListAsync();
                Assert.Equal(["work-queue.assign", "work-queue.review-flags", "work-queue.unassign"], entries.Order(StringComparer.Ordinal));
            }

            Assert.Empty(await context.WorkAssignments.AsNoTracking().ToListAsync());
            Assert.Equal(2, await context.FlagReviews.AsNoTracking().Select(r => r.PersonId).Distinct().CountAsync());
            Assert.True(AuditChain.Verify(context).IsIntact);
        }

        // Export: pseudonymised by default (no ids, no names), ids only on request and then audited per person
        var pseudonymised = await client.GetStringAsync(new Uri("/api/v1/work-queue/export?owner=person&sort=name", UriKind.Relative));
        var lines = pseudonymised.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total + 1, lines.Length);
        Assert.StartsWith("pseudonym,", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(chosen[0].personId!, pseudonymised, StringComparison.Ordinal);
        var full = await client.GetStringAsync(new Uri("/api/v1/work-queue/export?owner=person&identities=true", UriKind.Relative));
        Assert.Contains(chosen[0].personId!, full, StringComparison.Ordinal);
        using (var context = server.Database.Open())
        {
            Assert.Contains(await context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + chosen[0].personId && a.Action == "person.read").Select(a => a.Reason).ToListAsync(),
                r => r.StartsWith("work-queue export with identities", StringComparison.Ordinal));
            Assert.NotNull(await context.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Kind == RunKinds.Decisions));
        }
    }

    [Fact]
    public async Task A_case_worker_reads_only_their_own_municipalitys_queue_and_may_not_act_on_it()
    {
        var server = new WebServer();
        await server.StartAsync("sqlite", 300);
        try
        {
            var worker = server.Account(Roles.CaseWorker);
            var own = worker.Scope.Split(' ')[0];
            using var client = await server.SignedIn(worker.UserName);

            // Without a municipality, the queue is theirs; every row is in their municipality
            var queue = await Get(client, "/api/v1/work-queue?owner=person");
            Assert.Equal(own, queue.GetProperty("filter").GetProperty("municipality").GetString());
            Assert.True(queue.GetProperty("total").GetInt32() > 0, "the case worker's municipality has open actions");
            Assert.All(Items(queue), i => Assert.Equal(own, i.GetProperty("municipalityCode").GetString()));

            // Another municipality's queue and acting on the queue are refused
            using var other = await client.GetAsync(new Uri("/api/v1/work-queue?municipality=GM0001", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
            using var assign = await client.PostAsJsonAsync(new Uri("/api/v1/work-queue/assignments", UriKind.Relative), new { });
            Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<JsonElement> Get(HttpClient client, string url) => await client.GetFromJsonAsync<JsonElement>(new Uri(url, UriKind.Relative));

    private static List<JsonElement> Items(JsonElement view) => [.. view.GetProperty("items").EnumerateArray()];

    private static IEnumerable<string> Names(JsonElement view) => Items(view).Select(i => i.GetProperty("familyName").GetString() + "\u0001" + i.GetProperty("givenName").GetString());
}
