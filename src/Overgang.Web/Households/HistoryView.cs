using NodaTime;

namespace Overgang.Web.Households;

/// <summary>An audit-log entry about a household or its members.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What.</param>
/// <param name="Subject">Whose record.</param>
/// <param name="Reason">Why.</param>
public sealed record HistoryView(long Sequence, Instant At, string Actor, string Action, string Subject, string Reason);
