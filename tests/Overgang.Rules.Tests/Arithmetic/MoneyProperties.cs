using CsCheck;

namespace Overgang.Rules.Tests.Arithmetic;

public sealed class MoneyProperties
{
    [Fact]
    public void FromEuros_ThenEuros_RoundTripsEveryWholeCentAmount()
    {
        Gen.Long[-10_000_000_000, 10_000_000_000].Sample(cents =>
        {
            var money = new Money(cents);
            Assert.Equal(money, Money.FromEuros(money.Euros));
            Assert.Equal(2, money.Euros.Scale);
        });
    }

    [Fact]
    public void Percent_RoundsHalfAwayFromZeroToTheCent()
    {
        Gen.Select(Gen.Long[0, 100_000_000], Gen.Int[1, 300_00]).Sample(t =>
        {
            var (cents, basisPoints) = t;
            var percent = basisPoints / 100m;
            var exact = cents * percent / 100m; // in cents
            var expected = (long)decimal.Round(exact, 0, MidpointRounding.AwayFromZero);
            Assert.Equal(expected, new Money(cents).Percent(percent).Cents);
        });
    }

    [Fact]
    public void Percent_PublishedExample_362_066_Becomes_362_07()
    {
        Assert.Equal(Money.FromEuros(362.07m), Money.FromEuros(314.84m).Percent(115m));
    }

    [Fact]
    public void FromEuros_MoreThanTwoDecimals_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Money.FromEuros(1.005m));
    }

    [Fact]
    public void Addition_IsCommutativeAndAssociative()
    {
        Gen.Long[-1_000_000_000, 1_000_000_000].Array[3].Sample(c =>
        {
            var (a, b, d) = (new Money(c[0]), new Money(c[1]), new Money(c[2]));
            Assert.Equal(a + b, b + a);
            Assert.Equal((a + b) + d, a + (b + d));
            Assert.Equal(a, a + b - b);
        });
    }

    [Fact]
    public void ToString_IsInvariantWithTwoDecimals()
    {
        Assert.Equal("1027.98", new Money(102798).ToString());
        Assert.Equal("-0.05", new Money(-5).ToString());
        Assert.Equal("0.00", Money.Zero.ToString());
    }

    [Fact]
    public void Euros_TheSmallestAndLargestAmounts_AreWrittenNotRefused()
    {
        // The smallest long has no positive twin: its magnitude is taken in unsigned arithmetic (a property test of the
        // stored explanations drew it and Math.Abs threw)
        Assert.Equal("-92233720368547758.08", new Money(long.MinValue).ToString());
        Assert.Equal("92233720368547758.07", new Money(long.MaxValue).ToString());
    }
}
