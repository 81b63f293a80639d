using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class RunApiTests(WebServer server)
{
    [Fact]
    public async Task Start_AnAllowanceRunAsAdministrator_RunsInTheBackgroundAndReportsItsResult()
    {
        // Given
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);

        // When
        using var response = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "allowance", month = "2026-10", chunkSize = 200 });

        // Then
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/api/v1/runs/" + started.GetProperty("id").GetInt64(), response.Headers.Location?.ToString());
        var finished = await FinishedAsync(client, started.GetProperty("id").GetInt64());
        Assert.Equal("allowance", finished.GetProperty("kind").GetString());
        Assert.Equal("2026-10", finished.GetProperty("argument").GetString());
        Assert.True(finished.GetProperty("chunks").GetInt32() > 1);
        Assert.True(finished.GetProperty("result").GetProperty("households").GetInt32() > 0);
        Assert.True(finished.GetProperty("result").GetProperty("allowanceCents").GetInt64() > 0);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/runs");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("id").GetInt64() == finished.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Start_ADecisionsRunAsInd_IsOneAtATimeAndReportsPathsWhenFinished()
    {
        // Given
        using var client = await server.SignedIn(server.Account(Roles.Ind).UserName);

        // When
        using var first = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "decisions", date = "2027-03-04", chunkSize = 50 });
        using var second = await client.PostAsJsonAsync("/api/v1/runs", new { kind = "decisions", date = "2027-03-04" });

        // Then
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var finished = await FinishedAsync(client, id);
        var paths = finished.GetProperty("result").GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        Assert.True(paths.Sum(p => p.GetProperty("persons").GetInt32()) > WebServer.Persons / 2);
    }

    [Theory]
    [InlineData("{}", "kind", null)]
    [InlineData("""{"kind":"census"}""", "kind", null)]
    [InlineData("""{"kind":"decisions"}""", "date", null)]
    [InlineData("""{"kind":"decisions","date":"4 March 2027"}""", "date", null)]
    [InlineData("""{"kind":"decisions","date":"1990-01-01"}""", "date", "transition.protection.last-day")]
    [InlineData("""{"kind":"allowance","month":"2026-13"}""", "month", null)]
    [InlineData("""{"kind":"allowance","month":"1990-01"}""", "month", "reception.absence-maximum-days")]
    [InlineData("""{"kind":"allowance","month":"2026-10","chunkSize":0}""", "chunkSize", null)]
    [InlineData("""{"kind":"allowance","month":"2026-10","chunkSize":"ten"}""", "chunkSize", null)]
    [InlineData("""not json""", "body", null)]
    public async Task Start_WithBadInput_Is400NamingTheFieldAndParameter(string body, string field, string? parameter)
    {
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/runs", UriKind.Relative), content);
        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, field, parameter);
    }

    [Fact]
    public async Task Read_AnUnknownRun_Is404()
    {
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        using var response = await client.GetAsync(new Uri("/api/v1/runs/999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    internal static async Task<JsonElement> FinishedAsync(HttpClient client, long id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>("/api/v1/runs/" + id);
            var status = run.GetProperty("status").GetString();
            if (status == "finished")
            {
                return run;
            }

            Assert.True(status == "running", "run " + id + " is " + status + ": " + run.GetRawText());
            Assert.True(DateTime.UtcNow < deadline, "run " + id + " did not finish: " + run.GetRawText());
            await Task.Delay(100);
        }
    }
}
