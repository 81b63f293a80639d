using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Rules.Households;

/// <summary>A household (gezin) for the allowance: partners, their minor children, or a responsible adult with minors, or a person alone.</summary>
/// <param name="Members">Members in input order.</param>
/// <param name="Reception">Where the household lives (all members share it).</param>
/// <param name="Date">The date on which adulthood was decided.</param>
public sealed record Household(ImmutableArray<HouseholdMember> Members, Reception Reception, LocalDate Date)
{
    /// <summary>How the household was formed, in words, for the explanation (built on demand: batch runs rarely need it).</summary>
    public string Composition => Texts.RuleTexts.Contract(CompositionPhrase);

    /// <summary>How the household was formed, as a phrase of the rules' texts (shown in a page's language).</summary>
    public Texts.TextPhrase CompositionPhrase => HouseholdFormation.Describe(Members);

    /// <summary>Number of members.</summary>
    public int Size => Members.Length;

    /// <summary>Number of adult members.</summary>
    public int Adults
    {
        get
        {
            var adults = 0;
            foreach (var member in Members)
            {
                adults += member.IsAdult ? 1 : 0;
            }

            return adults;
        }
    }
}
