using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Platform;
using Overgang.Rules.Parameters;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class PlatformReportApiTests(WebServer server)
{
    [Fact]
    public async Task Get_ForAnAnalyst_AnswersTheReportOfTheRegistryWithoutPersonIds()
    {
        // Given
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);
        string expected;
        string[] ids;
        using (var context = server.Database.Open())
        {
            expected = PlatformReport.Compute(context, new NodaTime.YearMonth(2026, 11), ParameterTree.Default).ToJson();
            ids = [.. context.Persons.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).Take(50)];
        }

        // When
        using var response = await client.GetAsync(new Uri("/api/v1/platform-report/2026-11", UriKind.Relative));

        // Then: the document the command line writes, with registrations counted, and no person's id in it
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected, body);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("totals").GetProperty("active").GetInt32() > 0);
        Assert.All(ids, id => Assert.DoesNotContain('"' + id + '"', body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_AsCsv_AnswersTheCsv()
    {
        using var client = await server.SignedIn(server.Account(Roles.Admin).UserName);
        using var response = await client.GetAsync(new Uri("/api/v1/platform-report/2026-11?format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("month,member_state,measure,reason,age_group,sex,count\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13", "month")]
    [InlineData("9999-01", "month")]
    [InlineData("2026-01?format=xml", "format")]
    public async Task Get_WithABadMonthOrFormat_Answers400NamingIt(string path, string field)
    {
        using var client = await server.SignedIn(server.Account(Roles.Analyst).UserName);
        using var response = await client.GetAsync(new Uri("/api/v1/platform-report/" + path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }
}
