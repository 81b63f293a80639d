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

/// <summary>
/// The page language check (<see cref="Overgang.Web.Tests.Browser.PageLanguageTests"/>, one visit per page and language)
/// on a server and browser of its own, beside <see cref="BrowserFixtures"/>: the two collections run at the same time,
/// each test still one after the other within its collection. Its tests only read (they seed what they open, per server).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PageFixtures : ICollectionFixture<WebServer>, ICollectionFixture<Browser>
{
    public const string Name = "web-browser-pages";
}
