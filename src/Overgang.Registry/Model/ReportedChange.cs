using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// A change a displaced person reported about themselves on their own page (a new address, a change of income,
/// departure plans, something else): a task for the case workers of the person's municipality, in the person's words.
/// </summary>
public sealed class ReportedChange
{
    /// <summary>The longest text a person may write.</summary>
    public const int TextMaximum = 2000;

    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>The person who reported it.</summary>
    public required string PersonId { get; set; }

    /// <summary>The person's registered household when reported.</summary>
    public required string HouseholdId { get; set; }

    /// <summary>The person's municipality when reported: whose case workers see the task.</summary>
    public required string MunicipalityCode { get; set; }

    /// <summary><c>address</c>, <c>income</c>, <c>departure</c> or <c>other</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>What the person wrote (free text, checked with <see cref="FreeText"/>, at most <see cref="TextMaximum"/> characters).</summary>
    public required string Text { get; set; }

    /// <summary>The language the person wrote in (<c>nl</c>, <c>uk</c> or <c>en</c>).</summary>
    public required string Language { get; set; }

    /// <summary>When it was reported.</summary>
    public Instant ReportedAt { get; set; }

    /// <summary><c>open</c> or <c>done</c>.</summary>
    public required string Status { get; set; }
}
