using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Linkage;
using Overgang.Registry.Model;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Linkage;

/// <summary>
/// The review of record linkage's candidate pairs (docs/linkage.md): IND and administrators list the open pairs and
/// decide them; every page read is logged for the persons shown, every decision audited by <see cref="LinkReview"/>.
/// </summary>
public sealed class LinkReviewService(RegistryContext context, AccessLog log, IClock clock)
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;


    /// <summary>A page of open candidates.</summary>
    public async Task<CaseResult<LinkCandidatePage>> OpenAsync(Caller caller, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!MayReview(caller))
        {
            return new CaseResult<LinkCandidatePage>.Refused();
        }

        if (page < 1)
        {
            return new CaseResult<LinkCandidatePage>.Invalid("page", "page: 1 or more");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            return new CaseResult<LinkCandidatePage>.Invalid("pageSize", $"pageSize: between 1 and {MaxPageSize}");
        }

        var open = LinkReview.OpenPage(context, page, pageSize);
        var views = await ViewsAsync(open.Candidates, cancellationToken).ConfigureAwait(false);
        await log.ReadAsync(context, caller, "link-candidates", [.. views.Select(v => v.PersonId).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        return new CaseResult<LinkCandidatePage>.Ok(new LinkCandidatePage(page, pageSize, open.Total, views));
    }

    /// <summary>One candidate, open or decided.</summary>
    public async Task<CaseResult<LinkCandidateView>> ReadAsync(Caller caller, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!MayReview(caller))
        {
            return new CaseResult<LinkCandidateView>.Refused();
        }

        var candidate = await context.LinkCandidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (candidate is null)
        {
            return new CaseResult<LinkCandidateView>.NotFound();
        }

        var view = (await ViewsAsync([candidate], cancellationToken).ConfigureAwait(false))[0];
        await log.ReadAsync(context, caller, "link-candidate", [candidate.PersonId], cancellationToken).ConfigureAwait(false);
        return new CaseResult<LinkCandidateView>.Ok(view);
    }

    /// <summary>Stores a reviewer's decision; answers the decided candidate.</summary>
    public async Task<CaseResult<LinkCandidateView>> DecideAsync(Caller caller, long id, LinkDecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (!MayReview(caller))
        {
            return new CaseResult<LinkCandidateView>.Refused();
        }

        var reason = string.IsNullOrWhiteSpace(request.Reason) ? "record-linkage review" : request.Reason.Trim();
        if (reason.Length > 500)
        {
            return new CaseResult<LinkCandidateView>.Invalid("reason", "reason: at most 500 characters");
        }

        switch (LinkReview.Decide(context, id, request.Version, request.SamePerson, caller.Actor, reason, clock.GetCurrentInstant(), Overgang.Rules.LegalDay.Zone))
        {
            case ReviewOutcome.NotFound:
                return new CaseResult<LinkCandidateView>.NotFound();
            case ReviewOutcome.Conflict:
                var current = await context.LinkCandidates.AsNoTracking().Where(c => c.Id == id).Select(c => c.Version).SingleAsync(cancellationToken).ConfigureAwait(false);
                return new CaseResult<LinkCandidateView>.Conflict(current);
            default:
                context.ChangeTracker.Clear();
                var decided = await context.LinkCandidates.AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
                return new CaseResult<LinkCandidateView>.Ok((await ViewsAsync([decided], cancellationToken).ConfigureAwait(false))[0]);
        }
    }

    /// <summary>
    /// The names in Cyrillic, as stored, of the registry persons of <paramref name="candidates"/> (for a page in
    /// Ukrainian); persons without a stored Cyrillic name are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, (string? Family, string? Given)>> CyrillicNamesAsync(IEnumerable<LinkCandidateView> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ids = candidates.Select(c => c.PersonId).Distinct(StringComparer.Ordinal).ToList();
        var rows = await context.Persons.AsNoTracking().Where(p => ids.Contains(p.Id) && (p.FamilyNameCyrillic != null || p.GivenNameCyrillic != null))
            .Select(p => new { p.Id, p.FamilyNameCyrillic, p.GivenNameCyrillic }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => (r.FamilyNameCyrillic, r.GivenNameCyrillic), StringComparer.Ordinal);
    }

    private static bool MayReview(Caller caller) => caller.Role is Roles.Ind or Roles.Admin;

    private async Task<ImmutableArray<LinkCandidateView>> ViewsAsync(IReadOnlyList<LinkCandidate> candidates, CancellationToken cancellationToken)
    {
        var ids = candidates.SelectMany(c => c.OtherPersonId is { } other ? new[] { c.PersonId, other } : [c.PersonId]).Distinct(StringComparer.Ordinal).ToList();
        var persons = await context.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var since = (await context.Protections.AsNoTracking().Where(p => ids.Contains(p.PersonId) && p.MemberState == "NL").ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.Min(p => p.Since), StringComparer.Ordinal);
        LinkSide Side(string id) => persons.TryGetValue(id, out var p)
            ? new LinkSide("NL", p.FamilyName, p.GivenName, LinkageRun.Iso(p.BirthDate), p.Sex, p.Nationality, since.TryGetValue(id, out var s) ? s : null, null)
            : new LinkSide("NL", null, null, null, null, null, null, null);
        return [.. candidates.Select(c => new LinkCandidateView(c.Id, c.Version, c.PersonId, c.Kind, c.Mode, c.Band, c.Probability, c.Status, Side(c.PersonId),
            c.OtherPersonId is { } other ? Side(other) : new LinkSide(c.MemberState ?? "", c.ForeignFamilyName, c.ForeignGivenName, c.ForeignBirthDate, c.ForeignSex, c.ForeignNationality, c.ForeignSince, c.ForeignDocumentEnd),
            LinkageRun.ReadEvidence(c.Evidence)))];
    }
}
