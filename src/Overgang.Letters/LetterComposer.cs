using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Transition;
using Ids = Overgang.Rules.Transition.TransitionRuleIds;

namespace Overgang.Letters;

/// <summary>Composes a decision letter for one person from the decision, in one language.</summary>
/// <remarks>
/// The letter states the outcome, every reason in plain language (with the dates it rests on, formatted per language),
/// the outstanding actions with owners and due dates, what follows, and why the case is reviewed by hand. It is
/// composed from the decision's values (path, rule ids, kinds, facts), never from its English texts.
/// </remarks>
public static class LetterComposer
{
    /// <summary>Composes the letter.</summary>
    /// <param name="decision">The person's decision (with household flags).</param>
    /// <param name="name">The person's name as it should appear in the greeting.</param>
    /// <param name="schedule">The parameters the decision was made on (dates of the letter).</param>
    /// <param name="language">The language.</param>
    public static Letter Compose(TransitionDecision decision, string name, TransitionSchedule schedule, LetterLanguage language)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(schedule);
        var texts = LetterTexts.For(language);
        string Date(LocalDate date) => LetterDates.Format(date, language);
        string Fill(string text) => text
            .Replace("{end}", Date(schedule.ProtectionLastDay), StringComparison.Ordinal)
            .Replace("{from}", decision.Validity is { } v1 ? Date(v1.Start) : "", StringComparison.Ordinal)
            .Replace("{until}", decision.Validity is { } v2 ? Date(v2.End) : "", StringComparison.Ordinal)
            .Replace("{tcnEnd}", Date(schedule.TcnLastDay), StringComparison.Ordinal)
            .Replace("{tcnLeave}", Date(schedule.TcnDepartureDue), StringComparison.Ordinal)
            .Replace("{receptionEnd}", Date(schedule.ReceptionLastDay), StringComparison.Ordinal)
            .Replace("{cutOff}", Date(schedule.CutOff), StringComparison.Ordinal)
            .Replace("{date}", Date(schedule.Date), StringComparison.Ordinal);

        var sections = ImmutableArray.CreateBuilder<LetterSection>();
        var outcome = texts.Outcomes.TryGetValue((decision.Path, decision.IsDecided), out var found) ? found : texts.Outcomes[(decision.Path, true)];
        sections.Add(new(texts.OutcomeHeading, [Fill(outcome)], []));

        var reasons = ImmutableArray.CreateBuilder<string>(decision.Reasons.Length);
        foreach (var reason in decision.Reasons)
        {
            var (met, notMet) = texts.Reasons[reason.Rule];
            var text = reason.Rule == Ids.AsylumProcedure
                ? (reason.Facts.Any(f => f.Name == "asylumApplication" && f.Value != "pending") ? met : notMet)
                : reason.Met ? met : notMet;
            text = text
                .Replace("{since}", FactDate(reason, "protection.since", language), StringComparison.Ordinal)
                .Replace("{states}", States(reason), StringComparison.Ordinal);
            reasons.Add(Fill(text));
        }

        sections.Add(new(texts.ReasonsHeading, [], reasons.ToImmutable()));

        if (!decision.Actions.IsEmpty)
        {
            sections.Add(new(texts.ActionsHeading, [], [.. decision.Actions.Select(a =>
                $"{texts.Owners[a.Owner]}: {Fill(texts.Actions[a.Kind])} ({texts.DueBy.Replace("{date}", Date(a.Due), StringComparison.Ordinal)})")]));
        }

        if (!decision.Tasks.IsEmpty)
        {
            sections.Add(new(texts.TasksHeading, [], [.. decision.Tasks.Select(t =>
                $"{texts.Owners[t.Owner]}: {Fill(texts.Tasks[t.Kind])} ({Due(t, texts, language)})")]));
        }

        var review = TransitionNames.FlagOrder.Where(f => f != ReviewFlags.ProvisionalParameter && decision.Flags.HasFlag(f)).ToList();
        var provisional = decision.Flags.HasFlag(ReviewFlags.ProvisionalParameter);
        if (review.Count > 0)
        {
            sections.Add(new(texts.ReviewHeading, [texts.ReviewIntro], [.. review.Select(f => texts.Flags[f])]));
        }

        if (provisional)
        {
            sections.Add(new(texts.ProvisionalHeading, [texts.Provisional], []));
        }

        return new Letter(
            LetterDates.Code(language),
            Fill(texts.Title),
            Fill(texts.Place),
            texts.Salutation.Replace("{name}", name, StringComparison.Ordinal),
            Fill(texts.Intro),
            sections.ToImmutable(),
            texts.Closing.Replace("{version}", schedule.ParameterVersion, StringComparison.Ordinal));
    }

    private static string Due(FollowUpTask task, LetterTexts texts, LetterLanguage language) => task.Due is { } due
        ? (task.Kind == TaskKind.PayStatutoryTuition ? texts.FromDate : texts.DueBy).Replace("{date}", LetterDates.Format(due, language), StringComparison.Ordinal)
            + (task.IsProvisional ? ", " + texts.ProvisionalDate : "")
        : texts.NoDue;

    private static string FactDate(Reason reason, string name, LetterLanguage language)
    {
        foreach (var fact in reason.Facts)
        {
            if (fact.Name == name && LocalDatePattern.Iso.Parse(fact.Value) is { Success: true } parsed)
            {
                return LetterDates.Format(parsed.Value, language);
            }
        }

        return "";
    }

    private static string States(Reason reason)
    {
        foreach (var fact in reason.Facts)
        {
            if (fact.Name == "otherProtection")
            {
                return string.Join(", ", fact.Value.Split(", ").Select(part => part.Split(' ')[0]));
            }
        }

        return "";
    }
}
