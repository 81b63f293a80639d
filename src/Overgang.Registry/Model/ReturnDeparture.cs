using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A confirmed departure of a return-programme participant.</summary>
public sealed class ReturnDeparture
{
    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>The day of departure.</summary>
    public LocalDate On { get; set; }
}
