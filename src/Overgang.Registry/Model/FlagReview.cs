using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A review flag of a person's decision that an IND employee marked as reviewed in the work queue (issue 14).</summary>
public sealed class FlagReview
{
    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>The flag, in kebab case (<c>medical-treatment</c>).</summary>
    public required string Flag { get; set; }

    /// <summary>Who reviewed it.</summary>
    public required string ReviewedBy { get; set; }

    /// <summary>When.</summary>
    public Instant ReviewedAt { get; set; }
}
