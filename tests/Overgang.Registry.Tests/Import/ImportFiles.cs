using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Import;

namespace Overgang.Registry.Tests.Import;

/// <summary>The CSV fixtures under Import/Files and a registry filled with them.</summary>
internal static class ImportFiles
{
    public static readonly Instant At = Instant.FromUtc(2026, 11, 22, 12, 0);

    /// <summary>The base file of every kind, in import order.</summary>
    public static readonly (ImportKind Kind, string File)[] Base =
    [
        (ImportKind.Municipalities, "municipalities.csv"),
        (ImportKind.Locations, "locations.csv"),
        (ImportKind.Persons, "persons.csv"),
        (ImportKind.Relations, "relations.csv"),
        (ImportKind.Placements, "placements.csv"),
        (ImportKind.Incomes, "incomes.csv"),
        (ImportKind.Absences, "absences.csv"),
        (ImportKind.Checks, "checks.csv"),
    ];

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Import", "Files", file);

    public static ImportOutcome.Imported Import(RegistryDatabase database, ImportKind kind, string file)
    {
        var outcome = CsvImporter.Import(database, kind, PathOf(file), At);
        var imported = Assert.IsType<ImportOutcome.Imported>(outcome);
        Assert.True(imported.Counts.Reconciles, $"counts do not reconcile: {imported.Counts}");
        return imported;
    }

    /// <summary>Imports the base files of every kind before <paramref name="kind"/>.</summary>
    public static void SeedBefore(RegistryDatabase database, ImportKind kind)
    {
        foreach (var (baseKind, file) in Base.Where(b => b.Kind < kind))
        {
            Import(database, baseKind, file);
        }
    }

    public static int AuditCount(RegistryDatabase database)
    {
        using var context = database.Open();
        return context.Audit.Count();
    }

    public static int Count<T>(RegistryDatabase database)
        where T : class
    {
        using var context = database.Open();
        return context.Set<T>().AsNoTracking().Count();
    }

    public static List<string> Codes(RegistryDatabase database)
    {
        using var context = database.Open();
        return [.. context.Municipalities.AsNoTracking().Select(m => m.Code).AsEnumerable().Order(StringComparer.Ordinal)];
    }
}
