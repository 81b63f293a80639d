using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A regular residence permit held or applied for (work, study, family, research).</summary>
public sealed class OtherPermit
{
    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary><c>work</c>, <c>study</c>, <c>family</c> or <c>research</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>Last day of validity.</summary>
    public LocalDate ValidUntil { get; set; }
}
