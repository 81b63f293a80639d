using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Overgang.Testing;

/// <summary>
/// The repository's files that state the product's version (shared by the test projects, linked into each): the one
/// place it is set (<c>Version</c> in Directory.Build.props), publiccode.yml and CHANGELOG.md.
/// </summary>
public static partial class ReleaseFiles
{
    /// <summary>The repository's root folder (the one with Overgang.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A file of the repository, by its path from the root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary><c>Version</c> in Directory.Build.props.</summary>
    public static string ProjectVersion =>
        XDocument.Load(PathOf("Directory.Build.props")).Descendants("Version").Single().Value.Trim();

    /// <summary><c>softwareVersion</c> and <c>releaseDate</c> in publiccode.yml.</summary>
    public static (string Version, string Date) Publiccode
    {
        get
        {
            var text = File.ReadAllText(PathOf("publiccode.yml"));
            return (Field(text, "softwareVersion"), Field(text, "releaseDate"));
        }
    }

    /// <summary>The newest released version in CHANGELOG.md (the first <c>## [x.y.z] - yyyy-mm-dd</c>) and its date.</summary>
    public static (string Version, string Date) ChangelogTopRelease
    {
        get
        {
            var match = ChangelogRelease().Match(File.ReadAllText(PathOf("CHANGELOG.md")));
            Assert.True(match.Success, "CHANGELOG.md has no released version (a line '## [x.y.z] - yyyy-mm-dd')");
            return (match.Groups["version"].Value, match.Groups["date"].Value);
        }
    }

    private static string Field(string yaml, string name)
    {
        var match = Regex.Match(yaml, "^" + name + @":\s*[""']?(?<value>[^""'\s#]+)", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"publiccode.yml has no {name}");
        return match.Groups["value"].Value;
    }

    private static string FindRoot([CallerFilePath] string here = "")
    {
        var directory = Path.GetDirectoryName(here);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Overgang.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"no Overgang.slnx above {here}");
    }

    [GeneratedRegex(@"^## \[(?<version>\d+\.\d+\.\d+)\] - (?<date>\d{4}-\d{2}-\d{2})$", RegexOptions.Multiline)]
    private static partial Regex ChangelogRelease();
}
