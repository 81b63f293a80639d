using Overgang.Testing;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

[Collection(ApiFixtures.Name)]
public sealed class OpenApiTests(WebServer server)
{
    [Fact]
    public async Task The_published_OpenAPI_document_matches_the_approved_one()
    {
        using var client = server.Anonymous();
        var document = await client.GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
        Snapshot.Match(document, "Api", "openapi.json");
    }
}
