using System.Text.RegularExpressions;

namespace Overgang.Web.Tests.Browser;

/// <summary>
/// Browser tests wait for a navigation through <see cref="Support.Pages.WaitForUrlAsync"/> (or
/// <see cref="Support.Pages.WaitToLeaveAsync"/>), never through Playwright's own <c>WaitForURLAsync</c> or
/// <c>WaitForLoadStateAsync</c>: those can miss a load event that arrives while they set up, and then fail after 90 s on a
/// loaded machine (the remarks of <see cref="Support.Pages.WaitForUrlAsync"/>).
/// </summary>
public sealed class WaitConventionTests
{
    [Fact]
    public void No_test_waits_for_a_load_event_it_may_have_missed()
    {
        var project = Project();
        var calls = new Regex(@"\.(WaitForURLAsync|WaitForLoadStateAsync)\(");
        var found = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(l => calls.IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(project, l.path)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(Directory.EnumerateFiles(project, "*Tests.cs", SearchOption.AllDirectories).Count() > 50, "the test sources were not found under " + project);
        Assert.True(found.Count == 0, "use Pages.WaitForUrlAsync or Pages.WaitToLeaveAsync:\n" + string.Join('\n', found));
    }

    /// <summary>The test project's source folder, found upwards from the build output.</summary>
    private static string Project()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Overgang.Web.Tests.csproj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Overgang.Web.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
