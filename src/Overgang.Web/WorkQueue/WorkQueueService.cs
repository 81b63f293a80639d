using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Registry.Runs;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.WorkQueue;

/// <summary>
/// The IND work queue: the pending decisions of the latest decisions run, grouped by the outstanding action that keeps
/// them pending, oldest (earliest due) first, optionally for one municipality. The names shown are logged as one
/// search entry.
/// </summary>
public sealed class WorkQueueService(RegistryContext context, AccessLog log)
{
    /// <summary>Items shown per group.</summary>
    public const int ItemsPerGroup = 25;

    /// <summary>The work queue, for every municipality or for one.</summary>
    public async Task<CaseResult<WorkQueueView>> ReadAsync(Caller caller, string? municipality, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is not (Roles.Ind or Roles.Admin))
        {
            return new CaseResult<WorkQueueView>.Refused();
        }

        var filter = string.IsNullOrWhiteSpace(municipality) ? null : municipality.Trim().ToUpperInvariant();
        if (filter is not null && !await context.Municipalities.AsNoTracking().AnyAsync(m => m.Code == filter, cancellationToken).ConfigureAwait(false))
        {
            return new CaseResult<WorkQueueView>.Invalid("municipality", $"municipality: unknown municipality code \"{filter}\"");
        }

        var run = await context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Decisions).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return new CaseResult<WorkQueueView>.Ok(new WorkQueueView(null, null, filter, 0, []));
        }

        var pending = context.Decisions.AsNoTracking().Where(d => d.RunId == run.Id && d.Status == "pending")
            .Join(context.Persons.AsNoTracking(), d => d.PersonId, p => p.Id, (d, p) => p);
        if (filter is not null)
        {
            pending = pending.Where(p => p.MunicipalityCode == filter);
        }

        var actions = context.Tasks.AsNoTracking().Where(t => t.RunId == run.Id && t.Kind == "action" && t.Status == "open")
            .Join(pending, t => t.PersonId, p => p.Id, (t, p) => new { t.Owner, t.Code, t.Text, t.Due, p.Id, p.GivenName, p.FamilyName, p.MunicipalityCode, p.HouseholdId });
        var rows = await actions.ToListAsync(cancellationToken).ConfigureAwait(false);
        var total = await pending.CountAsync(cancellationToken).ConfigureAwait(false);
        var groups = rows.GroupBy(r => (r.Owner, Text: StoredExplanations.TaskText(r.Code, r.Text)))
            .Select(g => new WorkQueueGroup(g.Key.Owner, g.Key.Text, g.Count(), [.. g.OrderBy(r => r.Due).ThenBy(r => r.Id, StringComparer.Ordinal).Take(ItemsPerGroup)
                .Select(r => new WorkQueueItem(r.Id, r.GivenName, r.FamilyName, r.MunicipalityCode, r.HouseholdId, r.Due))]))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Reason, StringComparer.Ordinal)
            .ToImmutableArray();
        var shown = groups.SelectMany(g => g.Items.Select(i => i.PersonId)).Distinct(StringComparer.Ordinal).ToList();
        await log.SearchAsync(context, caller, "work-queue" + (filter is null ? "" : " municipality=" + filter), shown, cancellationToken).ConfigureAwait(false);
        return new CaseResult<WorkQueueView>.Ok(new WorkQueueView(run.Id, run.Argument is { } a && NodaTime.Text.LocalDatePattern.Iso.Parse(a) is { Success: true } d ? d.Value : null, filter, total, groups));
    }
}
