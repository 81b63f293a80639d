using System.Collections.Immutable;
using NodaTime;
using Overgang.Registry.Linkage;

namespace Overgang.Web.Linkage;

/// <summary>One side of a candidate pair as the reviewer sees it; <c>null</c> fields were not sent in the clear.</summary>
/// <param name="Register">Where the registration is: <c>NL</c> or the other member state.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="GivenName">Given names.</param>
/// <param name="BirthDate">Birth date (<c>YYYY-MM-DD</c> or <c>YYYY</c>).</param>
/// <param name="Sex">Sex.</param>
/// <param name="Nationality">Nationality.</param>
/// <param name="ProtectedSince">First day of protection there, where known.</param>
/// <param name="DocumentEnd">The last three letters or digits of the document number, where sent in the clear (the registry keeps none).</param>
public sealed record LinkSide(string Register, string? FamilyName, string? GivenName, string? BirthDate, string? Sex, string? Nationality, LocalDate? ProtectedSince, string? DocumentEnd);

/// <summary>A candidate pair of the review queue.</summary>
/// <param name="Id">The candidate.</param>
/// <param name="Version">Its version, to send with the decision.</param>
/// <param name="PersonId">The registry person.</param>
/// <param name="Kind"><c>member-state</c> or <c>registry</c>.</param>
/// <param name="Mode"><c>clear</c> or <c>encoded</c>.</param>
/// <param name="Band"><c>match</c> or <c>review</c>.</param>
/// <param name="Probability">The match probability.</param>
/// <param name="Status"><c>open</c>, <c>same-person</c> or <c>different-persons</c>.</param>
/// <param name="Registry">The registry person's side.</param>
/// <param name="Other">The other side.</param>
/// <param name="Evidence">Per field: outcome, label and weight.</param>
public sealed record LinkCandidateView(long Id, long Version, string PersonId, string Kind, string Mode, string Band, double Probability, string Status,
    LinkSide Registry, LinkSide Other, ImmutableArray<StoredEvidence> Evidence);

/// <summary>A page of open candidates.</summary>
/// <param name="Page">The page (1 first).</param>
/// <param name="PageSize">Candidates per page.</param>
/// <param name="Total">Open candidates in all.</param>
/// <param name="Candidates">The page's candidates, highest weight first.</param>
public sealed record LinkCandidatePage(int Page, int PageSize, int Total, ImmutableArray<LinkCandidateView> Candidates);

/// <summary>A reviewer's decision.</summary>
/// <param name="Version">The candidate's version as read.</param>
/// <param name="SamePerson">True: one person registered twice; false: two persons.</param>
/// <param name="Reason">Why (kept in the audit log).</param>
public sealed record LinkDecisionRequest(long Version, bool SamePerson, string? Reason);
