using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>
/// <c>PATCH /api/v1/persons/{id}</c> with another permit, a return commitment and an absence (issue 14 item 7): the
/// import's rules, every field at fault named at once, scope, the version, before and after in the audit; and a transfer
/// to another municipality by an administrator.
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed class FactsEditApiTests(WebServer server)
{
    [Fact]
    public async Task A_permit_a_commitment_and_an_absence_are_stored_in_one_version_with_before_and_after_in_the_audit()
    {
        // Given
        var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 20);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var version = VersionOf(adult);

        // When
        using var response = await PlacementApiTests.SendAsync(client, adult, version, JsonSerializer.Serialize(new
        {
            otherPermit = new { kind = "study", validUntil = "2028-08-31" },
            returnCommitment = new { commitment = "signed", departureDate = "2027-05-01" },
            absence = new { from = "2026-11-02", to = "2026-11-12", reported = true },
        }));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(version + 1, VersionOf(adult));
        var person = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/persons/" + adult, UriKind.Relative));
        Assert.Equal("study", person.GetProperty("otherPermit").GetProperty("kind").GetString());
        Assert.Equal("2028-08-31", person.GetProperty("otherPermit").GetProperty("validUntil").GetString());
        Assert.Equal("signed", person.GetProperty("returnCommitment").GetProperty("commitment").GetString());
        using var context = server.Database.Open();
        Assert.Single(context.Absences.AsNoTracking().Where(a => a.PersonId == adult && a.From == new LocalDate(2026, 11, 2) && a.To == new LocalDate(2026, 11, 12) && a.Reported));
        var audit = context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + adult && a.Action == "person.update").OrderByDescending(a => a.Sequence).First();
        Assert.Contains("\"otherPermit\":{\"before\":null,\"after\":{\"kind\":\"study\"", audit.Data, StringComparison.Ordinal);
        Assert.Contains("\"returnCommitment\":", audit.Data, StringComparison.Ordinal);
        Assert.Contains("\"absence\":", audit.Data, StringComparison.Ordinal);
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public async Task Every_field_at_fault_is_named_at_once_with_the_imports_messages_and_nothing_is_stored()
    {
        // Given
        var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 21);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var version = VersionOf(adult);

        // When: a ground that is not one, an absence ending before it starts, and a good commitment
        using var response = await PlacementApiTests.SendAsync(client, adult, version, JsonSerializer.Serialize(new
        {
            otherPermit = new { kind = "holiday", validUntil = "2028-08-31" },
            returnCommitment = new { commitment = "signed" },
            absence = new { from = "2026-11-12", to = "2026-11-02" },
        }));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("otherPermit.kind", problem.GetProperty("field").GetString());
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("message").GetString())).ToList();
        Assert.Equal(
            new List<(string?, string?)> { ("otherPermit.kind", "'holiday' is not one of work, study, family, research"), ("absence.to", "2026-11-02 is before from 2026-11-12") },
            errors);
        Assert.Equal(version, VersionOf(adult));
        using var context = server.Database.Open();
        Assert.Empty(context.ReturnCommitments.AsNoTracking().Where(r => r.PersonId == adult));
    }

    [Fact]
    public async Task A_case_worker_of_another_municipality_is_refused_and_a_stale_version_is_a_conflict()
    {
        var targets = Targets.Of(server);
        var (_, adult) = Targets.SpareHousehold(server, targets.Municipality, 22);
        var version = VersionOf(adult);
        var body = JsonSerializer.Serialize(new { otherPermit = new { kind = "work", validUntil = "2028-01-31" } });

        using var other = await PlacementApiTests.SendAsync(await Callers.For(server, Who.CaseWorkerOther), adult, version, body);
        await ApiAssert.ProblemAsync(other, HttpStatusCode.Forbidden);

        var own = await Callers.For(server, Who.CaseWorkerOwn);
        using var first = await PlacementApiTests.SendAsync(own, adult, version, body);
        using var stale = await PlacementApiTests.SendAsync(own, adult, version, JsonSerializer.Serialize(new { otherPermit = new { kind = "family", validUntil = "2028-01-31" } }));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ApiAssert.ProblemAsync(stale, HttpStatusCode.PreconditionFailed, "If-Match");
        using var context = server.Database.Open();
        Assert.Equal("work", context.OtherPermits.AsNoTracking().Single(p => p.PersonId == adult).Kind);
    }

    [Fact]
    public async Task An_administrator_moves_a_household_to_another_municipalitys_location_and_it_moves_to_that_municipality()
    {
        // Given
        var targets = Targets.Of(server);
        var (_, adult) = Targets.SpareHousehold(server, targets.Municipality, 23);
        var version = VersionOf(adult);
        using var before = server.Database.Open();
        var elsewhere = before.Locations.AsNoTracking().Where(l => l.MunicipalityCode == targets.OtherMunicipality && l.Opened <= WebServer.Today && l.Closed == null).OrderBy(l => l.Id).First();

        // When
        using var response = await PlacementApiTests.SendAsync(await Callers.For(server, Who.Admin), adult, version, JsonSerializer.Serialize(new
        {
            placement = new { reception = elsewhere.Kind, locationId = elsewhere.Id, from = "2026-11-15", wholeHousehold = true },
        }));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var context = server.Database.Open();
        Assert.Equal(targets.OtherMunicipality, context.Persons.AsNoTracking().Single(p => p.Id == adult).MunicipalityCode);
        var audit = context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + adult && a.Action == "person.update").OrderByDescending(a => a.Sequence).First();
        Assert.Contains($"\"municipalityCode\":{{\"before\":\"{targets.Municipality}\",\"after\":\"{targets.OtherMunicipality}\"}}", audit.Data, StringComparison.Ordinal);
    }

    private long VersionOf(string personId)
    {
        using var context = server.Database.Open();
        return context.Persons.AsNoTracking().Single(p => p.Id == personId).Version;
    }
}
