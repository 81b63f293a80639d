using System.Net;
using System.Text.RegularExpressions;
using Overgang.Testing;
using Overgang.Web.Tests.Support;

namespace Overgang.Web.Tests.Release;

/// <summary>The footer of every page shows the product's version, the one publiccode.yml and CHANGELOG.md release.</summary>
[Collection(ApiFixtures.Name)]
public sealed partial class VersionTests(WebServer server)
{
    [Theory]
    [InlineData("/sign-in?lang=nl", "Versie")]
    [InlineData("/sign-in?lang=uk", "Версія")]
    [InlineData("/sign-in?lang=en", "Version")]
    public async Task The_footer_shows_the_version_of_Directory_Build_props_publiccode_and_the_changelog(string address, string label)
    {
        // Given
        using var client = server.Anonymous();

        // When
        var page = await client.GetStringAsync(new Uri(address, UriKind.Relative));
        var footer = Footer().Match(page);

        // Then
        Assert.True(footer.Success, "no footer with the version in " + address);
        Assert.Equal(label, WebUtility.HtmlDecode(footer.Groups["label"].Value));
        Assert.Equal(ReleaseFiles.ProjectVersion, footer.Groups["version"].Value);
        Assert.Equal(ReleaseFiles.ProjectVersion, ReleaseFiles.Publiccode.Version);
        Assert.Equal(ReleaseFiles.ProjectVersion, ReleaseFiles.ChangelogTopRelease.Version);
    }

    [GeneratedRegex(@"<footer[^>]*>.*?>(?<label>[^<>]+) <span class=""overgang-version"">(?<version>[^<]+)</span>.*?</footer>", RegexOptions.Singleline)]
    private static partial Regex Footer();
}
