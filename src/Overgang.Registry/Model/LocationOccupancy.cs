using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A reported number of residents of a target group at a location on a day, for the groups this registry holds no
/// persons of (status holders, asylum seekers); displaced people's occupancy comes from their placements.
/// </summary>
public sealed class LocationOccupancy
{
    /// <summary>The location.</summary>
    public required string LocationId { get; set; }

    /// <summary>The day counted.</summary>
    public LocalDate Date { get; set; }

    /// <summary><c>status-holders</c> or <c>asylum-seekers</c>.</summary>
    public required string TargetGroup { get; set; }

    /// <summary>Residents of the group.</summary>
    public int Residents { get; set; }
}
