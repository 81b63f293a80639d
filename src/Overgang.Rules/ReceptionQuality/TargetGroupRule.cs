using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;
using Overgang.Rules.Texts;

namespace Overgang.Rules.ReceptionQuality;

/// <summary>
/// Which target groups a municipal location may house on a day (pure): the groups it is set up for on that day (its
/// periods), under the scheme in force then.
/// </summary>
/// <remarks>
/// From the first day of the target-group-flexible scheme a municipal location is financed regardless of whether it
/// houses displaced people, status holders in transit locations or asylum seekers (003:60). Until then the existing
/// schemes continue (003:60): the BooO finances the reception of displaced people from Ukraine, so a period for another
/// group before that day is reported as not under the scheme (a reading of 003:60, not a rule the sources state).
/// </remarks>
public static class TargetGroupRule
{
    /// <summary>The groups a location with <paramref name="periods"/> may house on <paramref name="day"/>.</summary>
    public static TargetGroupOutcome On(QualityChecklist checklist, IEnumerable<TargetGroupPeriod> periods, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        ArgumentNullException.ThrowIfNull(periods);
        if (!checklist.TryRead(QualityParameterIds.FlexibleFirstDay, day, out var first, out var missing))
        {
            return new TargetGroupOutcome.Refused(missing);
        }

        var scheme = day >= first.Date ? FundingScheme.TargetGroupFlexible : FundingScheme.Booo;
        var set = periods.Where(p => p.Covers(day)).Select(p => p.Group).Distinct().Order().ToList();
        var may = set.Where(g => scheme == FundingScheme.TargetGroupFlexible || g == TargetGroup.Displaced).ToImmutableArray();
        var not = set.Where(g => !may.Contains(g)).ToImmutableArray();
        var phrase = scheme == FundingScheme.TargetGroupFlexible
            ? TextPhrase.Of("quality.groups.flexible", Arg.Date("day", day), Arg.Day("first", first.Date, first.IsProvisional), Groups("may", may))
            : TextPhrase.Of(not.IsEmpty ? "quality.groups.booo.not-under" : "quality.groups.booo", Arg.Date("day", day), Arg.Day("first", first.Date, first.IsProvisional), Groups("set", set), Groups("not", not));
        var item = ExplanationItem.Worded(QualityRuleIds.TargetGroups, checklist.Cite(first), phrase, null);
        return new TargetGroupOutcome.Decided(new TargetGroupsOnDay(day, scheme, may, not, [item]));
    }

    /// <summary>Groups joined by commas, or "none": their codes in the explanation, their names on a page.</summary>
    private static TextArgument Groups(string placeholder, IEnumerable<TargetGroup> groups)
    {
        var phrases = groups.Select(g => TextPhrase.Of("named", QualityNames.Named("name", g))).ToList();
        return Arg.List(placeholder, ",", phrases.Count > 0 ? phrases : [TextPhrase.Of("quality.groups.none")]);
    }
}
