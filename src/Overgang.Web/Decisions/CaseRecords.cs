using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Overgang.Registry;
using Overgang.Registry.Facts;

namespace Overgang.Web.Decisions;

/// <summary>Reads the stored decisions and tasks of persons (the latest decisions run that decided each of them).</summary>
internal static class CaseRecords
{
    public static async Task<ImmutableArray<DecisionView>> LatestDecisionsAsync(RegistryContext context, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        var records = await context.DecisionsWithVersion.Where(d => personIds.Contains(d.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. records.GroupBy(d => d.PersonId).Select(g => g.MaxBy(d => d.RunId)!).OrderBy(d => d.PersonId, StringComparer.Ordinal)
            .Select(d => new DecisionView(d.PersonId, d.RunId, d.Date, d.Path, d.Status, d.ValidFrom, d.ValidUntil, d.ParameterVersion ?? "", JsonSerializer.Deserialize<JsonElement>(StoredExplanations.DecisionJson(context, d))))];
    }

    public static async Task<ImmutableArray<DecisionView>> AllDecisionsAsync(RegistryContext context, string personId, CancellationToken cancellationToken)
    {
        var records = await context.DecisionsWithVersion.Where(d => d.PersonId == personId).OrderByDescending(d => d.RunId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. records.Select(d => new DecisionView(d.PersonId, d.RunId, d.Date, d.Path, d.Status, d.ValidFrom, d.ValidUntil, d.ParameterVersion ?? "", JsonSerializer.Deserialize<JsonElement>(StoredExplanations.DecisionJson(context, d))))];
    }

    public static async Task<ImmutableArray<TaskView>> TasksAsync(RegistryContext context, IReadOnlyList<DecisionView> decisions, CancellationToken cancellationToken)
    {
        var ids = decisions.Select(d => d.PersonId).ToList();
        var runs = decisions.ToDictionary(d => d.PersonId, d => d.RunId, StringComparer.Ordinal);
        var tasks = await context.Tasks.AsNoTracking().Where(t => ids.Contains(t.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. tasks.Where(t => runs.TryGetValue(t.PersonId, out var run) && run == t.RunId)
            .OrderBy(t => t.Due).ThenBy(t => t.PersonId, StringComparer.Ordinal).ThenBy(t => t.Id)
            .Select(t => new TaskView(t.Id, t.PersonId, t.Kind, t.Owner, StoredExplanations.TaskText(t), t.Due, t.Status))];
    }
}
