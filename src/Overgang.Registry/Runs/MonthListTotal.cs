using Overgang.Rules;

namespace Overgang.Registry.Runs;

/// <summary>What the lists of one municipality in a monthly run add up to.</summary>
/// <param name="Payments">The payment list (living allowance and own contribution of every allowance household).</param>
/// <param name="ContributionHouseholds">Households on the contribution list (a contribution due).</param>
/// <param name="Contributions">The total own contribution due.</param>
/// <param name="HandOverHouseholds">Households on the hand-over list (handed over to social assistance this month).</param>
/// <param name="SocialAssistance">Their total estimated monthly social assistance.</param>
/// <param name="HealthInsuranceHouseholds">Households on the health-insurance enrolment list.</param>
/// <param name="Insured">Their members who pay a premium.</param>
/// <param name="Premium">Their total estimated monthly premium (households whose premium is unknown count zero); <c>null</c> when no household's premium is known (the parameter is unknown on the date).</param>
public sealed record MonthListTotal(MunicipalityTotal Payments, int ContributionHouseholds, Money Contributions, int HandOverHouseholds, Money SocialAssistance, int HealthInsuranceHouseholds, int Insured, Money? Premium)
{
    /// <summary>Households on social assistance this month (handed over this month or earlier).</summary>
    public int SocialAssistanceHouseholds { get; init; }

    /// <summary>The estimated social assistance of every household on it this month (not only those handed over this month).</summary>
    public Money SocialAssistanceAll { get; init; }
}
