using NodaTime;

namespace Overgang.Web.Households;

/// <summary>A member whose facts were changed after their latest stored decision: the decision predates the change.</summary>
/// <param name="PersonId">The member.</param>
/// <param name="ChangedOn">The legal day of the latest change.</param>
public sealed record FactsChangedView(string PersonId, LocalDate ChangedOn);
