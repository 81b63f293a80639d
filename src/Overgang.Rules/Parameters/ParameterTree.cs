using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Overgang.Rules.Parameters;

/// <summary>All parameters of the rules with their dated values and sources: the data half of rules as code.</summary>
/// <remarks>
/// Immutable. A reform is a changed copy (<see cref="With(IEnumerable{ParameterDefinition}, IEnumerable{Source})"/>, <see cref="Reform"/>); the rule code is never forked. <see cref="Version"/> is
/// a hash of the content, recorded with every outcome so that it can be reproduced.
/// </remarks>
public sealed class ParameterTree
{
    private static readonly Lazy<ParameterTree> _default = new(() => Load(EmbeddedFiles()));
    private readonly FrozenDictionary<string, ParameterDefinition> _byId;

    private ParameterTree(ImmutableArray<ParameterDefinition> definitions, ImmutableDictionary<string, Source> sources)
    {
        Definitions = definitions;
        Sources = sources;
        _byId = definitions.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        Version = ComputeVersion(definitions);
    }

    /// <summary>The parameters that ship with the rules.</summary>
    public static ParameterTree Default => _default.Value;

    /// <summary>Every parameter, in file and then file order.</summary>
    public ImmutableArray<ParameterDefinition> Definitions { get; }

    /// <summary>The source catalogue by id.</summary>
    public ImmutableDictionary<string, Source> Sources { get; }

    /// <summary>A short hash of every parameter value: equal trees have equal versions.</summary>
    public string Version { get; }

    /// <summary>Reads parameter files; one of them must be <c>sources.yaml</c>.</summary>
    /// <exception cref="ParameterFileException">A file is malformed; the message names file and line.</exception>
    public static ParameterTree Load(IEnumerable<ParameterFile> files)
    {
        var (definitions, sources) = ParameterLoader.Load(files);
        return new ParameterTree(definitions, sources);
    }

    /// <summary>The parameter files embedded in this assembly.</summary>
    public static IReadOnlyList<ParameterFile> EmbeddedFiles() => ParameterFile.Embedded(typeof(ParameterTree).Assembly, "Overgang.Parameters.");

    /// <summary>The definition with an id.</summary>
    /// <exception cref="KeyNotFoundException">No such parameter: a defect in the calling rule.</exception>
    public ParameterDefinition this[string id] =>
        _byId.TryGetValue(id, out var definition) ? definition : throw new KeyNotFoundException($"no parameter {id}");

    /// <summary>Looks a parameter up by id.</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out ParameterDefinition? definition) => _byId.TryGetValue(id, out definition);

    /// <summary>Reads the value in force on a date; when there is none, says why as a value.</summary>
    public bool TryRead(string id, LocalDate date, [NotNullWhen(true)] out ParameterValue? value, [NotNullWhen(false)] out MissingParameter? missing)
    {
        var definition = this[id];
        value = definition.ValueOn(date);
        if (value is null)
        {
            missing = new MissingParameter(id, date, $"no value before {definition.Values[0].From:yyyy-MM-dd}");
            return false;
        }

        if (value.IsUnknown)
        {
            missing = new MissingParameter(id, date, $"the value from {value.From:yyyy-MM-dd} is not known ({Sources[value.SourceId].Cite}{(value.Note is null ? "" : "; " + value.Note)})");
            value = null;
            return false;
        }

        missing = null;
        return true;
    }

    /// <summary>The short citation of a value's source.</summary>
    public string Cite(ParameterValue value) => Sources[value.SourceId].Cite;

    /// <summary>A copy of this tree in which one parameter is replaced (a reform).</summary>
    public ParameterTree With(ParameterDefinition replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        return With([replacement], []);
    }

    /// <summary>A copy of this tree in which several parameters are replaced and sources are added (a reform).</summary>
    /// <exception cref="KeyNotFoundException">A replacement names no parameter of this tree: a defect in the caller.</exception>
    /// <exception cref="ArgumentException">An added source has the id of an existing one.</exception>
    public ParameterTree With(IEnumerable<ParameterDefinition> replacements, IEnumerable<Source> addedSources)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        ArgumentNullException.ThrowIfNull(addedSources);
        var definitions = Definitions;
        foreach (var replacement in replacements)
        {
            definitions = definitions.SetItem(definitions.IndexOf(this[replacement.Id]), replacement);
        }

        return new ParameterTree(definitions, Sources.AddRange(addedSources.Select(s => KeyValuePair.Create(s.Id, s))));
    }

    private static string ComputeVersion(ImmutableArray<ParameterDefinition> definitions)
    {
        var text = new StringBuilder();
        foreach (var definition in definitions)
        {
            text.Append(definition.Id).Append('|').Append(definition.Unit).Append('\n');
            foreach (var value in definition.Values)
            {
                text.Append(value.From.ToString("yyyy-MM-dd", null)).Append('|').Append(value.Raw ?? "unknown").Append('|')
                    .Append(value.IsProvisional ? "provisional" : "").Append('|').Append(value.SourceId).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
