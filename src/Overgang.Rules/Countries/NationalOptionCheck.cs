using System.Collections.Immutable;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.Countries;

/// <summary>What the check of a national option says for one person on one date.</summary>
public enum OptionOutcome
{
    /// <summary>Every condition the sources give is met, and the sources give them in full.</summary>
    Eligible,

    /// <summary>A condition is not met (the explanation names it).</summary>
    NotEligible,

    /// <summary>A fact the registry does not hold, a value or a status the sources do not give, or conditions not given in full (the explanation names which).</summary>
    Unknown,

    /// <summary>A Dutch option: the transition decision says whether it applies.</summary>
    DecidedByTransitionRules,
}

/// <summary>A national option checked against a person's facts: the outcome and, per condition, why.</summary>
/// <param name="MemberState">The member state (ISO 3166-1 alpha-2).</param>
/// <param name="OptionId">The option's id, or <c>null</c> when the member state has no country package.</param>
/// <param name="Outcome">Eligible, not eligible, unknown, or decided by the Dutch transition rules.</param>
/// <param name="Explanation">The steps, each worded from a template of the texts catalogue (rule <see cref="CountryRuleIds.OptionCheck"/>).</param>
public sealed record NationalOptionCheck(string MemberState, string? OptionId, OptionOutcome Outcome, ImmutableArray<ExplanationItem> Explanation);
