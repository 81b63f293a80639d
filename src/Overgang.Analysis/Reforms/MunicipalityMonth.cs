using NodaTime;
using Overgang.Rules;

namespace Overgang.Analysis.Reforms;

/// <summary>What one municipality's households get in one month, per provision.</summary>
/// <param name="Month">The month.</param>
/// <param name="MunicipalityCode">The municipality code.</param>
/// <param name="Households">Assessed households on the living allowance.</param>
/// <param name="Allowance">Living allowance paid.</param>
/// <param name="Contribution">Own contribution due (also from households on social assistance that live in municipal reception).</param>
public sealed record MunicipalityMonth(YearMonth Month, string MunicipalityCode, int Households, Money Allowance, Money Contribution)
{
    /// <summary>Estimated social assistance of the households handed over (after the last day of protection).</summary>
    public Money SocialAssistance { get; init; }

    /// <summary>Assessed households on social assistance.</summary>
    public int SocialAssistanceHouseholds { get; init; }

    /// <summary>Assessed households on social assistance for the first month (not on it in the month before).</summary>
    public int HandedOver { get; init; }

    /// <summary>Assessed households whose provisions from the municipal scheme ended (asylum reception, departure, another status, no entitlement).</summary>
    public int EndedHouseholds { get; init; }

    /// <summary>Reception places still used: persons in the municipal scheme, present in the month, whose provision is not ended.</summary>
    public int ReceptionPlaces { get; init; }

    /// <summary>Persons on the asylum path in asylum reception (COA) after protection ended: not (or no longer) on the allowance or social assistance of the municipal scheme.</summary>
    public int AsylumReception { get; init; }
}
