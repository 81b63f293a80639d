using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Import;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

public sealed partial class CsvImporterTests
{
    /// <summary>Every provider times every base file: kind, file, inserted, updated, unchanged, audit entries written.</summary>
    public static TheoryData<string, ImportKind, string, int, int, int, int> BaseFiles
    {
        get
        {
            var data = new TheoryData<string, ImportKind, string, int, int, int, int>();
            foreach (var provider in new[] { "sqlite", "postgresql" })
            {
                data.Add(provider, ImportKind.Municipalities, "municipalities.csv", 3, 0, 0, 0);
                data.Add(provider, ImportKind.Locations, "locations.csv", 3, 0, 0, 0);
                data.Add(provider, ImportKind.Persons, "persons.csv", 5, 0, 0, 5);
                data.Add(provider, ImportKind.Relations, "relations.csv", 3, 0, 1, 4);
                data.Add(provider, ImportKind.Placements, "placements.csv", 5, 0, 0, 5);
                data.Add(provider, ImportKind.Incomes, "incomes.csv", 3, 0, 0, 3);
                data.Add(provider, ImportKind.Absences, "absences.csv", 2, 0, 0, 2);
                data.Add(provider, ImportKind.Checks, "checks.csv", 3, 3, 0, 6);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(BaseFiles))]
    public void Import_ValidFile_WritesEveryRowWithItsAuditEntries(string provider, ImportKind kind, string file, int inserted, int updated, int unchanged, int audited)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, kind);
        var auditBefore = ImportFiles.AuditCount(database);

        // When
        var result = ImportFiles.Import(database, kind, file);

        // Then
        Assert.Equal(new ImportCounts(inserted + updated + unchanged, inserted, updated, unchanged, 0), result.Counts);
        Assert.Empty(result.Rejections);
        Assert.Equal(auditBefore + audited, ImportFiles.AuditCount(database));
        using var context = database.Open();
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_EveryBaseFile_StoresTheValuesOfTheFiles(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);

        // When
        ImportFiles.SeedBefore(database, ImportKind.Checks + 1);

        // Then
        using var context = database.Open();
        var olena = context.Persons.Single(p => p.Id == "P0000001");
        Assert.Equal(("Ковальова", "Олена", new LocalDate(1985, 3, 12)), (olena.FamilyNameCyrillic, olena.GivenNameCyrillic, olena.BirthDate));
        Assert.Equal(("P0000002", "passed"), (olena.PartnerId, olena.PublicOrderCheck));
        Assert.Equal("P0000001", context.Persons.Single(p => p.Id == "P0000002").PartnerId);
        Assert.Equal("withdrawn", context.Persons.Single(p => p.Id == "P0000002").AsylumApplication);
        Assert.True(context.Persons.Single(p => p.Id == "P0000003").MedicalTreatment);
        Assert.Equal(["P0000001", "P0000002"], context.Parents.Where(p => p.PersonId == "P0000003").Select(p => p.ParentId).OrderBy(p => p).ToList());
        Assert.Equal(5, context.Protections.Count(p => p.MemberState == "NL"));
        Assert.Equal(new LocalDate(2022, 3, 10), context.Protections.Single(p => p.MemberState == "DE").Since);
        Assert.Equal("Coolsingel 40\n3011 AD Rotterdam", context.Placements.Single(p => p.PersonId == "P0000004").Address?.ReplaceLineEndings("\n"));
        Assert.Equal(new LocalDate(2024, 6, 30), context.Placements.Single(p => p.PersonId == "P0000005").To);
        Assert.Equal(145050, context.Incomes.Single(i => i.PersonId == "P0000001").Months.In(new LocalDate(2026, 10, 1)));
        Assert.Equal(210000, context.Incomes.Single(i => i.PersonId == "P0000002").Months.Months.Single().AmountCents);
        Assert.True(context.Absences.Single(a => a.PersonId == "P0000004").Reported);
        Assert.Equal(new LocalDate(2027, 5, 1), context.ReturnCommitments.Single().DepartureDate);
        Assert.Equal(("work", new LocalDate(2028, 1, 31)), context.OtherPermits.Select(p => new { p.Kind, p.ValidUntil }).AsEnumerable().Select(p => (p.Kind, p.ValidUntil)).Single());
        var created = context.Audit.Single(a => a.Subject == "P0000001" && a.Action == "person.create");
        Assert.Equal(("import:persons.csv", "import of persons.csv", ImportFiles.At), (created.Actor, created.Reason, created.At));
        Assert.Contains("\"familyNameCyrillic\":\"Ковальова\"", created.Data, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_SameFilesAgain_ChangesNothingAndWritesNoAuditEntries(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Checks + 1);
        var auditBefore = ImportFiles.AuditCount(database);
        var versionsBefore = Versions(database);

        // When
        var again = ImportFiles.Base.Select(b => ImportFiles.Import(database, b.Kind, b.File)).ToList();
        var reordered = ImportFiles.Import(database, ImportKind.Persons, "persons-reordered.csv");

        // Then
        Assert.All(again.Append(reordered), result => Assert.Equal(new ImportCounts(result.Counts.Read, 0, 0, result.Counts.Read, 0), result.Counts));
        Assert.Equal(auditBefore, ImportFiles.AuditCount(database));
        Assert.Equal(versionsBefore, Versions(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_ChangedPerson_UpdatesTheRowWithAnAuditEntryOfWhatChanged(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Relations);

        // When
        var result = CsvImporter.Import(database, ImportKind.Persons, ImportFiles.PathOf("persons-changed.csv"), ImportFiles.At, "clerk:anna");

        // Then
        var imported = Assert.IsType<ImportOutcome.Imported>(result);
        Assert.Equal(new ImportCounts(3, 1, 1, 1, 0), imported.Counts);
        using var context = database.Open();
        var iryna = context.Persons.Single(p => p.Id == "P0000004");
        Assert.Equal(("GM0363", "H0004", 1L), (iryna.MunicipalityCode, iryna.HouseholdId, iryna.Version));
        var update = context.Audit.Single(a => a.Action == "person.update");
        Assert.Equal(("P0000004", "clerk:anna", "import of persons-changed.csv"), (update.Subject, update.Actor, update.Reason));
        Assert.Equal("{\"municipality\":\"GM0363\",\"householdId\":\"H0004\"}", update.Data);
        Assert.Empty(context.Protections.Where(p => p.PersonId == "P0000006"));
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    private static List<(string Id, long Version)> Versions(RegistryDatabase database)
    {
        using var context = database.Open();
        return [.. context.Persons.OrderBy(p => p.Id).Select(p => new { p.Id, p.Version }).AsEnumerable().Select(p => (p.Id, p.Version))];
    }
}
