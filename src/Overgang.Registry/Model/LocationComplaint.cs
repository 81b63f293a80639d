using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A complaint about a reception location and its handling: received, acknowledged, decided with an outcome. The text
/// is personal data (it may name the complainant or others): reading it is audited.
/// </summary>
public sealed class LocationComplaint
{
    /// <summary>The longest text.</summary>
    public const int TextMaximum = 2000;

    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The municipality's reference (natural key of the import), such as <c>GM0363-K-2026-001</c>.</summary>
    public required string Reference { get; set; }

    /// <summary>The location.</summary>
    public required string LocationId { get; set; }

    /// <summary>The day it was received.</summary>
    public LocalDate ReceivedOn { get; set; }

    /// <summary><c>housing</c>, <c>facilities</c>, <c>safety</c>, <c>treatment</c>, <c>care</c> or <c>other</c>.</summary>
    public required string Category { get; set; }

    /// <summary>The language the complaint was made in: <c>uk</c>, <c>nl</c>, <c>en</c> or <c>ru</c>.</summary>
    public required string Language { get; set; }

    /// <summary>The complaint in the complainant's words (personal data).</summary>
    public required string Text { get; set; }

    /// <summary><c>received</c>, <c>acknowledged</c> or <c>decided</c>.</summary>
    public required string Status { get; set; }

    /// <summary>The day receipt was acknowledged, or <c>null</c>.</summary>
    public LocalDate? AcknowledgedOn { get; set; }

    /// <summary>The day it was decided, or <c>null</c>.</summary>
    public LocalDate? DecidedOn { get; set; }

    /// <summary><c>upheld</c>, <c>partly-upheld</c>, <c>not-upheld</c> or <c>withdrawn</c> once decided, else <c>null</c>.</summary>
    public string? Outcome { get; set; }

    /// <summary>Who changed it last (user name, or <c>import</c>).</summary>
    public required string ChangedBy { get; set; }

    /// <summary>When it was changed last.</summary>
    public Instant ChangedAt { get; set; }

    /// <summary>Incremented on every change; a stale version on update is a conflict.</summary>
    public long Version { get; set; }
}
