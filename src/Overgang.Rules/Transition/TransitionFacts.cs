using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>What the transition decision needs to know about one person.</summary>
/// <remarks>
/// Facts that are not yet known are modelled as values (<see cref="PublicOrderCheck.Pending"/>,
/// <see cref="AsylumApplication.Pending"/>, an unsigned commitment, a permit without an end date), so that the decision
/// can say what is missing instead of guessing.
/// </remarks>
/// <param name="Id">The person's id, unique within one request.</param>
/// <param name="BirthDate">Date of birth (for the minor and school-age flags).</param>
/// <param name="Residence">The tie to Ukraine.</param>
/// <param name="Protection">Temporary protection: where and since when.</param>
/// <param name="OtherProtection">Further member states where the person is also registered.</param>
/// <param name="Asylum">The state of the linked asylum application.</param>
/// <param name="AsylumWithdrawnOn">When a withdrawn application was withdrawn, if known (needed only for third-country nationals with temporary residence).</param>
/// <param name="ObjectionPending">Whether an objection against the early end of protection was pending on its last day (third-country nationals only).</param>
/// <param name="PublicOrder">The public-order check outcome.</param>
/// <param name="Return">Return-programme enrolment, or <c>null</c>.</param>
/// <param name="Permit">Another residence permit, or <c>null</c>.</param>
/// <param name="MedicalTreatment">Whether the person is undergoing medical treatment (review flag).</param>
/// <param name="HouseholdId">The household, or <c>null</c> for a person on their own.</param>
/// <param name="TransitionalStay">A transitional stay the IND decided for the person (002:906-934), or <c>null</c>.</param>
public sealed record TransitionFacts(
    string Id,
    LocalDate BirthDate,
    UkrainianResidence Residence,
    Registration Protection,
    ImmutableArray<Registration> OtherProtection,
    AsylumApplication Asylum,
    LocalDate? AsylumWithdrawnOn,
    bool ObjectionPending,
    PublicOrderCheck PublicOrder,
    ReturnCommitment? Return,
    OtherPermit? Permit,
    bool MedicalTreatment,
    string? HouseholdId,
    TransitionalStay? TransitionalStay = null);
