using Overgang.Cli.Tests.Support;

namespace Overgang.Cli.Tests.Linkage;

public sealed class LinkCommandTests
{
    [Fact]
    public void LinkFile_ExampleOfAnotherMemberState_FillsTheReviewQueueOnce_AndTheEncodedFileFindsTheSamePersons()
    {
        // Given: the generated registry the example file was written against (2,000 persons, seed 2027)
        var directory = Directory.CreateTempSubdirectory("overgang-link-").FullName;
        var database = Path.Combine(directory, "registry.db");
        Assert.Equal(0, CliRun.Of("", "generate", "--persons", "2000", "--database", database).ExitCode);
        var example = Path.Combine(RepositoryRoot(), "examples", "linkage", "registrations-de.csv");

        // When
        var first = CliRun.Of("", "link", "file", example, "--database", database);
        var again = CliRun.Of("", "link", "file", example, "--database", database);
        var keyFile = Path.Combine(directory, "link.key");
        var newKey = CliRun.Of("", "link", "key");
        File.WriteAllText(keyFile, "dGVzdCBrZXkgb2YgdGhlIGxpbmsgY29tbWFuZCB0ZXN0cw==");
        var encodedFile = Path.Combine(directory, "de.enc.csv");
        var encode = CliRun.Of("", "link", "encode", "--from", example, "--key-file", keyFile, "--out", encodedFile);
        var encoded = CliRun.Of("", "link", "file", encodedFile, "--key-file", keyFile, "--database", database);
        var withoutKey = CliRun.Of("", "link", "file", encodedFile, "--database", database);

        // Then
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("linked 2,000 persons with 7 registrations of DE (clear)", first.Output, StringComparison.Ordinal);
        Assert.Contains("match 4, review 1; added to the review queue 5, already there 0", first.Output, StringComparison.Ordinal);
        Assert.Contains("added to the review queue 0, already there 5", again.Output, StringComparison.Ordinal);
        Assert.Equal(0, encode.ExitCode);
        Assert.DoesNotContain("Fedorenko", File.ReadAllText(encodedFile), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, encoded.ExitCode);
        Assert.Contains("(encoded)", encoded.Output, StringComparison.Ordinal);
        Assert.Matches("added to the review queue 0, already there [1-5]", encoded.Output);
        Assert.Equal(44, newKey.Output.Trim().Length);
        Assert.Equal(2, withoutKey.ExitCode);
        Assert.Contains("--key-file", withoutKey.Error, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Overgang.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("no Overgang.slnx above " + AppContext.BaseDirectory);
    }
}
