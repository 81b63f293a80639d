namespace Overgang.Rules.Parameters;

/// <summary>The unit of a parameter, which also decides how its values are read.</summary>
public enum ParameterUnit
{
    /// <summary>Euros per month, a whole number of cents (<c>EUR/month</c>).</summary>
    EurosPerMonth,

    /// <summary>A percentage, such as 115 for 115% (<c>percent</c>).</summary>
    Percent,

    /// <summary>A whole number of things, such as adults (<c>count</c>).</summary>
    Count,

    /// <summary>A whole number of years (<c>years</c>).</summary>
    Years,

    /// <summary>A whole number of months (<c>months</c>).</summary>
    Months,

    /// <summary>A whole number of days (<c>days</c>).</summary>
    Days,

    /// <summary>A calendar date (<c>date</c>).</summary>
    Date,

    /// <summary>The name of a rule version, one of the parameter's allowed names (<c>regime</c>).</summary>
    Regime,

    /// <summary>A one-off amount in euros, a whole number of cents (<c>EUR</c>).</summary>
    Euros,
}
