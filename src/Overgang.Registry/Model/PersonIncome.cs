namespace Overgang.Registry.Model;

/// <summary>
/// A person's own incomes: every month an income was recorded for, with its amount, in one row (stored packed by
/// <c>Storage.IncomePacking</c>, docs/adr/0010-stored-decisions.md). A person without any recorded income has no row.
/// </summary>
public sealed class PersonIncome
{
    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>The recorded months and their amounts; a month not in it has no recorded income (not the same as 0).</summary>
    public required IncomeMonths Months { get; set; }
}
