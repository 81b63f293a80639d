using Overgang.Rules;

namespace Overgang.Analysis.Reforms;

/// <summary>Allowance, contribution and social-assistance totals of one month or one municipality under the baseline and the reform.</summary>
/// <param name="Key">The month (<c>YYYY-MM</c>) or the municipality code.</param>
/// <param name="Label">A readable name (the municipality's name; the month again for months).</param>
/// <param name="AllowanceBaseline">Living allowance under the baseline.</param>
/// <param name="AllowanceReform">Living allowance under the reform.</param>
/// <param name="ContributionBaseline">Own contribution under the baseline.</param>
/// <param name="ContributionReform">Own contribution under the reform.</param>
/// <param name="SocialAssistanceBaseline">Estimated social assistance under the baseline.</param>
/// <param name="SocialAssistanceReform">Estimated social assistance under the reform.</param>
public sealed record MoneyDifference(string Key, string Label, Money AllowanceBaseline, Money AllowanceReform, Money ContributionBaseline, Money ContributionReform, Money SocialAssistanceBaseline, Money SocialAssistanceReform)
{
    /// <summary>Allowance: reform minus baseline.</summary>
    public Money AllowanceDifference => AllowanceReform - AllowanceBaseline;

    /// <summary>Contribution: reform minus baseline.</summary>
    public Money ContributionDifference => ContributionReform - ContributionBaseline;

    /// <summary>Social assistance: reform minus baseline.</summary>
    public Money SocialAssistanceDifference => SocialAssistanceReform - SocialAssistanceBaseline;

    /// <summary>Net cost to government (allowance plus social assistance minus contribution): reform minus baseline.</summary>
    public Money NetDifference => AllowanceDifference + SocialAssistanceDifference - ContributionDifference;
}
