using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Import;
using Overgang.Registry.Tests.Support;

namespace Overgang.Registry.Tests.Import;

/// <summary>Issue 16: the files of reception quality (target groups, inspections, complaints, conversions, occupancy) on both databases.</summary>
public sealed class QualityImportTests
{
    public static TheoryData<string, ImportKind, string, int, int> ValidFiles()
    {
        var data = new TheoryData<string, ImportKind, string, int, int>();
        foreach (var provider in new[] { "sqlite", "postgresql" })
        {
            data.Add(provider, ImportKind.LocationGroups, "location-groups.csv", 3, 0);
            data.Add(provider, ImportKind.Inspections, "inspections.csv", 3, 0);
            data.Add(provider, ImportKind.Complaints, "complaints.csv", 2, 2);
            data.Add(provider, ImportKind.Conversions, "conversions.csv", 2, 0);
            data.Add(provider, ImportKind.Occupancy, "occupancy.csv", 2, 0);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Import_ValidFile_InsertsEveryRowAndAgainChangesNothing(string provider, ImportKind kind, string file, int inserted, int audited)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);
        var auditBefore = ImportFiles.AuditCount(database);

        // When
        var first = ImportFiles.Import(database, kind, file);
        var again = ImportFiles.Import(database, kind, file);

        // Then
        Assert.Equal(new ImportCounts(inserted, inserted, 0, 0, 0), first.Counts);
        Assert.Equal(new ImportCounts(inserted, 0, 0, inserted, 0), again.Counts);
        Assert.Equal(auditBefore + audited, ImportFiles.AuditCount(database));
        using var context = database.Open();
        Assert.True(AuditChain.Verify(context).IsIntact);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_QualityFiles_StoreTheirValues(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        foreach (var (kind, file) in new[] { (ImportKind.LocationGroups, "location-groups.csv"), (ImportKind.Inspections, "inspections.csv"), (ImportKind.Complaints, "complaints.csv"), (ImportKind.Conversions, "conversions.csv"), (ImportKind.Occupancy, "occupancy.csv") })
        {
            ImportFiles.Import(database, kind, file);
        }

        // Then
        using var context = database.Open();
        Assert.Equal(new LocalDate(2026, 12, 31), context.LocationTargetGroups.Single(g => g.TargetGroup == "status-holders").Until);
        Assert.Equal(2, context.Inspections.Count());
        Assert.Equal("Twee kinderen nog niet ingeschreven;\nvolgt bij de volgende inspectie", context.Inspections.Single(i => i.LocationId == "GM0599-L001").Notes?.ReplaceLineEndings("\n"));
        Assert.Equal("not-met", context.InspectionFindings.Single(f => f.CriterionId == "aef.complaints-in-ukrainian").Result);
        var decided = context.Complaints.Single(c => c.Reference == "GM0363-K-001");
        Assert.Equal(("uk", "У кімнаті живуть шестеро людей.", "decided", new LocalDate(2026, 3, 1), "partly-upheld"), (decided.Language, decided.Text, decided.Status, decided.DecidedOn!.Value, decided.Outcome!));
        var created = context.Audit.Single(a => a.Subject == "complaint:GM0363-K-001");
        Assert.DoesNotContain("шестеро", created.Data, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 3, 15), context.Conversions.Single(c => c.LocationId == "GM0599-L001").DoneOn);
        Assert.Equal(12, context.ReportedOccupancy.Single(o => o.TargetGroup == "status-holders").Residents);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void Import_ChangedComplaint_UpdatesItWithANewVersionAndAnAuditEntry(string provider)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);
        ImportFiles.Import(database, ImportKind.Complaints, "complaints.csv");
        var changed = Path.Combine(Path.GetTempPath(), $"complaints-{Guid.NewGuid():N}.csv");
        File.WriteAllText(changed, File.ReadAllText(ImportFiles.PathOf("complaints.csv")).Replace("De wasmachine is kapot.,received,,,", "De wasmachine is kapot.,acknowledged,2026-05-22,,", StringComparison.Ordinal));

        // When
        var result = Assert.IsType<ImportOutcome.Imported>(CsvImporter.Import(database, ImportKind.Complaints, changed, ImportFiles.At));

        // Then
        Assert.Equal(new ImportCounts(2, 0, 1, 1, 0), result.Counts);
        using var context = database.Open();
        var complaint = context.Complaints.Single(c => c.Reference == "GM0363-K-002");
        Assert.Equal(("acknowledged", new LocalDate(2026, 5, 22), 2L), (complaint.Status, complaint.AcknowledgedOn!.Value, complaint.Version));
        Assert.Single(context.Audit.Where(a => a.Action == "complaint.update" && a.Subject == "complaint:GM0363-K-002"));
    }

    public static TheoryData<string, ImportKind, string, int, string> BadFiles()
    {
        var data = new TheoryData<string, ImportKind, string, int, string>();
        foreach (var provider in new[] { "sqlite", "postgresql" })
        {
            data.Add(provider, ImportKind.LocationGroups, "location-groups-bad.csv", 1,
                "2 group 'students' is not one of displaced, status-holders, asylum-seekers|3 location unknown location GM9999-L001; import it with locations.csv first|4 until 2022-03-01 is before from 2022-04-01|6 location duplicate of line 5 (same natural key)");
            data.Add(provider, ImportKind.Inspections, "inspections-bad.csv", 1,
                "2 criterion unknown criterion rooo.unknown; the criteria are listed in docs/registry-csv.md|3 result 'maybe' is not one of met, not-met, not-assessed|4 criterion criterion rooo.education does not apply on 2024-12-01|6 inspector differs from line 5, the same inspection|7 criterion duplicate of line 5 (same natural key)");
            data.Add(provider, ImportKind.Complaints, "complaints-bad.csv", 0,
                "2 category 'noise' is not one of housing, facilities, safety, treatment, care, other|3 language 'de' is not one of uk, nl, en, ru|4 decided required when the status is decided|5 acknowledged before the day it was received|6 text required|7 outcome only with the status decided");
            data.Add(provider, ImportKind.Conversions, "conversions-bad.csv", 0,
                "2 places 121 is more than the location's 120 places|3 places must be at least 1|4 done 2026-02-01 is before planned 2026-03-01");
            data.Add(provider, ImportKind.Occupancy, "occupancy-bad.csv", 1,
                "2 group displaced people are counted from placements.csv; report only status-holders and asylum-seekers here|3 residents '-1' is not a whole number of zero or more|5 group duplicate of line 4 (same natural key)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Import_BadRows_AreRejectedNamingLineAndFieldAndTheValidOnesImported(string provider, ImportKind kind, string file, int inserted, string expected)
    {
        // Given
        var database = TestDatabase.Create(provider);
        ImportFiles.SeedBefore(database, ImportKind.Persons);

        // When
        var result = ImportFiles.Import(database, kind, file);

        // Then
        Assert.Equal(inserted, result.Counts.Inserted);
        var rejections = result.Rejections.Select(r => $"{r.Line} {r.Field}" + " " + r.Reason).ToList();
        Assert.Equal(expected.Split('|'), rejections);
    }
}
