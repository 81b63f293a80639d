using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Audit;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>The case-work API on PostgreSQL: a second, small server on a throw-away database.</summary>
public sealed class PostgresApiTests : IAsyncLifetime
{
    private readonly WebServer _server = new();

    public Task InitializeAsync() => _server.StartAsync("postgresql", 300);

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task On_PostgreSQL_a_case_worker_reads_a_household_changes_an_income_once_per_version_and_the_audit_chain_verifies()
    {
        // Given
        var worker = _server.Accounts.First(a => a.Role == Roles.CaseWorker);
        var municipality = worker.Scope.Split(' ')[0];
        var (household, adult) = Targets.SpareHousehold(_server, municipality, 0);
        using var client = await _server.SignedIn(worker.UserName);
        var search = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/persons?q=" + household, UriKind.Relative));
        var before = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));
        var version = before.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetString() == adult).GetProperty("version").GetInt64();

        // When
        using var first = await Patch(client, adult, version, 2750.50m);
        using var second = await Patch(client, adult, version, 10m);
        var after = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));

        // Then
        Assert.True(search.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal(2750.50m, after.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetString() == adult).GetProperty("income").GetDecimal());
        Assert.NotEqual(before.GetProperty("allowance").GetRawText(), after.GetProperty("allowance").GetRawText());
        using var context = _server.Database.Open();
        Assert.Contains(context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + adult), a => a.Action == "person.read" && a.Actor == "caseworker:" + worker.UserName);
        Assert.Single(context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + adult && a.Action == "person.update"));
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public async Task On_PostgreSQL_a_case_worker_moves_a_person_once_per_version_ending_the_current_placement_the_day_before()
    {
        // Given
        var worker = _server.Accounts.First(a => a.Role == Roles.CaseWorker);
        var municipality = worker.Scope.Split(' ')[0];
        var (household, adult) = Targets.SpareHousehold(_server, municipality, 1);
        using var client = await _server.SignedIn(worker.UserName);
        using var before = _server.Database.Open();
        var version = before.Persons.AsNoTracking().Single(p => p.Id == adult).Version;

        // A move on the 22nd (mid-month) to an own home: the person's record and the month's case file show it from that day.
        var body = JsonSerializer.Serialize(new { placement = new { reception = "own-home", address = "Dorpsstraat 1, Doetinchem", from = NodaTime.Text.LocalDatePattern.Iso.Format(WebServer.Today) } });

        // When
        using var first = await PlacementApiTests.SendAsync(client, adult, version, body);
        using var second = await PlacementApiTests.SendAsync(client, adult, version, body);
        var after = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/persons/" + adult, UriKind.Relative));
        var month = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));

        // Then
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.NotEqual(1, WebServer.Today.Day);
        Assert.Equal("own-home", after.GetProperty("placement").GetProperty("reception").GetString());
        Assert.Equal("Dorpsstraat 1, Doetinchem", after.GetProperty("placement").GetProperty("address").GetString());
        Assert.Equal("own-home", month.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetString() == adult).GetProperty("placement").GetProperty("reception").GetString());
        using var context = _server.Database.Open();
        Assert.Single(context.Placements.AsNoTracking().Where(p => p.PersonId == adult && p.From == WebServer.Today));
        Assert.All(context.Placements.AsNoTracking().Where(p => p.PersonId == adult && p.From < WebServer.Today), p => Assert.True(p.To < WebServer.Today));
        Assert.Single(context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + adult && a.Action == "person.update"));
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    private static Task<HttpResponseMessage> Patch(HttpClient client, string personId, long version, decimal amount)
    {
        var body = JsonSerializer.Serialize(new { incomes = new[] { new { month = WebServer.Today.ToYearMonth().ToString("yyyy-MM", null), amount } } });
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/persons/" + personId) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }
}
