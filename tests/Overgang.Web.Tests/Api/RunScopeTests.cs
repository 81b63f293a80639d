using System.Net;
using System.Net.Http.Json;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// Every role against the run endpoints. The start requests carry an invalid date or month, so that a role that is
/// admitted gets 400 (and no run starts) while a role that is refused gets 401 or 403; the stop requests name finished
/// runs, so that a role that is admitted gets 409 (and nothing stops).
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed class RunScopeTests(WebServer server)
{
    public static IEnumerable<object[]> Cases() =>
        from role in Clients.EveryRole().Select(r => (string)r[0])
        from target in new[] { "list", "read", "start-decisions", "start-allowance", "stop-decisions", "stop-allowance" }
        select new object[] { role, target };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Runs_ForEveryRole_AreRefusedOutsideItsScope(string role, string target)
    {
        using var client = await Clients.ForAsync(server, role);
        long runId, decisions, allowance;
        using (var context = server.Database.Open())
        {
            runId = context.Runs.Select(r => r.Id).First();
            decisions = context.Runs.Where(r => r.Kind == "decisions" && r.Status == "finished").Select(r => r.Id).First();
            allowance = context.Runs.Where(r => r.Kind == "allowance" && r.Status == "finished").Select(r => r.Id).First();
        }

        using var response = target switch
        {
            "list" => await client.GetAsync(new Uri("/api/v1/runs", UriKind.Relative)),
            "read" => await client.GetAsync(new Uri("/api/v1/runs/" + runId, UriKind.Relative)),
            "start-decisions" => await client.PostAsJsonAsync("/api/v1/runs", new { kind = "decisions", date = "not-a-date" }),
            "stop-decisions" => await client.PostAsync(new Uri("/api/v1/runs/" + decisions + "/stop", UriKind.Relative), null),
            "stop-allowance" => await client.PostAsync(new Uri("/api/v1/runs/" + allowance + "/stop", UriKind.Relative), null),
            _ => await client.PostAsJsonAsync("/api/v1/runs", new { kind = "allowance", month = "not-a-month" }),
        };

        var admitted = target switch
        {
            "start-decisions" => HttpStatusCode.BadRequest,
            "start-allowance" => HttpStatusCode.BadRequest,
            "stop-decisions" or "stop-allowance" => HttpStatusCode.Conflict,
            _ => HttpStatusCode.OK,
        };
        var expected = role switch
        {
            Clients.Anonymous => HttpStatusCode.Unauthorized,
            Roles.Admin => admitted,
            Roles.Ind when target is not ("start-allowance" or "stop-allowance") => admitted,
            _ => HttpStatusCode.Forbidden,
        };
        Assert.Equal(expected, response.StatusCode);
    }
}
