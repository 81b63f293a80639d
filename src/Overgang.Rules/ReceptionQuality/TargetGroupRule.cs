using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Explanations;

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
        var names = (IEnumerable<TargetGroup> groups) => groups.Any() ? string.Join(", ", groups.Select(QualityNames.Of)) : "none";
        var provisional = first.IsProvisional ? " (provisional)" : "";
        var text = scheme == FundingScheme.TargetGroupFlexible
            ? $"on {Iso(day)} the target-group-flexible scheme applies (from {Iso(first.Date)}{provisional}): the location may house every group it is set up for: {names(may)}"
            : $"on {Iso(day)} the BooO applies (the target-group-flexible scheme starts {Iso(first.Date)}{provisional}): the location may house displaced people; set up for {names(set)}" + (not.IsEmpty ? $"; not under the scheme before then: {names(not)}" : "");
        var item = new ExplanationItem(QualityRuleIds.TargetGroups, checklist.Cite(first), text, null);
        return new TargetGroupOutcome.Decided(new TargetGroupsOnDay(day, scheme, may, not, [item]));
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", null);
}
