using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Hardening;

/// <summary>
/// Issue 12 (hardening): sign-in cookies and bearer tokens are revoked on the server (a security stamp per account),
/// are checked against the account table on every request, and do not work on another deployment; wrong passwords lock
/// the account for a growing time, audited. Each test failed before the fix.
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed class SessionTests(WebServer server, SecondDeployment second) : IClassFixture<SecondDeployment>
{
    private static string CaseWorkerMunicipality(WebServer on) => on.Account(Roles.CaseWorker).Scope.Split(' ')[0];

    [Fact]
    public async Task Signing_out_through_the_api_revokes_every_token_of_the_account_at_once()
    {
        // Given: two tokens of one account
        var name = server.CreateAccount("revoke-api", Roles.CaseWorker, CaseWorkerMunicipality(server));
        using var first = await server.SignedIn(name);
        using var second = await server.SignedIn(name);

        // When
        using var signOut = await first.PostAsync(new Uri("/api/v1/auth/sign-out", UriKind.Relative), null);

        // Then
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync(new Uri("/api/v1/persons?q=Ko", UriKind.Relative))).StatusCode);
        using var again = await server.SignedIn(name);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative))).StatusCode);
        Assert.Equal(1, ApiAssert.AuditCount(server, "account.sign-out", "account:" + name, "caseworker:" + name));
    }

    [Fact]
    public async Task A_new_password_revokes_the_tokens_of_the_account()
    {
        var name = server.CreateAccount("revoke-password", Roles.Ind);
        using var client = await server.SignedIn(name);

        using (var context = server.Database.Open())
        {
            Assert.Null(AccountStore.TryChangePassword(context, name, "another-password-456", server.Clock.GetCurrentInstant(), "system:test"));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/v1/work-queue", UriKind.Relative))).StatusCode);
        using var renewed = await server.SignedIn(name, "another-password-456");
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync(new Uri("/api/v1/work-queue", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_loses_its_tokens_and_cannot_sign_in()
    {
        var name = server.CreateAccount("revoke-disabled", Roles.Admin);
        using var client = await server.SignedIn(name);

        using (var context = server.Database.Open())
        {
            Assert.Null(AccountStore.TrySetDisabled(context, name, true, server.Clock.GetCurrentInstant(), "system:test"));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/v1/runs", UriKind.Relative))).StatusCode);
        using var anonymous = server.Anonymous();
        using var signIn = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = name, password = WebServer.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task A_token_whose_role_or_scope_no_longer_matches_the_account_is_refused()
    {
        // Given: a case worker moved to another municipality after signing in
        var name = server.CreateAccount("moved-caseworker", Roles.CaseWorker, CaseWorkerMunicipality(server));
        using var client = await server.SignedIn(name);
        var other = server.Accounts.Where(a => a.Role == Roles.CaseWorker).Select(a => a.Scope.Split(' ')[0]).First(m => m != CaseWorkerMunicipality(server));

        // When
        using (var context = server.Database.Open())
        {
            await context.Accounts.Where(a => a.UserName == name).ExecuteUpdateAsync(s => s.SetProperty(a => a.MunicipalityCode, other));
        }

        // Then: the token still names the old municipality, and is refused
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/v1/auth/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_token_of_one_deployment_is_refused_by_another_with_its_own_registry_and_keys()
    {
        // Given: an administrator's token here, and a case worker's for an account that exists only here
        var admin = await server.TokenAsync(server.Account(Roles.Admin).UserName);
        var onlyHere = server.CreateAccount("only-on-the-first", Roles.CaseWorker, CaseWorkerMunicipality(server));
        var caseWorker = await server.TokenAsync(onlyHere);

        // When: sent to the second deployment
        using var client = second.Server.Anonymous();
        using var runs = await Send(client, admin, "/api/v1/runs");
        using var me = await Send(client, caseWorker, "/api/v1/auth/me");

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, runs.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        using var own = await Send(client, await second.Server.TokenAsync(second.Server.Account(Roles.Admin).UserName), "/api/v1/runs");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var context = second.Server.Database.Open();
        Assert.True(context.DataProtectionKeys.Any(), "the second deployment keeps its keys in its own registry");
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_account_for_a_growing_time_refuse_the_right_one_meanwhile_and_are_audited()
    {
        // Given
        var on = second.Server;
        var name = on.CreateAccount("locked-out", Roles.Analyst);
        using var client = on.Anonymous();

        // When: four wrong passwords, then the fifth
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await Token(client, name, "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var fifth = await Token(client, name, "wrong-password-5");
        using var right = await Token(client, name, WebServer.Password);

        // Then: locked for a minute, even for the right password
        await ApiAssert.ProblemAsync(fifth, HttpStatusCode.TooManyRequests);
        Assert.InRange(RetryAfter(fifth), 50, 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.InRange(RetryAfter(right), 1, 60);
        Assert.Equal(6, ApiAssert.AuditCount(on, "account.sign-in-failed", "account:" + name, "anonymous"));
        using (var context = on.Database.Open())
        {
            Assert.NotNull(context.Accounts.AsNoTracking().Single(a => a.UserName == name).LockedUntil);
            Assert.True(AuditChain.Verify(context).IsIntact);
        }

        // When: the minute passes and the next password is wrong again: two minutes
        on.Clock.Advance(Duration.FromMinutes(2));
        using var sixth = await Token(client, name, "wrong-password-6");
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.InRange(RetryAfter(sixth), 100, 120);

        // Then: after the lockout the right password works, and clears the count
        on.Clock.Advance(Duration.FromMinutes(3));
        using var after = await Token(client, name, WebServer.Password);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        using var later = await Token(client, name, "wrong-password-7");
        Assert.Equal(HttpStatusCode.Unauthorized, later.StatusCode);
    }

    [Fact]
    public async Task Calculations_beyond_the_per_account_rate_get_429_with_retry_after()
    {
        // Given: three calculations a minute on the second deployment
        var on = second.Server;
        var name = on.CreateAccount("calc-flood", Roles.Analyst);
        using var client = await on.SignedIn(name);
        var body = RequestLimitTests.Singles(2);

        // When
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < SecondDeployment.Limits.CalculationsPerMinutePerAccount + 1; i++)
        {
            var response = await client.PostAsync(new Uri("/api/v1/calc", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        // Then
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, SecondDeployment.Limits.CalculationsPerMinutePerAccount), HttpStatusCode.TooManyRequests], statuses);
        using (refused)
        {
            Assert.InRange(RetryAfter(refused!), 1, 60);
            Assert.Equal("application/problem+json", refused!.Content.Headers.ContentType?.MediaType);
        }

        // And another account is not held back by this one
        using var other = await on.SignedIn(on.CreateAccount("calc-other", Roles.Analyst));
        using var fine = await other.PostAsync(new Uri("/api/v1/calc", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    internal static Task<HttpResponseMessage> Token(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });

    internal static int RetryAfter(HttpResponseMessage response) =>
        (int)(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? throw new Xunit.Sdk.XunitException("no Retry-After in seconds"));

    private static Task<HttpResponseMessage> Send(HttpClient client, string token, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }
}
