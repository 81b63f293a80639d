using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.Stays;

/// <summary>A transitional stay as the API and the pages show it.</summary>
/// <param name="Id">The stay's id.</param>
/// <param name="PersonId">The person.</param>
/// <param name="Kind"><c>medical-treatment</c> or <c>school-year</c>.</param>
/// <param name="From">The first day.</param>
/// <param name="Until">The last day; the path's consequences apply from the day after.</param>
/// <param name="ConsequencesFrom">The day after <paramref name="Until"/>.</param>
/// <param name="ReviewDue">The day the IND's follow-up before expiry is due (null for a withdrawn stay).</param>
/// <param name="Reason">Why the IND decided it (personal data).</param>
/// <param name="DecidedBy">Who decided it.</param>
/// <param name="DecidedOn">The day it was decided.</param>
/// <param name="Withdrawn">Whether it was withdrawn.</param>
public sealed record StayView(long Id, string PersonId, string Kind, LocalDate From, LocalDate Until, LocalDate ConsequencesFrom, LocalDate? ReviewDue, string Reason, string DecidedBy, LocalDate DecidedOn, bool Withdrawn);

/// <summary>A person's transitional stays, latest first.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="HouseholdId">The household.</param>
/// <param name="Stays">The stays.</param>
/// <param name="CyrillicName">The name in Cyrillic as stored ("family, given"), or null.</param>
public sealed record StayList(string PersonId, string GivenName, string FamilyName, string HouseholdId, ImmutableArray<StayView> Stays, string? CyrillicName = null);

/// <summary>A transitional stay the IND decides.</summary>
/// <param name="Kind"><c>medical-treatment</c> or <c>school-year</c>.</param>
/// <param name="From">The first day, <c>YYYY-MM-DD</c>.</param>
/// <param name="Until">The last day, <c>YYYY-MM-DD</c>; a school-year stay ends at the latest on the last day of the school year in which protection ends.</param>
/// <param name="Reason">Why (free text, at most 2,000 characters).</param>
public sealed record StayRequest(string? Kind, string? From, string? Until, string? Reason);

/// <summary>A person the IND may decide a stay for: flagged, without a stay, or with a stay ending soon.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="GivenName">Given name.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="Municipality">The municipality's name.</param>
/// <param name="HouseholdId">The household.</param>
/// <param name="Ground"><c>medical-treatment</c> or <c>school-year</c>: the stay the person may need.</param>
/// <param name="Stay">The stay ending soon, or null for a person without one.</param>
/// <param name="CyrillicName">The name in Cyrillic as stored ("family, given"), for a page in Ukrainian, or null.</param>
public sealed record StayCandidate(string PersonId, string GivenName, string FamilyName, string Municipality, string HouseholdId, string Ground, StayView? Stay, string? CyrillicName = null);

/// <summary>The IND's list of transitional stays to decide and to follow up.</summary>
/// <param name="Today">The day the list was made.</param>
/// <param name="Undecided">Flagged persons without a stay (at most a page).</param>
/// <param name="UndecidedTotal">How many flagged persons have no stay.</param>
/// <param name="Ending">Stays ending within the follow-up window.</param>
public sealed record StayWorkList(LocalDate Today, ImmutableArray<StayCandidate> Undecided, int UndecidedTotal, ImmutableArray<StayCandidate> Ending);

/// <summary>The transitional-stay work list in counts, for a home page.</summary>
/// <param name="Undecided">Persons whose facts may ground a stay and who have none.</param>
/// <param name="Ending">Stays ending within the work list's window.</param>
public sealed record StayCounts(int Undecided, int Ending);
