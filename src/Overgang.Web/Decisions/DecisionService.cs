using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Decisions;

/// <summary>A person's stored transition decisions with their explanation, and their tasks; a case worker marks a task done.</summary>
public sealed class DecisionService(RegistryContext context, AccessLog log)
{
    /// <summary>Every stored decision of a person, latest run first.</summary>
    public async Task<CaseResult<ImmutableArray<DecisionView>>> DecisionsAsync(Caller caller, string personId, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(caller, personId, change: false, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return refusal == ScopeRefusal.NotFound ? new CaseResult<ImmutableArray<DecisionView>>.NotFound() : new CaseResult<ImmutableArray<DecisionView>>.Refused();
        }

        var decisions = await CaseRecords.AllDecisionsAsync(context, personId, cancellationToken).ConfigureAwait(false);
        await log.ReadAsync(context, caller, "decisions", [personId], cancellationToken).ConfigureAwait(false);
        return new CaseResult<ImmutableArray<DecisionView>>.Ok(decisions);
    }

    /// <summary>The tasks of a person's latest decision.</summary>
    public async Task<CaseResult<ImmutableArray<TaskView>>> TasksAsync(Caller caller, string personId, CancellationToken cancellationToken)
    {
        if (await ScopeAsync(caller, personId, change: false, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return refusal == ScopeRefusal.NotFound ? new CaseResult<ImmutableArray<TaskView>>.NotFound() : new CaseResult<ImmutableArray<TaskView>>.Refused();
        }

        var latest = await CaseRecords.LatestDecisionsAsync(context, [personId], cancellationToken).ConfigureAwait(false);
        var tasks = await CaseRecords.TasksAsync(context, latest, cancellationToken).ConfigureAwait(false);
        await log.ReadAsync(context, caller, "tasks", [personId], cancellationToken).ConfigureAwait(false);
        return new CaseResult<ImmutableArray<TaskView>>.Ok(tasks);
    }

    /// <summary>Marks a task done (a case worker of the person's municipality, or an administrator); the change is audited.</summary>
    public async Task<CaseResult<TaskView>> MarkDoneAsync(Caller caller, long taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var task = await context.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return new CaseResult<TaskView>.NotFound();
        }

        if (await ScopeAsync(caller, task.PersonId, change: true, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new CaseResult<TaskView>.Refused();
        }

        if (task.Status != "done")
        {
            task.Status = "done";
            await log.WriteAsync(context, caller, "task.done", $"task {task.Id} done: {StoredExplanations.TaskText(task)}", [task.PersonId], cancellationToken).ConfigureAwait(false);
        }

        return new CaseResult<TaskView>.Ok(new TaskView(task.Id, task.PersonId, task.Kind, task.Owner, StoredExplanations.TaskText(task), task.Due, task.Status));
    }

    private async Task<ScopeRefusal?> ScopeAsync(Caller caller, string personId, bool change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var municipality = await context.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => p.MunicipalityCode).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (municipality is null)
        {
            return ScopeRefusal.NotFound;
        }

        var allowed = change ? caller.MayChange(personId, municipality) : caller.MayRead(personId, municipality);
        return allowed ? null : ScopeRefusal.Refused;
    }

    private enum ScopeRefusal
    {
        NotFound,
        Refused,
    }
}
