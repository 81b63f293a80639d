namespace Overgang.Registry.Import;

/// <summary>Checks the quality files share.</summary>
internal static class QualityRows
{
    /// <summary>Rejects a row naming a location the registry does not hold.</summary>
    public static void KnownLocation(CsvRow row, HashSet<string> locations, string? location)
    {
        if (location is not null && !locations.Contains(location))
        {
            row.Reject("location", $"unknown location {location}; import it with locations.csv first");
        }
    }
}
