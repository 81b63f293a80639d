using System.Collections.Frozen;
using System.Collections.Immutable;
using Overgang.Rules.Parameters;
using YamlDotNet.RepresentationModel;

namespace Overgang.Rules.Texts;

/// <summary>
/// The rules' texts as data (<c>Texts/Data/*.yaml</c>, embedded): per section (rule names, reasons, tasks, flags, owners,
/// terms, templates, references) one entry per key with its Dutch, Ukrainian and English text.
/// </summary>
/// <remarks>
/// Read once into frozen dictionaries. A malformed file (not a mapping, an unknown section, a key twice, a language
/// missing or empty, another language, placeholders that differ between the languages, a brace that opens no
/// placeholder) is a defect: loading throws <see cref="ParameterFileException"/> naming the file and line.
/// </remarks>
internal sealed class TextCatalogue
{
    /// <summary>The sections a file may hold.</summary>
    public static readonly ImmutableArray<string> SectionNames = ["rules", "reasons", "tasks", "flags", "owners", "terms", "templates", "references"];

    private static readonly Lazy<TextCatalogue> _default = new(() => Load(ParameterFile.Embedded(typeof(TextCatalogue).Assembly, "Overgang.Texts.")));

    private readonly FrozenDictionary<string, FrozenDictionary<string, TextEntry>> _sections;

    private TextCatalogue(FrozenDictionary<string, FrozenDictionary<string, TextEntry>> sections)
    {
        _sections = sections;
    }

    /// <summary>The catalogue that ships with the rules.</summary>
    public static TextCatalogue Default => _default.Value;

    /// <summary>The entries of a section, in key order.</summary>
    public IEnumerable<TextEntry> Section(string section) =>
        _sections.TryGetValue(section, out var entries) ? entries.Values.OrderBy(e => e.Key, StringComparer.Ordinal) : [];

    /// <summary>The entry of a key in a section.</summary>
    public bool TryGet(string section, string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TextEntry? entry)
    {
        entry = null;
        return _sections.TryGetValue(section, out var entries) && entries.TryGetValue(key, out entry);
    }

    /// <summary>Reads the files; every problem throws, naming file and line.</summary>
    public static TextCatalogue Load(IEnumerable<ParameterFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sections = SectionNames.ToDictionary(s => s, _ => new Dictionary<string, TextEntry>(StringComparer.Ordinal), StringComparer.Ordinal);
        var any = false;
        foreach (var file in files)
        {
            any = true;
            foreach (var (sectionNode, entriesNode) in file.ReadMapping().Children)
            {
                var section = Scalar(file, sectionNode);
                if (!sections.TryGetValue(section, out var entries))
                {
                    throw Problem(file, sectionNode, $"unknown section '{section}' (expected one of {string.Join(", ", SectionNames)})");
                }

                if (entriesNode is not YamlMappingNode mapping)
                {
                    throw Problem(file, entriesNode, $"section '{section}' must be a mapping of keys to texts");
                }

                foreach (var (keyNode, textsNode) in mapping.Children)
                {
                    var key = Scalar(file, keyNode);
                    if (key.Length == 0)
                    {
                        throw Problem(file, keyNode, $"an empty key in section '{section}'");
                    }

                    if (!entries.TryAdd(key, Entry(file, section, key, textsNode)))
                    {
                        throw Problem(file, keyNode, $"'{key}' is in section '{section}' twice");
                    }
                }
            }
        }

        if (!any)
        {
            throw new ParameterFileException("(rule texts)", 0, "no text files are embedded");
        }

        return new TextCatalogue(sections.ToFrozenDictionary(s => s.Key, s => s.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    private static TextEntry Entry(ParameterFile file, string section, string key, YamlNode node)
    {
        if (node is not YamlMappingNode texts)
        {
            throw Problem(file, node, $"{section} '{key}' must be a mapping with nl, uk and en");
        }

        string? dutch = null, ukrainian = null, english = null;
        foreach (var (languageNode, textNode) in texts.Children)
        {
            var language = Scalar(file, languageNode);
            var text = Scalar(file, textNode);
            if (string.IsNullOrWhiteSpace(text) || text != text.Trim())
            {
                throw Problem(file, textNode, $"{section} '{key}' has an empty text in '{language}', or one with spaces around it");
            }

            switch (language)
            {
                case "nl" when dutch is null:
                    dutch = text;
                    break;
                case "uk" when ukrainian is null:
                    ukrainian = text;
                    break;
                case "en" when english is null:
                    english = text;
                    break;
                default:
                    throw Problem(file, languageNode, $"{section} '{key}': '{language}' is not nl, uk or en, or is given twice");
            }
        }

        if (dutch is null || ukrainian is null || english is null)
        {
            throw Problem(file, node, $"{section} '{key}' lacks {string.Join(", ", new[] { ("nl", dutch), ("uk", ukrainian), ("en", english) }.Where(l => l.Item2 is null).Select(l => l.Item1))}");
        }

        if (!TextTemplate.TryParse(english, out var englishTemplate, out var problem)
            || !TextTemplate.TryParse(dutch, out var dutchTemplate, out problem)
            || !TextTemplate.TryParse(ukrainian, out var ukrainianTemplate, out problem))
        {
            throw Problem(file, node, $"{section} '{key}': {problem}");
        }

        var placeholders = englishTemplate.Placeholders;
        if (!dutchTemplate.Placeholders.SetEquals(placeholders) || !ukrainianTemplate.Placeholders.SetEquals(placeholders))
        {
            throw Problem(file, node, $"{section} '{key}': the placeholders differ between the languages (nl {Names(dutchTemplate)}; uk {Names(ukrainianTemplate)}; en {Names(englishTemplate)})");
        }

        return new TextEntry(section, key, dutchTemplate, ukrainianTemplate, englishTemplate);
    }

    private static string Names(TextTemplate template) => template.Placeholders.Count == 0 ? "none" : string.Join(", ", template.Placeholders.Order(StringComparer.Ordinal));

    private static string Scalar(ParameterFile file, YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Problem(file, node, "expected a text");

    private static ParameterFileException Problem(ParameterFile file, YamlNode node, string problem) => new(file.Name, node.Start.Line, problem);
}

/// <summary>One entry of the catalogue: its section, key and text per language.</summary>
internal sealed record TextEntry(string Section, string Key, TextTemplate Dutch, TextTemplate Ukrainian, TextTemplate English)
{
    /// <summary>The text in a language.</summary>
    public TextTemplate In(TextLanguage language) => language switch
    {
        TextLanguage.Dutch => Dutch,
        TextLanguage.Ukrainian => Ukrainian,
        TextLanguage.English => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };
}
