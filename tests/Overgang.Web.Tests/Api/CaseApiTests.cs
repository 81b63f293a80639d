using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Audit;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class CaseApiTests(WebServer server)
{
    [Fact]
    public async Task Person_Read_ReturnsTheRecordWithItsVersionAsETag()
    {
        // Given
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.CaseWorkerOwn);

        // When
        using var response = await client.GetAsync(new Uri("/api/v1/persons/" + targets.PersonId, UriKind.Relative));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(targets.PersonId, person.GetProperty("id").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", person.GetProperty("birthDate").GetString()!);
        Assert.Equal($"\"{person.GetProperty("version").GetInt64()}\"", response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Person_Read_OfAnUnknownPerson_Is404Problem()
    {
        var client = await Callers.For(server, Who.Admin);
        using var response = await client.GetAsync(new Uri("/api/v1/persons/P9999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Person_Read_WritesAPersonReadAuditEntryWithTheCallerAsActor_AndTheChainVerifies()
    {
        // Given
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.Ind);

        // When
        using var response = await client.GetAsync(new Uri("/api/v1/persons/" + targets.PersonId, UriKind.Relative));

        // Then
        response.EnsureSuccessStatusCode();
        using var context = server.Database.Open();
        var entry = context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + targets.PersonId && a.Action == "person.read").OrderByDescending(a => a.Sequence).First();
        Assert.Equal("ind:" + Callers.UserName(server, Who.Ind), entry.Actor);
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public async Task Search_FindsByFamilyNamePrefix_Paged_AndNamesABadField()
    {
        // Given
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var context = server.Database.Open();
        var name = context.Persons.AsNoTracking().Single(p => p.Id == targets.PersonId).FamilyName;

        // When
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons?q={name[..3].ToLowerInvariant()}&pageSize=5", UriKind.Relative));
        using var bad = await client.GetAsync(new Uri("/api/v1/persons?q=a", UriKind.Relative));

        // Then
        Assert.True(page.GetProperty("total").GetInt32() >= 1);
        Assert.InRange(page.GetProperty("persons").GetArrayLength(), 1, 5);
        Assert.All(page.GetProperty("persons").EnumerateArray(), p => Assert.Equal(targets.Municipality, p.GetProperty("municipalityCode").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("q", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Household_Read_HasMembersAllowanceWithExplanationStoredPaymentDecisionsTasksAndHistory()
    {
        // Given
        var (household, _) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 0);
        var client = await Callers.For(server, Who.CaseWorkerOwn);

        // When
        var view = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));

        // Then
        Assert.True(view.GetProperty("members").GetArrayLength() >= 1);
        var allowance = view.GetProperty("allowance")[0];
        Assert.Equal("calculated", allowance.GetProperty("outcome").GetString());
        Assert.Contains(allowance.GetProperty("explanation").EnumerateArray(), e => e.GetProperty("reference").GetString()!.Length > 0);
        var stored = view.GetProperty("storedPayments")[0];
        Assert.Equal(allowance.GetProperty("allowance").GetDecimal(), stored.GetProperty("allowance").GetDecimal());
        Assert.True(view.GetProperty("decisions").GetArrayLength() >= 1);
        Assert.DoesNotContain(view.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "person.read");
        Assert.Empty(view.GetProperty("reads").EnumerateArray());
        Assert.True(view.GetProperty("summary").GetProperty("members").GetArrayLength() >= 1);

        // When: who viewed it, on request (issue 14: reads are not history)
        var withReads = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household + "?reads=true", UriKind.Relative));

        // Then
        Assert.Contains(withReads.GetProperty("reads").EnumerateArray(), h => h.GetProperty("action").GetString() == "person.read");
    }

    [Fact]
    public async Task Update_IncomeOfTheMonth_ChangesTheLiveAllowance_AndIsAudited()
    {
        // Given
        var (household, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 1);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        var month = WebServer.Today.ToYearMonth().ToString("yyyy-MM", null);
        var before = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));
        var version = before.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetString() == adult).GetProperty("version").GetInt64();

        // When
        using var response = await Patch(client, adult, version, $$"""{ "incomes": [ { "month": "{{month}}", "amount": 2500.00 } ] }""");
        var after = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/households/" + household, UriKind.Relative));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{version + 1}\"", response.Headers.ETag?.ToString());
        Assert.True(Total(after) < Total(before) || Contribution(after) > Contribution(before), "an income of 2500 must lower the allowance or raise the contribution");
        using var context = server.Database.Open();
        Assert.Contains(context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + adult && a.Action == "person.update"), a => a.Data.Contains("2500", StringComparison.Ordinal));
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Fact]
    public async Task Update_TwiceWithTheSameETag_SecondGets412_AndNothingOfItIsWritten()
    {
        // Given
        var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 2);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var read = await client.GetAsync(new Uri("/api/v1/persons/" + adult, UriKind.Relative));
        var version = long.Parse(read.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

        // When
        using var first = await Patch(client, adult, version, """{ "incomes": [ { "month": "2026-10", "amount": 100.00 } ], "medicalTreatment": true }""");
        using var second = await Patch(client, adult, version, """{ "incomes": [ { "month": "2026-10", "amount": 999.00 } ], "publicOrderCheck": "failed" }""");

        // Then
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        using var context = server.Database.Open();
        var person = context.Persons.AsNoTracking().Single(p => p.Id == adult);
        Assert.Equal(version + 1, person.Version);
        Assert.NotEqual("failed", person.PublicOrderCheck);
        Assert.Equal(10_000, context.Incomes.AsNoTracking().Single(i => i.PersonId == adult).Months.In(new NodaTime.LocalDate(2026, 10, 1)));
        Assert.Single(context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + adult && a.Action == "person.update"));
    }

    [Fact]
    public async Task Update_ConcurrentWithTheSameETag_ExactlyOneWins()
    {
        // Given
        var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 3);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var read = await client.GetAsync(new Uri("/api/v1/persons/" + adult, UriKind.Relative));
        var version = long.Parse(read.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

        // When
        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Patch(client, adult, version, $$"""{ "incomes": [ { "month": "2026-09", "amount": {{i}}00.00 } ] }""")));

        // Then
        var statuses = string.Join(", ", await Task.WhenAll(responses.Select(async r => r.StatusCode + " " + await r.Content.ReadAsStringAsync())));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) == 1, statuses);
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed) == 3, statuses);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Is428_AndABadValueNamesTheField()
    {
        // Given
        var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 4);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var read = await client.GetAsync(new Uri("/api/v1/persons/" + adult, UriKind.Relative));
        var version = long.Parse(read.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

        // When
        using var missing = await client.PatchAsync(new Uri("/api/v1/persons/" + adult, UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
        using var bad = await Patch(client, adult, version, """{ "incomes": [ { "month": "2026-11", "amount": 12.345 } ] }""");

        // Then
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("incomes[0].amount", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Decisions_AndTasks_OfThePersonThemselves_HaveReasonsAndActions()
    {
        // Given
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.PersonOwn);

        // When
        var decisions = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons/{targets.PersonId}/decisions", UriKind.Relative));
        using var tasks = await client.GetAsync(new Uri($"/api/v1/persons/{targets.PersonId}/tasks", UriKind.Relative));

        // Then
        var explanation = decisions[0].GetProperty("explanation");
        Assert.True(explanation.GetProperty("reasons").GetArrayLength() > 0);
        Assert.Equal(JsonValueKind.Array, explanation.GetProperty("actions").ValueKind);
        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode);
    }

    [Fact]
    public async Task Task_Done_ByTheCaseWorker_IsStoredAndAudited()
    {
        // Given
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var context = server.Database.Open();
        var task = context.Tasks.AsNoTracking().Join(context.Persons.Where(p => p.MunicipalityCode == targets.Municipality), t => t.PersonId, p => p.Id, (t, _) => t)
            .Where(t => t.Status == "open").OrderByDescending(t => t.Id).First();

        // When
        var done = await (await client.PostAsync(new Uri($"/api/v1/tasks/{task.Id}/done", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();

        // Then
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal("done", context.Tasks.AsNoTracking().Single(t => t.Id == task.Id).Status);
        Assert.Contains(context.Audit.AsNoTracking().Where(a => a.Subject == "person:" + task.PersonId), a => a.Action == "task.done");
    }

    [Fact]
    public async Task WorkQueue_ListsOpenActionsByOwner_EarliestDueFirst_AndFiltersByMunicipality()
    {
        // Given
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.Ind);

        // When
        var all = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/work-queue?owner=person", UriKind.Relative));
        var one = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/work-queue?owner=person&municipality=" + targets.Municipality, UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/api/v1/work-queue?municipality=GM9999", UriKind.Relative));
        using var badSort = await client.GetAsync(new Uri("/api/v1/work-queue?sort=shoe-size", UriKind.Relative));

        // Then
        Assert.True(all.GetProperty("total").GetInt32() > 0);
        Assert.True(one.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        var items = one.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(targets.Municipality, i.GetProperty("municipalityCode").GetString()));
        Assert.All(items, i => Assert.Equal("person", i.GetProperty("owner").GetString()));
        Assert.Equal(items.Select(i => i.GetProperty("due").GetString()).Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("due").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Contains("\"sort\"", await badSort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Patch(HttpClient client, string personId, long version, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/persons/" + personId) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }

    private static decimal Total(JsonElement household) => household.GetProperty("allowance").EnumerateArray().Sum(a => a.GetProperty("allowance").GetDecimal());

    private static decimal Contribution(JsonElement household) => household.GetProperty("allowance").EnumerateArray().Sum(a => a.GetProperty("contribution").GetDecimal());
}
