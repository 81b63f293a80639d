using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A person's own income in one month, in cents: one of the months of <see cref="IncomeMonths"/>.</summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="AmountCents">Income in euro cents (integer, so that sums and ordering are exact).</param>
public readonly record struct MonthlyIncome(LocalDate Month, long AmountCents);
