using System.Runtime.CompilerServices;
using System.Text.Json;
using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Calc;

/// <summary>The example documents in <c>examples/</c> that the README points to are answered, not refused.</summary>
public sealed class ExampleFilesTests
{
    [Theory]
    [InlineData("calc", "household.json", "households")]
    [InlineData("calc", "household-after-protection.json", "households")]
    [InlineData("decide", "persons.json", "decisions")]
    public void Example_FromTheReadme_IsAnswered(string command, string file, string field)
    {
        // Given / When
        var run = CliRun.Of("", command, "--input", Path.Combine(Root(), "examples", file));

        // Then
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        Assert.NotEqual(0, document.RootElement.GetProperty(field).GetArrayLength());
    }

    [Fact]
    public void PersonsExample_GivesALetter()
    {
        var folder = Directory.CreateTempSubdirectory("overgang-example-").FullName;
        try
        {
            var run = CliRun.Of("", "letter", "--input", Path.Combine(Root(), "examples", "persons.json"), "--person", "olena", "--lang", "uk", "--format", "html", "--out", Path.Combine(folder, "olena.html"));
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Contains("Олена", File.ReadAllText(Path.Combine(folder, "olena.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Root([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Overgang.slnx")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("no Overgang.slnx above " + caller);
    }
}
