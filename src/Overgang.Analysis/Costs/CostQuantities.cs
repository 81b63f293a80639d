using System.Collections.Immutable;

namespace Overgang.Analysis.Costs;

/// <summary>The quantities the cost model counts from a simulation, per month.</summary>
public static class CostQuantities
{
    /// <summary>Living allowance paid (EUR), as the rules compute it.</summary>
    public const string Allowance = "allowance";

    /// <summary>Own contribution due (EUR), as the rules compute it; a negative cost.</summary>
    public const string Contribution = "contribution";

    /// <summary>Estimated social assistance (EUR), from the monthly social-assistance rule.</summary>
    public const string SocialAssistance = "social-assistance";

    /// <summary>Reception places times the days of the month.</summary>
    public const string ReceptionPlaceDays = "reception-place-days";

    /// <summary>Households handed over to social assistance in the month.</summary>
    public const string HandedOverHouseholds = "handed-over-households";

    /// <summary>Persons in asylum reception, in years (person-months / 12).</summary>
    public const string AsylumPersonYears = "asylum-person-years";

    /// <summary>Persons on the transition-document path (counted in the month of the decision date).</summary>
    public const string PersonsTransitionDocument = "persons-transition-document";

    /// <summary>Persons on the return-programme path (counted in the month of the decision date).</summary>
    public const string PersonsReturnProgramme = "persons-return-programme";

    /// <summary>Persons with another status, not entitled, or whose protection ended (counted in the month of the decision date).</summary>
    public const string PersonsOther = "persons-other";

    /// <summary>Every quantity.</summary>
    public static ImmutableArray<string> All { get; } =
        [Allowance, Contribution, SocialAssistance, ReceptionPlaceDays, HandedOverHouseholds, AsylumPersonYears, PersonsTransitionDocument, PersonsReturnProgramme, PersonsOther];
}
