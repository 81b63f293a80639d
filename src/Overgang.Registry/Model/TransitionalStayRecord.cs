using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A transitional stay the IND decided for a person (issue 16, 002:906-934): a reviewed exception for medical treatment
/// or for completing the school year that defers the consequences of the person's path until <see cref="Until"/>.
/// </summary>
/// <remarks>Only a stay the rules grant is stored (its ground met, a school-year stay capped at the end of the school
/// year); a decided stay is never deleted: it is withdrawn.</remarks>
public sealed class TransitionalStayRecord
{
    /// <summary>The longest reason.</summary>
    public const int ReasonMaximum = 2000;

    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary><c>medical-treatment</c> or <c>school-year</c> (<see cref="Registry.Stays.StayKinds"/>).</summary>
    public required string Kind { get; set; }

    /// <summary>The first day of the stay.</summary>
    public LocalDate From { get; set; }

    /// <summary>The last day of the stay (inclusive): the path's consequences apply from the day after.</summary>
    public LocalDate Until { get; set; }

    /// <summary>Why the IND decided it: free text about the person (personal data, checked with <see cref="FreeText"/>).</summary>
    public required string Reason { get; set; }

    /// <summary>Who decided it (the officer's account or the source system).</summary>
    public required string DecidedBy { get; set; }

    /// <summary>The day it was decided.</summary>
    public LocalDate DecidedOn { get; set; }

    /// <summary>When it was recorded.</summary>
    public Instant RecordedAt { get; set; }

    /// <summary>Whether it was withdrawn (it then defers nothing).</summary>
    public bool Withdrawn { get; set; }
}
