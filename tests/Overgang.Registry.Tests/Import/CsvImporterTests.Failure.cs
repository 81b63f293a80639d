using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry.Import;
using Overgang.Registry.Model;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

public sealed partial class CsvImporterTests
{
    private const string RefusedId = "G0011000";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_DatabaseRefusesARowAfterEarlierBatchesWereSaved_WritesNothingAndNamesFileAndLine(string provider)
    {
        // Given: 12,000 valid persons (more than two save batches); the database refuses the 11,000th
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);
        var file = Path.Combine(Path.GetTempPath(), $"persons-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, GeneratedPersons(12_000), new UTF8Encoding(false));
        RefuseInsertOf(database, provider);
        Assert.Equal(RefusedId, Id(11_000));

        // When
        var failure = Assert.Throws<ImportFailedException>(() => CsvImporter.Import(database, ImportKind.Persons, file, ImportFiles.At));
        File.Delete(file);

        // Then
        var where = Where().Match(failure.Message);
        Assert.True(where.Success, failure.Message);
        Assert.Equal(Path.GetFileName(file), where.Groups["file"].Value);
        var first = int.Parse(where.Groups["line"].Success ? where.Groups["line"].Value : where.Groups["first"].Value, CultureInfo.InvariantCulture);
        var last = int.Parse(where.Groups["line"].Success ? where.Groups["line"].Value : where.Groups["last"].Value, CultureInfo.InvariantCulture);
        Assert.InRange(11_001, first, last);
        Assert.Contains("refused by the test", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, ImportFiles.Count<Person>(database));
        Assert.Equal(0, ImportFiles.Count<ProtectionRegistration>(database));
        Assert.Equal(0, ImportFiles.AuditCount(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_LargeFile_CountsReconcileAndEveryRowIsStored(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);
        var file = Path.Combine(Path.GetTempPath(), $"persons-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, GeneratedPersons(12_000) + "P9999999,Bad,Row,,,1990-02-30,F,UA,citizen,GM0363,H1,\n", new UTF8Encoding(false));

        // When
        var result = CsvImporter.Import(database, ImportKind.Persons, file, ImportFiles.At);
        File.Delete(file);

        // Then
        var imported = Assert.IsType<ImportOutcome.Imported>(result);
        Assert.Equal(new ImportCounts(12_001, 12_000, 0, 0, 1), imported.Counts);
        Assert.Equal(new ImportRejection(12_002, "birthDate", "'1990-02-30' is not a date (YYYY-MM-DD)"), Assert.Single(imported.Rejections));
        Assert.Equal(12_000, ImportFiles.Count<Person>(database));
        Assert.Equal(12_000, ImportFiles.Count<ProtectionRegistration>(database));
        Assert.Equal(12_000, ImportFiles.AuditCount(database));
    }

    private static string Id(int number) => "G" + number.ToString("D7", CultureInfo.InvariantCulture);

    private static string GeneratedPersons(int count)
    {
        var text = new StringBuilder("id,familyName,givenName,familyNameCyrillic,givenNameCyrillic,birthDate,sex,nationality,ukrainianResidence,municipality,householdId,protectionSince\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Id(i)},Petrenko,Oleh,Петренко,Олег,1980-01-{1 + (i % 28):D2},M,UA,citizen,GM0363,H{i:D7},2022-03-{1 + (i % 28):D2}\n");
        }

        return text.ToString();
    }

    private static void RefuseInsertOf(RegistryDatabase database, string provider)
    {
        using var context = database.Open();
        if (provider == "sqlite")
        {
            context.Database.ExecuteSqlRaw("CREATE TRIGGER refuse BEFORE INSERT ON person WHEN NEW.\"Id\" = '" + RefusedId + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
        }
        else
        {
            context.Database.ExecuteSqlRaw("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.\"Id\" = '" + RefusedId + "' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;");
            context.Database.ExecuteSqlRaw("CREATE TRIGGER refuse BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION refuse();");
        }
    }

    [GeneratedRegex(@"^import of (?<file>\S+) failed (at line (?<line>\d+)|in lines (?<first>\d+)-(?<last>\d+) \(a batch; the database did not say which row\)), nothing of the file was written: ")]
    private static partial Regex Where();
}
