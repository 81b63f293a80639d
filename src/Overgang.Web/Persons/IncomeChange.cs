namespace Overgang.Web.Persons;

/// <summary>A person's own income in one month, to set.</summary>
/// <param name="Month">ISO month, such as <c>2026-11</c>.</param>
/// <param name="Amount">Euros, zero or more, at most two decimals.</param>
public sealed record IncomeChange(string? Month, decimal? Amount);
