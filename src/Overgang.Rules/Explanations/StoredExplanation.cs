using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Provisions;
using Overgang.Rules.Texts;

namespace Overgang.Rules.Explanations;

/// <summary>
/// An explanation (the steps of an allowance, contribution or provision calculation) in the form the registry stores it
/// with a payment: per step the rule id, reference and text as numbers in a <see cref="StoredTexts"/> table built from the
/// parameter tree, and the value in cents (docs/adr/0010-stored-decisions.md).
/// </summary>
/// <remarks>
/// <para>The references are the citations of the parameter values the steps read (<c>source [id from date]</c>), so the
/// table holds the citation of every value of every parameter of the tree. A text that is worded for the case (amounts,
/// person ids) is stored as its words: words of the rules' texts by number, amounts as cents, the rest inline. Nothing is
/// lost when a text is not in the table: it is stored inline, and <see cref="Decode"/> gives back every step exactly.</para>
/// <para>Layout (version 2): version byte; the table's key; the number of steps; per step rule, reference, text (empty
/// when the table's English template gives it back from the phrase), the
/// value (0 none, 1 and the cents) and the phrase the text was worded from (0 none, 1 and the template key, the number
/// of arguments and per argument its name, kind, value, the number of its phrases and those phrases the same way, and for
/// a named argument the number of its names and the names), so that a page shows
/// a stored step in its reader's language (docs/adr/0012-rule-texts.md). Version 1 (without phrases) is still read; its
/// steps have no phrase, and a page shows their rule's name and value.</para>
/// </remarks>
public static class StoredExplanation
{
    /// <summary>The version of the stored form this code writes.</summary>
    public const byte Version = 2;

    /// <summary>The version written before steps kept their phrase, still read.</summary>
    public const byte Version1 = 1;

    /// <summary>The table of the strings the explanations of calculations on this tree are worded with.</summary>
    public static StoredTexts Texts(ParameterTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var strings = new List<string>(1024);
        strings.AddRange(RuleIdsOf(typeof(RuleIds)));
        strings.AddRange(RuleIdsOf(typeof(ReceptionRuleIds)));
        strings.AddRange(RuleIdsOf(typeof(ProvisionRuleIds)));
        strings.AddRange(_words);
        strings.AddRange(_texts);
        strings.AddRange(RuleTexts.PhraseStrings);
        foreach (var definition in tree.Definitions)
        {
            foreach (var value in definition.Values)
            {
                if (tree.Sources.TryGetValue(value.SourceId, out var source))
                {
                    var cite = string.Create(CultureInfo.InvariantCulture, $"{source.Cite} [{definition.Id} from {value.From:yyyy-MM-dd}]");
                    strings.Add(cite);
                    if (value.IsProvisional)
                    {
                        strings.Add(cite + " (provisional)");
                    }
                }
            }
        }

        foreach (var source in tree.Sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            strings.Add(source.Cite);
        }

        return new StoredTexts(strings);
    }

    /// <summary>The key of the table a stored explanation was written with.</summary>
    public static string TextsKey(ReadOnlySpan<byte> stored)
    {
        if (stored.Length < 1 + StoredTexts.KeyLength || stored[0] is not (Version or Version1))
        {
            throw new FormatException($"stored explanation: not version {Version1} or {Version}");
        }

        return StoredTexts.KeyOf(stored.Slice(1, StoredTexts.KeyLength));
    }

    /// <summary>Encodes the steps of an explanation with the strings of <paramref name="texts"/>.</summary>
    public static byte[] Encode(IReadOnlyList<ExplanationItem> items, StoredTexts texts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(texts);
        var w = CompactWriter.For(texts);
        w.Byte(Version);
        w.Bytes(texts.KeyBytes.AsSpan());
        w.Number((ulong)items.Count);
        foreach (var item in items)
        {
            w.String(item.Rule);
            w.String(item.Reference);

            // A step worded from a template whose text the table's template gives back is stored without its text. A step
            // the rules worded from the catalogue needs no comparison where the table holds the catalogue's templates (its
            // text is then not even made).
            var worded = item.Phrase is { } p
                && ((item.IsWordedFrom(p) && texts.WordsAsCatalogue(p)) || RuleTexts.Contract(p, texts.Template) == item.Text);
            w.String(worded ? "" : item.Text);
            if (item.Value is { } value)
            {
                w.Byte(1);
                w.Signed(value.Cents);
            }
            else
            {
                w.Byte(0);
            }

            if (item.Phrase is { } phrase)
            {
                w.Byte(1);
                Write(w, phrase, 0);
            }
            else
            {
                w.Byte(0);
            }
        }

        return w.ToArray();
    }

    /// <summary>Decodes a stored explanation with the table it was written with (its <see cref="TextsKey"/>).</summary>
    /// <exception cref="FormatException">The bytes are not a stored explanation of this version, or name another table.</exception>
    public static ImmutableArray<ExplanationItem> Decode(ReadOnlySpan<byte> stored, StoredTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (TextsKey(stored) != texts.Key)
        {
            throw new FormatException($"stored explanation: written with texts {TextsKey(stored)}, not {texts.Key}");
        }

        var withPhrases = stored[0] == Version;
        var r = new CompactReader(stored[(1 + StoredTexts.KeyLength)..], texts);
        var items = new ExplanationItem[r.Count(4096)];
        for (var i = 0; i < items.Length; i++)
        {
            var rule = r.String();
            var reference = r.String();
            var text = r.String();
            Money? value = r.Boolean() ? new Money(r.Signed()) : null;
            var phrase = withPhrases && r.Boolean() ? Read(ref r, 0) : null;
            if (phrase is not null && text.Length == 0)
            {
                text = RuleTexts.Contract(phrase, texts.Template) ?? throw new FormatException($"stored explanation: the template {phrase.Template} is not in the table or not filled");
            }

            items[i] = new ExplanationItem(rule, reference, text, value) { Phrase = phrase };
        }

        return r.AtEnd ? ImmutableArray.Create(items) : throw new FormatException("stored explanation: bytes after the end");
    }

    private const int MaxDepth = 4;

    private static void Write(CompactWriter w, TextPhrase phrase, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException("stored explanation: phrases nested too deep", nameof(phrase));
        }

        w.String(phrase.Template);
        w.Number((ulong)phrase.Arguments.Length);
        foreach (var argument in phrase.Arguments)
        {
            w.String(argument.Name);
            w.Byte((byte)argument.Kind);

            // An amount made from cents is written from them (the bytes its text would give), without writing its text.
            if (argument.Cents is not { } cents || !w.TryAmount(cents))
            {
                w.String(argument.Value);
            }

            w.Number((ulong)argument.Items.Length);
            foreach (var item in argument.Items)
            {
                Write(w, item, depth + 1);
            }

            if (argument.Kind == ArgumentKind.Named)
            {
                w.Number((ulong)argument.Names.Length);
                foreach (var name in argument.Names)
                {
                    w.String(name);
                }
            }
        }
    }

    private static TextPhrase Read(ref CompactReader r, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException("stored explanation: phrases nested too deep");
        }

        var template = r.String();
        var arguments = new TextArgument[r.Count(256)];
        for (var i = 0; i < arguments.Length; i++)
        {
            var name = r.String();
            var kind = r.Enum<ArgumentKind>();
            var value = r.String();
            var items = new TextPhrase[r.Count(4096)];
            for (var j = 0; j < items.Length; j++)
            {
                items[j] = Read(ref r, depth + 1);
            }

            var names = new string[kind == ArgumentKind.Named ? r.Count(3) : 0];
            for (var j = 0; j < names.Length; j++)
            {
                names[j] = r.String();
            }

            arguments[i] = new TextArgument(name, kind, value) { Items = ImmutableArray.Create(items), Names = ImmutableArray.Create(names) };
        }

        return new TextPhrase(template, ImmutableArray.Create(arguments));
    }

    private static IEnumerable<string> RuleIdsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => (string)f.GetRawConstantValue()!);

    /// <summary>Whole texts of steps that are the same for every household.</summary>
    private static readonly string[] _texts =
    [
        "no food money: the location provides meals",
        "food + clothing + private-reception extra, before income",
        "no adult has income: the full allowance is paid",
        "living allowance payable this month",
        "own contribution due this month",
        "no own contribution applies on this date",
        "no own contribution: it is levied on adults and this household has none",
        "RooO maatwerk (hardship decision of the municipality)",
    ];

    /// <summary>
    /// The words of the rules' worded texts (allowance, contribution, provisions, placements, households), so that a text
    /// worded for one household is stored as a few numbers; a word not here is stored inline. Most frequent first (counted
    /// over the demo registry's payments), so that most take one byte.
    /// </summary>
    private static readonly string[] _words =
    [
        "a", "is", "of", "income", "the", "allowance", "own", "+", "no", "this", "month", "×", "reception", "contribution", "in",
        "adult", "at", "or", "allowance:", "alone", "household", "not", "food", "with", "private", "and", "before", "clothing",
        "due", "extra,", "host", "living", "municipal", "payable", "per", "person", "private-reception", "fully", "withdrawn",
        "adults,", "above", "adult(s)", "extra", "family", "for", "full", "costs", "operating", "utilities", "an", "minor",
        "has", "(it", "allowance)", "from", "income:", "paid", "plus", "levied", "→", "meals", "below", "child", "home",
        "contribution:", "it", "applies", "only", "reception,", "are", "location", "money:", "provides", "provided",
        "responsible", "partners", "family:", "(an", "forms", "own)", "their", "minor(s)", "−", "partial", "/", "adults",
        "minor,", "one", "unaccompanied", "paid,", "point", "supplement", "that", "to", "up", "none", "on", "(COA)", "(RMO)",
        "(Zvw);", "(aanvraag", "(also", "(average", "(beoordeling", "(cost-sharers)", "(cost-sharers):", "(hand-over",
        "(hardship", "(middelen)", "(municipal", "(no", "(norm", "(protection", "(provisional)", "(provisional:", "(the",
        "(third-country", "(zorgtoeslag)", "COA", "Netherlands", "Oekraïne", "Participatiewet", "RooO", "Ukraine;", "Ukrainian",
        "Verzamelbrief", "What", "after", "age,", "agreed", "allowance,", "alone:", "also", "another", "applies)", "apply)",
        "arrival", "art.", "as", "assessed", "assistance", "assistance:", "asylum", "available", "away", "basic", "be",
        "beoordeling", "born", "both", "but", "calculation", "can", "cannot", "children", "cohort", "college)", "consecutive",
        "continue", "continues", "contribute", "cost", "cost-sharer", "cost-sharer)", "costs)", "count", "counted", "couple",
        "covering", "covers", "date", "day", "day;", "days", "days,", "decision", "deducted:", "departure", "different",
        "displaced", "do", "document;", "does", "door", "dwelling", "else", "en", "ended", "ends),", "entitled", "estimated",
        "estimated:", "every", "facilities", "first", "follows", "free", "full,", "gefaseerd)", "give", "hand-over",
        "hand-over;", "handed", "hardship", "have", "health", "health-care", "here", "het", "higher", "holders:", "holds",
        "holiday", "household's", "households:", "housemates", "housing", "huishoudniveau,", "id", "includes", "income,",
        "input", "insurance", "insured", "it)", "itself", "keeps", "known", "lapse", "last", "later", "latest", "leaves", "left",
        "link", "live", "lives", "location);", "longer", "lower", "maatwerk", "max(0,", "maximum", "may", "member", "member(s)",
        "middelen)", "minors", "minus", "month's", "more", "most", "move", "municipality", "municipality)", "must", "mutual",
        "name", "named", "names", "national", "nobody", "nominal", "norm", "nov.", "older", "once", "op", "opvang", "other",
        "out", "outcome", "outside", "over", "override", "overrides", "paid;", "parent", "partner", "path", "pay", "pays",
        "pension", "pension-age", "period", "person(s)", "persons", "placement", "placements", "population", "premium",
        "premium);", "premium,", "premium:", "procedure;", "programme", "programme;", "project", "protection", "reception:",
        "regime", "registered", "registry", "remains:", "request", "required", "reserves", "residence", "residence;", "return",
        "return-programme", "rounded", "rule", "rules", "schedule", "scheduled", "scheme", "second", "set", "share", "sharing",
        "since", "single", "single-parent", "so", "social", "social-assistance", "someone", "sources", "special", "start",
        "state)", "status;", "stay", "stays", "still", "stops;", "task)", "temporary", "term", "than", "together", "transition",
        "transition-document", "twice", "two", "under", "unit,", "unknown", "until", "used", "was", "which", "who", "whole",
        "wins)", "withdrawal", "would", "year", "year,", "younger", "youth", "=", "(", ")", ":", "-", "(adult)", "adult;",
        "partners;", "(minor)",
    ];
}
