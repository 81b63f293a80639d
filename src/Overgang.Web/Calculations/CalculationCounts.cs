using System.Diagnostics.Metrics;

namespace Overgang.Web.Calculations;

/// <summary>
/// How many calculations were answered, by operation (<c>calc</c>, <c>decide</c>), channel (<c>api</c>, <c>page</c>)
/// and outcome (<c>answered</c>, <c>refused</c>): the only trace an open calculation leaves. The document, its answer
/// and the caller are never recorded, logged or stored. Read with any <see cref="MeterListener"/> or
/// <c>dotnet-counters monitor --counters Overgang.Web</c>.
/// </summary>
public static class CalculationCounts
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Overgang.Web";

    /// <summary>The counter's name.</summary>
    public const string CounterName = "overgang.calculations";

    private static readonly Meter _meter = new(MeterName);
    private static readonly Counter<long> _calculations = _meter.CreateCounter<long>(CounterName, "{calculation}", "Calculations answered, by operation, channel and outcome");

    /// <summary>Counts one calculation.</summary>
    public static void Add(string operation, string channel, bool answered) =>
        _calculations.Add(1, new("operation", operation), new("channel", channel), new("outcome", answered ? "answered" : "refused"));
}
