using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Overgang.Web.Hosting;
using Overgang.Web.Tests.Api;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Hardening;

/// <summary>
/// Issue 12 (hardening), requests any signed-in account could use to take the server or to store nonsense: the
/// persons per calculation, paging, months outside the rules' range, incomes per change, amounts as strings, and
/// binding errors without a field. Each test failed before its fix (a 200 or a 500).
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed class RequestLimitTests(WebServer server)
{
    private static readonly int MaxPersons = WebLimits.Default.MaxPersonsPerCalculation;

    /// <summary>A calc document of single adults.</summary>
    internal static string Singles(int count)
    {
        var persons = Enumerable.Range(1, count).Select(i => $$"""{"id":"p{{i}}","birthDate":"1985-01-01","reception":"municipal","monthlyIncome":0}""");
        return $$"""{"date":"2025-11-01","persons":[{{string.Join(",", persons)}}]}""";
    }

    /// <summary>A decide document of single adults on the last day of protection.</summary>
    internal static string Deciding(int count)
    {
        var persons = Enumerable.Range(1, count).Select(i => $$"""{"id":"p{{i}}","birthDate":"1985-07-01","nationality":"UA","ukrainianResidence":"citizen","protection":{"memberState":"NL","since":"2022-04-02"},"otherProtection":[],"asylumApplication":"none","publicOrderCheck":"passed","medicalTreatment":false,"householdId":"h{{i}}"}""");
        return $$"""{"date":"2027-03-04","persons":[{{string.Join(",", persons)}}]}""";
    }

    private static string Document(string operation, int count) => operation == "calc" ? Singles(count) : Deciding(count);

    [Theory]
    [InlineData("calc")]
    [InlineData("decide")]
    public async Task A_calculation_over_the_persons_limit_is_400_naming_persons_and_the_limit_itself_is_answered(string operation)
    {
        // Given: the probe sent 40,000 persons (3.8 MB, under the old 4 MiB cap) and the server grew by a gigabyte
        var client = await Callers.For(server, Who.Analyst);

        // When
        using var over = await client.PostAsync(new Uri("/api/v1/" + operation, UriKind.Relative), new StringContent(Document(operation, MaxPersons + 1), Encoding.UTF8, "application/json"));
        using var limit = await client.PostAsync(new Uri("/api/v1/" + operation, UriKind.Relative), new StringContent(Document(operation, MaxPersons), Encoding.UTF8, "application/json"));

        // Then
        await ApiAssert.ProblemAsync(over, HttpStatusCode.BadRequest, "persons");
        Assert.Equal(HttpStatusCode.OK, limit.StatusCode);
    }

    [Fact]
    public async Task A_calculation_body_over_the_size_limit_is_refused_even_without_a_content_length()
    {
        var client = await Callers.For(server, Who.Analyst);
        var body = "{\"date\":\"2025-11-01\",\"persons\":[],\"pad\":\"" + new string('x', (int)WebLimits.Default.MaxCalculationBodyBytes) + "\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calc") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("page=21474838&pageSize=100", "page")] // (page - 1) * pageSize overflowed: 500
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task A_bad_page_in_the_person_search_is_400_naming_the_field(string query, string field)
    {
        var client = await Callers.For(server, Who.Admin);
        using var response = await client.GetAsync(new Uri("/api/v1/persons?q=Ko&" + query, UriKind.Relative));
        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("""{ "incomes": [ null ] }""", "incomes[0]")] // was a null reference: 500
    [InlineData("""{ "incomes": [ { "month": "-0001-01", "amount": 10 } ] }""", "incomes[0].month")]
    [InlineData("""{ "incomes": [ { "month": "9999-12", "amount": 10 } ] }""", "incomes[0].month")]
    [InlineData("""{ "incomes": [ { "month": "2026-10", "amount": "12" } ] }""", "incomes[0].amount")]
    [InlineData("""{ "incomes": [ { "month": "2026-10", "amount": true } ] }""", "incomes[0].amount")]
    [InlineData("""{ "medicalTreatment": "yes" }""", "medicalTreatment")]
    [InlineData("""{ "incomes": {} }""", "incomes")]
    [InlineData("""[]""", "body")]
    public async Task A_bad_change_of_facts_is_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        // Given
        var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 9);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var read = await client.GetAsync(new Uri("/api/v1/persons/" + adult, UriKind.Relative));
        var version = long.Parse(read.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);

        // When
        using var response = await Patch(client, adult, version, body);

        // Then
        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, field);
        using var again = await client.GetAsync(new Uri("/api/v1/persons/" + adult, UriKind.Relative));
        Assert.Equal(read.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task A_change_with_more_incomes_than_the_limit_is_400_naming_incomes()
    {
        // Given: the probe stored 5,000 income months in one request
        var (_, adult) = Targets.SpareHousehold(server, Targets.Of(server).Municipality, 9);
        var client = await Callers.For(server, Who.CaseWorkerOwn);
        using var read = await client.GetAsync(new Uri("/api/v1/persons/" + adult, UriKind.Relative));
        var version = long.Parse(read.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
        var months = Enumerable.Range(0, WebLimits.Default.MaxIncomesPerUpdate + 1).Select(i => new NodaTime.YearMonth(2022, 3).PlusMonths(i).ToString("yyyy-MM", null));

        // When
        using var response = await Patch(client, adult, version, "{\"incomes\":[" + string.Join(",", months.Select(m => $$"""{"month":"{{m}}","amount":1}""")) + "]}");

        // Then
        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "incomes");
    }

    [Theory]
    [InlineData("""{ "kind": "allowance", "month": "9999-12" }""", "month")]
    [InlineData("""{ "kind": "allowance", "month": "-0001-01" }""", "month")]
    [InlineData("""{ "kind": "decisions", "date": "9999-12-31" }""", "date")]
    public async Task A_run_for_a_month_outside_the_rules_range_is_400_naming_the_field(string body, string field)
    {
        var client = await Callers.For(server, Who.Admin);
        using var response = await client.PostAsync(new Uri("/api/v1/runs", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_household_month_outside_the_rules_range_is_400_naming_month()
    {
        var client = await Callers.For(server, Who.Admin);
        using var response = await client.GetAsync(new Uri($"/api/v1/households/{Targets.Of(server).HouseholdId}?month=9999-12", UriKind.Relative));
        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "month");
    }

    [Theory]
    [InlineData("/api/v1/persons/{person}")]
    [InlineData("/api/v1/persons?q=Ko")]
    [InlineData("/api/v1/households/{household}")]
    [InlineData("/api/v1/persons/{person}/decisions")]
    [InlineData("/api/v1/auth/me")]
    public async Task Api_answers_with_personal_data_are_not_stored_by_caches(string path)
    {
        var targets = Targets.Of(server);
        var client = await Callers.For(server, Who.Admin);
        using var response = await client.GetAsync(new Uri(path.Replace("{person}", targets.PersonId, StringComparison.Ordinal).Replace("{household}", targets.HouseholdId, StringComparison.Ordinal), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control of {path}: {response.Headers.CacheControl}");
    }

    internal static Task<HttpResponseMessage> Patch(HttpClient client, string personId, long version, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/persons/" + personId) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }
}
