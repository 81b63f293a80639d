using System.Collections.Immutable;
using System.Globalization;
using NodaTime.Text;
using Overgang.Analysis.Projections;

namespace Overgang.Analysis.Monitor;

/// <summary>
/// The official figures for the Netherlands shipped in <c>Data/figures-nl.csv</c> (a copy of the shared domain file) and
/// <c>Data/figures-nl-seeds.csv</c> (further figures the seed documents give), each with its source.
/// </summary>
public static class OfficialFigures
{
    /// <summary>Registered under temporary protection in the BRP.</summary>
    public const string Registered = "brp_registered_tp";

    /// <summary>Deregistered from the BRP (cumulative).</summary>
    public const string Deregistered = "brp_deregistered_tp";

    /// <summary>Places in municipal reception.</summary>
    public const string Places = "reception_places";

    /// <summary>Places occupied.</summary>
    public const string Occupied = "reception_occupied";

    /// <summary>Persons in municipal reception.</summary>
    public const string MunicipalReception = "municipal_reception_persons";

    /// <summary>Occupancy of reception locations, percent.</summary>
    public const string Occupancy = "reception_occupancy_pct";

    private static readonly Lazy<ImmutableArray<OfficialFigure>> _all = new(() =>
        [.. Parse(ProjectionData.Embedded("figures-nl.csv")).Concat(Parse(ProjectionData.Embedded("figures-nl-seeds.csv"))).OrderBy(f => f.Date).ThenBy(f => f.Metric, StringComparer.Ordinal)]);

    /// <summary>Every figure, ordered by date and metric.</summary>
    public static ImmutableArray<OfficialFigure> All => _all.Value;

    /// <summary>The figures of one metric, ordered by date.</summary>
    public static ImmutableArray<OfficialFigure> Of(string metric) => [.. All.Where(f => f.Metric == metric)];

    internal static ImmutableArray<OfficialFigure> Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = Fields(lines[0]);
        int Column(string name) => header.IndexOf(name);
        var (date, metric, value, unit, note, source) = (Column("date"), Column("metric"), Column("value"), Column("unit"), Column("note"), Column("source"));
        return [.. lines.Skip(1).Select(Fields).Select(f => new OfficialFigure(
                LocalDatePattern.Iso.Parse(f[date]).GetValueOrThrow(),
                f[metric],
                double.Parse(f[value], CultureInfo.InvariantCulture),
                f[unit],
                f[note],
                f[source]))
            .OrderBy(f => f.Date).ThenBy(f => f.Metric, StringComparer.Ordinal)];
    }

    /// <summary>The fields of one CSV line (RFC 4180: quoted fields, doubled quotes; no line breaks inside fields).</summary>
    internal static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
