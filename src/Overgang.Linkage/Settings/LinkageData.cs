using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Overgang.Linkage.Encoding;
using Overgang.Linkage.Scoring;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Overgang.Linkage.Settings;

/// <summary>
/// Reads the linkage's dated values (Settings/Data/linkage-parameters.yaml and encoding-scheme.yaml, embedded): each value
/// a list of entries with <c>since</c>, <c>value</c> and either a <c>source</c> or <c>assumption: project</c> with a
/// <c>reason</c>. The entry with the latest <c>since</c> on or before a day is in force on that day.
/// </summary>
public static class LinkageData
{
    /// <summary>The parameters file's name.</summary>
    public const string ParametersFile = "linkage-parameters.yaml";

    /// <summary>The encoding scheme file's name.</summary>
    public const string SchemeFile = "encoding-scheme.yaml";

    private static readonly string[] _parameterNames =
        ["matchProbability", "reviewProbability", "nameSimilar", "phoneticSimilar", "maxBlockSize", "randomPairs", "emSampleRecords", "emTolerance", "emMaxIterations", "probabilityFloor"];

    private static readonly string[] _schemeNames =
        ["nameBits", "dateBits", "hashes", "nameEqual", "nameClose", "nameSimilar", "dateEqual", "dateOneDigit", "dateSwapped", "dateYear"];

    /// <summary>The text of an embedded data file.</summary>
    public static string Embedded(string name)
    {
        using var stream = typeof(LinkageData).Assembly.GetManifestResourceStream("Overgang.Linkage.Settings.Data." + name)
            ?? throw new InvalidOperationException($"the data file {name} is not embedded");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The parameters in force on <paramref name="day"/>, or the latest ones when <paramref name="day"/> is <c>null</c>.</summary>
    /// <exception cref="LinkageDataException">The text is malformed; the message names the file and line.</exception>
    public static LinkageParameters Parameters(string file, string text, LocalDate? day = null)
    {
        var (since, source, _, values) = Read(file, text, _parameterNames, version: false, day);
        return new LinkageParameters(
            since,
            source,
            values["matchProbability"].Probability(file),
            values["reviewProbability"].Probability(file),
            values["nameSimilar"].Probability(file),
            values["phoneticSimilar"].Probability(file),
            values["maxBlockSize"].Whole(file),
            values["randomPairs"].Whole(file),
            values["emSampleRecords"].Whole(file),
            values["emTolerance"].Probability(file),
            values["emMaxIterations"].Whole(file),
            values["probabilityFloor"].Probability(file));
    }

    /// <summary>The encoding scheme in force on <paramref name="day"/>, or the latest one when <paramref name="day"/> is <c>null</c>.</summary>
    /// <exception cref="LinkageDataException">The text is malformed; the message names the file and line.</exception>
    public static EncodingScheme Scheme(string file, string text, LocalDate? day = null)
    {
        var (since, source, version, values) = Read(file, text, _schemeNames, version: true, day);
        var nameBits = values["nameBits"].Whole(file);
        var dateBits = values["dateBits"].Whole(file);
        foreach (var (name, bits) in new[] { ("nameBits", nameBits), ("dateBits", dateBits) })
        {
            if (bits % 64 != 0)
            {
                throw new LinkageDataException(file, values[name].Line, $"'{name}' must be a multiple of 64");
            }
        }

        return new EncodingScheme(
            version!,
            since,
            source,
            nameBits,
            dateBits,
            values["hashes"].Whole(file),
            values["nameEqual"].Probability(file),
            values["nameClose"].Probability(file),
            values["nameSimilar"].Probability(file),
            values["dateEqual"].Probability(file),
            values["dateOneDigit"].Probability(file),
            values["dateSwapped"].Probability(file),
            values["dateYear"].Probability(file));
    }

    private static (LocalDate Since, string Source, string? Version, Dictionary<string, Entry> Values) Read(string file, string text, string[] names, bool version, LocalDate? day)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new LinkageDataException(file, e.Start.Line, e.Message);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new LinkageDataException(file, 1, "expected one YAML document with a mapping at its root");
        }

        var source = Scalar(file, root, "source") ?? throw new LinkageDataException(file, root.Start.Line, "'source' is required");
        var schemeVersion = version ? Scalar(file, root, "version") ?? throw new LinkageDataException(file, root.Start.Line, "'version' is required") : null;
        if (!root.Children.TryGetValue(new YamlScalarNode("values"), out var valuesNode) || valuesNode is not YamlMappingNode valuesMap)
        {
            throw new LinkageDataException(file, root.Start.Line, "'values' must be a mapping of value names to dated lists");
        }

        var values = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (keyNode, listNode) in valuesMap.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? "";
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                throw new LinkageDataException(file, keyNode.Start.Line, $"unknown value '{name}'; expected one of {string.Join(", ", names)}");
            }

            if (listNode is not YamlSequenceNode list || list.Children.Count == 0)
            {
                throw new LinkageDataException(file, listNode.Start.Line, $"'{name}' must be a list of dated entries");
            }

            Entry? inForce = null;
            LocalDate? previous = null;
            foreach (var node in list.Children)
            {
                var entry = ReadEntry(file, name, node);
                if (previous is { } p && entry.Since <= p)
                {
                    throw new LinkageDataException(file, entry.Line, $"'{name}': the entries must be in order of 'since', each later than the one before");
                }

                previous = entry.Since;
                if (day is null || entry.Since <= day.Value)
                {
                    inForce = entry;
                }
            }

            values[name] = inForce ?? throw new LinkageDataException(file, list.Start.Line, $"'{name}' has no value on {day:yyyy-MM-dd}");
        }

        foreach (var name in names.Where(n => !values.ContainsKey(n)))
        {
            throw new LinkageDataException(file, valuesMap.Start.Line, $"'{name}' is missing");
        }

        return (values.Values.Max(v => v.Since), source, schemeVersion, values);
    }

    private static Entry ReadEntry(string file, string name, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw new LinkageDataException(file, node.Start.Line, $"'{name}': an entry must be a mapping with since, value and a source or an assumption");
        }

        var line = map.Start.Line;
        var sinceText = Scalar(file, map, "since") ?? throw new LinkageDataException(file, line, $"'{name}': 'since' is required");
        var since = LocalDatePattern.Iso.Parse(sinceText);
        if (!since.Success)
        {
            throw new LinkageDataException(file, line, $"'{name}': 'since' must be a date yyyy-mm-dd, not '{sinceText}'");
        }

        var valueText = Scalar(file, map, "value") ?? throw new LinkageDataException(file, line, $"'{name}': 'value' is required");
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new LinkageDataException(file, line, $"'{name}': 'value' must be a number, not '{valueText}'");
        }

        var source = Scalar(file, map, "source");
        var assumption = Scalar(file, map, "assumption");
        var reason = Scalar(file, map, "reason");
        if (source is null == assumption is null)
        {
            throw new LinkageDataException(file, line, $"'{name}': give either a 'source' or 'assumption: project' with a 'reason'");
        }

        if (assumption is not null && (assumption != "project" || reason is null))
        {
            throw new LinkageDataException(file, line, $"'{name}': an assumption is 'assumption: project' and needs a 'reason'");
        }

        return new Entry(name, since.Value, value, line);
    }

    private static string? Scalar(string file, YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        return node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw new LinkageDataException(file, node.Start.Line, $"'{key}' must be a single value");
    }

    private sealed record Entry(string Name, LocalDate Since, double Value, long Line)
    {
        public double Probability(string file) =>
            Value is >= 0 and <= 1 ? Value : throw new LinkageDataException(file, Line, $"'{Name}' must be between 0 and 1");

        public int Whole(string file) =>
            Value >= 1 && Value <= int.MaxValue && Math.Floor(Value) == Value ? (int)Value : throw new LinkageDataException(file, Line, $"'{Name}' must be a whole number of at least 1");
    }
}
