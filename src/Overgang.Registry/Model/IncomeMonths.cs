using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>
/// The months a person's income was recorded for, each with its amount in cents, in month order; immutable, compared by
/// value. A month without a recorded income is absent, which is not the same as a recorded income of 0.
/// </summary>
public sealed class IncomeMonths : IEquatable<IncomeMonths>
{
    private IncomeMonths(ImmutableArray<MonthlyIncome> months) => Months = months;

    /// <summary>No recorded month.</summary>
    public static IncomeMonths None { get; } = new([]);

    /// <summary>The recorded months, in month order, each once.</summary>
    public ImmutableArray<MonthlyIncome> Months { get; }

    /// <summary>Whether no month is recorded.</summary>
    public bool IsEmpty => Months.IsEmpty;

    /// <summary>The months given, in any order; each a first day of a month, none twice.</summary>
    /// <exception cref="ArgumentException">A day that is not the first of its month, or a month given twice.</exception>
    public static IncomeMonths Of(IEnumerable<MonthlyIncome> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var sorted = months.OrderBy(m => m.Month).ToImmutableArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Month.Day != 1)
            {
                throw new ArgumentException($"an income month is the first day of a month, not {sorted[i].Month:uuuu-MM-dd}", nameof(months));
            }

            if (i > 0 && sorted[i].Month == sorted[i - 1].Month)
            {
                throw new ArgumentException($"the income month {sorted[i].Month:uuuu-MM} is given twice", nameof(months));
            }
        }

        return sorted.IsEmpty ? None : new IncomeMonths(sorted);
    }

    /// <summary>Months known to be first days of months, in order and each once (as <see cref="Storage.IncomePacking"/> unpacks them).</summary>
    internal static IncomeMonths InOrder(ImmutableArray<MonthlyIncome> months) => months.IsEmpty ? None : new IncomeMonths(months);

    /// <summary>The amount recorded for <paramref name="month"/> (its first day), or <c>null</c> when none is.</summary>
    public long? In(LocalDate month)
    {
        var index = IndexOf(month);
        return index >= 0 ? Months[index].AmountCents : null;
    }

    /// <summary>These months with <paramref name="month"/> recorded as <paramref name="amountCents"/> (added or replaced).</summary>
    public IncomeMonths With(LocalDate month, long amountCents)
    {
        if (month.Day != 1)
        {
            throw new ArgumentException($"an income month is the first day of a month, not {month:uuuu-MM-dd}", nameof(month));
        }

        var index = IndexOf(month);
        return new IncomeMonths(index >= 0
            ? Months.SetItem(index, new MonthlyIncome(month, amountCents))
            : Months.Insert(~index, new MonthlyIncome(month, amountCents)));
    }

    /// <inheritdoc/>
    public bool Equals(IncomeMonths? other) => other is not null && Months.AsSpan().SequenceEqual(other.Months.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IncomeMonths);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var month in Months)
        {
            hash.Add(month);
        }

        return hash.ToHashCode();
    }

    /// <summary>The position of <paramref name="month"/>, or the complement of where it would go.</summary>
    private int IndexOf(LocalDate month)
    {
        int low = 0, high = Months.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var compared = Months[middle].Month.CompareTo(month);
            if (compared == 0)
            {
                return middle;
            }

            if (compared < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
