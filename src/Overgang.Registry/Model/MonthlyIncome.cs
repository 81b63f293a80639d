using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>A person's own income in one month, in cents.</summary>
public sealed class MonthlyIncome
{
    /// <summary>The person.</summary>
    public required string PersonId { get; set; }

    /// <summary>The first day of the month.</summary>
    public LocalDate Month { get; set; }

    /// <summary>Income in euro cents (integer, so that sums and ordering are exact on both databases).</summary>
    public long AmountCents { get; set; }
}
