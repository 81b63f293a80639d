using Overgang.Registry.Import;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

public sealed partial class CsvImporterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_PersonsWithNumbers_StoresValidBsnAndVNumberAndRejectsBadOrTakenOnesByLine(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = ImportFiles.Import(database, ImportKind.Persons, "persons-numbers.csv");

        // Then
        Assert.Equal(
            [
                (4, "bsn", "bsn fails the eleven-test (elfproef): a digit is wrong"),
                (5, "bsn", "bsn is already the number of person P0000001"),
                (6, "vNumber", "vNumber must be ten digits"),
                (7, "bsn", "bsn must be nine digits (write an eight-digit number with a leading zero)"),
                (8, "vNumber", "vNumber is already the number of person P0000001"),
            ],
            result.Rejections.Select(r => (r.Line, r.Field, r.Reason)));
        using var context = database.Open();
        Assert.Equal(
            [("P0000001", "111222333", "2000000001"), ("P0000002", "123456782", null)],
            context.Persons.OrderBy(p => p.Id).Select(p => new { p.Id, p.Bsn, p.VNumber }).AsEnumerable().Select(p => (p.Id, p.Bsn, p.VNumber)));
        Assert.DoesNotContain(context.Audit.AsEnumerable(), a => a.Data.Contains("111222333", StringComparison.Ordinal) || a.Reason.Contains("111222333", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_BsnOfAnotherStoredPerson_IsRejectedAndAFileWithoutTheColumnsKeepsTheNumbers(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);
        ImportFiles.Import(database, ImportKind.Persons, "persons-numbers.csv");

        // When
        var taken = ImportFiles.Import(database, ImportKind.Persons, "persons-numbers-taken.csv");
        var without = ImportFiles.Import(database, ImportKind.Persons, "persons.csv");

        // Then
        Assert.Equal([(2, "bsn", "bsn is already the number of person P0000001")], taken.Rejections.Select(r => (r.Line, r.Field, r.Reason)));
        Assert.Empty(without.Rejections);
        using var context = database.Open();
        Assert.Null(context.Persons.Single(p => p.Id == "P0000001").Bsn);
        Assert.Equal("123456782", context.Persons.Single(p => p.Id == "P0000002").Bsn);
    }
}
