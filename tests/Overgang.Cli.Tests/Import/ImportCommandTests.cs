using Microsoft.EntityFrameworkCore;
using Overgang.Cli.Tests.Support;
using Overgang.Registry;

namespace Overgang.Cli.Tests.Import;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "overgang-import-" + Guid.NewGuid().ToString("N")[..8]);

    public ImportCommandTests()
    {
        Directory.CreateDirectory(_directory);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Inputs", "Import")))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    private string DatabasePath => Path.Combine(_directory, "registry.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Import_FileWithMalformedRows_PrintsTheSummaryWritesTheReportAndExitsZero()
    {
        // Given
        Assert.Equal(0, Import("municipalities", "municipalities.csv").ExitCode);

        // When
        var run = Import("persons", "persons-malformed.csv");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Snapshot.Match(run.Output.Replace(_directory, "<dir>", StringComparison.Ordinal), "Import", "persons-malformed.txt");
        Snapshot.Match(File.ReadAllText(Path.Combine(_directory, "persons-malformed.csv.rejections.csv")), "Import", "persons-malformed.rejections.csv");
    }

    [Fact]
    public void Import_SameFileTwice_SecondRunReportsEveryRowUnchanged()
    {
        // Given
        Import("municipalities", "municipalities.csv");
        Import("persons", "persons-malformed.csv");

        // When
        var run = Import("persons", "persons-malformed.csv");

        // Then
        Assert.Equal(0, run.ExitCode);
        Snapshot.Match(run.Output.Replace(_directory, "<dir>", StringComparison.Ordinal), "Import", "persons-malformed-again.txt");
    }

    [Fact]
    public void Import_RejectionsAndActorOptions_WriteTheReportThereAndRecordTheActor()
    {
        // Given
        Import("municipalities", "municipalities.csv");
        var report = Path.Combine(_directory, "report.csv");

        // When
        var run = Import("persons", "persons-malformed.csv", "--rejections", report, "--actor", "clerk:anna");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(_directory, "persons-malformed.csv.rejections.csv")));
        Assert.Equal(6, File.ReadAllLines(report).Length);
        using var context = RegistryDatabase.Parse(DatabasePath).Open();
        Assert.Equal(["clerk:anna", "clerk:anna"], context.Audit.Select(a => a.Actor).ToList());
    }

    [Fact]
    public void Import_Windows1252File_ExitsTwoNamingTheLineAndImportsNothing()
    {
        // Given
        Import("municipalities", "municipalities.csv");

        // When
        var run = Import("persons", "persons-windows-1252.csv");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("import: persons-windows-1252.csv refused, nothing imported: line 3, file: not valid UTF-8", run.Error, StringComparison.Ordinal);
        using var context = RegistryDatabase.Parse(DatabasePath).Open();
        Assert.Empty(context.Persons);
    }

    [Fact]
    public void Import_WrongHeader_ExitsTwoNamingTheColumn()
    {
        // Given
        Import("municipalities", "municipalities.csv");

        // When
        var run = Import("persons", "persons-bad-header.csv");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("import: persons-bad-header.csv refused, nothing imported: line 1, surname: unknown column 'surname'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownKind_ExitsTwo()
    {
        // Given / When
        var run = Import("households", "municipalities.csv");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("households", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFile_ExitsTwo()
    {
        // Given / When
        var run = Import("persons", "nowhere.csv");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("import: no file ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnreachableDatabase_ExitsTwo()
    {
        // Given / When
        var run = CliRun.Of("", "import", "municipalities", Path.Combine(_directory, "municipalities.csv"), "--database", "Host=127.0.0.1;Port=1;Username=nobody;Database=nothing;Timeout=3");

        // Then
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("import: the database cannot be opened: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DatabaseRefusesARow_ExitsOneNamingFileAndLineAndWritesNothing()
    {
        // Given
        Import("municipalities", "municipalities.csv");
        using (var context = RegistryDatabase.Parse(DatabasePath).Open())
        {
            context.Database.ExecuteSqlRaw("CREATE TRIGGER refuse BEFORE INSERT ON person WHEN NEW.\"Id\" = 'P0000016' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
        }

        // When
        var run = Import("persons", "persons-malformed.csv");

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("import: import of persons-malformed.csv failed at line 7, nothing of the file was written: SQLite Error 19: 'refused by the test'.", run.Error.TrimEnd());
        using var after = RegistryDatabase.Parse(DatabasePath).Open();
        Assert.Empty(after.Persons);
        Assert.Empty(after.Audit);
    }

    private CliRun Import(string kind, string file, params string[] options) =>
        CliRun.Of("", ["import", kind, Path.Combine(_directory, file), "--database", DatabasePath, .. options]);
}
