using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.WorkQueue;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.WorkQueue;

/// <summary>
/// The work queue's bulk steps (issue 14): assign selected actions to a named IND employee or take the assignment away,
/// and mark the review flags of the selected persons' decisions as reviewed. Only open actions of the latest decisions
/// run can be selected; every step is stored with one audit entry per person, in one transaction, or not at all.
/// </summary>
public sealed class WorkQueueActions(RegistryContext context, AccessLog log, IClock clock)
{
    /// <summary>Assigns the selected actions to an IND employee (or an administrator); <c>me</c> is the caller.</summary>
    public async Task<CaseResult<WorkQueueChange>> AssignAsync(Caller caller, WorkQueueSelection selection, string? assignee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(selection);
        if (await CheckAsync(caller, selection, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var name = string.IsNullOrWhiteSpace(assignee) || assignee.Trim() == "me" ? caller.UserName : assignee.Trim();
        if (!await context.Accounts.AsNoTracking().AnyAsync(a => a.UserName == name && (a.Role == Roles.Ind || a.Role == Roles.Admin), cancellationToken).ConfigureAwait(false))
        {
            return new CaseResult<WorkQueueChange>.Invalid("assignee", $"\"{name}\" is not an IND employee's user name");
        }

        var ids = selection.Items.Select(s => s.PersonId).Distinct(StringComparer.Ordinal).ToList();
        var existing = await context.WorkAssignments.Where(a => ids.Contains(a.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        foreach (var s in selection.Items)
        {
            var row = existing.FirstOrDefault(a => a.PersonId == s.PersonId && a.ActionCode == s.Action);
            if (row is null)
            {
                context.WorkAssignments.Add(new WorkAssignment { PersonId = s.PersonId, ActionCode = s.Action, AssignedTo = name, AssignedBy = caller.Actor, AssignedAt = now });
            }
            else
            {
                row.AssignedTo = name;
                row.AssignedBy = caller.Actor;
                row.AssignedAt = now;
            }
        }

        return await SaveAsync(caller, "work-queue.assign", selection, new Dictionary<string, string> { ["assignedTo"] = name }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the assignment of the selected actions away.</summary>
    public async Task<CaseResult<WorkQueueChange>> UnassignAsync(Caller caller, WorkQueueSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(selection);
        if (await CheckAsync(caller, selection, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var ids = selection.Items.Select(s => s.PersonId).Distinct(StringComparer.Ordinal).ToList();
        var existing = await context.WorkAssignments.Where(a => ids.Contains(a.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        context.WorkAssignments.RemoveRange(existing.Where(a => selection.Items.Contains(new WorkQueueSelected(a.PersonId, a.ActionCode))));
        return await SaveAsync(caller, "work-queue.unassign", selection, [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the review flags of the selected persons' decisions as reviewed.</summary>
    public async Task<CaseResult<WorkQueueChange>> ReviewFlagsAsync(Caller caller, WorkQueueSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(selection);
        if (await CheckAsync(caller, selection, cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var run = (await WorkQueueRows.LatestRunAsync(context, cancellationToken).ConfigureAwait(false))!;
        var ids = selection.Items.Select(s => s.PersonId).Distinct(StringComparer.Ordinal).ToList();
        var flags = await context.Tasks.AsNoTracking().Where(t => t.RunId == run.Id && t.Kind == "action" && ids.Contains(t.PersonId))
            .Select(t => new { t.PersonId, t.Flags }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var reviewed = await context.FlagReviews.Where(r => ids.Contains(r.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var flagged = new List<string>();
        foreach (var id in ids)
        {
            var names = flags.Where(f => f.PersonId == id).SelectMany(f => WorkQueueService.FlagNames(f.Flags)).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count == 0)
            {
                return new CaseResult<WorkQueueChange>.Invalid("selected", $"person {id} has no review flags");
            }

            flagged.Add(id);
            foreach (var name in names)
            {
                if (reviewed.FirstOrDefault(r => r.PersonId == id && r.Flag == name) is { } row)
                {
                    row.ReviewedBy = caller.Actor;
                    row.ReviewedAt = now;
                }
                else
                {
                    context.FlagReviews.Add(new FlagReview { PersonId = id, Flag = name, ReviewedBy = caller.Actor, ReviewedAt = now });
                }
            }
        }

        return await SaveAsync(caller, "work-queue.review-flags", selection, [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks a result file of public-order checks and, when <paramref name="record"/>, records every outcome on its person
    /// and closes the person's open check action, with one audit entry per person, all in one transaction; a file with any
    /// rejected line records nothing.
    /// </summary>
    public async Task<CaseResult<WorkQueueChecks>> RecordChecksAsync(Caller caller, ReadOnlyMemory<byte> file, bool record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is not (Roles.Ind or Roles.Admin))
        {
            return new CaseResult<WorkQueueChecks>.Refused();
        }

        var read = await CheckOutcomes.ReadAsync(context, file, cancellationToken).ConfigureAwait(false);
        var ids = read.Outcomes.Select(o => o.PersonId).ToList();
        var persons = await context.Persons.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = persons.Select(p => p.FamilyName + ", " + p.GivenName).Order(StringComparer.Ordinal).ToImmutableArray();
        var passed = read.Outcomes.Count(o => o.Outcome == "passed");
        var view = new WorkQueueChecks(passed, read.Outcomes.Length - passed, names, read.Rejections, false);
        if (!record || read.Rejections.Length > 0)
        {
            return new CaseResult<WorkQueueChecks>.Ok(view);
        }

        var run = (await WorkQueueRows.LatestRunAsync(context, cancellationToken).ConfigureAwait(false))!;
        var tasks = await context.Tasks.Where(t => t.RunId == run.Id && t.Kind == "action" && t.Status == "open" && t.Code == CheckOutcomes.ActionCode && ids.Contains(t.PersonId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var outcome in read.Outcomes)
        {
            var person = persons.Single(p => p.Id == outcome.PersonId);
            person.PublicOrderCheck = outcome.Outcome;
            person.Version++;
        }

        foreach (var task in tasks)
        {
            task.Status = "done";
        }

        foreach (var group in read.Outcomes.GroupBy(o => o.Outcome))
        {
            var data = JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal) { ["field"] = "publicOrderCheck", ["value"] = group.Key, ["action"] = CheckOutcomes.ActionCode });
            await log.WriteAsync(context, caller, "check.update", "work queue: public-order check results", [.. group.Select(o => o.PersonId)], cancellationToken, data).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CaseResult<WorkQueueChecks>.Ok(view with { Recorded = true });
    }

    /// <summary>Refuses a caller outside the IND, an empty or too large selection, or one with an action that is not open.</summary>
    private async Task<CaseResult<WorkQueueChange>?> CheckAsync(Caller caller, WorkQueueSelection selection, CancellationToken cancellationToken)
    {
        if (caller.Role is not (Roles.Ind or Roles.Admin))
        {
            return new CaseResult<WorkQueueChange>.Refused();
        }

        if (selection.Items.Length == 0)
        {
            return new CaseResult<WorkQueueChange>.Invalid("selected", "select at least one action");
        }

        if (selection.Items.Length > WorkQueueSelection.Maximum)
        {
            return new CaseResult<WorkQueueChange>.Invalid("selected", $"at most {WorkQueueSelection.Maximum} actions at a time");
        }

        var run = await WorkQueueRows.LatestRunAsync(context, cancellationToken).ConfigureAwait(false);
        var ids = selection.Items.Select(s => s.PersonId).Distinct(StringComparer.Ordinal).ToList();
        var open = run is null ? [] : await context.Tasks.AsNoTracking().Where(t => t.RunId == run.Id && t.Kind == "action" && t.Status == "open" && ids.Contains(t.PersonId))
            .Select(t => new { t.PersonId, t.Code }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var missing = selection.Items.FirstOrDefault(s => !open.Any(o => o.PersonId == s.PersonId && o.Code == s.Action));
        return missing is null ? null : new CaseResult<WorkQueueChange>.Invalid("selected", $"person {missing.PersonId} has no open action {missing.Action}");
    }

    /// <summary>Stores the changes with one audit entry per person, in one transaction.</summary>
    private async Task<CaseResult<WorkQueueChange>> SaveAsync(Caller caller, string action, WorkQueueSelection selection, Dictionary<string, string> data, CancellationToken cancellationToken)
    {
        var rows = context.ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        var persons = selection.Items.Select(s => s.PersonId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        var entry = new Dictionary<string, object>(StringComparer.Ordinal) { ["actions"] = selection.Items.Select(s => s.Action).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() };
        foreach (var (key, value) in data)
        {
            entry[key] = value;
        }

        // One entry per person, saved with the changes in one transaction.
        await log.WriteAsync(context, caller, action, "work queue", persons, cancellationToken, JsonSerializer.Serialize(entry)).ConfigureAwait(false);
        return new CaseResult<WorkQueueChange>.Ok(new WorkQueueChange(action["work-queue.".Length..], persons, rows));
    }
}
