namespace Overgang.Web.Tests.Support;

/// <summary>
/// The API tests share one server and need no browser: they run (and pass) on a machine without Chromium.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ApiFixtures : ICollectionFixture<WebServer>
{
    public const string Name = "web-api";
}

/// <summary>
/// The browser tests share one server of their own and one browser; without Chromium each of them fails with the one
/// line of <see cref="Overgang.Testing.ChromiumRequirement.Missing"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserFixtures : ICollectionFixture<WebServer>, ICollectionFixture<Browser>
{
    public const string Name = "web-browser";
}
