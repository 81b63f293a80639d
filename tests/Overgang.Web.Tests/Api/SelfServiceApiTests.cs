using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(WebFixtures.Name)]
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
