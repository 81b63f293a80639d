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
