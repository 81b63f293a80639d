using System.Collections.Immutable;
using Overgang.Web.Outlook;

namespace Overgang.Web.SelfService;

/// <summary>A displaced person's own record as they see it: who, where, the transition decision, tasks and allowance.</summary>
/// <param name="PersonId">The registry id.</param>
/// <param name="GivenName">Given names (Latin script).</param>
/// <param name="FamilyName">Family name (Latin script).</param>
/// <param name="GivenNameCyrillic">Given names in Cyrillic, where known.</param>
/// <param name="FamilyNameCyrillic">Family name in Cyrillic, where known.</param>
/// <param name="HouseholdId">The registered household.</param>
/// <param name="MunicipalityCode">The municipality of registration.</param>
/// <param name="MunicipalityName">Its name.</param>
/// <param name="Reception">Where the person lives today: <c>municipal</c>, <c>municipal-catering</c>, <c>coa</c>, <c>private</c>, <c>own-home</c>, or <c>null</c>.</param>
/// <param name="LocationName">The reception location's name, for municipal and COA reception.</param>
/// <param name="Decision">The latest recorded transition decision, or <c>null</c> before the first decisions run.</param>
/// <param name="Tasks">Actions and follow-up tasks of that decision, by due date.</param>
/// <param name="Allowance">This month's allowance of the person's household, or <c>null</c> when it was not calculated.</param>
/// <param name="Outlook">What the person's allowance household lives on from this month until March 2028 and what changes, with today's facts; <c>null</c> when the last day of protection is unknown.</param>
public sealed record OwnRecordResponse(
    string PersonId,
    string GivenName,
    string FamilyName,
    string? GivenNameCyrillic,
    string? FamilyNameCyrillic,
    string HouseholdId,
    string MunicipalityCode,
    string MunicipalityName,
    string? Reception,
    string? LocationName,
    OwnDecision? Decision,
    ImmutableArray<OwnTask> Tasks,
    OwnAllowance? Allowance,
    OutlookView? Outlook);
