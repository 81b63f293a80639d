using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class LocationApiTests(WebServer server)
{
    [Fact]
    public async Task List_ForACaseWorker_ShowsOnlyTheirMunicipalityWithCapacityAndOccupancy()
    {
        // Given
        var account = server.Account(Roles.CaseWorker);
        var municipality = account.Scope.Split(' ')[0];
        using var client = await server.SignedIn(account.UserName);

        // When
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/locations");

        // Then
        var locations = list.GetProperty("locations").EnumerateArray().ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, l => Assert.Equal(municipality, l.GetProperty("municipalityCode").GetString()));
        Assert.Equal(28, list.GetProperty("absenceMaximumDays").GetInt32());
        Assert.Contains(locations, l => l.GetProperty("occupied").GetInt32() > 0);
        Assert.All(locations, l => Assert.True(l.GetProperty("capacity").GetInt32() >= 0));
    }

    [Fact]
    public async Task List_ForTheInd_CanBeFilteredByMunicipality()
    {
        var municipality = server.Account(Roles.CaseWorker).Scope.Split(' ')[0];
        using var client = await server.SignedIn(server.Account(Roles.Ind).UserName);
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/locations");
        var one = await client.GetFromJsonAsync<JsonElement>("/api/v1/locations?municipality=" + municipality);
        Assert.True(all.GetProperty("locations").GetArrayLength() > one.GetProperty("locations").GetArrayLength());
        Assert.All(one.GetProperty("locations").EnumerateArray(), l => Assert.Equal(municipality, l.GetProperty("municipalityCode").GetString()));
    }

    [Fact]
    public async Task Detail_ForACaseWorker_NamesTheAbsentResidentsAndAuditsTheRead()
    {
        // Given
        var (account, id, date) = await LocationWithAbsencesAsync(server);
        using var client = await server.SignedIn(account);

        // When
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/locations/{id}?date={date}");

        // Then
        var absences = detail.GetProperty("absences").EnumerateArray().ToList();
        Assert.NotEmpty(absences);
        var named = absences.Where(a => a.GetProperty("name").ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(named);
        var person = named[0].GetProperty("personId").GetString()!;
        Assert.True(ApiAssert.AuditCount(server, "person.read", "person:" + person, "caseworker:" + account) > 0);
    }

    [Fact]
    public async Task Detail_ForAnAnalyst_GivesCountsButNoAbsenceList()
    {
        var (_, id, date) = await LocationWithAbsencesAsync(server);
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/locations/{id}?date={date}");

        Assert.Equal(JsonValueKind.Null, detail.GetProperty("absences").ValueKind);
        Assert.True(detail.GetProperty("absencesInMonth").GetInt32() > 0);
        Assert.DoesNotContain("personId", detail.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-date", "date", null)]
    [InlineData("2027-02-30", "date", null)]
    [InlineData("1990-01-01", "date", "reception.absence-maximum-days")]
    public async Task List_WithABadDate_Is400NamingTheFieldAndParameter(string date, string field, string? parameter)
    {
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        using var response = await client.GetAsync(new Uri("/api/v1/locations?date=" + date, UriKind.Relative));
        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, field, parameter);
    }

    [Fact]
    public async Task Detail_OfAnUnknownLocation_Is404()
    {
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        using var response = await client.GetAsync(new Uri("/api/v1/locations/NO-SUCH-LOCATION", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A case worker, a location of their municipality with absences in a month, and a date in that month.</summary>
    internal static Task<(string Account, string Id, string Date)> LocationWithAbsencesAsync(WebServer server)
    {
        lock (Found)
        {
            if (!Found.TryGetValue(server, out var found))
            {
                found = FindLocationWithAbsencesAsync(server);
                Found[server] = found;
            }

            return found;
        }
    }

    private static readonly Dictionary<WebServer, Task<(string Account, string Id, string Date)>> Found = [];

    private static async Task<(string Account, string Id, string Date)> FindLocationWithAbsencesAsync(WebServer server)
    {
        // The generated absences fall in and around the income months (autumn 2026 to spring 2027).
        var months = Enumerable.Range(0, 9).Select(i => new NodaTime.LocalDate(2026, 8, 1).PlusMonths(i)).ToList();
        foreach (var account in server.Accounts.Where(a => a.Role == Roles.CaseWorker))
        {
            using var client = await server.SignedIn(account.UserName);
            foreach (var month in months)
            {
                var date = month.ToString("yyyy-MM-dd", null);
                var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/locations?date=" + date);
                foreach (var location in list.GetProperty("locations").EnumerateArray().Where(l => l.GetProperty("occupied").GetInt32() > 0))
                {
                    var id = location.GetProperty("id").GetString()!;
                    var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/locations/{id}?date={date}");
                    if (detail.GetProperty("absencesInMonth").GetInt32() > 0)
                    {
                        return (account.UserName, id, date);
                    }
                }
            }
        }

        throw new InvalidOperationException("no location with absences in the generated registry");
    }
}
