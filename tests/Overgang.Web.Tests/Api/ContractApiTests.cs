using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class ContractApiTests(WebServer server)
{
    private static string Contract(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contract", name));

    [Theory]
    [InlineData("calc")]
    [InlineData("decide")]
    public async Task Post_WithTheContractExample_AnswersExactlyWhatTheCommandLinePrints(string operation)
    {
        // Given
        var client = await Callers.For(server, Who.Analyst);

        // When
        using var response = await client.PostAsync(new Uri("/api/v1/" + operation, UriKind.Relative), new StringContent(Contract(operation + "-input.json"), Encoding.UTF8, "application/json"));

        // Then: the command line prints the same document and a newline
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Contract(operation + "-output.json").ReplaceLineEndings("\n"), (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n") + "\n");
    }

    [Theory]
    [InlineData("""{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-01-01", "reception": "municipal", "partnerId": "p2" }, { "id": "p2", "birthDate": "1990-01-01", "reception": "municipal" } ] }""", "persons[0].partnerId")]
    [InlineData("""{ "date": "2025-11-01", "persons": [ { "id": "p1", "birthDate": "1990-13-01", "reception": "municipal" } ] }""", "persons[0].birthDate")]
    [InlineData("not json", "$")]
    public async Task Calc_WithABadDocument_Answers400ProblemNamingTheField(string body, string field)
    {
        // Given
        var client = await Callers.For(server, Who.CaseWorkerOwn);

        // When
        using var response = await client.PostAsync(new Uri("/api/v1/calc", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }
}
