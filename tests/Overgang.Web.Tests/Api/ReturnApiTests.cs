using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Audit;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class ReturnApiTests(WebServer server)
{
    [Fact]
    public async Task Enrolment_WithoutADate_ThenADeparture_IsVersionedAudited_AndCountedInTheCaseload()
    {
        // Given: a person without an enrolment, and the caseload of this month
        var id = UnenrolledPerson(server, 0);
        var client = await Callers.For(server, Who.Departure);
        var month = Today().ToString("yyyy-MM", null);
        var before = await ThisMonthAsync(client, month);

        // When: enrolled today without a departure date
        using var enrol = await PatchAsync(client, id, "0", new { enrolment = new { enrolledOn = Iso(Today()), commitmentSigned = true, departureDate = (string?)null, package = new[] { "travel-ticket" } } });

        // Then: a valid enrolment on the return path; DTenV agrees a date
        Assert.Equal(HttpStatusCode.OK, enrol.StatusCode);
        Assert.Equal("\"1\"", enrol.Headers.ETag?.ToString());
        var read = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/return-programme/persons/" + id, UriKind.Relative));
        var status = read.GetProperty("status");
        Assert.Equal("date-to-be-agreed", status.GetProperty("stage").GetString());
        Assert.True(status.GetProperty("onReturnPath").GetBoolean());
        Assert.Contains(status.GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "agree-departure-date" && s.GetProperty("owner").GetString() == "dtenv");
        Assert.Contains("return.package.travel-ticket", status.GetProperty("unknownParameters").EnumerateArray().Select(p => p.GetString()));

        // And a stale version is refused, and a bad date names its field
        using var stale = await PatchAsync(client, id, "0", new { departure = new { on = Iso(Today()) } });
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var missing = await PatchAsync(client, id, null, new { departure = new { on = Iso(Today()) } });
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        using var bad = await PatchAsync(client, id, "1", new { visit = new { from = Iso(Today().PlusDays(10)), to = Iso(Today().PlusDays(2)) } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("visit.to", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());

        // When: the departure is confirmed
        using var departed = await PatchAsync(client, id, "1", new { departure = new { on = Iso(Today()) } });

        // Then: departed, provisions end that day, and the caseload counts the enrolment and the departure
        Assert.Equal(HttpStatusCode.OK, departed.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/return-programme/persons/" + id, UriKind.Relative));
        Assert.Equal("departed", after.GetProperty("status").GetProperty("stage").GetString());
        Assert.Equal(Iso(Today()), after.GetProperty("status").GetProperty("provisionsLastDay").GetString());
        var now = await ThisMonthAsync(client, month);
        Assert.Equal(before.GetProperty("enrolled").GetInt32() + 1, now.GetProperty("enrolled").GetInt32());
        Assert.Equal(before.GetProperty("departed").GetInt32() + 1, now.GetProperty("departed").GetInt32());
        Assert.Equal(40_000, now.GetProperty("planningFigure").GetInt32());
        using var context = server.Database.Open();
        Assert.Equal(2, context.Audit.AsNoTracking().Count(a => a.Subject == "person:" + id && a.Action == "return-programme.change"));
        Assert.StartsWith("departure:", context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + id && a.Action == "return-programme.change").OrderBy(a => a.Sequence).First().Actor, StringComparison.Ordinal);
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public async Task Change_WithoutAnEnrolment_OrByACaseWorker_IsRefused()
    {
        var id = UnenrolledPerson(server, 1);
        var dtenv = await Callers.For(server, Who.Departure);
        using var notEnrolled = await PatchAsync(dtenv, id, "0", new { visit = new { from = Iso(Today()), to = Iso(Today().PlusDays(40)) } });
        Assert.Equal(HttpStatusCode.BadRequest, notEnrolled.StatusCode);
        Assert.Equal("enrolment", (await notEnrolled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());

        var caseWorker = await Callers.For(server, Who.CaseWorkerOwn);
        var own = Targets.Of(server);
        using var refused = await PatchAsync(caseWorker, own.PersonId, "0", new { enrolment = new { enrolledOn = Iso(Today()), commitmentSigned = true } });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Caseload_RefusesABadMonthNamingTheField()
    {
        var client = await Callers.For(server, Who.Analyst);
        using var response = await client.GetAsync(new Uri("/api/v1/return-programme/caseload?from=2026-13", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("from", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    /// <summary>A person without an enrolment, chosen by position from the end so that tests do not share one.</summary>
    internal static string UnenrolledPerson(WebServer server, int position)
    {
        using var context = server.Database.Open();
        return context.Persons.AsNoTracking().Where(p => !context.ReturnCommitments.Any(r => r.PersonId == p.Id))
            .OrderByDescending(p => p.Id).Select(p => p.Id).Skip(position).First();
    }

    private NodaTime.LocalDate Today() => Overgang.Rules.LegalDay.Today(server.Clock);

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static async Task<JsonElement> ThisMonthAsync(HttpClient client, string month)
    {
        var caseload = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/return-programme/caseload", UriKind.Relative));
        return caseload.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("month").GetString() == month);
    }

    private static async Task<HttpResponseMessage> PatchAsync(HttpClient client, string id, string? version, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/return-programme/persons/" + id)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        if (version is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        return await client.SendAsync(request);
    }
}
