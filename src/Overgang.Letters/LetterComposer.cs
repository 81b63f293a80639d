using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Overgang.Rules.Transition;
using Ids = Overgang.Rules.Transition.TransitionRuleIds;

namespace Overgang.Letters;

/// <summary>Composes a decision letter for one person from the decision, in one language.</summary>
/// <remarks>
/// The letter is a decision (docs/adr/0009): it names the issuing authority, the case number and the date, states the
/// outcome, every reason in plain language (with the dates it rests on, formatted per language), the outstanding
/// actions with owners and deadlines, what follows, why the case is reviewed by hand, the legal basis, how and until
/// when to object, and whom to contact. Every deadline is at least the minimum days after the letter's date. It is
/// composed from the decision's values (path, rule ids, kinds, facts, references), never from its English texts.
/// </remarks>
public static partial class LetterComposer
{
    /// <summary>Composes the letter.</summary>
    /// <param name="decision">The person's decision (with household flags).</param>
    /// <param name="name">The person's name as it should appear in the greeting.</param>
    /// <param name="schedule">The parameters the decision was made on (dates of the letter).</param>
    /// <param name="language">The language.</param>
    public static Letter Compose(TransitionDecision decision, string name, TransitionSchedule schedule, LetterLanguage language) =>
        Compose(decision, name, schedule, language, LetterAuthority.Default);

    /// <summary>Composes the letter with the given authority data.</summary>
    /// <param name="decision">The person's decision (with household flags).</param>
    /// <param name="name">The person's name as it should appear in the greeting.</param>
    /// <param name="schedule">The parameters the decision was made on; its date is the letter's date.</param>
    /// <param name="language">The language.</param>
    /// <param name="authority">Who issues the letter, the objection term and the letter's own terms.</param>
    public static Letter Compose(TransitionDecision decision, string name, TransitionSchedule schedule, LetterLanguage language, LetterAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(authority);
        var texts = LetterTexts.For(language);
        var letterDate = schedule.Date;
        var minimumDays = authority.Number(LetterAuthority.MinimumDaysId, letterDate);
        var weeks = authority.Number(LetterAuthority.ObjectionWeeksId, letterDate);
        var objectionLastDay = LetterTerms.ObjectionLastDay(letterDate, weeks);
        var caseNumber = LetterTerms.CaseNumber(decision.PersonId, letterDate, authority.Text(LetterAuthority.CasePrefixId, letterDate, language)
            ?? throw new InvalidOperationException($"letter-authority.yaml: {LetterAuthority.CasePrefixId} has no value"));
        var deadlines = ImmutableArray.CreateBuilder<LetterDeadline>();
        var placeholders = new List<string>();
        string Date(LocalDate date) => LetterDates.Format(date, language);
        (string Date, string? Moved) Deadline(LocalDate due)
        {
            var stated = LetterTerms.Deadline(due, letterDate, minimumDays);
            deadlines.Add(new LetterDeadline(due, stated));
            return (Date(stated), stated == due
                ? null
                : texts.Moved
                    .Replace("{original}", Date(due), StringComparison.Ordinal)
                    .Replace("{days}", minimumDays.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        string DeadlineInText(LocalDate due)
        {
            var (date, moved) = Deadline(due);
            return moved is null ? date : $"{date} ({moved})";
        }

        string DueBy(LocalDate due, string? provisional = null)
        {
            var (date, moved) = Deadline(due);
            return texts.DueBy.Replace("{date}", date, StringComparison.Ordinal) + (provisional is null ? "" : ", " + provisional) + (moved is null ? "" : "; " + moved);
        }

        string Field(string id)
        {
            if (authority.Text(id, letterDate, language) is { } value)
            {
                return value;
            }

            if (!placeholders.Contains(id))
            {
                placeholders.Add(id);
            }

            return texts.Placeholder.Replace("{field}", texts.FieldNames[id], StringComparison.Ordinal);
        }

        string Fill(string text) => text
            .Replace("{end}", Date(schedule.ProtectionLastDay), StringComparison.Ordinal)
            .Replace("{from}", decision.Validity is { } v1 ? Date(v1.Start) : "", StringComparison.Ordinal)
            .Replace("{until}", decision.Validity is { } v2 ? Date(v2.End) : "", StringComparison.Ordinal)
            .Replace("{tcnEnd}", Date(schedule.TcnLastDay), StringComparison.Ordinal)
            .Replace("{tcnLeave}", text.Contains("{tcnLeave}", StringComparison.Ordinal) ? DeadlineInText(schedule.TcnDepartureDue) : "", StringComparison.Ordinal)
            .Replace("{receptionEnd}", Date(schedule.ReceptionLastDay), StringComparison.Ordinal)
            .Replace("{cutOff}", Date(schedule.CutOff), StringComparison.Ordinal)
            .Replace("{date}", Date(letterDate), StringComparison.Ordinal)
            .Replace("{case}", caseNumber, StringComparison.Ordinal);

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
                $"{texts.Owners[a.Owner]}: {Fill(texts.Actions[a.Kind])} ({DueBy(a.Due)})")]));
        }

        if (!decision.Tasks.IsEmpty)
        {
            sections.Add(new(texts.TasksHeading, [], [.. decision.Tasks.Select(t =>
                $"{texts.Owners[t.Owner]}: {Fill(texts.Tasks[t.Kind])} ({Due(t, texts, language, DueBy)})")]));
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

        sections.Add(new(texts.LegalBasisHeading, [texts.LegalBasisIntro], LegalBasis(decision)));
        sections.Add(new(texts.ObjectionHeading, [.. texts.Objection.Select(paragraph => Fill(paragraph)
            .Replace("{weeks}", texts.Weeks(weeks), StringComparison.Ordinal)
            .Replace("{objectionLast}", Date(objectionLastDay), StringComparison.Ordinal)
            .Replace("{objectionAddress}", paragraph.Contains("{objectionAddress}", StringComparison.Ordinal) ? Field(LetterAuthority.ObjectionAddressId) : "", StringComparison.Ordinal))], []));
        sections.Add(new(texts.ContactHeading, [.. texts.Contact.Select(paragraph => Fill(paragraph)
            .Replace("{phone}", paragraph.Contains("{phone}", StringComparison.Ordinal) ? Field(LetterAuthority.PhoneId) : "", StringComparison.Ordinal))], []));

        var letter = new Letter(
            LetterDates.Code(language),
            Fill(texts.Title),
            Field(LetterAuthority.NameId),
            [texts.PostalLine.Replace("{postal}", Field(LetterAuthority.PostalAddressId), StringComparison.Ordinal), Fill(texts.CaseLine), Fill(texts.DateLine)],
            texts.Salutation.Replace("{name}", name, StringComparison.Ordinal),
            Fill(texts.Intro),
            sections.ToImmutable(),
            texts.Closing.Replace("{version}", schedule.ParameterVersion, StringComparison.Ordinal),
            new LetterFacts(letterDate, caseNumber, weeks, objectionLastDay, minimumDays, deadlines.ToImmutable(), [.. placeholders]));
        return Glossary.Explain(letter, texts.Glossary);
    }

    /// <summary>The distinct legal and policy references of the decision's reasons, without the parameter tags the rules add for the JSON output.</summary>
    private static ImmutableArray<string> LegalBasis(TransitionDecision decision)
    {
        var references = new List<string>();
        foreach (var reason in decision.Reasons)
        {
            foreach (var part in ParameterTag().Replace(reason.Reference, "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!references.Contains(part, StringComparer.Ordinal))
                {
                    references.Add(part);
                }
            }
        }

        return [.. references];
    }

    /// <summary>The due date of a task: a start date ("from") for statutory tuition, otherwise a deadline after the letter's date.</summary>
    private static string Due(FollowUpTask task, LetterTexts texts, LetterLanguage language, Func<LocalDate, string?, string> dueBy)
    {
        var provisional = task.IsProvisional ? texts.ProvisionalDate : null;
        return task.Due is not { } due ? texts.NoDue
            : task.Kind == TaskKind.PayStatutoryTuition
                ? texts.FromDate.Replace("{date}", LetterDates.Format(due, language), StringComparison.Ordinal) + (provisional is null ? "" : ", " + provisional)
                : dueBy(due, provisional);
    }

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

    /// <summary>A parameter tag such as <c>[transition.document.cut-off from 2025-01-01, provisional]</c>.</summary>
    [GeneratedRegex(@"\s*\[[^\]]*\]")]
    private static partial Regex ParameterTag();
}
