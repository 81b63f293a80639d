using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>Where a person lives from a date: a reception location, a host family or an own home.</summary>
public sealed class Placement
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary><c>municipal</c>, <c>municipal-catering</c>, <c>coa</c>, <c>private</c> or <c>own-home</c>.</summary>
    public required string Reception { get; set; }

    /// <summary>The location for municipal and COA reception.</summary>
    public string? LocationId { get; set; }

    /// <summary>The address for private reception or an own home.</summary>
    public string? Address { get; set; }

    /// <summary>First day.</summary>
    public LocalDate From { get; set; }

    /// <summary>Last day, or <c>null</c> while it lasts.</summary>
    public LocalDate? To { get; set; }
}
