using System.Collections.Immutable;

namespace Overgang.Web.WorkQueue;

/// <summary>What a bulk step of the work queue did.</summary>
/// <param name="Operation"><c>assign</c>, <c>unassign</c> or <c>review-flags</c>.</param>
/// <param name="Persons">The persons it changed (one audit entry each).</param>
/// <param name="Rows">Rows written or removed.</param>
public sealed record WorkQueueChange(string Operation, ImmutableArray<string> Persons, int Rows);
