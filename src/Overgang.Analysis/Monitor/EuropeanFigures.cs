using System.Collections.Immutable;
using System.Globalization;
using NodaTime.Text;
using Overgang.Analysis.Projections;

namespace Overgang.Analysis.Monitor;

/// <summary>
/// The EU figures per member state: <c>Data/figures-eu.csv</c> (a copy of the shared domain file) and
/// <c>Data/figures-eu-seeds.csv</c> (further figures the seed documents give), each with its source.
/// </summary>
public static class EuropeanFigures
{
    /// <summary>Persons enjoying temporary protection.</summary>
    public const string Beneficiaries = "tp_beneficiaries";

    private static readonly Lazy<ImmutableArray<EuropeanFigure>> _all = new(() =>
        [.. Parse(ProjectionData.Embedded("figures-eu.csv")).Concat(Parse(ProjectionData.Embedded("figures-eu-seeds.csv")))
            .OrderBy(f => f.Date).ThenBy(f => f.Metric, StringComparer.Ordinal).ThenBy(f => f.MemberState, StringComparer.Ordinal)]);

    /// <summary>Every figure, ordered by date, metric and member state.</summary>
    public static ImmutableArray<EuropeanFigure> All => _all.Value;

    /// <summary>The figures of one member state (or EU aggregate), ordered by date.</summary>
    public static ImmutableArray<EuropeanFigure> Of(string memberState) => [.. All.Where(f => f.MemberState == memberState)];

    internal static ImmutableArray<EuropeanFigure> Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = OfficialFigures.Fields(lines[0]);
        int Column(string name) => header.IndexOf(name) is >= 0 and var index ? index : throw new FormatException($"figures: no column {name}");
        var (date, state, metric, value, unit, source) = (Column("date"), Column("member_state"), Column("metric"), Column("value"), Column("unit"), Column("source"));
        var note = header.IndexOf("note");
        return [.. lines.Skip(1).Select(OfficialFigures.Fields).Select(f => new EuropeanFigure(
            LocalDatePattern.Iso.Parse(f[date]).GetValueOrThrow(),
            f[state],
            f[metric],
            double.Parse(f[value], CultureInfo.InvariantCulture),
            f[unit],
            note >= 0 ? f[note] : "",
            f[source]))];
    }
}
