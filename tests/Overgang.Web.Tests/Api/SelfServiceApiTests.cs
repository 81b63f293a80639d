using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class SelfServiceApiTests(WebServer server)
{
    [Fact]
    public async Task Me_WhenAPersonAsks_ReturnsTheirOwnRecordWithDecisionTasksAndAllowance()
    {
        // Given
        var account = server.Account(Roles.Person);
        using var client = await server.SignedIn(account.UserName);

        // When
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        // Then
        Assert.Equal(account.Scope, me.GetProperty("personId").GetString());
        Assert.Equal("2027-03-04", me.GetProperty("decision").GetProperty("date").GetString());
        Assert.Contains(me.GetProperty("decision").GetProperty("status").GetString(), new[] { "decided", "pending" });
        Assert.True(me.GetProperty("tasks").GetArrayLength() > 0);
        var allowance = me.GetProperty("allowance");
        Assert.Equal(WebServer.Today.ToString("yyyy-MM", null), allowance.GetProperty("month").GetString());
        Assert.StartsWith(me.GetProperty("householdId").GetString() + "#", allowance.GetProperty("householdId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_WhenRead_WritesAPersonReadAuditEntryFirst()
    {
        // Given
        var account = server.Account(Roles.Person);
        var before = ApiAssert.AuditCount(server, "person.read", "person:" + account.Scope, "person:" + account.UserName);
        using var client = await server.SignedIn(account.UserName);

        // When
        using var response = await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, ApiAssert.AuditCount(server, "person.read", "person:" + account.Scope, "person:" + account.UserName));
    }

    [Fact]
    public void DecideHousehold_MadeAgainForThePage_MatchesTheRecordedDecisions()
    {
        // Given the households of the person accounts, and their recorded decisions
        using var context = server.Database.Open();
        var personIds = server.Accounts.Where(a => a.Role == Roles.Person).Select(a => a.Scope).ToList();
        var households = context.Persons.Where(p => personIds.Contains(p.Id)).Select(p => p.HouseholdId).Distinct().ToList();
        var date = new NodaTime.LocalDate(2027, 3, 4);
        Assert.True(Overgang.Rules.Transition.TransitionSchedule.TryFor(Overgang.Rules.Parameters.ParameterTree.Default, date, out var schedule, out _));

        foreach (var household in households)
        {
            // When
            var decisions = Overgang.Registry.Runs.DecisionsRun.DecideHousehold(context, household, schedule);

            // Then
            Assert.NotEmpty(decisions);
            foreach (var decision in decisions)
            {
                var recorded = context.Decisions.Where(d => d.PersonId == decision.PersonId).OrderByDescending(d => d.RunId).First();
                Assert.Equal(recorded.Path, Overgang.Rules.Transition.TransitionNames.Of(decision.Path));
                Assert.Equal(recorded.Status, decision.IsDecided ? "decided" : "pending");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Clients.EveryRole), MemberType = typeof(Clients))]
    public async Task Me_ForEveryRole_OnlyADisplacedPersonIsAdmitted(string role)
    {
        using var client = await Clients.ForAsync(server, role);
        using var response = await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));
        var expected = role switch
        {
            Clients.Anonymous => HttpStatusCode.Unauthorized,
            Roles.Person => HttpStatusCode.OK,
            _ => HttpStatusCode.Forbidden,
        };
        Assert.Equal(expected, response.StatusCode);
    }
}
