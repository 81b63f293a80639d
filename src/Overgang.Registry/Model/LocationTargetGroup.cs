using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A period in which a reception location is set up for a target group (displaced people, status holders, asylum seekers).</summary>
public sealed class LocationTargetGroup
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The location.</summary>
    public required string LocationId { get; set; }

    /// <summary><c>displaced</c>, <c>status-holders</c> or <c>asylum-seekers</c>.</summary>
    public required string TargetGroup { get; set; }

    /// <summary>First day.</summary>
    public LocalDate From { get; set; }

    /// <summary>Last day, or <c>null</c> while it lasts.</summary>
    public LocalDate? Until { get; set; }
}
