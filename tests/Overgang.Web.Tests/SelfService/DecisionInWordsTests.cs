using NodaTime;
using Overgang.Letters;
using Overgang.Registry.Model;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.SelfService;

namespace Overgang.Web.Tests.SelfService;

public sealed class DecisionInWordsTests
{
    [Theory]
    [InlineData(LetterLanguage.Ukrainian, "не пройдено")]
    [InlineData(LetterLanguage.Dutch, "niet (of nog niet)")]
    [InlineData(LetterLanguage.English, "not (or not yet)")]
    public void An_open_public_order_check_is_an_open_action_of_the_IND_not_a_condition_that_failed(LetterLanguage language, string refusal)
    {
        // Given: a person whose public-order check is still pending
        var date = new LocalDate(2027, 3, 4);
        Assert.True(TransitionSchedule.TryFor(ParameterTree.Default, date, out var schedule, out _));
        var facts = new TransitionFacts("P1", new LocalDate(1985, 7, 1), UkrainianResidence.Citizen, new Registration("NL", new LocalDate(2022, 4, 2)), [],
            AsylumApplication.None, null, false, PublicOrderCheck.Pending, null, null, false, "H1");
        var decision = TransitionDecider.Decide(facts, schedule);
        Assert.False(decision.IsDecided);
        var letter = LetterComposer.Compose(decision, "Олена Коваленко", schedule, language);
        var record = new DecisionRecord { PersonId = "P1", Date = date, Path = TransitionNames.Of(decision.Path), Status = "pending", ParameterVersion = schedule.ParameterVersion };

        // When
        var words = DecisionInWords.From(new OwnLetter(letter, decision, record, new LocalDate(2026, 11, 22)));

        // Then: the met conditions apart, the check as the IND's open action, and nothing that reads as a refusal
        Assert.NotEmpty(words.Done);
        Assert.Contains(words.Open, o => o.Owner == "ind");
        Assert.DoesNotContain(words.Done.Concat(words.Other).Concat(words.Open.Select(o => o.Text)), s => s.Contains(refusal, StringComparison.Ordinal));
        Assert.Contains(letter.Sections[1].Items, s => s.Contains(refusal, StringComparison.Ordinal));
        Assert.Equal(date, words.DecisionFor);
        Assert.True(words.Pending);
    }
}
