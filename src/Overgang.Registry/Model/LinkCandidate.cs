using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A pair record linkage found that may be one person registered twice: a registry person and another member state's
/// registration (or a second registry person). A person decides; nothing is merged automatically (docs/linkage.md).
/// </summary>
public sealed class LinkCandidate
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>Incremented on every change; a stale version on a decision is a conflict.</summary>
    public long Version { get; set; }

    /// <summary>The registry person.</summary>
    public required string PersonId { get; set; }

    /// <summary>What the pair is unique on: the person and the other side (so a second run adds no duplicate pair).</summary>
    public required string PairKey { get; set; }

    /// <summary><c>member-state</c> (another member state's registration) or <c>registry</c> (a second registry person).</summary>
    public required string Kind { get; set; }

    /// <summary>The second registry person, for a pair within the registry.</summary>
    public string? OtherPersonId { get; set; }

    /// <summary>The other member state (ISO 3166 alpha-2), for a pair with a member state's registration.</summary>
    public string? MemberState { get; set; }

    /// <summary>The other member state's registration number (pseudonymous).</summary>
    public string? ForeignRecordId { get; set; }

    /// <summary>First day of protection in the other member state, where sent.</summary>
    public LocalDate? ForeignSince { get; set; }

    /// <summary>The other side's family name as sent in the clear (<c>null</c> for an encoded file).</summary>
    public string? ForeignFamilyName { get; set; }

    /// <summary>The other side's given names as sent in the clear.</summary>
    public string? ForeignGivenName { get; set; }

    /// <summary>The other side's birth date as sent in the clear (<c>YYYY-MM-DD</c> or <c>YYYY</c>).</summary>
    public string? ForeignBirthDate { get; set; }

    /// <summary>The other side's sex as sent in the clear.</summary>
    public string? ForeignSex { get; set; }

    /// <summary>The other side's nationality as sent in the clear.</summary>
    public string? ForeignNationality { get; set; }

    /// <summary>
    /// The last three letters or digits of the other side's document number as sent in the clear (<c>null</c> when none
    /// was sent, or for an encoded file): enough for the reviewer to compare with a document at hand, not the number.
    /// </summary>
    public string? ForeignDocumentEnd { get; set; }

    /// <summary><c>clear</c> or <c>encoded</c>: how the pair was compared.</summary>
    public required string Mode { get; set; }

    /// <summary>The match weight (log2 odds).</summary>
    public double Weight { get; set; }

    /// <summary>The match probability.</summary>
    public double Probability { get; set; }

    /// <summary><c>match</c> or <c>review</c>.</summary>
    public required string Band { get; set; }

    /// <summary>The evidence per field, as JSON: field, level, outcome, label and weight.</summary>
    public required string Evidence { get; set; }

    /// <summary>The incoming file or run that found the pair.</summary>
    public required string Source { get; set; }

    /// <summary>When the pair was found.</summary>
    public Instant FoundAt { get; set; }

    /// <summary><c>open</c>, <c>same-person</c> or <c>different-persons</c>.</summary>
    public required string Status { get; set; }

    /// <summary>Who decided.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>When it was decided.</summary>
    public Instant? DecidedAt { get; set; }
}
