using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Overgang.Rules.Explanations;

/// <summary>
/// The strings an explanation is worded with (rule ids, references, texts, fact names and common values), numbered:
/// a stored decision or payment keeps the numbers, and reading it resolves them here (docs/adr/0010-stored-decisions.md).
/// </summary>
/// <remarks>
/// The table is built from the rules (the texts in code, the references the parameters cite on a date), so it changes
/// when a reform or a later parameter version cites another source. Its <see cref="Key"/> is a content hash: a stored
/// explanation names the table it was written with, and the registry keeps every table it wrote with, so an old
/// decision is read back with exactly the references and texts it had.
/// </remarks>
public sealed class StoredTexts
{
    private readonly FrozenDictionary<string, int> _index;

    /// <summary>A table of the strings in this order (a repeated string keeps its first number).</summary>
    public StoredTexts(IEnumerable<string> strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        Strings = [.. strings];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Strings.Length; i++)
        {
            index.TryAdd(Strings[i], i);
        }

        _index = index.ToFrozenDictionary(StringComparer.Ordinal);
        SpanIndex = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(ToJson()));
        KeyBytes = [.. hash.AsSpan(0, KeyLength)];
        Key = Convert.ToHexStringLower(hash.AsSpan(0, KeyLength));
    }

    /// <summary>The number of bytes of the content hash a stored explanation carries.</summary>
    public const int KeyLength = 8;

    /// <summary>The strings, by number.</summary>
    public ImmutableArray<string> Strings { get; }

    /// <summary>The first <see cref="KeyLength"/> bytes of the SHA-256 of <see cref="ToJson"/>, in lower-case hex.</summary>
    public string Key { get; }

    /// <summary>The same key as bytes, as a stored explanation carries it.</summary>
    public ImmutableArray<byte> KeyBytes { get; }

    /// <summary>The table as a JSON array of strings, as the registry stores it.</summary>
    public string ToJson() => JsonSerializer.Serialize(Strings);

    /// <summary>Reads a table stored by <see cref="ToJson"/>.</summary>
    public static StoredTexts FromJson(string json) =>
        new(JsonSerializer.Deserialize<string[]>(json) ?? throw new FormatException("stored texts: not a JSON array of strings"));

    /// <summary>The key as hex, from the bytes a stored explanation carries.</summary>
    public static string KeyOf(ReadOnlySpan<byte> key) => Convert.ToHexStringLower(key);

    internal bool TryIndex(string value, out int index) => _index.TryGetValue(value, out index);

    /// <summary>Whether a string of the table is written like an amount (<c>12.50</c>), so that an amount's text may be written by its number.</summary>
    internal bool HoldsAmounts => _holdsAmounts ??= Strings.Any(s => CompactWriter.TryAmount(s, out _));

    private bool? _holdsAmounts;

    /// <summary>The numbers of the strings, looked up by characters (a word of a text, without making it a string).</summary>
    internal FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> SpanIndex { get; }

    private Templates? _templates;

    /// <summary>The English template of a key as this table holds it (<c>key␟template</c>), or <c>null</c>.</summary>
    internal Texts.TextTemplate? Template(string key) => (_templates ??= new Templates(Strings)).ByKey.GetValueOrDefault(key);

    /// <summary>
    /// Whether this table holds the catalogue's English template for the phrase's template and every template of the phrases
    /// in its lists: a phrase's English is then the same with this table's templates as with the catalogue's.
    /// </summary>
    internal bool WordsAsCatalogue(Texts.TextPhrase phrase)
    {
        if (!(_templates ??= new Templates(Strings)).AsCatalogue.Contains(phrase.Template))
        {
            return false;
        }

        foreach (var argument in phrase.Arguments)
        {
            foreach (var item in argument.Items)
            {
                if (!WordsAsCatalogue(item))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The table's English templates by key, and the keys whose template is the catalogue's.</summary>
    private sealed class Templates
    {
        public Templates(ImmutableArray<string> strings)
        {
            var templates = new Dictionary<string, Texts.TextTemplate>(StringComparer.Ordinal);
            foreach (var text in strings)
            {
                var at = text.IndexOf(Texts.RuleTexts.TemplateSeparator, StringComparison.Ordinal);
                if (at > 0 && Texts.TextTemplate.TryParse(text[(at + 1)..], out var template, out _))
                {
                    templates.TryAdd(text[..at], template);
                }
            }

            ByKey = templates.ToFrozenDictionary(StringComparer.Ordinal);
            AsCatalogue = ByKey.Where(t => Texts.RuleTexts.EnglishTemplate(t.Key) == t.Value.Text).Select(t => t.Key).ToFrozenSet(StringComparer.Ordinal);
        }

        public FrozenDictionary<string, Texts.TextTemplate> ByKey { get; }

        public FrozenSet<string> AsCatalogue { get; }
    }

    internal string At(int index) => (uint)index < (uint)Strings.Length
        ? Strings[index]
        : throw new FormatException($"stored explanation: text {index} is not in the table {Key} of {Strings.Length}");
}
