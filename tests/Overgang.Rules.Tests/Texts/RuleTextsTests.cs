using System.Reflection;
using System.Text.RegularExpressions;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Texts;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Tests.Texts;

/// <summary>The catalogue of the rules' texts (Texts/Data/*.yaml): complete, in three languages, and read strictly.</summary>
public sealed partial class RuleTextsTests
{
    private static readonly Assembly _rules = typeof(RuleTexts).Assembly;

    /// <summary>Latin-script words a Ukrainian text may hold: acronyms and names the letters also leave as they are.</summary>
    private static readonly HashSet<string> _latinInUkrainian = new(StringComparer.Ordinal)
    {
        "Zvw", "DTenV", "RooO", "BooO", "mbo", "hbo", "wo", "Overgang",
    };

    /// <summary>Dutch terms a Ukrainian text may give in brackets after its own word, as the pages and letters do.</summary>
    private static readonly string[] _glossed = ["bezwaar", "bijstand", "leefgeld", "eigen bijdrage", "opvang", "zorgtoeslag", "gemeente", "premie"];

    /// <summary>Every key the rules need a text for, by section: found by reflection and from the code tables, not from the catalogue.</summary>
    internal static IEnumerable<(string Section, string Key)> RequiredKeys()
    {
        foreach (var type in _rules.GetTypes().Where(t => t.Name.EndsWith("RuleIds", StringComparison.Ordinal)))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                yield return ("rules", (string)field.GetRawConstantValue()!);
            }
        }

        foreach (var code in ReasonTexts.Codes.Keys)
        {
            yield return ("reasons", code);
        }

        foreach (var code in TaskTexts.All.Keys)
        {
            yield return ("tasks", code);
        }

        foreach (var flag in TransitionNames.FlagOrder)
        {
            yield return ("flags", TransitionNames.Of(flag));
        }

        foreach (var owner in Enum.GetValues<ActionOwner>())
        {
            yield return ("owners", TransitionNames.Of(owner));
        }
    }

    /// <summary>The required keys a catalogue lacks.</summary>
    private static List<string> Missing(TextCatalogue catalogue) =>
        [.. RequiredKeys().Where(k => !catalogue.TryGet(k.Section, k.Key, out _)).Select(k => $"{k.Section}: {k.Key}")];

    private static IReadOnlyList<ParameterFile> Files() => ParameterFile.Embedded(_rules, "Overgang.Texts.");

    [Fact]
    public void Catalogue_HasATextForEveryRuleIdReasonTaskFlagAndOwner()
    {
        Assert.True(RequiredKeys().Count(k => k.Section == "rules") >= 54, "the rule ids were not found by reflection");
        Assert.Empty(Missing(TextCatalogue.Default));
    }

    [Fact]
    public void Catalogue_WithoutOneKey_IsFoundIncomplete_InEverySection()
    {
        foreach (var (section, key) in RequiredKeys().GroupBy(k => k.Section).Select(g => g.Last()))
        {
            // Given: the shipped files with the entry of this key removed (its line and the three language lines under it)
            var files = Files().Select(f => f with { Text = Without(f.Text, key) }).ToList();
            Assert.True(files.Sum(f => f.Text.Length) < Files().Sum(f => f.Text.Length), $"{section}: {key} was not in the files");

            // When
            var missing = Missing(TextCatalogue.Load(files));

            // Then
            Assert.Equal([$"{section}: {key}"], missing);
        }
    }

    [Fact]
    public void ReasonTexts_EveryConstant_IsAReasonWithACodeOrAnActionOrTaskWithACode()
    {
        var constants = typeof(ReasonTexts).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (f.Name, Text: (string)f.GetRawConstantValue()!)).ToList();
        Assert.True(constants.Count > 40);
        Assert.All(constants, c => Assert.True(ReasonTexts.CodeOf(c.Text) is not null || TaskTexts.CodeOf(c.Text) is not null, $"{c.Name} has no code"));
        var stays = typeof(TransitionalStayRules).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string));
        Assert.All(stays, f => Assert.NotNull(ReasonTexts.CodeOf((string)f.GetRawConstantValue()!)));
    }

    [Fact]
    public void Catalogue_EveryEntry_HasThreeLanguagesWithTheSamePlaceholders()
    {
        var entries = TextCatalogue.SectionNames.SelectMany(TextCatalogue.Default.Section).ToList();
        Assert.True(entries.Count > 100, $"{entries.Count} entries");
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Dutch.Text));
            Assert.False(string.IsNullOrWhiteSpace(e.Ukrainian.Text));
            Assert.False(string.IsNullOrWhiteSpace(e.English.Text));
            Assert.True(e.Dutch.Placeholders.SetEquals(e.English.Placeholders), $"{e.Section} {e.Key}: nl has other placeholders");
            Assert.True(e.Ukrainian.Placeholders.SetEquals(e.English.Placeholders), $"{e.Section} {e.Key}: uk has other placeholders");
        });
    }

    [Fact]
    public void Catalogue_UkrainianTexts_AreInCyrillic_ExceptAcronymsAndGlossedTerms()
    {
        foreach (var entry in TextCatalogue.SectionNames.SelectMany(TextCatalogue.Default.Section))
        {
            var text = Placeholder().Replace(entry.Ukrainian.Text, " ");
            text = Bracketed().Replace(text, m => _glossed.Any(g => m.Value == $"({g})") ? " " : m.Value);
            Assert.True(Cyrillic().IsMatch(text) || Latin().Matches(text).All(m => m.Value.All(c => !char.IsLower(c)) || _latinInUkrainian.Contains(m.Value)), $"{entry.Section} {entry.Key}: no Cyrillic in \"{entry.Ukrainian.Text}\"");
            foreach (var word in Latin().Matches(text).Select(m => m.Value))
            {
                Assert.True(word.All(c => !char.IsLower(c)) || _latinInUkrainian.Contains(word), $"{entry.Section} {entry.Key}: the Latin word \"{word}\" in \"{entry.Ukrainian.Text}\"");
            }
        }
    }

    [Fact]
    public void Catalogue_DutchAndEnglishTexts_HaveNoCyrillic()
    {
        Assert.All(TextCatalogue.SectionNames.SelectMany(TextCatalogue.Default.Section), e =>
        {
            Assert.DoesNotMatch(Cyrillic(), e.Dutch.Text);
            Assert.DoesNotMatch(Cyrillic(), e.English.Text);
        });
    }

    [Theory]
    [InlineData("rules:\n  a.b:\n    nl: x\n    uk: х\n", 3, "lacks en")]
    [InlineData("rules:\n  a.b:\n    nl: x\n    uk: х\n    en: ''\n", 5, "empty text")]
    [InlineData("rules:\n  a.b:\n    nl: x\n    uk: х\n    en: y\n    de: z\n", 6, "'de' is not nl, uk or en")]
    [InlineData("rules:\n  a.b:\n    nl: x\n    uk: х\n    en: y\n  a.b:\n    nl: x\n    uk: х\n    en: y\n", 6, "Duplicate key a.b")]
    [InlineData("words:\n  a.b:\n    nl: x\n    uk: х\n    en: y\n", 1, "unknown section 'words'")]
    [InlineData("templates:\n  t:\n    nl: '{a} en {b}'\n    uk: '{a} і {c}'\n    en: '{a} and {b}'\n", 3, "placeholders differ")]
    [InlineData("templates:\n  t:\n    nl: '{a'\n    uk: '{a}'\n    en: '{a}'\n", 3, "opens no placeholder")]
    [InlineData("templates:\n  t:\n    nl: 'a}'\n    uk: '{a}'\n    en: '{a}'\n", 3, "without")]
    [InlineData("rules: [a, b]\n", 1, "must be a mapping")]
    [InlineData("rules:\n  a.b: text\n", 2, "must be a mapping with nl, uk and en")]
    public void Load_MalformedFile_ThrowsNamingFileAndLine(string yaml, int line, string problem)
    {
        var e = Assert.Throws<ParameterFileException>(() => TextCatalogue.Load([new ParameterFile("broken.yaml", yaml)]));
        Assert.Equal("broken.yaml", e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_Task_Flag_Owner_AnswerInTheLanguage()
    {
        Assert.Equal("Leefgeld: voeding", RuleTexts.Name(RuleIds.Food, TextLanguage.Dutch));
        Assert.Equal("Food money", RuleTexts.Name(RuleIds.Food, TextLanguage.English));
        Assert.Equal("Особа відкликає заяву про притулок", RuleTexts.Task("withdraw-asylum-application", TextLanguage.Ukrainian));
        Assert.Equal("De persoon trekt de asielaanvraag in", RuleTexts.Task("withdraw-asylum-application", TextLanguage.Dutch));
        Assert.Equal("Проходить медичне лікування", RuleTexts.Flag(ReviewFlags.MedicalTreatment, TextLanguage.Ukrainian));
        Assert.Equal("Gemeente", RuleTexts.Owner(ActionOwner.Municipality, TextLanguage.Dutch));
        Assert.Equal("unknown.rule", RuleTexts.Name("unknown.rule", TextLanguage.Dutch));
    }

    [Fact]
    public void Reason_OfAKnownText_IsItsCodesText_AndOfAnOldText_TheRulesName()
    {
        Assert.Equal("heeft tijdelijke bescherming in Nederland", RuleTexts.Reason(TransitionRuleIds.ProtectionInNetherlands, ReasonTexts.ProtectionInNl, TextLanguage.Dutch));
        Assert.Equal("заяву про притулок відкликано", RuleTexts.Reason(TransitionRuleIds.AsylumWithdrawn, ReasonTexts.AsylumWithdrawn, TextLanguage.Ukrainian));
        Assert.Equal("Openbare-ordetoets", RuleTexts.Reason(TransitionRuleIds.PublicOrder, "a text an older version wrote", TextLanguage.Dutch));
    }

    [Theory]
    [InlineData("Verzamelbrief opvang Oekraïne nov. 2025, 003:48 (bijstand) [provisions.hand-over.cohort-1 from 2025-01-01] (provisional)", "Verzamelbrief opvang Oekraïne nov. 2025, 003:48 (bijstand)", true)]
    [InlineData("Verzamelbrief opvang Oekraïne nov. 2025, 003:58 (eigen bijdrage); Overgang reading, docs/adr/0008 [contribution.x from 2026-01-01]", "Verzamelbrief opvang Oekraïne nov. 2025, 003:58 (eigen bijdrage)", true)]
    [InlineData("Overgang assumption A1 (toeslag tot 115%), docs/adr/0002 [allowance.income-test.percentage from 2025-10-01]", null, true)]
    [InlineData("Gemeente Velsen, bijstandsnormen per 1 juli 2021 (secondary: municipal table) [a.b from 2021-07-01]; Participatiewet art. 22a (kostendelersnorm) [c.d from 2023-01-01]", "Gemeente Velsen, bijstandsnormen per 1 juli 2021; Participatiewet art. 22a (kostendelersnorm)", false)]
    [InlineData("RooO art. 1 (gezinsleden)", "RooO art. 1 (gezinsleden)", false)]
    public void Citation_KeepsTheSourcesAndLeavesTagsAndOwnReadingsForTheTechnicalDetails(string reference, string? citation, bool own)
    {
        Assert.Equal(citation, RuleTexts.Citation(reference));
        Assert.Equal(own, RuleTexts.IsOwnReading(reference));
    }

    /// <summary>The text without the entry of <paramref name="key"/> (its line and the three lines under it).</summary>
    private static string Without(string text, string key)
    {
        var lines = text.Split('\n').ToList();
        var at = lines.FindIndex(l => l == $"  {key}:");
        if (at >= 0)
        {
            lines.RemoveRange(at, 4);
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"[A-Za-z][A-Za-z-]*")]
    private static partial Regex Latin();
}
