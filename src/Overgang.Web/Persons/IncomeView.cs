using NodaTime;

namespace Overgang.Web.Persons;

/// <summary>A person's own income in a month.</summary>
/// <param name="Month">The month.</param>
/// <param name="Amount">Euros.</param>
public sealed record IncomeView(YearMonth Month, decimal Amount);
