using System.Collections.Immutable;
using NodaTime;

namespace Overgang.Letters;

/// <summary>A composed decision letter, in one language, ready to render: every text is final.</summary>
/// <param name="LanguageCode">ISO language code (<c>nl</c>, <c>uk</c>, <c>en</c>).</param>
/// <param name="Title">The heading, which is also the document title.</param>
/// <param name="Authority">The issuing authority: who decides, on whose behalf.</param>
/// <param name="Letterhead">Lines under the authority: its postal address, the case number and the date.</param>
/// <param name="Salutation">The greeting with the person's name.</param>
/// <param name="Intro">What was assessed and when.</param>
/// <param name="Sections">The sections in order: outcome, reasons, actions, what follows, review, legal basis, objection, contact.</param>
/// <param name="Closing">The closing paragraph (how the letter was made, the parameter version).</param>
/// <param name="Facts">The letter's date, case number, objection term and deadlines as values, for checks and other renderings.</param>
public sealed record Letter(
    string LanguageCode,
    string Title,
    string Authority,
    ImmutableArray<string> Letterhead,
    string Salutation,
    string Intro,
    ImmutableArray<LetterSection> Sections,
    string Closing,
    LetterFacts Facts)
{
    /// <summary>Every text of the letter in reading order (what a reader sees, without markup).</summary>
    public IEnumerable<string> Texts()
    {
        yield return Authority;
        foreach (var line in Letterhead)
        {
            yield return line;
        }

        yield return Title;
        yield return Salutation;
        yield return Intro;
        foreach (var section in Sections)
        {
            yield return section.Heading;
            foreach (var paragraph in section.Paragraphs)
            {
                yield return paragraph;
            }

            foreach (var item in section.Items)
            {
                yield return item;
            }
        }

        yield return Closing;
    }
}

/// <summary>The values a letter states, besides its texts.</summary>
/// <param name="Date">The letter's date (the decision date).</param>
/// <param name="CaseNumber">The case number, stable for the person and the date.</param>
/// <param name="ObjectionWeeks">The objection term in weeks.</param>
/// <param name="ObjectionLastDay">The last day to object.</param>
/// <param name="MinimumDays">The least number of days between the letter's date and any deadline in it.</param>
/// <param name="Deadlines">Every deadline the letter states, with the due date it was derived from.</param>
/// <param name="Placeholders">The authority fields shown as a placeholder because they have no source yet.</param>
public sealed record LetterFacts(
    LocalDate Date,
    string CaseNumber,
    int ObjectionWeeks,
    LocalDate ObjectionLastDay,
    int MinimumDays,
    ImmutableArray<LetterDeadline> Deadlines,
    ImmutableArray<string> Placeholders);

/// <summary>A deadline stated in a letter.</summary>
/// <param name="Due">The due date from the decision.</param>
/// <param name="Stated">The date the letter states: <paramref name="Due"/>, or the letter's date plus the minimum days when that is later.</param>
public sealed record LetterDeadline(LocalDate Due, LocalDate Stated)
{
    /// <summary>Whether the letter moved the deadline (and says so).</summary>
    public bool IsMoved => Stated != Due;
}
