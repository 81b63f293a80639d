using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A planned conversion of a location's places into regular housing (003:58-60).</summary>
public sealed class LocationConversion
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The location.</summary>
    public required string LocationId { get; set; }

    /// <summary>Places to convert.</summary>
    public int Places { get; set; }

    /// <summary>The planned day (one plan per location and day).</summary>
    public LocalDate PlannedOn { get; set; }

    /// <summary>The day it was done, or <c>null</c>.</summary>
    public LocalDate? DoneOn { get; set; }

    /// <summary>Incremented on every change; a stale version on update is a conflict.</summary>
    public long Version { get; set; }
}
