using NodaTime;

namespace Overgang.Rules.Parameters;

/// <summary>One dated value of a parameter: it applies from <see cref="From"/> until the next value's start date.</summary>
/// <remarks>
/// A value may be <see cref="IsUnknown"/>: the period is covered by the sources but the amount is not in them. A rule
/// that needs such a value must refuse to compute, naming the parameter, instead of falling back on a neighbouring
/// period. A value may be <see cref="IsProvisional"/>: government has not decided it yet; every outcome that used it
/// says so.
/// </remarks>
public sealed record ParameterValue
{
    /// <summary>First day on which this value applies.</summary>
    public required LocalDate From { get; init; }

    /// <summary>The value as written in the parameter file, or <c>null</c> when unknown.</summary>
    public string? Raw { get; init; }

    /// <summary>True when the sources cover this period but do not give the value.</summary>
    public bool IsUnknown => Raw is null;

    /// <summary>True when the value is a provisional choice that government has not yet made.</summary>
    public bool IsProvisional { get; init; }

    /// <summary>The id of the source (see <see cref="Source"/>).</summary>
    public required string SourceId { get; init; }

    /// <summary>An optional remark on the value.</summary>
    public string? Note { get; init; }

    /// <summary>The value as an amount (unit <see cref="ParameterUnit.EurosPerMonth"/> or <see cref="ParameterUnit.Euros"/>).</summary>
    public Money Amount { get; init; }

    /// <summary>The value as a number (percent, count, years, months, days).</summary>
    public decimal Number { get; init; }

    /// <summary>The value as a date (unit <see cref="ParameterUnit.Date"/>).</summary>
    public LocalDate Date { get; init; }
}
