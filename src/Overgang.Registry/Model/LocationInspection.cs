using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>An inspection of a reception location against the quality checklist: who inspected it on which day, and notes.</summary>
public sealed class LocationInspection
{
    /// <summary>The longest notes.</summary>
    public const int NotesMaximum = 2000;

    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The location.</summary>
    public required string LocationId { get; set; }

    /// <summary>The inspection day (one inspection per location and day).</summary>
    public LocalDate InspectedOn { get; set; }

    /// <summary>Who inspected (an organisation or a role, such as "gemeente, team opvang").</summary>
    public required string Inspector { get; set; }

    /// <summary>Notes, or <c>null</c>.</summary>
    public string? Notes { get; set; }

    /// <summary>Who recorded it (user name, or <c>import</c>).</summary>
    public required string RecordedBy { get; set; }

    /// <summary>When it was recorded.</summary>
    public Instant RecordedAt { get; set; }

    /// <summary>Incremented on every change; a stale version on update is a conflict.</summary>
    public long Version { get; set; }
}
