namespace Overgang.Registry.Import;

/// <summary>
/// The rules of one kind of file: its columns, the stored rows it compares against (loaded once, in one query per
/// table, so that no row costs a round trip), and what a valid row inserts or updates.
/// </summary>
internal abstract class KindImporter
{
    /// <summary>The header's columns (order free in the file).</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>The columns whose quoted values may span lines (an address); in any other a quote must close on its line.</summary>
    public virtual IReadOnlyCollection<string> Multiline => [];

    /// <summary>Columns of <see cref="Columns"/> a file may leave out (their values are then empty).</summary>
    public virtual IReadOnlyCollection<string> Optional => [];

    public static KindImporter For(ImportKind kind) => kind switch
    {
        ImportKind.Municipalities => new MunicipalityImporter(),
        ImportKind.Locations => new LocationImporter(),
        ImportKind.Persons => new PersonImporter(),
        ImportKind.Relations => new RelationImporter(),
        ImportKind.Placements => new PlacementImporter(),
        ImportKind.Incomes => new IncomeImporter(),
        ImportKind.Absences => new AbsenceImporter(),
        ImportKind.Checks => new CheckImporter(),
        ImportKind.Return => new ReturnImporter(),
        ImportKind.Stays => new StayImporter(),
        ImportKind.LocationGroups => new LocationGroupImporter(),
        ImportKind.Inspections => new InspectionImporter(),
        ImportKind.Complaints => new ComplaintImporter(),
        ImportKind.Conversions => new ConversionImporter(),
        ImportKind.Occupancy => new OccupancyImporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Loads what the rows are compared against and checked to refer to.</summary>
    public abstract void Load(RegistryContext context);

    /// <summary>Validates one row (recording its problems on the row) and, when valid, applies it to the session.</summary>
    public abstract RowOutcome Process(CsvRow row, ImportSession session);

    /// <summary>Rejects a row whose natural key already occurred earlier in the file, naming that line.</summary>
    protected static void RejectDuplicate<TKey>(CsvRow row, Dictionary<TKey, int> seen, TKey key, string field)
        where TKey : notnull
    {
        if (seen.TryGetValue(key, out var earlier))
        {
            row.Reject(field, $"duplicate of line {earlier} (same {Describe(field)})");
        }
    }

    private static string Describe(string field) => field switch
    {
        "code" or "id" => field,
        _ => "natural key",
    };
}
