using System.Collections.Immutable;
using Overgang.Rules.Transition;
using Overgang.Web.Decisions;

namespace Overgang.Web.Households;

/// <summary>
/// The tasks of a household's decisions as lines of a case file: the same task (code, owner, due date, status) of
/// several members is one line naming them, so a household task appears once and a personal task names its persons.
/// Which member gets which task is the decider's (<see cref="TransitionDecider"/>); this only groups what it stored.
/// </summary>
internal static class CaseTasks
{
    /// <summary>The lines, earliest due first.</summary>
    /// <param name="tasks">The stored tasks of the members' latest decisions.</param>
    /// <param name="decided">The members with a decision.</param>
    public static ImmutableArray<TaskLine> Lines(IEnumerable<TaskView> tasks, IReadOnlySet<string> decided) =>
    [
        .. tasks
            .GroupBy(t => (Code: TaskTexts.CodeOf(t.Text), t.Text, t.Kind, t.Owner, t.Due, t.Status))
            .Select(g =>
            {
                var persons = g.Select(t => t.PersonId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
                return new TaskLine([.. g.Select(t => t.Id)], g.Key.Code, g.Key.Text, g.Key.Kind, g.Key.Owner, g.Key.Due, g.Key.Status, persons,
                    decided.Count > 1 && decided.All(persons.Contains));
            })
            .OrderBy(l => l.Status == "open" ? 0 : 1).ThenBy(l => l.Due).ThenBy(l => l.Code, StringComparer.Ordinal),
    ];
}
