using NodaTime;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;
using Overgang.Rules.Texts;

namespace Overgang.Rules.Placements;

/// <summary>
/// Which placement holds for a person on a day, and whether it puts the person in the municipal scheme: the one
/// definition that the allowance run, the simulation, the locations, the person pages and the self-service page share.
/// </summary>
/// <remarks>
/// <para>A placement holds on a day when its period covers the day (<c>From &lt;= day</c> and no <c>To</c> or
/// <c>To &gt;= day</c>). When several do, the one that started latest wins; between equal starts, the first given.</para>
/// <para>The municipal scheme (RooO) is municipal reception with or without catering, private reception with a host
/// family and the own home (<see cref="ReceptionNames.ByName"/>); COA reception is not in it.</para>
/// </remarks>
public static class PlacementOnDay
{
    /// <summary>The reference cited by the placement rule's explanation.</summary>
    public const string PlacementReference = "registry placements (the period covering the day; the latest start wins)";

    /// <summary>The reference cited by the municipal-scheme rule's explanation.</summary>
    public const string SchemeReference = "RooO (municipal reception of displaced persons from Ukraine; COA reception is outside it)";

    /// <summary>The position in <paramref name="periods"/> of the placement that holds on <paramref name="day"/>, or <c>-1</c> when none does.</summary>
    public static int IndexOn(ReadOnlySpan<PlacementPeriod> periods, LocalDate day)
    {
        var best = -1;
        for (var i = 0; i < periods.Length; i++)
        {
            if (Wins(periods[i], day, best >= 0, best >= 0 ? periods[best].From : default))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The placement period that holds on <paramref name="day"/>, or <c>null</c> when none does.</summary>
    public static PlacementPeriod? On(ReadOnlySpan<PlacementPeriod> periods, LocalDate day) =>
        IndexOn(periods, day) is var i and >= 0 ? periods[i] : null;

    /// <summary>The placement period that holds on <paramref name="day"/>, or <c>null</c> when none does.</summary>
    public static PlacementPeriod? On(IEnumerable<PlacementPeriod> periods, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(periods);
        PlacementPeriod? best = null;
        foreach (var period in periods)
        {
            if (Wins(period, day, best is not null, best?.From ?? default))
            {
                best = period;
            }
        }

        return best;
    }

    /// <summary>
    /// The row that holds on <paramref name="day"/> among one person's rows of any type, or <c>null</c>; <paramref name="period"/>
    /// reads a row's period. Rows need not be ordered.
    /// </summary>
    public static T? Pick<T>(IEnumerable<T> rows, Func<T, PlacementPeriod> period, LocalDate day)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(period);
        T? best = null;
        var bestFrom = default(LocalDate);
        foreach (var row in rows)
        {
            var candidate = period(row);
            if (Wins(candidate, day, best is not null, bestFrom))
            {
                best = row;
                bestFrom = candidate.From;
            }
        }

        return best;
    }

    /// <summary>Whether a reception name is in the municipal scheme; <c>null</c> (no placement) and <c>coa</c> are not.</summary>
    public static bool IsInScheme(string? reception) => reception is not null && ReceptionNames.ByName.ContainsKey(reception);

    /// <summary>Whether the placement holding on <paramref name="day"/> puts the person in the municipal scheme.</summary>
    public static bool InSchemeOn(ReadOnlySpan<PlacementPeriod> periods, LocalDate day) => On(periods, day) is { InScheme: true };

    /// <summary>Explains which placement holds on <paramref name="day"/> (or that none does).</summary>
    public static ExplanationItem ExplainPlacement(PlacementPeriod? placement, LocalDate day) => placement switch
    {
        { } p when ReceptionTerm(p.Reception) is { } reception => ExplanationItem.Worded(ReceptionRuleIds.PlacementOnDay, PlacementReference, p.To is { } to
            ? TextPhrase.Of("placement.on-day.until", Arg.Date("day", day), reception, Arg.Date("from", p.From), Arg.Date("to", to))
            : TextPhrase.Of("placement.on-day", Arg.Date("day", day), reception, Arg.Date("from", p.From)), null),
        { } p => new(ReceptionRuleIds.PlacementOnDay, PlacementReference, $"on {Iso(day)} the placement in {p.Reception} reception from {Iso(p.From)}{(p.To is { } to ? " to " + Iso(to) : "")} holds", null),
        null => ExplanationItem.Worded(ReceptionRuleIds.PlacementOnDay, PlacementReference, TextPhrase.Of("placement.on-day.none", Arg.Date("day", day)), null),
    };

    /// <summary>Explains whether the placement holding on <paramref name="day"/> puts the person in the municipal scheme.</summary>
    public static ExplanationItem ExplainScheme(PlacementPeriod? placement, LocalDate day) => placement switch
    {
        { } p when ReceptionTerm(p.Reception) is { } reception => ExplanationItem.Worded(ReceptionRuleIds.InScheme, SchemeReference,
            TextPhrase.Of(p.InScheme ? "placement.scheme.in" : "placement.scheme.not-in", reception, Arg.Date("day", day)), null),
        { } p => new(ReceptionRuleIds.InScheme, SchemeReference, $"{p.Reception} reception on {Iso(day)}: {(p.InScheme ? "in" : "not in")} the municipal scheme", null),
        null => ExplanationItem.Worded(ReceptionRuleIds.InScheme, SchemeReference, TextPhrase.Of("placement.scheme.none", Arg.Date("day", day)), null),
    };

    /// <summary>A reception name as a term of the rules' texts (<c>placement.municipal</c>: "municipal reception"), or <c>null</c> for a name the texts do not know.</summary>
    private static TextArgument? ReceptionTerm(string reception) =>
        RuleTexts.Text("terms", "placement." + reception, TextLanguage.English) is not null ? Arg.Term("reception", "placement." + reception) : null;

    /// <summary>The rule itself: a candidate wins when it covers the day and started later than the best so far (ties keep the first).</summary>
    private static bool Wins(in PlacementPeriod candidate, LocalDate day, bool haveBest, LocalDate bestFrom) =>
        candidate.Covers(day) && (!haveBest || candidate.From > bestFrom);

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", null);
}
