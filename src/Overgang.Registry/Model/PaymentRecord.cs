namespace Overgang.Registry.Model;

/// <summary>The allowance and contribution of one household in one monthly run.</summary>
public sealed class PaymentRecord
{
    /// <summary>The run.</summary>
    public long RunId { get; set; }

    /// <summary>The household.</summary>
    public required string HouseholdId { get; set; }

    /// <summary>The paying municipality.</summary>
    public required string MunicipalityCode { get; set; }

    /// <summary>Members counted this month.</summary>
    public int Members { get; set; }

    /// <summary>Allowance payable, in cents.</summary>
    public long AllowanceCents { get; set; }

    /// <summary>Contribution due, in cents.</summary>
    public long ContributionCents { get; set; }

    /// <summary><c>calculated</c>, <c>ended-absence</c> (28-day rule) or <c>not-calculable</c>.</summary>
    public required string Outcome { get; set; }

    /// <summary>The explanation (JSON) or why it could not be calculated.</summary>
    public required string Explanation { get; set; }
}
