using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

public sealed partial class CsvImporterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_Windows1252File_IsRefusedNamingTheFirstBadLineAndWritesNothing(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = CsvImporter.Import(database, ImportKind.Persons, ImportFiles.PathOf("persons-windows-1252.csv"), ImportFiles.At);

        // Then
        var refused = Assert.IsType<ImportOutcome.Refused>(result);
        Assert.Equal((3, "file"), (refused.Problem.Line, refused.Problem.Field));
        Assert.StartsWith("not valid UTF-8 (first bad bytes on line 3)", refused.Problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, ImportFiles.Count<Person>(database));
        Assert.Equal(0, ImportFiles.AuditCount(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_Windows1251CyrillicFile_IsRefusedAndWritesNothing(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = CsvImporter.Import(database, ImportKind.Persons, ImportFiles.PathOf("persons-windows-1251.csv"), ImportFiles.At);

        // Then
        var refused = Assert.IsType<ImportOutcome.Refused>(result);
        Assert.Equal((2, "file"), (refused.Problem.Line, refused.Problem.Field));
        Assert.Equal(0, ImportFiles.Count<Person>(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_FileWithByteOrderMark_IsImported(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = ImportFiles.Import(database, ImportKind.Persons, "persons-bom.csv");

        // Then
        Assert.Equal(new ImportCounts(5, 5, 0, 0, 0), result.Counts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_UnknownColumn_IsRefusedNamingTheColumn(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = CsvImporter.Import(database, ImportKind.Persons, ImportFiles.PathOf("persons-bad-header.csv"), ImportFiles.At);

        // Then
        var refused = Assert.IsType<ImportOutcome.Refused>(result);
        Assert.Equal((1, "surname"), (refused.Problem.Line, refused.Problem.Field));
        Assert.StartsWith("unknown column 'surname'", refused.Problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, ImportFiles.Count<Person>(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_MissingColumn_IsRefusedNamingTheColumn(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = CsvImporter.Import(database, ImportKind.Persons, ImportFiles.PathOf("persons-missing-column.csv"), ImportFiles.At);

        // Then
        var refused = Assert.IsType<ImportOutcome.Refused>(result);
        Assert.Equal((1, "protectionSince"), (refused.Problem.Line, refused.Problem.Field));
        Assert.Equal(0, ImportFiles.Count<Person>(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_EmptyFile_IsRefused(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);

        // When
        var result = CsvImporter.Import(database, ImportKind.Municipalities, ImportFiles.PathOf("empty.csv"), ImportFiles.At);

        // Then
        var refused = Assert.IsType<ImportOutcome.Refused>(result);
        Assert.Equal("file", refused.Problem.Field);
        Assert.StartsWith("the file is empty", refused.Problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_WindowsLineEndingsAndQuotedComma_AreRead(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);

        // When
        var result = ImportFiles.Import(database, ImportKind.Municipalities, "municipalities-crlf.csv");

        // Then
        Assert.Equal(new ImportCounts(2, 2, 0, 0, 0), result.Counts);
        using var context = database.Open();
        Assert.Equal("Rotterdam, Zuid-Holland", context.Municipalities.Single(m => m.Code == "GM0599").Name);
    }
}
