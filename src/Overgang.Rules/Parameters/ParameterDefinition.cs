using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Rules.Parameters;

/// <summary>A named, dated parameter of the rules: its description, unit and values over time.</summary>
/// <remarks>Values are ordered by start date; each applies until the next one starts. There are no end dates to keep consistent.</remarks>
public sealed record ParameterDefinition
{
    /// <summary>Stable id, such as <c>allowance.clothing</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The regulation area (the file it comes from), such as <c>allowance.food</c>.</summary>
    public required string Area { get; init; }

    /// <summary>What the parameter means.</summary>
    public required string Description { get; init; }

    /// <summary>The unit of every value.</summary>
    public required ParameterUnit Unit { get; init; }

    /// <summary>For <see cref="ParameterUnit.Regime"/>: the rule versions a value may name.</summary>
    public ImmutableArray<string> Allowed { get; init; } = [];

    /// <summary>The values, ordered by start date.</summary>
    public required ImmutableArray<ParameterValue> Values { get; init; }

    /// <summary>The value in force on a date, or <c>null</c> before the first value.</summary>
    public ParameterValue? ValueOn(LocalDate date)
    {
        ParameterValue? found = null;
        foreach (var value in Values)
        {
            if (value.From > date)
            {
                break;
            }

            found = value;
        }

        return found;
    }
}
