using Overgang.Rules.Parameters;

namespace Overgang.Rules.Allowance;

/// <summary>The outcome of calculating one household: calculated, or why it cannot be.</summary>
public abstract record CalculationOutcome
{
    private protected CalculationOutcome()
    {
    }

    /// <summary>The household was calculated.</summary>
    /// <param name="Result">The calculation.</param>
    public sealed record Calculated(HouseholdCalculation Result) : CalculationOutcome;

    /// <summary>A parameter the household needs is unknown on the date.</summary>
    /// <param name="Missing">The parameter and why.</param>
    public sealed record ParameterMissing(MissingParameter Missing) : CalculationOutcome;

    /// <summary>The hardship override cannot apply (it would raise the contribution).</summary>
    /// <param name="Reason">Why.</param>
    public sealed record OverrideRefused(string Reason) : CalculationOutcome;
}
