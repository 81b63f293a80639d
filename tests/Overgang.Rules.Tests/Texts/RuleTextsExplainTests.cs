using System.Text.RegularExpressions;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Texts;

namespace Overgang.Rules.Tests.Texts;

/// <summary>Explanation items worded from templates: the same English as before, and every item shown in every language.</summary>
public sealed partial class RuleTextsExplainTests
{
    private static readonly TextLanguage[] _languages = [TextLanguage.Dutch, TextLanguage.Ukrainian, TextLanguage.English];

    private static readonly Lazy<List<(string Source, ExplanationItem Item)>> _corpus = new(() => [.. ExplanationCorpus.All()]);

    [Fact]
    public void EveryItemOfEveryScenario_RendersInEveryLanguage_WithoutPlaceholdersIdsOrIsoDates_AndItsPhraseGivesItsText()
    {
        var worded = 0;
        foreach (var (source, item) in _corpus.Value)
        {
            if (item.Phrase is { } phrase)
            {
                worded++;
                Assert.True(RuleTexts.Contract(phrase) == item.Text, $"{source}: the phrase {phrase.Template} gives \"{RuleTexts.Contract(phrase)}\", the item says \"{item.Text}\"");
            }

            foreach (var language in _languages)
            {
                var text = RuleTexts.Explain(item, language, id => "Olena");
                Assert.False(string.IsNullOrWhiteSpace(text), $"{source}: {item.Rule} is empty in {language}");
                Assert.False(Placeholder().IsMatch(text), $"{source}: \"{text}\" ({language}) has an unfilled placeholder");
                Assert.False(PersonId().IsMatch(text), $"{source}: \"{text}\" ({language}) shows a person id");
                if (item.Phrase is not null)
                {
                    Assert.False(IsoDate().IsMatch(Quoted().Replace(text, "")), $"{source}: \"{text}\" ({language}) has an ISO date outside a quotation");
                }
            }
        }

        Assert.True(_corpus.Value.Count > 100_000, $"{_corpus.Value.Count} items");
        Assert.True(worded > 130_000, $"{worded} items worded from templates");
    }

    [Fact]
    public void EveryItemOfTheAllowanceContributionAndProvisionRules_IsWordedFromATemplate()
    {
        var rules = typeof(RuleIds).GetFields().Concat(typeof(Overgang.Rules.Provisions.ProvisionRuleIds).GetFields()).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        Assert.All(_corpus.Value.Where(c => rules.Contains(c.Item.Rule)), c => Assert.True(c.Item.Phrase is not null, $"{c.Source}: {c.Item.Rule} \"{c.Item.Text}\" has no template"));
    }

    [Fact]
    public void EveryItemOfTheReturnPlacementAndAbsenceRules_IsWordedFromATemplate()
    {
        var rules = RuleIdsOf(typeof(Overgang.Rules.ReturnProgramme.ReturnRuleIds), typeof(Overgang.Rules.Placements.ReceptionRuleIds));
        var items = _corpus.Value.Where(c => rules.Contains(c.Item.Rule)).ToList();
        Assert.True(items.Count >= 40, $"{items.Count} items");
        Assert.All(items, c => Assert.True(c.Item.Phrase is not null, $"{c.Source}: {c.Item.Rule} \"{c.Item.Text}\" has no template"));
    }

    [Fact]
    public void EveryItemOfTheQualityAndTargetGroupRules_IsWordedFromATemplate_AndNamesCriteriaAndGroupsInTheLanguage()
    {
        var rules = RuleIdsOf(typeof(Overgang.Rules.ReceptionQuality.QualityRuleIds));
        var items = _corpus.Value.Where(c => rules.Contains(c.Item.Rule)).ToList();
        Assert.True(items.Count >= 40, $"{items.Count} items");
        Assert.All(items, c => Assert.True(c.Item.Phrase is not null, $"{c.Source}: {c.Item.Rule} \"{c.Item.Text}\" has no template"));
        var codes = Overgang.Rules.ReceptionQuality.QualityChecklist.Default.Criteria.Select(c => c.Id).Concat(Overgang.Rules.ReceptionQuality.QualityNames.TargetGroups).ToList();
        foreach (var (source, item) in items)
        {
            foreach (var language in new[] { TextLanguage.Dutch, TextLanguage.Ukrainian })
            {
                var text = RuleTexts.Explain(item, language, _ => null);
                Assert.False(codes.Any(code => text.Contains(code, StringComparison.Ordinal)), $"{source}: \"{text}\" ({language}) shows a criterion or group code");
            }
        }

        var schoolNotMet = items.Select(i => i.Item).First(i => i.Text.StartsWith("rooo.education: not met", StringComparison.Ordinal));
        Assert.StartsWith("niet voldaan bij de inspectie van 20 mei 2026 (de laatste op of vóór 1 juni 2026): Kinderen op de locatie hebben toegang tot onderwijs",
            RuleTexts.Explain(schoolNotMet, TextLanguage.Dutch, _ => null), StringComparison.Ordinal);
    }

    [Fact]
    public void AStoredPhraseWithANamedArgument_ReadsBackWithItsNames()
    {
        // Given: a step naming a criterion in three languages
        var texts = StoredExplanation.Texts(ParameterTree.Default);
        var phrase = TextPhrase.Of("named", Arg.Named("name", "rooo.education", "onderwijs", "освіта", "education"));
        var item = ExplanationItem.Worded("reception.quality.criterion", "Q1", phrase, null);

        // When
        var read = Assert.Single(StoredExplanation.Decode(StoredExplanation.Encode([item], texts), texts));

        // Then
        Assert.Equal(item, read);
        Assert.Equal("rooo.education", read.Text);
        Assert.Equal("освіта", RuleTexts.Explain(read, TextLanguage.Ukrainian, _ => null));
    }

    /// <summary>The English of the return, placement, absence and quality steps as the rules wrote it before their templates (the <c>calc</c> output and stored payments keep it).</summary>
    [Fact]
    public void TheEnglishOfTheReturnPlacementAbsenceAndQualitySteps_IsUnchanged()
    {
        var rules = RuleIdsOf(typeof(Overgang.Rules.ReturnProgramme.ReturnRuleIds), typeof(Overgang.Rules.Placements.ReceptionRuleIds), typeof(Overgang.Rules.ReceptionQuality.QualityRuleIds));
        var lines = _corpus.Value.Where(c => rules.Contains(c.Item.Rule))
            .Select(c => $"{c.Item.Rule}\t{c.Item.Reference}\t{c.Item.Text}\t{c.Item.Value}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Overgang.Testing.Snapshot.Match(string.Join("\n", lines) + "\n", "Texts", "return-reception-explanations.txt");
    }

    private static HashSet<string> RuleIdsOf(params Type[] types) =>
        types.SelectMany(t => t.GetFields()).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Explain_AFoodStep_InEachLanguage_NamesThePersonAndFormatsTheAmount()
    {
        // Given: a household of two adults
        var item = FirstOf(RuleIds.Food, "household of 2");

        // When / Then
        Assert.Equal("Olena: volwassene in een huishouden van 2", RuleTexts.Explain(item, TextLanguage.Dutch, _ => "Olena"));
        Assert.Equal("Olena: доросла особа в домогосподарстві з 2 осіб", RuleTexts.Explain(item, TextLanguage.Ukrainian, _ => "Olena"));
        Assert.Equal("Olena: adult in a household of 2", RuleTexts.Explain(item, TextLanguage.English, _ => "Olena"));
        Assert.Equal("een lid van het huishouden: volwassene in een huishouden van 2", RuleTexts.Explain(item, TextLanguage.Dutch, _ => null));
        Assert.Equal(item.Text, RuleTexts.Explain(item, TextLanguage.English));
        var clothing = FirstOf(RuleIds.Clothing, "× ");
        Assert.Matches(@"^\d+ × € \d+,\d\d per persoon$", RuleTexts.Explain(clothing, TextLanguage.Dutch));
    }

    [Fact]
    public void Explain_AStoredStep_IsInTheReadersLanguage_AndAStepOfTheFirstStoredForm_IsTheRulesNameAndValue()
    {
        // Given
        var texts = StoredExplanation.Texts(ParameterTree.Default);
        var item = FirstOf(RuleIds.Food, "household of 2");
        var stored = StoredExplanation.Encode([item], texts);
        var first = StoredExplanation.Encode([item with { Phrase = null }], texts);
        byte[] version1 = [StoredExplanation.Version1, .. first.AsSpan(1, first.Length - 2)];

        // When
        var read = Assert.Single(StoredExplanation.Decode(stored, texts));
        var old = Assert.Single(StoredExplanation.Decode(version1, texts));

        // Then
        Assert.Equal(item, read);
        Assert.Equal("Olena: volwassene in een huishouden van 2", RuleTexts.Explain(read, TextLanguage.Dutch, _ => "Olena"));
        Assert.Equal(item.Text, old.Text);
        Assert.Null(old.Phrase);
        Assert.Equal($"Leefgeld: voeding: {TextFormat.Euros(item.Value!.Value.Cents, TextLanguage.Dutch)}", RuleTexts.Explain(old, TextLanguage.Dutch, _ => "Olena"));
    }

    private static ExplanationItem FirstOf(string rule, string words) =>
        _corpus.Value.Select(c => c.Item).First(i => i.Rule == rule && i.Text.Contains(words, StringComparison.Ordinal) && i.Phrase is not null);

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(P\d{4,}|a\d|m\d)\b")]
    private static partial Regex PersonId();

    [GeneratedRegex("(„[^”]*”|«[^»]*»|“[^”]*”)")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();
}
