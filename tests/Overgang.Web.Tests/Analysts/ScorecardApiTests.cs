using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Analysts;

/// <summary>
/// <c>/api/v1/analysis/scorecards/{period}</c>: the June 2025 structure is read unscored with its version, a score is
/// entered and amended with If-Match (a new version each, the history readable), a stale or missing version and a bad
/// score are refused naming the field, and the monitor shows the entered score.
/// </summary>
[Collection(ApiFixtures.Name)]
public sealed class ScorecardApiTests(WebServer server)
{
    private const string Path = "/api/v1/analysis/scorecards/2025-06";

    [Fact]
    public async Task A_score_is_entered_and_amended_with_its_version_and_the_history_and_the_monitor_follow()
    {
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);

        // Given: the period as read, the factor not scored yet
        using var read = await client.GetAsync(new Uri(Path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var etag = read.Headers.ETag!.Tag;
        var before = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Null, Indicator(before, "economisch-perspectief").GetProperty("score").ValueKind);

        // When: a score is entered, then amended with the new ETag
        using var entered = await Post(client, etag, 1, "Employment after four months rose (001:1653-1658)", "first reading");
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        using var amended = await Post(client, entered.Headers.ETag!.Tag, 2, "SEO: 64% of the labour force works (003:90)", "second reading");

        // Then: two versions, the latest applied, the history with who, old and new value, and the reason
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var body = JsonDocument.Parse(await amended.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, Indicator(body, "economisch-perspectief").GetProperty("score").GetInt32());
        Assert.Equal(2, Indicator(body, "economisch-perspectief").GetProperty("version").GetInt32());
        var history = body.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("factor").GetString() == "economisch-perspectief").ToList();
        Assert.Equal([(JsonValueKind.Null, 1), (JsonValueKind.Number, 2)], history.Select(h => (h.GetProperty("previousScore").ValueKind, h.GetProperty("score").GetInt32())));
        Assert.Equal("second reading", history[1].GetProperty("reason").GetString());
        Assert.EndsWith(server.Account(Roles.Analyst).UserName, history[1].GetProperty("actor").GetString(), StringComparison.Ordinal);

        // and the stale ETag, a missing one and a score off the scale are refused, nothing stored
        using var stale = await Post(client, etag, -1, "x", "late");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        using var missing = await Post(client, null, -1, "x", "no version");
        Assert.Equal((HttpStatusCode)428, missing.StatusCode);
        using var bad = await Post(client, amended.Headers.ETag!.Tag, 5, "x", "off the scale");
        await ApiAssert.ProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.Contains("scores[0].score", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // and the monitor's scorecards have the entered score
        var monitor = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/analysis/monitor", UriKind.Relative))).RootElement;
        var june = monitor.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "2025-06");
        Assert.Equal(2, Indicator(june, "economisch-perspectief", wrapped: false).GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task An_unknown_period_is_not_found()
    {
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        using var response = await client.GetAsync(new Uri("/api/v1/analysis/scorecards/1999-01", UriKind.Relative));
        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string? etag, int score, string justification, string reason)
    {
        var json = JsonSerializer.Serialize(new { reason, scores = new[] { new { domain = "netherlands", factor = "economisch-perspectief", indicator = "factor-as-a-whole", score, justification } } });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Path, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return await client.SendAsync(request);
    }

    private static JsonElement Indicator(JsonElement body, string factor, bool wrapped = true) =>
        (wrapped ? body.GetProperty("period") : body).GetProperty("domains").EnumerateArray().SelectMany(d => d.GetProperty("factors").EnumerateArray())
            .Single(f => f.GetProperty("id").GetString() == factor).GetProperty("indicators")[0];
}
