using Overgang.Web.Security;

namespace Overgang.Web.Tests.Support;

/// <summary>API clients per role for the scope tests ("anonymous" for none).</summary>
public static class Clients
{
    public const string Anonymous = "anonymous";

    public static IEnumerable<object[]> EveryRole() => [[Anonymous], .. Roles.All.Select(r => new object[] { r })];

    public static async Task<HttpClient> ForAsync(WebServer server, string role) =>
        role == Anonymous ? server.Anonymous() : await server.SignedIn(server.Account(role).UserName);
}
