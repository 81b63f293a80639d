using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Overgang.Letters;

/// <summary>
/// Who issues the decision letters, how to object and whom to contact, and the letters' own terms: dated fields with a
/// source each, read from the embedded <c>Data/letter-authority.yaml</c>.
/// </summary>
/// <remarks>
/// A field without a source is provisional and has no value; <see cref="Text"/> then returns <c>null</c> and the letter
/// shows a visible placeholder. Nothing here is a literal in code: the six-week objection term (Awb art. 6:7) and the
/// minimum days before a deadline are read from the data.
/// </remarks>
public sealed class LetterAuthority
{
    /// <summary>The issuing authority's name (localised).</summary>
    public const string NameId = "authority.name";

    /// <summary>The authority's general postal address.</summary>
    public const string PostalAddressId = "authority.postal-address";

    /// <summary>The authority's telephone number.</summary>
    public const string PhoneId = "authority.phone";

    /// <summary>The address for objections.</summary>
    public const string ObjectionAddressId = "objection.address";

    /// <summary>The objection term in weeks (Awb art. 6:7).</summary>
    public const string ObjectionWeeksId = "objection.term-weeks";

    /// <summary>The least number of days between the letter's date and any deadline in it.</summary>
    public const string MinimumDaysId = "letter.deadline-minimum-days";

    /// <summary>The prefix of case numbers.</summary>
    public const string CasePrefixId = "letter.case-number-prefix";

    private static readonly string[] _languages = ["nl", "uk", "en"];

    private static readonly Lazy<LetterAuthority> _default = new(() => Read(EmbeddedYaml(), "letter-authority.yaml"));

    private readonly FrozenDictionary<string, ImmutableArray<AuthorityField>> _fields;

    private LetterAuthority(FrozenDictionary<string, ImmutableArray<AuthorityField>> fields) => _fields = fields;

    /// <summary>The embedded authority data.</summary>
    public static LetterAuthority Default => _default.Value;

    /// <summary>The field ids, in file order of first appearance.</summary>
    public IEnumerable<string> Ids => _fields.Keys;

    /// <summary>The entry of a field in force on a date.</summary>
    /// <exception cref="InvalidOperationException">The field is unknown, or has no entry on the date.</exception>
    public AuthorityField Field(string id, LocalDate date)
    {
        if (!_fields.TryGetValue(id, out var entries))
        {
            throw new InvalidOperationException($"letter-authority.yaml has no field {id}");
        }

        AuthorityField? found = null;
        foreach (var entry in entries)
        {
            if (entry.From <= date && (found is null || entry.From > found.From))
            {
                found = entry;
            }
        }

        return found ?? throw new InvalidOperationException($"letter-authority.yaml has no entry of {id} on {date:yyyy-MM-dd}");
    }

    /// <summary>The field's text in a language on a date, or <c>null</c> when it is provisional without a value.</summary>
    public string? Text(string id, LocalDate date, LetterLanguage language)
    {
        var field = Field(id, date);
        return field.Texts.TryGetValue(LetterDates.Code(language), out var text) ? text : field.Value;
    }

    /// <summary>The field's whole-number value on a date.</summary>
    /// <exception cref="InvalidOperationException">The field has no whole-number value.</exception>
    public int Number(string id, LocalDate date) =>
        Field(id, date).Value is { } value && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidOperationException($"letter-authority.yaml: {id} has no whole-number value on {date:yyyy-MM-dd}");

    /// <summary>Reads authority data from YAML text.</summary>
    /// <exception cref="InvalidOperationException">The text is not valid authority data; the message names the file and the problem.</exception>
    public static LetterAuthority Read(string yaml, string name)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new InvalidOperationException($"{name} line {e.Start.Line}: {e.Message}", e);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("fields"), out var list) || list is not YamlSequenceNode fields)
        {
            throw new InvalidOperationException($"{name}: expected a mapping with a list 'fields'");
        }

        var read = new Dictionary<string, ImmutableArray<AuthorityField>.Builder>(StringComparer.Ordinal);
        foreach (var node in fields)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw new InvalidOperationException($"{name} line {node.Start.Line}: a field must be a mapping");
            }

            string? Scalar(string key) => mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
            var id = Scalar("id") ?? throw new InvalidOperationException($"{name} line {node.Start.Line}: a field needs an id");
            var source = Scalar("source");
            if (string.IsNullOrWhiteSpace(source))
            {
                throw new InvalidOperationException($"{name}: {id} has no source");
            }

            var from = LocalDatePattern.Iso.Parse(Scalar("from") ?? "");
            if (!from.Success)
            {
                throw new InvalidOperationException($"{name}: {id} needs a 'from' date (YYYY-MM-DD)");
            }

            var provisional = Scalar("provisional") == "true";
            var texts = _languages.Where(code => Scalar(code) is not null).ToFrozenDictionary(code => code, code => Scalar(code)!, StringComparer.Ordinal);
            var value = Scalar("value");
            if (!provisional && value is null && texts.Count == 0)
            {
                throw new InvalidOperationException($"{name}: {id} has neither a value nor texts; a field without a value must be provisional");
            }

            if (texts.Count is not (0 or 3))
            {
                throw new InvalidOperationException($"{name}: {id} needs texts in nl, uk and en, or none");
            }

            if (!read.TryGetValue(id, out var entries))
            {
                read[id] = entries = ImmutableArray.CreateBuilder<AuthorityField>();
            }

            entries.Add(new AuthorityField(id, from.Value, value, texts, source, Scalar("note"), provisional));
        }

        return new LetterAuthority(read.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToImmutable(), StringComparer.Ordinal));
    }

    /// <summary>The text of the embedded <c>letter-authority.yaml</c> (for tools and tests that vary it).</summary>
    public static string EmbeddedYaml()
    {
        using var stream = typeof(LetterAuthority).Assembly.GetManifestResourceStream("Overgang.Letters.Data.letter-authority.yaml")
            ?? throw new InvalidOperationException("letter-authority.yaml is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One dated entry of an authority field.</summary>
/// <param name="Id">The field id, such as <c>objection.term-weeks</c>.</param>
/// <param name="From">The first letter date the entry applies to.</param>
/// <param name="Value">The value, or <c>null</c> when the field is localised or provisional without a value.</param>
/// <param name="Texts">Localised texts by language code (<c>nl</c>, <c>uk</c>, <c>en</c>); empty when not localised.</param>
/// <param name="Source">Where the value comes from (or why there is none).</param>
/// <param name="Note">How the value is read, if that needs saying.</param>
/// <param name="IsProvisional">Whether the value is not (yet) sourced: without a value the letter shows a placeholder.</param>
public sealed record AuthorityField(
    string Id,
    LocalDate From,
    string? Value,
    FrozenDictionary<string, string> Texts,
    string Source,
    string? Note,
    bool IsProvisional);
