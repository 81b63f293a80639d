using NodaTime;

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

    /// <summary>
    /// For a calculated payment, the steps of its explanation in stored form (<c>Overgang.Rules.Explanations.StoredExplanation</c>);
    /// <c>null</c> for another outcome and for a payment stored before that form. Read it with
    /// <see cref="Facts.StoredExplanations.PaymentJson"/> (docs/adr/0010-stored-decisions.md).
    /// </summary>
    public byte[]? Stored { get; set; }

    /// <summary>Why the payment could not be calculated (JSON), or the explanation JSON of a payment stored before the stored form; else <c>null</c>.</summary>
    public string? Explanation { get; set; }

    /// <summary>
    /// What the household lives on this month when calculated: <c>allowance</c>, <c>social-assistance</c> or <c>ended</c>
    /// (<c>Overgang.Rules.Provisions.ProvisionNames</c>); <c>null</c> when not calculated.
    /// </summary>
    public string? Provision { get; set; }

    /// <summary>The estimated monthly social assistance in cents, for a household on social assistance; else <c>null</c>.</summary>
    public long? SocialAssistanceCents { get; set; }

    /// <summary>True when the household is on social assistance this month and was not on the first day of the previous month.</summary>
    public bool HandOver { get; set; }

    /// <summary>The first day of the household's obligation to take out basic health insurance (Zvw), once it holds; else <c>null</c>.</summary>
    public LocalDate? HealthInsuranceFrom { get; set; }

    /// <summary>The members who pay a health-insurance premium, when the obligation holds.</summary>
    public int? HealthInsuranceInsured { get; set; }

    /// <summary>The estimated monthly premium of the household in cents, when the obligation holds and the premium is known.</summary>
    public long? HealthInsurancePremiumCents { get; set; }
}
