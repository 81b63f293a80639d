using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class ScopeMatrixTests(WebServer server)
{
    [Fact]
    public void Every_api_endpoint_has_a_row_in_the_scope_matrix_and_every_row_an_endpoint()
    {
        // Given
        var mapped = server.Endpoints
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => m + " " + e.RoutePattern.RawText))
            .ToHashSet(StringComparer.Ordinal);
        var rows = ScopeMatrix.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        // Then
        Assert.True(mapped.SetEquals(rows), $"endpoints without a row: {string.Join(", ", mapped.Except(rows))}; rows without an endpoint: {string.Join(", ", rows.Except(mapped))}");
    }

    [Fact]
    public async Task Every_caller_is_admitted_exactly_where_the_matrix_says_and_refused_everywhere_else()
    {
        // Given
        var targets = Targets.Of(server);
        var wrong = new List<string>();

        // When
        foreach (var row in ScopeMatrix.Rows)
        {
            foreach (var who in Enum.GetValues<Who>())
            {
                var client = row.SignsOut && who != Who.Anonymous ? await StandInAsync(who) : await Callers.For(server, who);
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Url(targets));
                if (row.Body is not null)
                {
                    request.Content = new StringContent(row.Body, Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var admitted = row.Admitted.Contains(who);
                var expected = admitted ? "admitted" : who == Who.Anonymous ? "401" : "403";
                var actual = status is 401 or 403 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : status >= 500 ? "error " + status : "admitted";
                if (expected != actual)
                {
                    wrong.Add($"{row.Key} as {who}: expected {expected}, got {status}");
                }

                if (status == 403)
                {
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
            }
        }

        // Then
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>A client of a new account with the role and scope of a caller's account, for calls that sign the account out.</summary>
    private async Task<HttpClient> StandInAsync(Who who)
    {
        var userName = Callers.UserName(server, who);
        Overgang.Registry.Model.Account account;
        using (var context = server.Database.Open())
        {
            account = context.Accounts.AsNoTracking().Single(a => a.UserName == userName);
        }

        var standIn = $"stand-in-{who}-{Guid.NewGuid():N}"[..40];
        server.CreateAccount(standIn, account.Role, account.MunicipalityCode, account.PersonId);
        return await server.SignedIn(standIn);
    }

    [Fact]
    public async Task A_case_worker_search_only_finds_persons_of_their_own_municipality()
    {
        // Given
        var targets = Targets.Of(server);
        var other = await Callers.For(server, Who.CaseWorkerOther);
        var own = await Callers.For(server, Who.CaseWorkerOwn);

        // When
        var fromOther = await other.GetStringAsync(new Uri("/api/v1/persons?q=" + targets.PersonId, UriKind.Relative));
        var fromOwn = await own.GetStringAsync(new Uri("/api/v1/persons?q=" + targets.PersonId, UriKind.Relative));

        // Then
        Assert.Contains("\"total\":0", fromOther, StringComparison.Ordinal);
        Assert.Contains("\"total\":1", fromOwn, StringComparison.Ordinal);
        Assert.Contains("\"persons\":[]", fromOther, StringComparison.Ordinal);
    }
}
