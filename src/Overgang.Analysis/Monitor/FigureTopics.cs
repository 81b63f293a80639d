using System.Collections.Immutable;
using Overgang.Analysis.Projections;

namespace Overgang.Analysis.Monitor;

/// <summary>The topic of each series of figures (<c>Data/figure-series.csv</c>): public support, population, departures, reception, labour, intentions and the EU topics.</summary>
public static class FigureTopics
{
    /// <summary>The topic of a metric the file does not list.</summary>
    public const string Other = "other";

    private static readonly Lazy<ImmutableDictionary<string, string>> _topics = new(() =>
    {
        var lines = ProjectionData.Embedded("figure-series.csv").ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1);
        return lines.Select(OfficialFigures.Fields).ToImmutableDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
    });

    /// <summary>Every topic, in alphabetical order.</summary>
    public static ImmutableArray<string> All => [.. _topics.Value.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The metrics the file lists.</summary>
    public static ImmutableArray<string> Metrics => [.. _topics.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The topic of a metric, or <see cref="Other"/>.</summary>
    public static string Of(string metric) => _topics.Value.TryGetValue(metric, out var topic) ? topic : Other;
}
