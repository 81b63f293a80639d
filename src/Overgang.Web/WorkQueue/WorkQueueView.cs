using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.WorkQueue;

/// <summary>The IND work queue: the pending decisions of the latest decisions run, by reason.</summary>
/// <param name="RunId">The decisions run, or <c>null</c> when none has run.</param>
/// <param name="Date">Its decision date.</param>
/// <param name="Municipality">The municipality filter, or <c>null</c>.</param>
/// <param name="Total">Pending decisions.</param>
/// <param name="Groups">By reason, largest first.</param>
public sealed record WorkQueueView(long? RunId, LocalDate? Date, string? Municipality, int Total, ImmutableArray<WorkQueueGroup> Groups);
