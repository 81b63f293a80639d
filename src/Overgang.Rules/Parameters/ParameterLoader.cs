using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.Parameters;

/// <summary>Reads parameter files (YAML) into definitions, checking every value against its unit and source.</summary>
internal static class ParameterLoader
{
    private const string SourcesFile = "sources.yaml";
    private const string SourcesPrefix = "sources";

    private static readonly Dictionary<string, ParameterUnit> _units = new(StringComparer.Ordinal)
    {
        ["EUR/month"] = ParameterUnit.EurosPerMonth,
        ["percent"] = ParameterUnit.Percent,
        ["count"] = ParameterUnit.Count,
        ["years"] = ParameterUnit.Years,
        ["months"] = ParameterUnit.Months,
        ["days"] = ParameterUnit.Days,
        ["date"] = ParameterUnit.Date,
        ["regime"] = ParameterUnit.Regime,
        ["EUR"] = ParameterUnit.Euros,
    };

    public static (ImmutableArray<ParameterDefinition> Definitions, ImmutableDictionary<string, Source> Sources) Load(IEnumerable<ParameterFile> files)
    {
        var all = files.ToList();
        if (!all.Any(f => f.Name == SourcesFile))
        {
            throw new ParameterFileException(SourcesFile, 0, "the source catalogue is missing");
        }

        var sources = ImmutableDictionary.CreateBuilder<string, Source>(StringComparer.Ordinal);
        foreach (var sourceFile in all.Where(IsSourceCatalogue).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            ReadSources(sourceFile, sources);
        }

        var definitions = new List<ParameterDefinition>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var catalogue = sources.ToImmutable();
        foreach (var file in all.Where(f => !IsSourceCatalogue(f)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            foreach (var (definition, line) in ReadDefinitions(file, catalogue))
            {
                if (seen.TryGetValue(definition.Id, out var other))
                {
                    throw new ParameterFileException(file.Name, line, $"parameter {definition.Id} is already defined in {other}");
                }

                seen.Add(definition.Id, file.Name);
                definitions.Add(definition);
            }
        }

        return ([.. definitions], catalogue);
    }

    public static Reform ReadReform(ParameterFile file, ParameterTree baseline)
    {
        var root = file.ReadMapping();
        var name = Required(file, root, "reform");
        var title = Required(file, root, "title");
        var description = Required(file, root, "description");
        var sources = baseline.Sources.ToBuilder();
        var added = new List<Source>();
        if (root.Children.ContainsKey(new YamlScalarNode("sources")))
        {
            ReadSources(file, sources);
            added.AddRange(sources.Values.Where(s => !baseline.Sources.ContainsKey(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal));
        }

        var catalogue = sources.ToImmutable();
        var changes = new List<ParameterDefinition>();
        var rationales = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var changedFrom = ImmutableDictionary.CreateBuilder<string, NodaTime.LocalDate>(StringComparer.Ordinal);
        foreach (var node in Sequence(file, root, "changes"))
        {
            var map = Mapping(file, node);
            var id = Required(file, map, "id");
            if (!baseline.TryGet(id, out var original))
            {
                throw new ParameterFileException(file.Name, node.Start.Line, $"parameter {id} is not in the parameter tree (see `overgang params`)");
            }

            if (rationales.ContainsKey(id))
            {
                throw new ParameterFileException(file.Name, node.Start.Line, $"parameter {id} is changed twice");
            }

            rationales.Add(id, Required(file, map, "rationale"));
            var values = new List<ParameterValue>();
            foreach (var valueNode in Sequence(file, map, "values"))
            {
                var value = ReadValue(file, Mapping(file, valueNode), id, original.Unit, original.Allowed, catalogue);
                if (values.Count > 0 && value.From <= values[^1].From)
                {
                    throw new ParameterFileException(file.Name, valueNode.Start.Line, $"parameter {id}: values must be in increasing date order ({value.From:yyyy-MM-dd} after {values[^1].From:yyyy-MM-dd})");
                }

                values.Add(value);
            }

            if (values.Count == 0)
            {
                throw new ParameterFileException(file.Name, node.Start.Line, $"parameter {id}: a change needs at least one value");
            }

            changedFrom.Add(id, values[0].From);
            var kept = original.Values.Where(v => v.From < values[0].From);
            changes.Add(original with { Values = [.. kept, .. values] });
        }

        if (changes.Count == 0)
        {
            throw new ParameterFileException(file.Name, root.Start.Line, "'changes' must list at least one parameter");
        }

        return new Reform(name, title, description, [.. changes], rationales.ToImmutable(), changedFrom.ToImmutable(), [.. added]);
    }

    private static bool IsSourceCatalogue(ParameterFile file) => file.Name.StartsWith(SourcesPrefix, StringComparison.Ordinal);

    internal static void ReadSources(ParameterFile file, ImmutableDictionary<string, Source>.Builder builder)
    {
        var root = file.ReadMapping();
        foreach (var node in Sequence(file, root, "sources"))
        {
            var map = Mapping(file, node);
            var id = Required(file, map, "id");
            if (builder.ContainsKey(id))
            {
                throw new ParameterFileException(file.Name, node.Start.Line, $"source {id} is defined twice");
            }

            builder.Add(id, new Source(id, Required(file, map, "cite"), Required(file, map, "title"), Required(file, map, "location")));
        }
    }

    internal static IEnumerable<(ParameterDefinition Definition, long Line)> ReadDefinitions(ParameterFile file, ImmutableDictionary<string, Source> sources)
    {
        var root = file.ReadMapping();
        var area = Required(file, root, "area");
        foreach (var node in Sequence(file, root, "parameters"))
        {
            var map = Mapping(file, node);
            var id = Required(file, map, "id");
            var unitText = Required(file, map, "unit");
            if (!_units.TryGetValue(unitText, out var unit))
            {
                throw new ParameterFileException(file.Name, node.Start.Line, $"parameter {id}: unit '{unitText}' is not one of {string.Join(", ", _units.Keys)}");
            }

            var allowed = map.Children.TryGetValue(new YamlScalarNode("allowed"), out var allowedNode) && allowedNode is YamlSequenceNode allowedList
                ? allowedList.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToImmutableArray()
                : [];
            if (unit == ParameterUnit.Regime && allowed.IsEmpty)
            {
                throw new ParameterFileException(file.Name, node.Start.Line, $"parameter {id}: a regime parameter must list its allowed values");
            }

            var values = new List<ParameterValue>();
            foreach (var valueNode in Sequence(file, map, "values"))
            {
                var value = ReadValue(file, Mapping(file, valueNode), id, unit, allowed, sources);
                if (values.Count > 0 && value.From <= values[^1].From)
                {
                    throw new ParameterFileException(file.Name, valueNode.Start.Line, $"parameter {id}: values must be in increasing date order ({value.From:yyyy-MM-dd} after {values[^1].From:yyyy-MM-dd})");
                }

                values.Add(value);
            }

            if (values.Count == 0)
            {
                throw new ParameterFileException(file.Name, node.Start.Line, $"parameter {id} has no values");
            }

            yield return (new ParameterDefinition
            {
                Id = id,
                Area = area,
                Description = Required(file, map, "description"),
                Unit = unit,
                Allowed = allowed,
                Values = [.. values],
            }, node.Start.Line);
        }
    }

    private static ParameterValue ReadValue(ParameterFile file, YamlMappingNode map, string id, ParameterUnit unit, ImmutableArray<string> allowed, ImmutableDictionary<string, Source> sources)
    {
        var line = map.Start.Line;
        var fromText = Required(file, map, "from");
        var from = LocalDatePattern.Iso.Parse(fromText);
        if (!from.Success)
        {
            throw new ParameterFileException(file.Name, line, $"parameter {id}: 'from' must be a date YYYY-MM-DD, not '{fromText}'");
        }

        var sourceId = Optional(map, "source");
        if (string.IsNullOrWhiteSpace(sourceId))
        {
            throw new ParameterFileException(file.Name, line, $"parameter {id} from {fromText}: every value needs a source");
        }

        if (!sources.ContainsKey(sourceId))
        {
            throw new ParameterFileException(file.Name, line, $"parameter {id} from {fromText}: source '{sourceId}' is not in sources.yaml");
        }

        var unknown = Optional(map, "unknown") == "true";
        var raw = Optional(map, "value");
        if (unknown == (raw is not null))
        {
            throw new ParameterFileException(file.Name, line, $"parameter {id} from {fromText}: give either a value or 'unknown: true'");
        }

        var value = new ParameterValue
        {
            From = from.Value,
            Raw = raw,
            SourceId = sourceId,
            Note = Optional(map, "note"),
            IsProvisional = Optional(map, "provisional") == "true",
        };
        return raw is null ? value : Parse(file, line, id, unit, allowed, raw, value);
    }

    private static ParameterValue Parse(ParameterFile file, long line, string id, ParameterUnit unit, ImmutableArray<string> allowed, string raw, ParameterValue value)
    {
        string Problem(string expected) => $"parameter {id} from {value.From:yyyy-MM-dd}: '{raw}' is not {expected}";
        switch (unit)
        {
            case ParameterUnit.EurosPerMonth or ParameterUnit.Euros:
                if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) || decimal.Round(euros, 2) != euros)
                {
                    throw new ParameterFileException(file.Name, line, Problem("an amount in euros with at most two decimals"));
                }

                return value with { Amount = Money.FromEuros(euros), Number = euros };
            case ParameterUnit.Percent:
                if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || percent <= 0)
                {
                    throw new ParameterFileException(file.Name, line, Problem("a positive percentage"));
                }

                return value with { Number = percent };
            case ParameterUnit.Count or ParameterUnit.Years or ParameterUnit.Months or ParameterUnit.Days:
                if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
                {
                    throw new ParameterFileException(file.Name, line, Problem("a whole number"));
                }

                return value with { Number = whole };
            case ParameterUnit.Date:
                var date = LocalDatePattern.Iso.Parse(raw);
                if (!date.Success)
                {
                    throw new ParameterFileException(file.Name, line, Problem("a date YYYY-MM-DD"));
                }

                return value with { Date = date.Value };
            case ParameterUnit.Regime:
                if (!allowed.Contains(raw))
                {
                    throw new ParameterFileException(file.Name, line, Problem($"one of {string.Join(", ", allowed)}"));
                }

                return value;
            default:
                throw new UnreachableException($"unit {unit}");
        }
    }

    private static YamlMappingNode Mapping(ParameterFile file, YamlNode root) =>
        root as YamlMappingNode ?? throw new ParameterFileException(file.Name, root.Start.Line, "expected a mapping");

    private static IEnumerable<YamlNode> Sequence(ParameterFile file, YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children
            : throw new ParameterFileException(file.Name, map.Start.Line, $"'{key}' must be a list");

    private static string Required(ParameterFile file, YamlMappingNode map, string key) =>
        Optional(map, key) is { Length: > 0 } text
            ? text
            : throw new ParameterFileException(file.Name, map.Start.Line, $"'{key}' is required");

    private static string? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
