using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Persons;

/// <summary>A person's record: the registered facts the rules use, with the version to send back on a change.</summary>
/// <param name="Id">The person.</param>
/// <param name="Version">The version (also the ETag).</param>
/// <param name="GivenName">Given names (Latin script).</param>
/// <param name="FamilyName">Family name (Latin script).</param>
/// <param name="GivenNameCyrillic">Given names in Cyrillic, where known.</param>
/// <param name="FamilyNameCyrillic">Family name in Cyrillic, where known.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Sex"><c>F</c>, <c>M</c> or <c>X</c>.</param>
/// <param name="Nationality">ISO 3166 alpha-2.</param>
/// <param name="UkrainianResidence"><c>citizen</c>, <c>permanent</c> or <c>temporary</c>.</param>
/// <param name="MunicipalityCode">Municipality of registration.</param>
/// <param name="HouseholdId">The registered household.</param>
/// <param name="PartnerId">Spouse or partner.</param>
/// <param name="ParentIds">Responsible adults.</param>
/// <param name="MedicalTreatment">Undergoing medical treatment.</param>
/// <param name="AsylumApplication"><c>pending</c>, <c>withdrawn</c> or <c>none</c>.</param>
/// <param name="AsylumWithdrawnOn">When the asylum application was withdrawn.</param>
/// <param name="PublicOrderCheck"><c>passed</c>, <c>failed</c> or <c>pending</c>.</param>
/// <param name="Placement">The current placement, if any.</param>
/// <param name="Incomes">Income per month, latest first.</param>
/// <param name="Bsn">The citizen service number, where registered in the BRP (only callers who may read the person see the record at all; the read is audited).</param>
/// <param name="VNumber">The IND's V-number, where known.</param>
public sealed record PersonView(
    string Id,
    long Version,
    string GivenName,
    string FamilyName,
    string? GivenNameCyrillic,
    string? FamilyNameCyrillic,
    LocalDate BirthDate,
    string Sex,
    string Nationality,
    string UkrainianResidence,
    string MunicipalityCode,
    string HouseholdId,
    string? PartnerId,
    ImmutableArray<string> ParentIds,
    bool MedicalTreatment,
    string AsylumApplication,
    LocalDate? AsylumWithdrawnOn,
    string PublicOrderCheck,
    PlacementView? Placement,
    ImmutableArray<IncomeView> Incomes,
    string? Bsn,
    string? VNumber)
{
    /// <summary>Another residence permit recorded for the person, if any.</summary>
    public OtherPermitView? OtherPermit { get; init; }

    /// <summary>The person's return commitment, if enrolled.</summary>
    public ReturnCommitmentView? ReturnCommitment { get; init; }
}
