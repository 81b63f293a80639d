using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class AuthTests(WebServer server)
{
    [Fact]
    public async Task A_token_carries_the_role_and_scope_of_the_account()
    {
        var account = server.Account(Roles.CaseWorker);
        using var client = await server.SignedIn(account.UserName);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal("caseworker", me.GetProperty("role").GetString());
        Assert.Equal(account.Scope.Split(' ')[0], me.GetProperty("municipality").GetString());
    }

    [Fact]
    public async Task A_wrong_password_gets_401_problem_details_and_no_token()
    {
        using var client = server.Anonymous();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "wrong-password-000" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("accessToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_field_is_named_in_the_problem()
    {
        using var client = server.Anonymous();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("password", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_api_answers_401_without_credentials_instead_of_redirecting()
    {
        using var client = server.Anonymous();
        using var response = await client.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
