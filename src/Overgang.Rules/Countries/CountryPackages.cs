using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.Countries;

/// <summary>The country packages: every member state's post-protection options as data, read by one engine.</summary>
/// <remarks>
/// A package is a YAML file (Countries/Data/&lt;cc&gt;.yaml) with its own dated parameters and sources in the format of
/// the parameter files; its options refer to those parameters or to the rules' parameter tree by id. No member state has
/// rule code of its own. A value the sources do not give is <c>unknown: true</c> and makes the option unknown, naming the
/// parameter; a member state without a package is unknown too. Nothing is filled in from another member state.
/// </remarks>
public sealed class CountryPackages
{
    private static readonly Lazy<CountryPackages> _default = new(() => Load(EmbeddedFiles(), ParameterTree.Default));
    private readonly FrozenDictionary<string, CountryPackage> _byState;
    private readonly FrozenDictionary<string, ParameterDefinition> _definitions;
    private readonly FrozenDictionary<string, Source> _sources;

    private CountryPackages(ImmutableArray<CountryPackage> packages)
    {
        Packages = packages;
        _byState = packages.ToFrozenDictionary(p => p.MemberState, StringComparer.Ordinal);
        _definitions = packages.SelectMany(p => p.Definitions).ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        _sources = packages.SelectMany(p => p.Sources.Values).ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The packages that ship with the rules.</summary>
    public static CountryPackages Default => _default.Value;

    /// <summary>Every package, by member state code.</summary>
    public ImmutableArray<CountryPackage> Packages { get; }

    /// <summary>The package files embedded in this assembly.</summary>
    public static IReadOnlyList<ParameterFile> EmbeddedFiles() => ParameterFile.Embedded(typeof(CountryPackages).Assembly, "Overgang.Countries.");

    /// <summary>Reads package files, checking every parameter and source they name against themselves and the tree.</summary>
    /// <exception cref="ParameterFileException">A file is malformed or names what does not exist; the message names file and line.</exception>
    public static CountryPackages Load(IEnumerable<ParameterFile> files, ParameterTree tree)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(tree);
        var packages = new List<CountryPackage>();
        var parameterIds = new HashSet<string>(tree.Definitions.Select(d => d.Id), StringComparer.Ordinal);
        var sourceIds = new HashSet<string>(tree.Sources.Keys, StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var package = Read(file, tree, sourceIds);
            if (packages.Any(p => p.MemberState == package.MemberState))
            {
                throw new ParameterFileException(file.Name, 1, $"member state {package.MemberState} has two packages");
            }

            foreach (var definition in package.Definitions)
            {
                if (!parameterIds.Add(definition.Id))
                {
                    throw new ParameterFileException(file.Name, 1, $"parameter {definition.Id} is already defined");
                }
            }

            sourceIds.UnionWith(package.Sources.Keys);
            packages.Add(package);
        }

        return new CountryPackages([.. packages]);
    }

    /// <summary>The package of a member state.</summary>
    public bool TryGet(string memberState, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CountryPackage? package) =>
        _byState.TryGetValue(memberState, out package);

    /// <summary>The national options of the member states where a person has (or had) protection: the protection member state first, then the others.</summary>
    public ImmutableArray<NationalOption> For(TransitionFacts facts, LocalDate date, ParameterTree tree)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var states = new[] { facts.Protection.MemberState }.Concat(facts.OtherProtection.Select(r => r.MemberState)).Distinct(StringComparer.Ordinal);
        return For(states, date, tree);
    }

    /// <summary>The national options of member states on a date, in the order given; a member state without a package gives one unknown entry.</summary>
    public ImmutableArray<NationalOption> For(IEnumerable<string> memberStates, LocalDate date, ParameterTree tree)
    {
        ArgumentNullException.ThrowIfNull(memberStates);
        ArgumentNullException.ThrowIfNull(tree);
        var options = ImmutableArray.CreateBuilder<NationalOption>();
        foreach (var state in memberStates)
        {
            if (!_byState.TryGetValue(state, out var package))
            {
                options.Add(new NationalOption(state, null, null, null, null, [], "", false, [$"member state {state} has no country package: its national options are unknown"]));
                continue;
            }

            foreach (var option in package.Options)
            {
                options.Add(Evaluate(package, option, date, tree));
            }
        }

        return options.ToImmutable();
    }

    private NationalOption Evaluate(CountryPackage package, CountryOption option, LocalDate date, ParameterTree tree)
    {
        var missing = ImmutableArray.CreateBuilder<string>();
        var tags = new List<string>();
        var provisional = false;
        ParameterValue? Read(string id)
        {
            var definition = Definition(id, tree);
            var value = definition.ValueOn(date);
            if (value is null)
            {
                missing.Add(new MissingParameter(id, date, $"no value before {definition.Values[0].From:yyyy-MM-dd}").Message);
                return null;
            }

            if (value.IsUnknown)
            {
                missing.Add(new MissingParameter(id, date, $"the value from {value.From:yyyy-MM-dd} is not known ({Cite(value.SourceId, tree)}{(value.Note is null ? "" : "; " + value.Note)})").Message);
                return null;
            }

            provisional |= value.IsProvisional;
            var tag = $"[{id} from {value.From:yyyy-MM-dd}{(value.IsProvisional ? ", provisional" : "")}]";
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }

            return value;
        }

        if (option.Status is null)
        {
            missing.Add($"the status of {option.Id} in {package.MemberState} is unknown: {option.UnknownNote} ({Cite(option.SourceId, tree)})");
        }

        Period? duration = null;
        if (option.MaxDurationParameter is { } durationId && Read(durationId) is { } durationValue)
        {
            var whole = (int)durationValue.Number;
            duration = Definition(durationId, tree).Unit switch
            {
                ParameterUnit.Years => Period.FromYears(whole),
                ParameterUnit.Months => Period.FromMonths(whole),
                _ => Period.FromDays(whole),
            };
        }

        LocalDate? availableFrom = option.AvailableFromParameter is { } fromId && Read(fromId) is { } fromValue ? fromValue.Date : null;
        var conditions = ImmutableArray.CreateBuilder<string>();
        var cites = new List<string> { Cite(option.SourceId, tree) };
        foreach (var condition in option.Conditions)
        {
            var text = condition.Text;
            if (condition.ParameterId is { } id)
            {
                var value = Read(id);
                text = text.Replace("{value}", value is null ? "(unknown)" : Format(value, Definition(id, tree).Unit), StringComparison.Ordinal);
            }

            conditions.Add(text);
            var cite = Cite(condition.SourceId, tree);
            if (!cites.Contains(cite))
            {
                cites.Add(cite);
            }
        }

        var reference = string.Join("; ", cites) + (tags.Count == 0 ? "" : " " + string.Join(' ', tags));
        return new NationalOption(package.MemberState, option.Id, option.Status, duration, availableFrom, conditions.ToImmutable(), reference, provisional, missing.ToImmutable());
    }

    /// <summary>The value of a package or tree parameter on a date, or <c>null</c> before its first value.</summary>
    internal ParameterValue? Value(string id, LocalDate date, ParameterTree tree) => Definition(id, tree).ValueOn(date);

    /// <summary>The citation of a package or tree source.</summary>
    internal string Cite(string sourceId, ParameterTree tree) =>
        _sources.TryGetValue(sourceId, out var own) ? own.Cite : tree.Sources[sourceId].Cite;

    private ParameterDefinition Definition(string id, ParameterTree tree) => _definitions.TryGetValue(id, out var own) ? own : tree[id];

    private static string Format(ParameterValue value, ParameterUnit unit) => unit switch
    {
        ParameterUnit.Date => value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ParameterUnit.Regime => value.Raw ?? "",
        _ => value.Number.ToString(CultureInfo.InvariantCulture),
    };

    private static CountryPackage Read(ParameterFile file, ParameterTree tree, HashSet<string> knownSources)
    {
        var root = file.ReadMapping();
        var state = Scalar(root, "memberState");
        if (state is not { Length: 2 } || !state.All(char.IsAsciiLetterUpper))
        {
            throw new ParameterFileException(file.Name, root.Start.Line, "'memberState' must be an ISO 3166-1 alpha-2 code such as PL");
        }

        var name = Scalar(root, "name") ?? throw new ParameterFileException(file.Name, root.Start.Line, "'name' is required");
        var sources = tree.Sources.ToBuilder();
        foreach (var id in knownSources.Where(id => !sources.ContainsKey(id)))
        {
            sources.Add(id, new Source(id, "", "", ""));
        }

        var before = sources.Keys.ToHashSet(StringComparer.Ordinal);
        ParameterLoader.ReadSources(file, sources);
        var catalogue = sources.ToImmutable();
        var own = catalogue.Where(s => !before.Contains(s.Key)).ToImmutableDictionary(StringComparer.Ordinal);
        var definitions = ParameterLoader.ReadDefinitions(file, catalogue).Select(d => d.Definition).ToImmutableArray();
        var ownIds = definitions.ToDictionary(d => d.Id, StringComparer.Ordinal);
        ParameterUnit UnitOf(string id, long line) =>
            ownIds.TryGetValue(id, out var d) ? d.Unit
            : tree.TryGet(id, out var t) ? t.Unit
            : throw new ParameterFileException(file.Name, line, $"parameter {id} is neither in this package nor in the parameter tree");
        void CheckSource(string? id, long line)
        {
            if (id is null || !own.ContainsKey(id) && !tree.Sources.ContainsKey(id))
            {
                throw new ParameterFileException(file.Name, line, $"source '{id}' is neither in this package nor in the source catalogue");
            }
        }

        var options = ImmutableArray.CreateBuilder<CountryOption>();
        foreach (var node in Sequence(file, root, "options"))
        {
            var map = node as YamlMappingNode ?? throw new ParameterFileException(file.Name, node.Start.Line, "expected a mapping");
            var line = map.Start.Line;
            var id = Scalar(map, "id") ?? throw new ParameterFileException(file.Name, line, "'id' is required");
            var status = Scalar(map, "status");
            var unknown = Scalar(map, "unknown") == "true";
            var note = Scalar(map, "note");
            if (unknown == (status is not null) || unknown && note is null)
            {
                throw new ParameterFileException(file.Name, line, $"option {id}: give either a status or 'unknown: true' with a note");
            }

            var sourceId = Scalar(map, "source");
            CheckSource(sourceId, line);
            var duration = Scalar(map, "maxDuration");
            if (duration is not null && UnitOf(duration, line) is not (ParameterUnit.Years or ParameterUnit.Months or ParameterUnit.Days))
            {
                throw new ParameterFileException(file.Name, line, $"option {id}: maxDuration {duration} must be in years, months or days");
            }

            var from = Scalar(map, "availableFrom");
            if (from is not null && UnitOf(from, line) is not ParameterUnit.Date)
            {
                throw new ParameterFileException(file.Name, line, $"option {id}: availableFrom {from} must be a date");
            }

            var decidedBy = Scalar(map, "decidedBy");
            if (decidedBy is not null and not "transition")
            {
                throw new ParameterFileException(file.Name, line, $"option {id}: 'decidedBy' can only be 'transition' (the Dutch transition rules)");
            }

            var complete = Scalar(map, "conditionsComplete");
            if (complete is not null and not "true" and not "false")
            {
                throw new ParameterFileException(file.Name, line, $"option {id}: 'conditionsComplete' is true or false");
            }

            var conditions = ImmutableArray.CreateBuilder<CountryCondition>();
            foreach (var conditionNode in Sequence(file, map, "conditions"))
            {
                var condition = conditionNode as YamlMappingNode ?? throw new ParameterFileException(file.Name, conditionNode.Start.Line, "expected a mapping");
                var text = Scalar(condition, "text") ?? throw new ParameterFileException(file.Name, condition.Start.Line, $"option {id}: a condition needs a text");
                var parameter = Scalar(condition, "parameter");
                if (parameter is not null)
                {
                    _ = UnitOf(parameter, condition.Start.Line);
                }

                if (parameter is null == text.Contains("{value}", StringComparison.Ordinal))
                {
                    throw new ParameterFileException(file.Name, condition.Start.Line, $"option {id}: a condition names {{value}} exactly when it has a parameter");
                }

                var conditionSource = Scalar(condition, "source");
                CheckSource(conditionSource, condition.Start.Line);
                var (check, fact) = ReadCheck(file, condition, id, parameter, decidedBy, UnitOf);
                conditions.Add(new CountryCondition(text, parameter, conditionSource!) { Check = check, Fact = fact });
            }

            options.Add(new CountryOption
            {
                Id = id,
                Status = status,
                UnknownNote = unknown ? note : null,
                MaxDurationParameter = duration,
                AvailableFromParameter = from,
                SourceId = sourceId!,
                Conditions = conditions.ToImmutable(),
                DecidedByTransitionRules = decidedBy is not null,
                ConditionsComplete = complete == "true",
            });
        }

        if (options.Count == 0)
        {
            throw new ParameterFileException(file.Name, root.Start.Line, "'options' must list at least one option (an unknown one when the sources give none)");
        }

        return new CountryPackage(state, name, definitions, own, options.ToImmutable());
    }

    /// <summary>
    /// A condition's <c>check</c>: required unless the option is decided by the Dutch rules (then not allowed);
    /// <c>protection-years</c> needs a parameter in years, <c>fact</c> a <c>fact</c> naming what the registry lacks.
    /// </summary>
    private static (ConditionCheck? Check, string? Fact) ReadCheck(ParameterFile file, YamlMappingNode condition, string option, string? parameter, string? decidedBy, Func<string, long, ParameterUnit> unitOf)
    {
        var line = condition.Start.Line;
        var text = Scalar(condition, "check");
        if (decidedBy is not null)
        {
            return text is null ? (null, null) : throw new ParameterFileException(file.Name, line, $"option {option}: a condition of an option decided by the transition rules has no 'check'");
        }

        ConditionCheck check = text switch
        {
            "always" => ConditionCheck.Always,
            "protection-years" => ConditionCheck.ProtectionYears,
            "fact" => ConditionCheck.Fact,
            null => throw new ParameterFileException(file.Name, line, $"option {option}: a condition needs a 'check' (always, protection-years or fact)"),
            _ => throw new ParameterFileException(file.Name, line, $"option {option}: 'check: {text}' is not one of always, protection-years, fact"),
        };
        if (check == ConditionCheck.ProtectionYears && (parameter is null || unitOf(parameter, line) != ParameterUnit.Years))
        {
            throw new ParameterFileException(file.Name, line, $"option {option}: 'check: protection-years' needs a parameter in years");
        }

        var fact = Scalar(condition, "fact");
        if (check == ConditionCheck.Fact != fact is not null)
        {
            throw new ParameterFileException(file.Name, line, $"option {option}: 'fact' names the missing fact exactly when 'check' is fact");
        }

        if (fact is not null && !Texts.TextCatalogue.Default.TryGet("terms", "fact." + fact, out _))
        {
            throw new ParameterFileException(file.Name, line, $"option {option}: fact '{fact}' has no text (terms: fact.{fact} in Texts/Data/explanations.yaml)");
        }

        return (check, fact);
    }

    private static IEnumerable<YamlNode> Sequence(ParameterFile file, YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children
            : throw new ParameterFileException(file.Name, map.Start.Line, $"'{key}' must be a list");

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;
}
