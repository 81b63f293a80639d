using System.Collections.Immutable;
using System.Globalization;
using Overgang.Analysis.Projections;
using Overgang.Rules.Parameters;
using YamlDotNet.RepresentationModel;

namespace Overgang.Analysis.Monitor;

/// <summary>
/// The factor scorecards of the Clingendael reports (<c>Data/scorecards.yaml</c>), aggregated per factor and domain by
/// unweighted means, and compared between periods.
/// </summary>
public sealed class Scorecards
{
    /// <summary>The lowest score of the scale (a considerable decrease of the Dutch protection mandate, 000:3290-3310).</summary>
    public const int Lowest = -2;

    /// <summary>The highest score of the scale (a considerable increase).</summary>
    public const int Highest = 2;
    private static readonly Lazy<Scorecards> _default = new(() => Parse("scorecards.yaml", ProjectionData.Embedded("scorecards.yaml")));

    private Scorecards(string aggregation, ImmutableArray<ScorePeriod> periods)
    {
        Aggregation = aggregation;
        Periods = periods;
    }

    /// <summary>The shipped scorecards.</summary>
    public static Scorecards Default => _default.Value;

    /// <summary>How scores are aggregated, in words.</summary>
    public string Aggregation { get; }

    /// <summary>Report periods, oldest first.</summary>
    public ImmutableArray<ScorePeriod> Periods { get; }

    /// <summary>Per domain and factor: the aggregate in two periods and the change. Domains and factors of either period appear.</summary>
    public static ImmutableArray<FactorChange> Compare(ScorePeriod earlier, ScorePeriod later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        var rows = ImmutableArray.CreateBuilder<FactorChange>();
        var domains = earlier.Domains.Select(d => d.Id).Concat(later.Domains.Select(d => d.Id)).Distinct(StringComparer.Ordinal);
        foreach (var id in domains)
        {
            var before = earlier.Domains.FirstOrDefault(d => d.Id == id);
            var after = later.Domains.FirstOrDefault(d => d.Id == id);
            rows.Add(new FactorChange(id, "", (before ?? after)!.Title, before?.Mean, after?.Mean, before is not null, after is not null));
            var factors = (before?.Factors ?? []).Select(f => f.Id).Concat((after?.Factors ?? []).Select(f => f.Id)).Distinct(StringComparer.Ordinal);
            foreach (var factor in factors)
            {
                var b = before?.Factors.FirstOrDefault(f => f.Id == factor);
                var a = after?.Factors.FirstOrDefault(f => f.Id == factor);
                rows.Add(new FactorChange(id, factor, (b ?? a)!.Title, b?.Mean, a?.Mean, b is not null, a is not null));
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>Reads a scorecards file.</summary>
    /// <exception cref="ParameterFileException">The file is malformed or a score is outside -2..+2; the message names file and line.</exception>
    public static Scorecards Parse(string name, string text)
    {
        var root = new ParameterFile(name, text).ReadMapping();
        var periods = Items(name, root, "periods").Select(p =>
        {
            var scored = Text(p, "status") == "scored";
            var missing = scored ? null : Required(name, p, "missing");
            var domains = Items(name, p, "domains").Select(d => new ScoreDomain(
                Required(name, d, "id"),
                Required(name, d, "title"),
                Required(name, d, "source"),
                [.. Items(name, d, "factors").Select(f => new ScoreFactor(
                    Required(name, f, "id"),
                    Required(name, f, "title"),
                    [.. Items(name, f, "indicators").Select(i => Indicator(name, i, scored))]))])).ToImmutableArray();
            return new ScorePeriod(Required(name, p, "id"), Required(name, p, "title"), Required(name, p, "source"), missing, domains);
        }).ToImmutableArray();
        return new Scorecards(Required(name, root, "aggregation"), periods);
    }

    /// <summary>
    /// These scorecards with entered scores applied: each indicator takes the latest version entered for it (its score,
    /// justification and version); the means follow. Entries for indicators the structure does not have are ignored.
    /// </summary>
    public Scorecards With(IEnumerable<EnteredScore> entered)
    {
        ArgumentNullException.ThrowIfNull(entered);
        var latest = entered.GroupBy(e => (e.Period, e.Domain, e.Factor, e.Indicator)).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Version)!);
        if (latest.Count == 0)
        {
            return this;
        }

        return new Scorecards(Aggregation, [.. Periods.Select(p => p with
        {
            Domains = [.. p.Domains.Select(d => d with
            {
                Factors = [.. d.Factors.Select(f => f with
                {
                    Indicators = [.. f.Indicators.Select(i => latest.TryGetValue((p.Id, d.Id, f.Id, i.Id), out var e)
                        ? i with { Score = e.Score, Source = e.Justification, Rationale = e.Reason, Version = e.Version }
                        : i)],
                })],
            })],
        })]);
    }

    /// <summary>The indicator of a period, or <c>null</c> when the period's structure has no such indicator.</summary>
    public IndicatorScore? Find(string period, string domain, string factor, string indicator) =>
        Periods.FirstOrDefault(p => p.Id == period)?.Domains.FirstOrDefault(d => d.Id == domain)?.Factors.FirstOrDefault(f => f.Id == factor)?.Indicators.FirstOrDefault(i => i.Id == indicator);

    private static IndicatorScore Indicator(string name, YamlMappingNode map, bool scored)
    {
        if (!scored)
        {
            return Text(map, "score") is null
                ? new IndicatorScore(Required(name, map, "id"), Required(name, map, "title"), null, Required(name, map, "source"), Required(name, map, "rationale"))
                : throw new ParameterFileException(name, map.Start.Line, "a period that is not scored gives no scores: enter them with overgang monitor score");
        }

        var text = Required(name, map, "score");
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score) || score < Lowest || score > Highest)
        {
            throw new ParameterFileException(name, map.Start.Line, $"score '{text}' is not a whole number from {Lowest} to +{Highest}");
        }

        return new IndicatorScore(Required(name, map, "id"), Required(name, map, "title"), score, Required(name, map, "source"), Required(name, map, "rationale"));
    }

    private static IEnumerable<YamlMappingNode> Items(string name, YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children.Select(c => c as YamlMappingNode ?? throw new ParameterFileException(name, c.Start.Line, "expected a mapping"))
            : throw new ParameterFileException(name, map.Start.Line, $"'{key}' must be a list");

    private static string Required(string name, YamlMappingNode map, string key) =>
        Text(map, key) is { Length: > 0 } text ? text : throw new ParameterFileException(name, map.Start.Line, $"'{key}' is required");

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
