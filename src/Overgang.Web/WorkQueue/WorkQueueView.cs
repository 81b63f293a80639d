using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Web.WorkQueue;

/// <summary>One page of the work queue: the open actions of the latest decisions run that match the filter.</summary>
/// <param name="RunId">The decisions run, or <c>null</c> when none has run.</param>
/// <param name="Date">Its decision date.</param>
/// <param name="Today">Today (actions due before it are overdue).</param>
/// <param name="Filter">The filter, sort and page.</param>
/// <param name="Total">Matching actions.</param>
/// <param name="PageSize">Actions per page.</param>
/// <param name="Pages">Pages.</param>
/// <param name="Items">This page's actions.</param>
public sealed record WorkQueueView(long? RunId, LocalDate? Date, LocalDate Today, WorkQueueFilter Filter, int Total, int PageSize, int Pages, ImmutableArray<WorkQueueItem> Items);
