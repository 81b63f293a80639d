using NodaTime;

namespace Overgang.Rules.Transition;

/// <summary>A regular residence permit held or applied for.</summary>
/// <param name="Kind">What the permit is for.</param>
/// <param name="ValidUntil">Its last day, or <c>null</c> while it is applied for and not yet granted.</param>
public sealed record OtherPermit(PermitKind Kind, LocalDate? ValidUntil);
