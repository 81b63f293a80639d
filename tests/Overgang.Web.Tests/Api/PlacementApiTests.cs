using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;
using Overgang.Registry.Audit;
using Overgang.Registry.Facts.Validation;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary><c>PATCH /api/v1/persons/{id}</c> with a move: the import's validation, one transaction, audited, recalculated on read.</summary>
[Collection(ApiFixtures.Name)]
public sealed class PlacementApiTests(WebServer server)
{
    [Fact]
    public async Task A_move_to_another_location_of_the_municipality_ends_the_current_placement_the_day_before_and_the_household_shows_the_new_location()
    {
        // Given
        var targets = Targets.Of(server);
        var (household, adult) = Targets.SpareHousehold(server, targets.Municipality, 11);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var (version, current) = await MemberAsync(client, household, adult);
        var location = OtherLocation(targets.Municipality, current);

        // When
        using var response = await PatchAsync(client, adult, version, new { placement = new { reception = location.Kind, locationId = location.Id, from = Iso(WebServer.Today) } });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (newVersion, now) = await MemberAsync(client, household, adult);
        Assert.Equal(location.Id, now);
        Assert.Equal(version + 1, newVersion);
        using var context = server.Database.Open();
        var rows = context.Placements.AsNoTracking().Where(p => p.PersonId == adult).ToList();
        Assert.All(rows.Where(r => r.From < WebServer.Today), r => Assert.True(r.To is { } to && to < WebServer.Today));
        Assert.Single(rows, r => r.From == WebServer.Today && r.To is null && r.LocationId == location.Id);
        var audit = context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + adult && a.Action == "person.update").OrderByDescending(a => a.Sequence).First();
        Assert.Contains("placement.before", audit.Data, StringComparison.Ordinal);
        Assert.Contains(location.Id, audit.Data, StringComparison.Ordinal);
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public async Task A_move_of_the_whole_household_moves_every_member_and_gives_each_a_new_version()
    {
        // Given
        var targets = Targets.Of(server);
        var (household, adult) = Targets.SpareHousehold(server, targets.Municipality, 12);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var (version, current) = await MemberAsync(client, household, adult);
        var location = OtherLocation(targets.Municipality, current);
        using var before = server.Database.Open();
        var members = before.Persons.AsNoTracking().Where(p => p.HouseholdId == household).ToDictionary(p => p.Id, p => p.Version);

        // When
        using var response = await PatchAsync(client, adult, version, new { placement = new { reception = location.Kind, locationId = location.Id, from = Iso(WebServer.Today), wholeHousehold = true } });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var context = server.Database.Open();
        foreach (var (id, old) in members)
        {
            Assert.Equal(old + 1, context.Persons.AsNoTracking().Single(p => p.Id == id).Version);
            Assert.Single(context.Placements.AsNoTracking().Where(p => p.PersonId == id && p.From == WebServer.Today && p.LocationId == location.Id));
        }
    }

    [Fact]
    public async Task An_unknown_location_gets_the_same_message_as_in_the_import_and_nothing_is_written()
    {
        // Given
        var targets = Targets.Of(server);
        var (_, adult) = Targets.SpareHousehold(server, targets.Municipality, 13);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var version = await VersionAsync(adult);

        // When
        using var response = await PatchAsync(client, adult, version, new { placement = new { reception = "municipal", locationId = "GM0363-L999", from = Iso(WebServer.Today) } });

        // Then: the shared rule's message, which placements.csv reports for the same value (CsvImporterTests: the contract)
        var detail = await LocationProblemAsync(response);
        var shared = PlacementChange.UnknownLocation("GM0363-L999").Message;
        Assert.Contains(shared, detail, StringComparison.Ordinal);
        Assert.StartsWith(shared, "unknown location GM0363-L999; import it with locations.csv first", StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(adult));
    }

    [Fact]
    public async Task A_move_to_a_location_of_another_municipality_is_refused_as_a_transfer_and_nothing_is_written()
    {
        // Given
        var targets = Targets.Of(server);
        var (_, adult) = Targets.SpareHousehold(server, targets.Municipality, 14);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var version = await VersionAsync(adult);
        using var context = server.Database.Open();
        var elsewhere = context.Locations.AsNoTracking().Where(l => l.MunicipalityCode == targets.OtherMunicipality && l.Closed == null).OrderBy(l => l.Id).First();
        var placements = context.Placements.AsNoTracking().Count(p => p.PersonId == adult);

        // When
        using var response = await PatchAsync(client, adult, version, new { placement = new { reception = elsewhere.Kind, locationId = elsewhere.Id, from = Iso(WebServer.Today) } });

        // Then
        Assert.Contains("transfer", await LocationProblemAsync(response), StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(adult));
        Assert.Equal(placements, context.Placements.AsNoTracking().Count(p => p.PersonId == adult));
    }

    [Theory]
    [InlineData("""{ "placement": { "reception": "municipal", "from": "2026-11-22" } }""", "placement.locationId")]
    [InlineData("""{ "placement": { "reception": "private", "from": "2026-11-22" } }""", "placement.address")]
    [InlineData("""{ "placement": { "reception": "hotel", "from": "2026-11-22" } }""", "placement.reception")]
    [InlineData("""{ "placement": { "reception": "own-home", "address": "Dorpsstraat 1", "from": "22-11-2026" } }""", "placement.from")]
    [InlineData("""{ "placement": { "reception": "own-home", "address": "Dorpsstraat 1", "from": "1990-01-01" } }""", "placement.from")]
    public async Task A_bad_move_names_the_field(string body, string field)
    {
        var targets = Targets.Of(server);
        var (_, adult) = Targets.SpareHousehold(server, targets.Municipality, 15);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var version = await VersionAsync(adult);

        using var response = await SendAsync(client, adult, version, body);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(version, await VersionAsync(adult));
    }

    /// <summary>An open location of the municipality, another than the current one where there is one.</summary>
    private (string Id, string Kind) OtherLocation(string municipality, string? current)
    {
        using var context = server.Database.Open();
        var open = context.Locations.AsNoTracking()
            .Where(l => l.MunicipalityCode == municipality && l.Opened <= WebServer.Today && (l.Closed == null || l.Closed >= WebServer.Today))
            .OrderBy(l => l.Id).ToList();
        Assert.NotEmpty(open);
        var location = open.Find(l => l.Id != current) ?? open[0];
        return (location.Id, location.Kind);
    }

    private static async Task<string> LocationProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("placement.locationId", problem.GetProperty("field").GetString());
        return problem.GetProperty("detail").GetString()!;
    }

    private long VersionOf(string personId)
    {
        using var context = server.Database.Open();
        return context.Persons.AsNoTracking().Single(p => p.Id == personId).Version;
    }

    private Task<long> VersionAsync(string personId) => Task.FromResult(VersionOf(personId));

    private static async Task<(long Version, string? LocationId)> MemberAsync(HttpClient client, string household, string personId)
    {
        var view = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));
        var member = view.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetString() == personId);
        var placement = member.GetProperty("placement");
        return (member.GetProperty("version").GetInt64(), placement.ValueKind == JsonValueKind.Object && placement.TryGetProperty("locationId", out var l) ? l.GetString() : null);
    }

    private static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string personId, long version, object body) =>
        SendAsync(client, personId, version, JsonSerializer.Serialize(body));

    internal static Task<HttpResponseMessage> SendAsync(HttpClient client, string personId, long version, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/persons/" + personId) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }
}
