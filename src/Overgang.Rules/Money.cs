using System.Globalization;

namespace Overgang.Rules;

/// <summary>An amount of euros, held as a whole number of cents.</summary>
/// <remarks>
/// Every published amount in the rules is a whole number of cents, so cents are exact. Where a rule divides or
/// multiplies by a rate (a threshold percentage), the result is rounded half away from zero to the cent
/// (allowance-parameters.md §6: 362.066 becomes 362.07). Arithmetic is checked: an overflow is a bug.
/// </remarks>
public readonly record struct Money(long Cents) : IComparable<Money>
{
    /// <summary>Zero euros.</summary>
    public static readonly Money Zero;

    /// <summary>Creates an amount from euros that must be a whole number of cents.</summary>
    /// <exception cref="ArgumentException">The amount has more than two decimals.</exception>
    public static Money FromEuros(decimal euros)
    {
        var cents = euros * 100m;
        if (cents != decimal.Truncate(cents))
        {
            throw new ArgumentException($"{euros.ToString(CultureInfo.InvariantCulture)} has more than two decimals", nameof(euros));
        }

        return new Money(decimal.ToInt64(cents));
    }

    /// <summary>Creates an amount from euros, rounding half away from zero to the cent.</summary>
    public static Money RoundFromEuros(decimal euros) =>
        new(decimal.ToInt64(decimal.Round(euros * 100m, 0, MidpointRounding.AwayFromZero)));

    /// <summary>The amount in euros with exactly two decimals (for JSON and display).</summary>
    public decimal Euros
    {
        get
        {
            // Negated in unsigned arithmetic: the smallest long has no positive twin (Math.Abs throws on it).
            var magnitude = unchecked((ulong)(Cents < 0 ? -Cents : Cents));
            return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, Cents < 0, 2);
        }
    }

    /// <summary>True when the amount is above zero.</summary>
    public bool IsPositive => Cents > 0;

    /// <summary>This amount multiplied by a percentage, rounded half away from zero to the cent.</summary>
    public Money Percent(decimal percent) => RoundFromEuros(Euros * percent / 100m);

    /// <summary>This amount divided by a percentage (the amount of which this is that percentage), rounded half away from zero.</summary>
    public Money DividedByPercent(decimal percent) => RoundFromEuros(Euros * 100m / percent);

    /// <summary>The smaller of two amounts.</summary>
    public static Money Min(Money a, Money b) => a.Cents <= b.Cents ? a : b;

    /// <summary>The larger of two amounts.</summary>
    public static Money Max(Money a, Money b) => a.Cents >= b.Cents ? a : b;

    /// <summary>This amount limited to the range [low, high].</summary>
    public Money Clamp(Money low, Money high) => Max(low, Min(this, high));

    /// <inheritdoc/>
    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    /// <summary>Adds two amounts.</summary>
    public static Money operator +(Money a, Money b) => new(checked(a.Cents + b.Cents));

    /// <summary>Subtracts two amounts.</summary>
    public static Money operator -(Money a, Money b) => new(checked(a.Cents - b.Cents));

    /// <summary>Multiplies an amount by a whole number (persons, adults).</summary>
    public static Money operator *(Money a, int times) => new(checked(a.Cents * times));

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(Money a, Money b) => a.Cents <= b.Cents;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(Money a, Money b) => a.Cents >= b.Cents;

    /// <summary>The amount as invariant text with two decimals, without a currency sign: <c>1027.98</c>.</summary>
    public override string ToString() => Euros.ToString("0.00", CultureInfo.InvariantCulture);
}
