using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.WorkQueue;

/// <summary>An outstanding action of a person with a pending decision.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="GivenName">Given names.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="CyrillicName">The name in Cyrillic ("family, given") where stored, else <c>null</c>.</param>
/// <param name="MunicipalityCode">Municipality code.</param>
/// <param name="MunicipalityName">Municipality name.</param>
/// <param name="HouseholdId">Household.</param>
/// <param name="Owner">Whose action it is (contract name).</param>
/// <param name="Action">The action (task code).</param>
/// <param name="Due">When it is due.</param>
/// <param name="Overdue">Whether it was due before today.</param>
/// <param name="Flags">The decision's review flags (kebab case).</param>
/// <param name="ReviewedFlags">Those of them marked as reviewed.</param>
/// <param name="AssignedTo">The IND employee the action is assigned to, or <c>null</c>.</param>
public sealed record WorkQueueItem(
    string PersonId,
    string GivenName,
    string FamilyName,
    string? CyrillicName,
    string MunicipalityCode,
    string MunicipalityName,
    string HouseholdId,
    string Owner,
    string Action,
    LocalDate Due,
    bool Overdue,
    ImmutableArray<string> Flags,
    ImmutableArray<string> ReviewedFlags,
    string? AssignedTo);
