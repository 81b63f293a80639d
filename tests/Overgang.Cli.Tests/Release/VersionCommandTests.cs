using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Release;

public sealed class VersionCommandTests
{
    [Fact]
    public void Version_PrintsTheVersionOfDirectoryBuildProps_WhichPubliccodeAndTheChangelogRelease()
    {
        // Given
        var version = ReleaseFiles.ProjectVersion;

        // When
        var (exit, output, error) = CliRun.Of("", "--version");

        // Then
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(version + Environment.NewLine, output);
        Assert.Equal((version, ReleaseFiles.Publiccode.Date), ReleaseFiles.Publiccode);
        Assert.Equal(ReleaseFiles.Publiccode, ReleaseFiles.ChangelogTopRelease);
    }
}
