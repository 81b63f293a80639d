using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Overgang.Rules.Explanations;

namespace Overgang.Rules.Households;

/// <summary>
/// Which relations are in force on a day, and which day of an allowance month forms the month's household: the one
/// definition the allowance run, the household page, the API and the simulation share, so a month keeps the household
/// it was paid for when a relation ends or starts later.
/// </summary>
/// <remarks>
/// <para>A relation is in force on a day when its period covers the day (<see cref="RelationPeriod.Covers"/>); a
/// relation with an unknown start (recorded before relations were dated) is in force on every day up to its end.</para>
/// <para>The household of a month is formed from the relations in force on <see cref="ReferenceDay"/>, the first day of
/// the month: the calculation date of the allowance month (<c>AbsenceRule.FirstDay</c>), on which the placement of the
/// month is decided (<see cref="Placements.PlacementOnDay"/>) and adulthood is decided (allowance-parameters.md §1: "18 or
/// older on the calculation date"). The RooO defines the household (art. 1, gezinsleden) but names no reference day for
/// a change within a month, so this is a provisional reading (docs/adr/0014-dated-relations.md): a relation ending on
/// 15 November changes the household from the December allowance on.</para>
/// </remarks>
public static class RelationsOnDay
{
    /// <summary>The reference cited by the rule's explanation.</summary>
    public const string Reference =
        "RooO art. 1 (gezinsleden) and allowance-parameters.md §1: the household on the calculation date, the first day of the month (provisional reading, ADR 0014)";

    /// <summary>The day whose relations (and placement) form the household of <paramref name="month"/>: its first day.</summary>
    public static LocalDate ReferenceDay(YearMonth month) => month.OnDayOfMonth(1);

    /// <summary>
    /// The partner in force on <paramref name="day"/>, or <c>null</c>. Were several in force (the registry refuses
    /// overlapping partnerships), the latest known start wins, an unknown start counting as the earliest; ties keep the first.
    /// </summary>
    public static string? PartnerOn(ReadOnlySpan<DatedRelation> partners, LocalDate day)
    {
        string? best = null;
        LocalDate? bestFrom = null;
        foreach (var partner in partners)
        {
            if (partner.Period.Covers(day) && (best is null || Later(partner.Period.From, bestFrom)))
            {
                best = partner.RelatedId;
                bestFrom = partner.Period.From;
            }
        }

        return best;
    }

    /// <summary>The responsible adults in force on <paramref name="day"/>, each once, in ordinal order.</summary>
    public static ImmutableArray<string> ParentsOn(ReadOnlySpan<DatedRelation> parents, LocalDate day)
    {
        if (parents.IsEmpty)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(parents.Length);
        foreach (var parent in parents)
        {
            if (parent.Period.Covers(day) && !builder.Contains(parent.RelatedId))
            {
                builder.Add(parent.RelatedId);
            }
        }

        builder.Sort(StringComparer.Ordinal);
        return builder.ToImmutable();
    }

    /// <summary>Explains which relations of <paramref name="personId"/> are in force on <paramref name="day"/>.</summary>
    public static ExplanationItem Explain(string personId, LocalDate day, string? partner, ImmutableArray<string> parents)
    {
        var relations = new List<string>(2);
        if (partner is not null)
        {
            relations.Add("partner " + partner);
        }

        if (!parents.IsDefaultOrEmpty)
        {
            relations.Add("responsible adults " + string.Join(", ", parents));
        }

        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = relations.Count == 0
            ? $"on {date} no relation of {personId} is in force"
            : $"on {date} the relations of {personId} in force: {string.Join("; ", relations)}";
        return new ExplanationItem(HouseholdRuleIds.RelationsOnDay, Reference, text, null);
    }

    private static bool Later(LocalDate? from, LocalDate? than) => from is { } f && (than is null || f > than.Value);
}
