using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Rules.Transition;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.WorkQueue;

/// <summary>
/// The IND work queue (issue 14): the open actions of the latest decisions run, by owner (the IND's own first), filtered,
/// sorted and paged in the database over the stored task rows (never by reading the decisions), with the assignments
/// and flag reviews of the page's persons. The names shown are logged as one search entry.
/// </summary>
public sealed class WorkQueueService(RegistryContext context, AccessLog log, IClock clock)
{
    /// <summary>Actions per page.</summary>
    public const int PageSize = 25;

    /// <summary>The queue for a query string: a page, or which value is not valid.</summary>
    public async Task<CaseResult<WorkQueueView>> ReadAsync(Caller caller, WorkQueueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (caller.Role is not (Roles.Ind or Roles.Admin or Roles.CaseWorker))
        {
            return new CaseResult<WorkQueueView>.Refused();
        }

        if (!WorkQueueFilter.TryParse(query, out var filter, out var error))
        {
            return new CaseResult<WorkQueueView>.Invalid(error.Field, error.Message);
        }

        // A case worker reads the queue of their own municipality only (the dashboard links to it); acting on it stays with the IND.
        if (caller.Role == Roles.CaseWorker)
        {
            if (filter.Municipality is { } asked && !string.Equals(asked, caller.MunicipalityCode, StringComparison.Ordinal))
            {
                return new CaseResult<WorkQueueView>.Refused();
            }

            filter = filter with { Municipality = caller.MunicipalityCode };
        }

        if (filter.Municipality is { } code && !await context.Municipalities.AsNoTracking().AnyAsync(m => m.Code == code, cancellationToken).ConfigureAwait(false))
        {
            return new CaseResult<WorkQueueView>.Invalid("municipality", $"unknown municipality code \"{code}\"");
        }

        var today = CaseClock.Today(clock);
        var run = await WorkQueueRows.LatestRunAsync(context, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return new CaseResult<WorkQueueView>.Ok(new WorkQueueView(null, null, today, filter, 0, PageSize, 0, []));
        }

        var total = await WorkQueueRows.CountAsync(context, run.Id, filter, caller, today, cancellationToken).ConfigureAwait(false);
        var pages = (total + PageSize - 1) / PageSize;
        var page = Math.Min(filter.Page, Math.Max(pages, 1));
        filter = filter with { Page = page };
        var found = await WorkQueueRows.PageAsync(context, run.Id, filter, caller, today, total, (page - 1) * PageSize, PageSize, cancellationToken).ConfigureAwait(false);
        var ids = found.Select(r => r.PersonId).Distinct(StringComparer.Ordinal).ToList();
        var assigned = await context.WorkAssignments.AsNoTracking().Where(a => ids.Contains(a.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reviewed = await context.FlagReviews.AsNoTracking().Where(f => ids.Contains(f.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = found.Select(r => new WorkQueueItem(
                r.PersonId,
                r.GivenName,
                r.FamilyName,
                r.FamilyNameCyrillic is { } f && r.GivenNameCyrillic is { } g ? f + ", " + g : null,
                r.MunicipalityCode,
                r.MunicipalityName,
                r.HouseholdId,
                r.Owner,
                r.Code ?? r.Text ?? "",
                r.Due,
                r.Due < today,
                [.. FlagNames(r.Flags)],
                [.. FlagNames(r.Flags).Where(n => reviewed.Any(x => x.PersonId == r.PersonId && x.Flag == n))],
                assigned.FirstOrDefault(a => a.PersonId == r.PersonId && a.ActionCode == r.Code)?.AssignedTo))
            .ToImmutableArray();
        await log.SearchAsync(context, caller, "work-queue " + filter.Link()[("/work-queue?".Length)..], ids, cancellationToken).ConfigureAwait(false);
        var date = run.Argument is { } a && NodaTime.Text.LocalDatePattern.Iso.Parse(a) is { Success: true } d ? d.Value : (LocalDate?)null;
        return new CaseResult<WorkQueueView>.Ok(new WorkQueueView(run.Id, date, today, filter, total, PageSize, pages, items));
    }

    /// <summary>The kebab-case names of the single flags in a stored flag set, in their fixed order.</summary>
    public static IEnumerable<string> FlagNames(int flags) =>
        TransitionNames.FlagOrder.Where(f => (flags & (int)f) != 0).Select(TransitionNames.Of);
}
