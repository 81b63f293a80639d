using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.ReturnProgramme;
using Overgang.Rules.Texts;

namespace Overgang.Rules.Placements;

/// <summary>
/// The 28-day rule for one month: a person whose absence overlapping the month lasts longer than the maximum (both days
/// counted) is left out of the month's allowance. The maximum is the dated parameter, read through a
/// <see cref="ParameterTree"/>; a month for which it is unknown is refused.
/// </summary>
/// <remarks>Immutable. Made by <see cref="TryFor"/> or <see cref="TryOn"/>.</remarks>
public sealed class AbsenceRule
{
    private const string MaximumId = "reception.absence-maximum-days";

    private AbsenceRule(LocalDate date, int maximumDays, string reference)
    {
        Date = date;
        MaximumDays = maximumDays;
        Reference = reference;
        FirstDay = date.With(DateAdjusters.StartOfMonth);
        LastDay = date.With(DateAdjusters.EndOfMonth);
    }

    /// <summary>The date the maximum was read on.</summary>
    public LocalDate Date { get; }

    /// <summary>The month the rule applies to (the month of <see cref="Date"/>).</summary>
    public YearMonth Month => Date.ToYearMonth();

    /// <summary>The first day of the month.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The last day of the month.</summary>
    public LocalDate LastDay { get; }

    /// <summary>The longest absence allowed, in consecutive days.</summary>
    public int MaximumDays { get; }

    /// <summary>The source of the maximum, as a short citation.</summary>
    public string Reference { get; }

    /// <summary>The rule for a month, with the maximum in force on its first day; refuses when that is unknown.</summary>
    public static bool TryFor(ParameterTree parameters, YearMonth month, [NotNullWhen(true)] out AbsenceRule? rule, [NotNullWhen(false)] out MissingParameter? missing) =>
        TryOn(parameters, month.OnDayOfMonth(1), out rule, out missing);

    /// <summary>The rule for the month of <paramref name="date"/>, with the maximum in force on that date; refuses when that is unknown.</summary>
    public static bool TryOn(ParameterTree parameters, LocalDate date, [NotNullWhen(true)] out AbsenceRule? rule, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!parameters.TryRead(MaximumId, date, out var maximum, out missing))
        {
            rule = null;
            return false;
        }

        rule = new AbsenceRule(date, (int)maximum.Number, parameters.Cite(maximum));
        return true;
    }

    /// <summary>Whether two parameter trees give the same maximum on a date (so results of one can stand for the other).</summary>
    public static bool SameMaximum(ParameterTree first, ParameterTree second, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Equals(first[MaximumId].ValueOn(date), second[MaximumId].ValueOn(date));
    }

    /// <summary>The days of an absence, both the first and the last day counted.</summary>
    public static int DaysAway(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days + 1;

    /// <summary>Whether an absence overlaps the month.</summary>
    public bool Overlaps(LocalDate from, LocalDate to) => from <= LastDay && to >= FirstDay;

    /// <summary>Whether an absence lasts longer than the maximum (both days counted), whatever month it falls in.</summary>
    public bool IsLongerThanMaximum(LocalDate from, LocalDate to) => DaysAway(from, to) > MaximumDays;

    /// <summary>Whether an absence overlaps the month and lasts longer than the maximum: the person is left out of the month.</summary>
    public bool IsOverMaximum(LocalDate from, LocalDate to) => Overlaps(from, to) && IsLongerThanMaximum(from, to);

    /// <summary>
    /// The days of an absence that count for the maximum: every day away (both the first and the last counted) except the
    /// days a recorded exploratory visit covers (002:850-860; a visit interrupts neither reception nor the path).
    /// </summary>
    public static int DaysAway(LocalDate from, LocalDate to, IReadOnlyList<ExploratoryVisit> visits)
    {
        ArgumentNullException.ThrowIfNull(visits);
        if (visits.Count == 0)
        {
            return DaysAway(from, to);
        }

        var days = 0;
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            var covered = false;
            for (var i = 0; i < visits.Count && !covered; i++)
            {
                covered = visits[i].Covers(day);
            }

            days += covered ? 0 : 1;
        }

        return days;
    }

    /// <summary>Whether an absence overlaps the month and its days outside recorded exploratory visits are more than the maximum.</summary>
    public bool IsOverMaximum(LocalDate from, LocalDate to, IReadOnlyList<ExploratoryVisit> visits) =>
        Overlaps(from, to) && DaysAway(from, to, visits) > MaximumDays;

    /// <summary>Explains what an absence means for the month when exploratory visits are recorded.</summary>
    public ExplanationItem Explain(LocalDate from, LocalDate to, IReadOnlyList<ExploratoryVisit> visits)
    {
        ArgumentNullException.ThrowIfNull(visits);
        var all = DaysAway(from, to);
        var counted = DaysAway(from, to, visits);
        if (counted == all || !Overlaps(from, to))
        {
            return Explain(from, to);
        }

        var phrase = TextPhrase.Of(counted > MaximumDays ? "absence.with-visit.over-maximum" : "absence.with-visit.within-maximum",
            Arg.Number("days", all), Arg.Number("visit", all - counted), Arg.Number("counted", counted), Arg.Number("maximum", MaximumDays));
        return ExplanationItem.Worded(ReceptionRuleIds.AbsenceMaximum, Reference, phrase, null);
    }

    /// <summary>Explains what an absence means for the month.</summary>
    public ExplanationItem Explain(LocalDate from, LocalDate to)
    {
        var days = DaysAway(from, to);
        var phrase = !Overlaps(from, to)
            ? TextPhrase.Of("absence.outside-month", Arg.Date("from", from), Arg.Date("to", to), Arg.Month("month", Month))
            : TextPhrase.Of(days > MaximumDays ? "absence.over-maximum" : "absence.within-maximum", Arg.Number("days", days), Arg.Number("maximum", MaximumDays));
        return ExplanationItem.Worded(ReceptionRuleIds.AbsenceMaximum, Reference, phrase, null);
    }

    /// <summary>Explains a household whose members in the scheme are all away longer than the maximum (the <c>ended-absence</c> outcome).</summary>
    public ExplanationItem ExplainAllAway() =>
        ExplanationItem.Worded(ReceptionRuleIds.AbsenceMaximum, Reference, TextPhrase.Of("absence.all-away", Arg.Number("maximum", MaximumDays)), null);
}
