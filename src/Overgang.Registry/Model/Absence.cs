using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A period away from the reception location (for the 28-day rule).</summary>
public sealed class Absence
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>First day away.</summary>
    public LocalDate From { get; set; }

    /// <summary>Last day away.</summary>
    public LocalDate To { get; set; }

    /// <summary>Reported in advance to the location manager.</summary>
    public bool Reported { get; set; }
}
