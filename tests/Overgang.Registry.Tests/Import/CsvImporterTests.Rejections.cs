using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

public sealed partial class CsvImporterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_MalformedPersons_RejectsEachBadRowByLineAndFieldAndImportsTheValidOnes(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = ImportFiles.Import(database, ImportKind.Persons, "persons-malformed.csv");

        // Then
        Assert.Equal(new ImportCounts(7, 2, 0, 0, 5), result.Counts);
        Assert.Equal(
            [
                (3, "birthDate"),
                (4, "sex"),
                (5, "familyName"),
                (6, "row"),
                (8, "municipality"),
            ],
            result.Rejections.Select(r => (r.Line, r.Field)));
        Assert.Equal("'1990-13-01' is not a date (YYYY-MM-DD)", result.Rejections[0].Reason);
        Assert.Equal("'Q' is not one of F, M, X", result.Rejections[1].Reason);
        Assert.Equal("required", result.Rejections[2].Reason);
        Assert.Equal("has 13 values, the header has 12 columns", result.Rejections[3].Reason);
        Assert.Contains("unknown municipality GM9999", result.Rejections[4].Reason, StringComparison.Ordinal);
        using var context = database.Open();
        Assert.Equal(["P0000011", "P0000016"], context.Persons.Select(p => p.Id).OrderBy(id => id).ToList());
        Assert.Equal(2, context.Audit.Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_MalformedIncomes_RejectsBadMonthsAndAmountsAndKeepsTheFirstOfADuplicate(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Incomes);

        // When
        var result = ImportFiles.Import(database, ImportKind.Incomes, "incomes-malformed.csv");

        // Then
        Assert.Equal(new ImportCounts(7, 1, 0, 0, 6), result.Counts);
        Assert.Equal(
            [
                (3, "amount", "'1450.005' has more than two decimals"),
                (4, "month", "'2026-13' is not a month (YYYY-MM)"),
                (5, "amount", "'-5.00' is not an amount in euros like 1450.00 (not negative, a point for decimals)"),
                (6, "personId", "duplicate of line 2 (same natural key)"),
                (7, "personId", "unknown person P9999999"),
                (8, "amount", "required"),
            ],
            result.Rejections.Select(r => (r.Line, r.Field, r.Reason)));
        using var context = database.Open();
        Assert.Equal(145000, context.Incomes.Single().Months.Months.Single().AmountCents);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_DuplicateIdInTheFile_RejectsTheLaterRowNamingTheEarlierLine(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = ImportFiles.Import(database, ImportKind.Persons, "persons-duplicates.csv");

        // Then
        Assert.Equal(new ImportCounts(3, 2, 0, 0, 1), result.Counts);
        Assert.Equal(new ImportRejection(4, "id", "duplicate of line 2 (same id)"), Assert.Single(result.Rejections));
        using var context = database.Open();
        Assert.Equal("Viktoriia", context.Persons.Single(p => p.Id == "P0000021").GivenName);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_RelationsPointingNowhere_AreRejectedNamingTheField(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);

        // When
        var result = ImportFiles.Import(database, ImportKind.Relations, "relations-unknown.csv");

        // Then
        Assert.Equal(new ImportCounts(5, 1, 0, 0, 4), result.Counts);
        Assert.Equal(
            [
                (2, "relatedId", "unknown person P9999999"),
                (3, "personId", "unknown person P9999998"),
                (5, "relation", "'sibling' is not one of partner, parent"),
                (5, "relatedId", "P0000005 is registered in household H0003, not in H0002; a relation is recorded within one household"),
                (6, "relatedId", "a person cannot be related to themselves"),
            ],
            result.Rejections.Select(r => (r.Line, r.Field, r.Reason)));
        using var context = database.Open();
        Assert.Null(context.Persons.Single(p => p.Id == "P0000001").PartnerId);
        Assert.Equal(("P0000003", "P0000001"), context.Parents.Select(p => new { p.PersonId, p.ParentId }).AsEnumerable().Select(p => (p.PersonId, p.ParentId)).Single());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_PlacementsPointingNowhere_AreRejectedNamingTheField(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Placements);

        // When
        var result = ImportFiles.Import(database, ImportKind.Placements, "placements-unknown.csv");

        // Then
        Assert.Equal(new ImportCounts(6, 1, 0, 0, 5), result.Counts);
        Assert.Equal(
            [
                (2, "locationId", "unknown location GM0363-L999; import it with locations.csv first"),
                (3, "personId", "unknown person P9999999"),
                (4, "locationId", "required"),
                (6, "address", "required"),
                (7, "to", "2022-06-30 is before from 2023-01-10"),
            ],
            result.Rejections.Select(r => (r.Line, r.Field, r.Reason)));
        Assert.Equal(1, ImportFiles.Count<Placement>(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_RowAfterAValueSpanningTwoLines_IsReportedOnTheLineItStartsOn(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Placements);

        // When
        var result = ImportFiles.Import(database, ImportKind.Placements, "placements-multiline.csv");

        // Then
        Assert.Equal(new ImportCounts(2, 1, 0, 0, 1), result.Counts);
        Assert.Equal(new ImportRejection(4, "to", "'2024-06-31' is not a date (YYYY-MM-DD)"), Assert.Single(result.Rejections));
    }
}
