using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Parameters;
using YamlDotNet.RepresentationModel;
using static Overgang.Analysis.AnalysisYaml;

namespace Overgang.Analysis.Projections;

/// <summary>The assumptions and scenarios of the projections, read from <c>Data/projections.yaml</c>.</summary>
/// <remarks>The file ships with the code, so a malformed one is a defect: <see cref="ParameterFileException"/> names file and line.</remarks>
public sealed class ProjectionData
{
    private static readonly Lazy<ProjectionData> _default = new(() => Parse("projections.yaml", Embedded("projections.yaml")));
    private static readonly HashSet<string> _units = new(StringComparer.Ordinal) { "persons", "persons/month", "percent", "percent/month", "months", "date" };

    private ProjectionData(YearMonth start, YearMonth end, ImmutableDictionary<string, Source> sources, ImmutableArray<Assumption> assumptions, ImmutableArray<ProjectionScenario> scenarios)
    {
        Start = start;
        End = end;
        Sources = sources;
        Assumptions = assumptions;
        Scenarios = scenarios;
    }

    /// <summary>The shipped assumptions.</summary>
    public static ProjectionData Default => _default.Value;

    /// <summary>First projected month.</summary>
    public YearMonth Start { get; }

    /// <summary>Last projected month.</summary>
    public YearMonth End { get; }

    /// <summary>Sources by id.</summary>
    public ImmutableDictionary<string, Source> Sources { get; }

    /// <summary>The base assumptions, in file order.</summary>
    public ImmutableArray<Assumption> Assumptions { get; }

    /// <summary>The scenarios, in file order.</summary>
    public ImmutableArray<ProjectionScenario> Scenarios { get; }

    /// <summary>The projected months, in order.</summary>
    public ImmutableArray<YearMonth> Months
    {
        get
        {
            var months = ImmutableArray.CreateBuilder<YearMonth>();
            for (var month = Start; month <= End; month = month.PlusMonths(1))
            {
                months.Add(month);
            }

            return months.ToImmutable();
        }
    }

    /// <summary>The assumptions of a scenario: base values, replaced by the scenario's from its first changed month on.</summary>
    public ImmutableDictionary<string, Assumption> For(ProjectionScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var all = Assumptions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var change in scenario.Changes)
        {
            var original = all[change.Id];
            var first = change.Values[0].From;
            all[change.Id] = original with { Values = [.. original.Values.Where(v => v.From < first), .. change.Values] };
        }

        return all.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Reads a projections file.</summary>
    /// <exception cref="ParameterFileException">The file is malformed; the message names file and line.</exception>
    public static ProjectionData Parse(string name, string text)
    {
        var root = new ParameterFile(name, text).ReadMapping();
        var start = Month(name, root, Required(name, root, "start"));
        var end = Month(name, root, Required(name, root, "end"));
        var sources = ImmutableDictionary.CreateBuilder<string, Source>(StringComparer.Ordinal);
        foreach (var node in Sequence(name, root, "sources"))
        {
            var map = Mapping(name, node);
            var id = Required(name, map, "id");
            if (!sources.TryAdd(id, new Source(id, Required(name, map, "cite"), Required(name, map, "title"), Required(name, map, "location"))))
            {
                throw new ParameterFileException(name, map.Start.Line, $"source {id} is defined twice");
            }
        }

        var assumptions = Sequence(name, root, "assumptions").Select(n => ReadAssumption(name, Mapping(name, n), sources, null)).ToImmutableArray();
        var known = assumptions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        if (known.Count != assumptions.Length)
        {
            throw new ParameterFileException(name, root.Start.Line, "an assumption id is used twice");
        }

        var scenarios = ImmutableArray.CreateBuilder<ProjectionScenario>();
        foreach (var node in Sequence(name, root, "scenarios"))
        {
            var map = Mapping(name, node);
            var source = Required(name, map, "source");
            CheckSource(name, map, sources, source);
            var changes = Sequence(name, map, "changes").Select(n => ReadAssumption(name, Mapping(name, n), sources, known)).ToImmutableArray();
            scenarios.Add(new ProjectionScenario(Required(name, map, "id"), Required(name, map, "title"), Required(name, map, "description"), source, changes));
        }

        return new ProjectionData(start, end, sources.ToImmutable(), assumptions, scenarios.ToImmutable());
    }

    private static Assumption ReadAssumption(string name, YamlMappingNode map, ImmutableDictionary<string, Source>.Builder sources, Dictionary<string, Assumption>? baseAssumptions)
    {
        var id = Required(name, map, "id");
        string unit, description;
        if (baseAssumptions is null)
        {
            unit = Required(name, map, "unit");
            description = Required(name, map, "description");
            if (!_units.Contains(unit))
            {
                throw new ParameterFileException(name, map.Start.Line, $"assumption {id}: unit '{unit}' is not one of {string.Join(", ", _units)}");
            }
        }
        else if (baseAssumptions.TryGetValue(id, out var original))
        {
            (unit, description) = (original.Unit, original.Description);
        }
        else
        {
            throw new ParameterFileException(name, map.Start.Line, $"scenario change: no assumption {id}");
        }

        var values = new List<AssumptionValue>();
        foreach (var node in Sequence(name, map, "values"))
        {
            var value = Mapping(name, node);
            var from = Month(name, value, Required(name, value, "from"));
            var source = Required(name, value, "source");
            CheckSource(name, value, sources, source);
            var known = Optional(value, "known") is { } k ? Month(name, value, k) : from;
            if (known < from)
            {
                throw new ParameterFileException(name, value.Start.Line, $"assumption {id}: known {known:yyyy-MM} is before from {from:yyyy-MM}; a value is known at the earliest from its first month");
            }

            if (values.Count > 0 && (from < values[^1].From || (from == values[^1].From && known <= values[^1].Known)))
            {
                throw new ParameterFileException(name, value.Start.Line, $"assumption {id}: values must be in increasing month order (a revision of a month's value repeats its from with a later known)");
            }

            var raw = Required(name, value, "value");
            LocalDate? date = null;
            double number = 0;
            if (unit == "date")
            {
                var parsed = LocalDatePattern.Iso.Parse(raw);
                date = parsed.Success ? parsed.Value : throw new ParameterFileException(name, value.Start.Line, $"assumption {id}: '{raw}' is not a date YYYY-MM-DD");
            }
            else
            {
                number = Number(name, value, id, raw);
            }

            var low = Optional(value, "low") is { } l ? Number(name, value, id, l) : (double?)null;
            var high = Optional(value, "high") is { } h ? Number(name, value, id, h) : (double?)null;
            if ((low is null) != (high is null) || (low is { } lo && high is { } hi && !(lo <= number && number <= hi)))
            {
                throw new ParameterFileException(name, value.Start.Line, $"assumption {id}: give both low and high, with low <= value <= high");
            }

            values.Add(new AssumptionValue(from, number, low, high, date, source, Optional(value, "note"), known));
        }

        if (values.Count == 0)
        {
            throw new ParameterFileException(name, map.Start.Line, $"assumption {id} has no values");
        }

        return new Assumption(id, description, unit, [.. values]);
    }

    private static double Number(string name, YamlMappingNode map, string id, string raw) =>
        double.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : throw new ParameterFileException(name, map.Start.Line, $"assumption {id}: '{raw}' is not a non-negative number");

    private static void CheckSource(string name, YamlMappingNode map, ImmutableDictionary<string, Source>.Builder sources, string source)
    {
        if (!sources.ContainsKey(source))
        {
            throw new ParameterFileException(name, map.Start.Line, $"source '{source}' is not in the sources of the file");
        }
    }

    private static YearMonth Month(string name, YamlMappingNode map, string text)
    {
        var parsed = YearMonthPattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new ParameterFileException(name, map.Start.Line, $"'{text}' is not a month YYYY-MM");
    }

    internal static string Embedded(string file)
    {
        using var stream = typeof(ProjectionData).Assembly.GetManifestResourceStream("Overgang.Analysis.Data." + file)
            ?? throw new InvalidOperationException($"{file} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
