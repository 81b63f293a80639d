namespace Overgang.Analysis.Reforms;

/// <summary>The households and persons per provision in one month (or one month and municipality).</summary>
/// <param name="AllowanceHouseholds">Assessed households on the living allowance.</param>
/// <param name="SocialAssistanceHouseholds">Assessed households on social assistance.</param>
/// <param name="HandedOver">Assessed households on social assistance for the first month.</param>
/// <param name="EndedHouseholds">Assessed households whose provisions ended.</param>
/// <param name="ReceptionPlaces">Persons in the municipal scheme whose provision is not ended.</param>
public sealed record Caseload(int AllowanceHouseholds, int SocialAssistanceHouseholds, int HandedOver, int EndedHouseholds, int ReceptionPlaces)
{
    /// <summary>No households and no persons.</summary>
    public static Caseload Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The sum of two caseloads.</summary>
    public Caseload Add(Caseload other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(AllowanceHouseholds + other.AllowanceHouseholds, SocialAssistanceHouseholds + other.SocialAssistanceHouseholds, HandedOver + other.HandedOver, EndedHouseholds + other.EndedHouseholds, ReceptionPlaces + other.ReceptionPlaces);
    }

    /// <summary>The caseload of one municipality's month.</summary>
    public static Caseload Of(MunicipalityMonth month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return new(month.Households, month.SocialAssistanceHouseholds, month.HandedOver, month.EndedHouseholds, month.ReceptionPlaces);
    }
}
