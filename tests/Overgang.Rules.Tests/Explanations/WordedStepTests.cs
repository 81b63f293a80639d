using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Tests.Allowance;
using Overgang.Rules.Texts;

namespace Overgang.Rules.Tests.Explanations;

/// <summary>
/// A step the rules word from a template makes its English text only when it is read, and storing it does not make the
/// text at all (issue 13, the month run's allocations): the stored bytes and the texts are the same as when the text was made.
/// </summary>
public sealed class WordedStepTests
{
    private static readonly StoredTexts _texts = StoredExplanation.Texts(ParameterTree.Default);

    private static HouseholdCalculation Household(int minimumSteps) =>
        AllowanceScenario.All()
            .Select(s => HouseholdAllowances.Answer(s.Request(), ParameterTree.Default))
            .OfType<AllowanceAnswer.Calculated>()
            .SelectMany(a => a.Households)
            .First(h => h.Explanation.Length >= minimumSteps);

    [Fact]
    public void Worded_MakesNoText_UntilItIsRead_ThenTheTemplatesEnglish()
    {
        // Given: a phrase of a template with placeholders, worded once so that the catalogue is read
        var phrase = TextPhrase.Of("contribution.operating.rate", Arg.Number("payers", 2), Arg.Amount("rate", new Money(23_041)));
        _ = ExplanationItem.Worded(RuleIds.ContributionOperating, "ref", phrase, null);

        // When
        var before = GC.GetAllocatedBytesForCurrentThread();
        var item = ExplanationItem.Worded(RuleIds.ContributionOperating, "ref", phrase, new Money(46_082));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then: the step alone (its text would be a string and a builder more), and its text when read is the phrase's English
        Assert.True(allocated < 128, $"{allocated} bytes allocated for one worded step");
        Assert.Equal(RuleTexts.Contract(phrase), item.Text);
        Assert.Contains("230.41", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Worded_AnUnknownTemplate_StillFailsAtOnce() =>
        Assert.Throws<InvalidOperationException>(() => ExplanationItem.Worded("r", "s", TextPhrase.Of("no.such.template"), null));

    [Fact]
    public void Worded_APhraseThatCannotBeWritten_FailsAtOnce_AMissingArgument_AnUnknownTerm_AnUnknownTemplateInAList()
    {
        // Given: a known template without one of its arguments, one with a term the catalogue does not have, and a list
        // holding a phrase of an unknown template
        var missing = TextPhrase.Of("contribution.operating.rate", Arg.Number("payers", 2));
        var term = TextPhrase.Of("allowance.food.alone", Arg.Person("person", "P0001"), Arg.Term("role", "no-such-term"));
        var list = TextPhrase.Of("income.household.adults", Arg.List("incomes", "", [TextPhrase.Of("no.such.template")]));

        // When / Then: each step fails when it is made, not when its text is first read
        Assert.Throws<InvalidOperationException>(() => ExplanationItem.Worded("r", "s", missing, null));
        Assert.Throws<InvalidOperationException>(() => ExplanationItem.Worded("r", "s", term, null));
        Assert.Throws<InvalidOperationException>(() => ExplanationItem.Worded("r", "s", list, null));
    }

    [Fact]
    public void IsFilled_AgreesWithWritingTheText_ForEveryStepOfTheScenarios_AndForEachWithOneArgumentLeftOut()
    {
        // Given: every phrase of every scenario's steps, and each of them once more without one of its arguments (a phrase
        // nested in a list is left out of its own phrase's copies too)
        var phrases = AllowanceScenario.All()
            .Select(s => HouseholdAllowances.Answer(s.Request(), ParameterTree.Default))
            .OfType<AllowanceAnswer.Calculated>()
            .SelectMany(a => a.Households)
            .SelectMany(h => h.Explanation)
            .Select(e => e.Phrase)
            .OfType<TextPhrase>()
            .ToList();
        var variants = phrases
            .Concat(phrases.SelectMany(p => Enumerable.Range(0, p.Arguments.Length).Select(i => p with { Arguments = p.Arguments.RemoveAt(i) })))
            .Concat(phrases.SelectMany(p => p.Arguments.SelectMany(a => a.Items)))
            .ToList();

        // When / Then: the walk that writes nothing says "filled" exactly when the text can be written
        Assert.True(phrases.Count > 100, $"{phrases.Count} phrases");
        Assert.Contains(variants, p => !Writes(p));
        foreach (var phrase in variants)
        {
            Assert.Equal(Writes(phrase), RuleTexts.IsFilled(phrase));
        }
    }

    private static bool Writes(TextPhrase phrase)
    {
        try
        {
            _ = RuleTexts.Contract(phrase);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [Fact]
    public void Encode_OfStepsTheRulesWorded_MakesNoTexts_AndWritesTheBytesOfTheComparedSteps()
    {
        // Given: a household's steps as the rules give them, and the same steps with their texts made and compared
        var household = Household(minimumSteps: 10);
        _ = StoredExplanation.Encode(household.Explanation, _texts);
        var compared = household.Explanation.Select(step => step with { Text = step.Text }).ToList();

        // When
        var before = GC.GetAllocatedBytesForCurrentThread();
        var stored = StoredExplanation.Encode(household.Explanation, _texts);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before - stored.Length;

        // Then: only the returned array (about 40 bytes beside its contents); the same bytes as the compared steps give
        Assert.True(allocated < 256, $"{allocated} bytes allocated beside the {stored.Length} stored for {household.Explanation.Length} steps");
        Assert.Equal(StoredExplanation.Encode(compared, _texts), stored);
    }

    [Fact]
    public void Encode_WithATableWhoseTemplateDiffers_StoresTheTextTheStepHad()
    {
        // Given: a table in which one template's English is not the catalogue's (a table written by an older version)
        var key = "allowance.payable.month";
        var entry = _texts.Strings.First(s => s.StartsWith(key + RuleTexts.TemplateSeparator, StringComparison.Ordinal));
        var older = new StoredTexts(_texts.Strings.Select(s => s == entry ? key + RuleTexts.TemplateSeparator + "paid this month" : s));
        var step = ExplanationItem.Worded(RuleIds.Payable, "ref", TextPhrase.Of(key), new Money(100));

        // When
        var read = StoredExplanation.Decode(StoredExplanation.Encode([step], older), older);

        // Then: the text the step had, not the older table's template
        Assert.Equal(RuleTexts.Contract(TextPhrase.Of(key)), Assert.Single(read).Text);
        Assert.NotEqual("paid this month", read[0].Text);
    }
}
