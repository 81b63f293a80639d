using System.Collections.Immutable;

namespace Overgang.Web.WorkQueue;

/// <summary>Selected actions of the work queue, each a person and an action code.</summary>
/// <param name="Items">The selected person and action pairs.</param>
public sealed record WorkQueueSelection(ImmutableArray<WorkQueueSelected> Items)
{
    /// <summary>Most actions one bulk step takes.</summary>
    public const int Maximum = 500;

    /// <summary>The selection of form values <c>personId|actionCode</c>; a value without the separator is ignored.</summary>
    public static WorkQueueSelection Parse(IEnumerable<string?> values) =>
        new([.. values.OfType<string>().Select(v => v.Split('|', 2)).Where(p => p.Length == 2 && p[0].Length > 0 && p[1].Length > 0)
            .Select(p => new WorkQueueSelected(p[0], p[1])).Distinct()]);
}

/// <summary>A selected action.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Action">The action (task code).</param>
public sealed record WorkQueueSelected(string PersonId, string Action)
{
    /// <summary>The form value.</summary>
    public string Value => PersonId + "|" + Action;
}
