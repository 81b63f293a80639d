using System.Net;
using Overgang.Web.Security;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Api;

/// <summary>Every role against every location endpoint: own municipality, another municipality, and the filter.</summary>
[Collection(ApiFixtures.Name)]
public sealed class LocationScopeTests(WebServer server)
{
    public static IEnumerable<object[]> Cases() =>
        from role in Clients.EveryRole().Select(r => (string)r[0])
        from target in new[] { "list", "own", "other", "filter-other" }
        select new object[] { role, target };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Locations_ForEveryRole_AreRefusedOutsideItsScope(string role, string target)
    {
        // Given
        var own = server.Account(Roles.CaseWorker).Scope.Split(' ')[0];
        using var context = server.Database.Open();
        var ownLocation = context.Locations.Where(l => l.MunicipalityCode == own).Select(l => l.Id).First();
        var other = context.Locations.Where(l => l.MunicipalityCode != own).Select(l => new { l.Id, l.MunicipalityCode }).First();
        var path = target switch
        {
            "list" => "/api/v1/locations",
            "own" => "/api/v1/locations/" + ownLocation,
            "other" => "/api/v1/locations/" + other.Id,
            _ => "/api/v1/locations?municipality=" + other.MunicipalityCode,
        };
        using var client = await Clients.ForAsync(server, role);

        // When
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        // Then
        var expected = role switch
        {
            Clients.Anonymous => HttpStatusCode.Unauthorized,
            Roles.Person => HttpStatusCode.Forbidden,
            Roles.Departure => HttpStatusCode.Forbidden,
            Roles.CaseWorker when target is "other" or "filter-other" => HttpStatusCode.Forbidden,
            _ => HttpStatusCode.OK,
        };
        Assert.Equal(expected, response.StatusCode);
    }
}
