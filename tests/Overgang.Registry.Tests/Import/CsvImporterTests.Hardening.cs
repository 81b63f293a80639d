using System.Globalization;
using System.Text;
using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

/// <summary>Regression tests of the import's hardening (issue 12): broken quotes, encodings, control characters, codes.</summary>
public sealed partial class CsvImporterTests
{
    private const string PersonsHeader = "id,familyName,givenName,familyNameCyrillic,givenNameCyrillic,birthDate,sex,nationality,ukrainianResidence,municipality,householdId,protectionSince";

    [Fact]
    public void Import_UnterminatedQuoteOnLineSix_RejectsThatLineAndImportsEveryLineAfterIt()
    {
        // Given: 20 rows, the fifth (line 6) opens a quote that is never closed
        var database = TestDatabase.Create("sqlite");
        ImportFiles.SeedBefore(database, ImportKind.Persons);
        var text = new StringBuilder(PersonsHeader + "\n");
        for (var i = 1; i <= 20; i++)
        {
            var family = i == 5 ? "\"Koval" : "Koval";
            text.Append(CultureInfo.InvariantCulture, $"P{i:D7},{family},Ivan,,,1990-01-01,M,UA,citizen,GM0363,H{i:D4},2022-03-15\n");
        }

        // When
        var result = ImportText(database, ImportKind.Persons, "persons.csv", text.ToString());

        // Then
        Assert.Equal(new ImportCounts(20, 19, 0, 0, 1), result.Counts);
        Assert.Equal(new ImportRejection(6, "row", "unterminated quote starting on line 6"), Assert.Single(result.Rejections));
        Assert.Equal(19, ImportFiles.Count<Person>(database));
    }

    [Fact]
    public void Import_QuoteClosedOnALaterLine_RejectsOnlyTheBrokenLineAndReadsTheLinesBetween()
    {
        // Given: line 3 opens a quote; line 6 has a quote in the middle of a value that would close it
        var database = TestDatabase.Create("sqlite");
        ImportFiles.SeedBefore(database, ImportKind.Persons);
        var text = PersonsHeader + "\n"
            + "P0000001,Koval,Ivan,,,1990-01-01,M,UA,citizen,GM0363,H1,2022-03-15\n"
            + "P0000002,\"Koval,Ivan,,,1990-01-01,M,UA,citizen,GM0363,H2,2022-03-15\n"
            + "P0000003,Koval,Ivan,,,1990-01-01,M,UA,citizen,GM0363,H3,2022-03-15\n"
            + "P0000004,Koval,Ivan,,,1990-01-01,M,UA,citizen,GM0363,H4,2022-03-15\n"
            + "P0000005,Ko\"val,Ivan,,,1990-01-01,M,UA,citizen,GM0363,H5,2022-03-15\n"
            + "P0000006,Koval,Ivan,,,1990-01-01,M,UA,citizen,GM0363,H6,2022-03-15\n";

        // When
        var result = ImportText(database, ImportKind.Persons, "persons.csv", text);

        // Then
        Assert.Equal(new ImportCounts(6, 4, 0, 0, 2), result.Counts);
        Assert.Equal([(3, "row"), (6, "row")], result.Rejections.Select(r => (r.Line, r.Field)));
        Assert.Equal("unterminated quote starting on line 3", result.Rejections[0].Reason);
    }

    [Theory]
    [InlineData("familyName", "Kov\0al")]
    [InlineData("givenName", "Iv\u0007an")]
    [InlineData("givenName", "\u202Enavi")]
    [InlineData("familyNameCyrillic", "Ко\u200Fваль")]
    [InlineData("givenNameCyrillic", "Іван\u0085")]
    [InlineData("familyName", "Kov\u2066al")]
    [InlineData("familyName", "Kov\u061Cal")]
    public void Import_NameWithAControlOrBidiCharacter_IsRejectedNamingTheField(string field, string value)
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        ImportFiles.SeedBefore(database, ImportKind.Persons);
        var values = new Dictionary<string, string>
        {
            ["familyName"] = "Koval", ["givenName"] = "Ivan", ["familyNameCyrillic"] = "Коваль", ["givenNameCyrillic"] = "Іван",
        };
        values[field] = value;
        var text = PersonsHeader + "\n" + $"P0000001,{values["familyName"]},{values["givenName"]},{values["familyNameCyrillic"]},{values["givenNameCyrillic"]},1990-01-01,M,UA,citizen,GM0363,H1,2022-03-15\n";

        // When
        var result = ImportText(database, ImportKind.Persons, "persons.csv", text);

        // Then
        Assert.Equal(new ImportCounts(1, 0, 0, 0, 1), result.Counts);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((2, field), (rejection.Line, rejection.Field));
        Assert.Contains("U+", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(0, ImportFiles.Count<Person>(database));
    }

    [Theory]
    [InlineData("../../pw")]
    [InlineData("GM363")]
    [InlineData("gm0363")]
    [InlineData("GM03630")]
    [InlineData("0363")]
    public void Import_MunicipalityCodeThatIsNotGmAndFourDigits_IsRejectedNamingTheField(string code)
    {
        // Given
        var database = TestDatabase.Create("sqlite");

        // When
        var result = ImportText(database, ImportKind.Municipalities, "municipalities.csv", $"code,name\n{code},Evil\nGM0363,Amsterdam\n");

        // Then
        Assert.Equal(new ImportCounts(2, 1, 0, 0, 1), result.Counts);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((2, "code"), (rejection.Line, rejection.Field));
        Assert.Equal(["GM0363"], ImportFiles.Codes(database));
    }

    [Theory]
    [InlineData("utf-16", false, "UTF-16")]
    [InlineData("utf-16", true, "UTF-16")]
    [InlineData("utf-16BE", false, "UTF-16")]
    [InlineData("utf-16BE", true, "UTF-16")]
    [InlineData("utf-32", false, "UTF-32")]
    [InlineData("utf-32", true, "UTF-32")]
    public void Import_Utf16Or32File_IsRefusedAsNotUtf8(string encoding, bool byteOrderMark, string looksLike)
    {
        // Given
        var database = TestDatabase.Create("sqlite");
        var path = Path.Combine(Path.GetTempPath(), "overgang-" + Guid.NewGuid().ToString("N") + ".csv");
        var chosen = Encoding.GetEncoding(encoding);
        var body = chosen.GetBytes("code,name\nGM0363,Amsterdam\n");
        File.WriteAllBytes(path, byteOrderMark ? [.. chosen.GetPreamble(), .. body] : body);

        // When
        var result = CsvImporter.Import(database, ImportKind.Municipalities, path, ImportFiles.At);
        File.Delete(path);

        // Then
        var refused = Assert.IsType<ImportOutcome.Refused>(result);
        Assert.Equal((1, "file"), (refused.Problem.Line, refused.Problem.Field));
        Assert.Equal($"the file is not UTF-8 (it looks like {looksLike}); save it as UTF-8", refused.Problem.Reason);
        Assert.Equal(0, ImportFiles.Count<Municipality>(database));
    }

    private static ImportOutcome.Imported ImportText(RegistryDatabase database, ImportKind kind, string name, string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "overgang-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            var imported = Assert.IsType<ImportOutcome.Imported>(CsvImporter.Import(database, kind, path, ImportFiles.At));
            Assert.True(imported.Counts.Reconciles, $"counts do not reconcile: {imported.Counts}");
            return imported;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
