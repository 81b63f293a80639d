namespace Overgang.Web.Tests.Support;

/// <summary>Every test that needs the running application shares one server (and one browser).</summary>
[CollectionDefinition(Name)]
public sealed class WebFixtures : ICollectionFixture<WebServer>, ICollectionFixture<Browser>
{
    public const string Name = "web";
}
