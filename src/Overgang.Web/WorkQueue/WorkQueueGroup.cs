using System.Collections.Immutable;

namespace Overgang.Web.WorkQueue;

/// <summary>The pending decisions waiting on one outstanding action, oldest (earliest due) first.</summary>
/// <param name="Owner">Whose action it is.</param>
/// <param name="Reason">The outstanding action.</param>
/// <param name="Count">Pending decisions in the group.</param>
/// <param name="Items">The first of them.</param>
public sealed record WorkQueueGroup(string Owner, string Reason, int Count, ImmutableArray<WorkQueueItem> Items);
