using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A municipality's contact details as an administrator recorded them; a recorded field overrides the sourced data file
/// of the web application, an empty one falls back to it.
/// </summary>
public sealed class MunicipalityContact
{
    /// <summary>The municipality.</summary>
    public required string MunicipalityCode { get; set; }

    /// <summary>Visiting or postal address, or <c>null</c>.</summary>
    public string? Address { get; set; }

    /// <summary>Phone number, or <c>null</c>.</summary>
    public string? Phone { get; set; }

    /// <summary>Website (https), or <c>null</c>.</summary>
    public string? Website { get; set; }

    /// <summary>Opening hours in words, or <c>null</c>.</summary>
    public string? OpeningHours { get; set; }

    /// <summary>Where the administrator has the details from (required for every change).</summary>
    public required string Source { get; set; }

    /// <summary>Who changed it last (user name).</summary>
    public required string ChangedBy { get; set; }

    /// <summary>When it was changed last.</summary>
    public Instant ChangedAt { get; set; }

    /// <summary>Incremented on every change; a stale version on update is a conflict.</summary>
    public long Version { get; set; }
}
