using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Overgang.Contracts;
using Overgang.Rules.Parameters;
using Overgang.Web.Calculations;
using Overgang.Web.Hosting;

namespace Overgang.Web.Tests.Calculator;

/// <summary>
/// Issue 15, part 3: <c>/api/v1/calc</c> and <c>/decide</c> without an account, and the public calculator page, on a
/// server whose registry cannot be reached (so every answer here proves that nothing is read or stored).
/// </summary>
[Collection(PublicFixtures.Name)]
public sealed partial class PublicApiTests(RegistrylessServer server)
{
    /// <summary>A household of five in municipal reception on the test server's date: parents (one with income) and three children.</summary>
    internal const string FiveNow = """
        {"date":"2026-11-22","persons":[
          {"id":"p1","birthDate":"1985-07-01","partnerId":"p2","monthlyIncome":1200,"reception":"municipal","path":"transition-document"},
          {"id":"p2","birthDate":"1987-07-01","partnerId":"p1","monthlyIncome":0,"reception":"municipal","path":"transition-document"},
          {"id":"p3","birthDate":"2012-07-01","parentIds":["p1","p2"],"monthlyIncome":0,"reception":"municipal","path":"transition-document"},
          {"id":"p4","birthDate":"2015-07-01","parentIds":["p1","p2"],"monthlyIncome":0,"reception":"municipal","path":"transition-document"},
          {"id":"p5","birthDate":"2019-07-01","parentIds":["p1","p2"],"monthlyIncome":0,"reception":"municipal","path":"transition-document"}]}
        """;

    /// <summary>The same household as the public calculator's form (query string).</summary>
    internal const string FiveQuery = "rows=5&birth0=1985&income0=1200&path0=transition-document&birth1=1987&relation1=partner&path1=transition-document"
        + "&birth2=2012&relation2=child&birth3=2015&relation3=child&birth4=2019&relation4=child&reception=municipal&calculate=1";

    [Theory]
    [InlineData("calc", FiveNow)]
    [InlineData("decide", """{ "date": "2027-03-04", "persons": [ { "id": "p1", "birthDate": "1985-07-01", "ukrainianResidence": "citizen", "protection": { "memberState": "NL", "since": "2022-04-02" }, "asylumApplication": "none", "publicOrderCheck": "passed" } ] }""")]
    public async Task Without_an_account_the_API_answers_what_ContractJson_answers(string operation, string document)
    {
        // Given
        using var client = server.Anonymous();
        var expected = operation == "calc" ? ContractJson.Calc(document, ParameterTree.Default) : ContractJson.Decide(document, ParameterTree.Default);

        // When
        using var response = await client.PostAsync(new Uri("/api/v1/" + operation, UriKind.Relative), new StringContent(document, Encoding.UTF8, "application/json"));

        // Then: before issue 15 this was 401; the registry is unreachable, so nothing was read or stored
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Assert.IsType<ContractAnswer.Answered>(expected).Json, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_the_API_and_ContractJson_give_the_same_amounts_for_one_household()
    {
        // Given
        using var client = server.Anonymous();
        var contract = JsonDocument.Parse(Assert.IsType<ContractAnswer.Answered>(ContractJson.Calc(FiveNow, ParameterTree.Default)).Json).RootElement.GetProperty("households")[0];
        using var api = await client.PostAsync(new Uri("/api/v1/calc", UriKind.Relative), new StringContent(FiveNow, Encoding.UTF8, "application/json"));
        var fromApi = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("households")[0];

        // When
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/calculator?lang=en&" + FiveQuery, UriKind.Relative)));

        // Then
        var allowance = contract.GetProperty("allowance").GetDecimal();
        var contribution = contract.GetProperty("contribution").GetDecimal();
        Assert.True(allowance > 0m, "the household of five gets an allowance");
        Assert.Equal(allowance, fromApi.GetProperty("allowance").GetDecimal());
        Assert.Equal(contribution, fromApi.GetProperty("contribution").GetDecimal());
        var now = NowAmounts().Match(html);
        Assert.True(now.Success, "the page shows today's amounts");
        Assert.Equal(Overgang.Web.Languages.Numbers.Euros((long)(allowance * 100m), Overgang.Letters.LetterLanguage.English), now.Groups["allowance"].Value);
        Assert.Equal(Overgang.Web.Languages.Numbers.Euros((long)(contribution * 100m), Overgang.Letters.LetterLanguage.English), now.Groups["contribution"].Value);
    }

    [Theory]
    [InlineData("/calculator")]
    [InlineData("/calculator?lang=uk&" + FiveQuery)]
    [InlineData("/calculator/path")]
    [InlineData("/calculator/path?lang=en&check-path=1&birth=1985&tie=citizen&country=NL&since=2022-04&elsewhere=no&asylum=none&permit=none&returning=no&check=passed")]
    [InlineData("/")]
    public async Task The_public_pages_answer_without_the_registry(string url)
    {
        using var client = server.Anonymous();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_registry_page_fails_on_this_server_so_the_proof_can_fail()
    {
        // The sign-in page's post reads the account table: with the registry unreachable it cannot succeed.
        using var client = server.Anonymous();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "whatever-password" });
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_calculation_body_over_the_size_limit_is_refused_for_a_caller_without_an_account()
    {
        using var client = server.Anonymous();
        var body = "{\"date\":\"2025-11-01\",\"persons\":[],\"pad\":\"" + new string('x', (int)WebLimits.Default.MaxCalculationBodyBytes) + "\"}";

        // Without a length (chunked): 413 naming the body
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/v1/calc") { Content = content };
        chunked.Headers.TransferEncodingChunked = true;
        using var refused = await client.SendAsync(chunked);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("body", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());

        // With its length: refused before it is read
        using var withLength = await client.PostAsync(new Uri("/api/v1/decide", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.True(withLength.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, withLength.StatusCode.ToString());
    }

    [Fact]
    public async Task An_open_calculation_is_counted_by_operation_and_outcome_and_nothing_else()
    {
        // Given
        var counted = new List<(long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CalculationCounts.MeterName && instrument.Name == CalculationCounts.CounterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (counted)
            {
                counted.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        listener.Start();
        using var client = server.Anonymous();

        // When
        using var answered = await client.PostAsync(new Uri("/api/v1/decide", UriKind.Relative), new StringContent("""{ "date": "2027-03-04", "persons": [ { "id": "p1", "birthDate": "1985-07-01", "ukrainianResidence": "citizen", "protection": { "memberState": "NL", "since": "2022-04-02" }, "asylumApplication": "none", "publicOrderCheck": "passed" } ] }""", Encoding.UTF8, "application/json"));
        using var refused = await client.PostAsync(new Uri("/api/v1/decide", UriKind.Relative), new StringContent("""{ "date": "2027-03-04", "persons": [ { "id": "p1" } ] }""", Encoding.UTF8, "application/json"));

        // Then: the tags are the operation, channel and outcome only (no document, no address, no account)
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        lock (counted)
        {
            var decide = counted.Where(c => (string?)c.Tags["operation"] == "decide" && (string?)c.Tags["channel"] == "api").ToList();
            Assert.Contains(decide, c => (string?)c.Tags["outcome"] == "answered");
            Assert.Contains(decide, c => (string?)c.Tags["outcome"] == "refused");
            Assert.All(counted, c => Assert.Equal(["channel", "operation", "outcome"], c.Tags.Keys.Order(StringComparer.Ordinal)));
        }
    }

    [Fact]
    public void Why_this_amount_gives_each_step_once_so_the_social_assistance_step_is_the_amount_paid()
    {
        // Given: the household of five, arrived in April 2022, handed over to social assistance after protection ends
        var form = CalculatorForm.Read(new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(FiveQuery + "&arrived=2022-04")));

        // When
        var result = Assert.IsType<CalculatorOutcome.Calculated>(PublicCalculator.Answer(form, ParameterTree.Default, Support.WebServer.Today, Overgang.Letters.LetterLanguage.English));

        // Then: every month after protection is there, and the steps add up to what is shown (the social-assistance steps were counted twice)
        Assert.Equal(new NodaTime.LocalDate(2027, 3, 5), result.After[0].Date);
        Assert.Equal(new NodaTime.YearMonth(2028, 3), result.After[^1].Date.ToYearMonth());
        var assisted = result.After.SelectMany(m => m.Households).Where(h => h.Provision == "social-assistance").ToList();
        Assert.NotEmpty(assisted);
        Assert.All(assisted, h => Assert.Equal(h.SocialAssistance, Components.Pages.Calculator.CalculatorTexts.Why(h, Overgang.Letters.LetterLanguage.English).Single(w => w.Label == "Social assistance (estimate)").Value));
    }

    [GeneratedRegex("data-when=\"now\".*?data-amount=\"allowance\">Living allowance: (?<allowance>[^ ]+) a month\\.</span>\\s*<span data-amount=\"contribution\">Own contribution: (?<contribution>[^ ]+) a month", RegexOptions.Singleline)]
    private static partial Regex NowAmounts();
}

/// <summary>Calculations without an account per client address: beyond the limit 429 with Retry-After (a server of its own with a low limit).</summary>
public sealed class PublicRateLimitTests : IClassFixture<LowLimitRegistrylessServer>
{
    private readonly LowLimitRegistrylessServer _server;

    public PublicRateLimitTests(LowLimitRegistrylessServer server) => _server = server;

    [Fact]
    public async Task Calculations_without_an_account_beyond_the_per_address_limit_get_429_with_retry_after()
    {
        using var client = _server.Anonymous();
        for (var i = 0; i < LowLimitRegistrylessServer.PerMinute; i++)
        {
            using var allowed = await client.PostAsync(new Uri(i % 2 == 0 ? "/api/v1/calc" : "/api/v1/decide", UriKind.Relative), new StringContent(PublicApiTests.FiveNow, Encoding.UTF8, "application/json"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await client.PostAsync(new Uri("/api/v1/calc", UriKind.Relative), new StringContent(PublicApiTests.FiveNow, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);

        // The public page is no calculation endpoint: it stays open (only the general per-address limit holds it)
        using var page = await client.GetAsync(new Uri("/calculator", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
