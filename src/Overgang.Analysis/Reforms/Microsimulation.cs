using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Registry.Runs;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Transition;

namespace Overgang.Analysis.Reforms;

/// <summary>
/// Runs the unchanged rules with one parameter tree over a whole population in memory: the transition decision of
/// every person on a date, and the living allowance and own contribution of every household per month.
/// </summary>
/// <remarks>
/// <para>The same conversions from registry rows to rule inputs as the batch runs (<see cref="TransitionInputs"/>,
/// <see cref="HouseholdMonth"/>), without the database, the audit log or explanations.</para>
/// <para>Model choice: the living allowance is a provision of temporary protection, so a month that starts after the
/// last day of protection (<see cref="ProtectionEnd"/> of the tree) pays no allowance and levies no
/// contribution; its households count as <c>protection-ended</c>. A reform of the protection end therefore changes
/// the totals.</para>
/// <para>Households are independent, so they are calculated in parallel; totals are sums of whole cents and do not
/// depend on the order. When a second tree reads the same values as a first one on a date (see
/// <see cref="AllowanceSchedule.HasSameValues"/> and <see cref="TransitionSchedule.ParameterIds"/>), the first tree's
/// results for that date are reused: the rules are pure, so they would be the same.</para>
/// </remarks>
public static class Microsimulation
{
    private const string ProtectionEnded = "protection-ended";

    /// <summary>Runs one tree; refuses when a parameter needed on the date or in a month is unknown.</summary>
    public static bool TryRun(PopulationIndex index, ParameterTree parameters, LocalDate date, IReadOnlyList<YearMonth> months, [NotNullWhen(true)] out SimulationResult? result, [NotNullWhen(false)] out MissingParameter? missing)
    {
        var ok = TryRun(index, parameters, date, months, null, out var run, out missing);
        result = run?.Result;
        return ok;
    }

    /// <summary>Runs one tree, reusing the results of an earlier run wherever this tree reads the same values.</summary>
    internal static bool TryRun(PopulationIndex index, ParameterTree parameters, LocalDate date, IReadOnlyList<YearMonth> months, Run? earlier, [NotNullWhen(true)] out Run? run, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(months);
        run = null;
        if (!TransitionSchedule.TryFor(parameters, date, out var schedule, out missing))
        {
            return false;
        }

        var sameDecisions = earlier is not null && TransitionSchedule.ParameterIds.All(id => Equals(earlier.Parameters[id].ValueOn(date), parameters[id].ValueOn(date)));
        var (paths, owners, pathOfPerson) = sameDecisions ? (earlier!.Result.Paths, earlier.Result.PendingActions, earlier.Result.PathOfPerson) : Decide(index, schedule);
        var monthRuns = new Dictionary<YearMonth, MonthRun>();
        foreach (var month in months)
        {
            var day = month.OnDayOfMonth(1);
            var paid = day <= schedule.ProtectionLastDay;
            if (earlier is not null && earlier.Months.TryGetValue(month, out var before) && SameMonth(earlier.Parameters, parameters, day, paid))
            {
                monthRuns[month] = before;
            }
            else if (TryMonth(index, parameters, month, paid, out var monthRun, out missing))
            {
                monthRuns[month] = monthRun;
            }
            else
            {
                return false;
            }
        }

        var net = new long[index.Households.Length];
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var monthRun in monthRuns.Values)
        {
            for (var i = 0; i < net.Length; i++)
            {
                net[i] += monthRun.Net[i];
            }

            foreach (var (outcome, count) in monthRun.Outcomes)
            {
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + count;
            }
        }

        var result = new SimulationResult(
            parameters.Version,
            date,
            [.. months],
            paths,
            owners,
            pathOfPerson,
            [.. months.SelectMany(m => monthRuns[m].Totals)],
            [.. net.Select(c => new Money(c))],
            outcomes.ToImmutableSortedDictionary(StringComparer.Ordinal));
        run = new Run(parameters, result, monthRuns);
        return true;
    }

    private static bool SameMonth(ParameterTree earlier, ParameterTree parameters, LocalDate day, bool paid)
    {
        var earlierPaid = ProtectionEnd.TryLastDay(earlier, day, out var lastDay, out _) && day <= lastDay;
        return earlierPaid == paid
            && (!paid || (AbsenceRule.SameMaximum(earlier, parameters, day)
                && AllowanceSchedule.For(earlier, day).HasSameValues(AllowanceSchedule.For(parameters, day))));
    }

    private static (ImmutableArray<PathCount> Paths, ImmutableArray<OwnerCount> Owners, ImmutableArray<string> PathOfPerson) Decide(PopulationIndex index, TransitionSchedule schedule)
    {
        var decisions = TransitionDecider.DecideAll(index.TransitionFacts, schedule);
        var pathOfPerson = decisions.Select(d => TransitionNames.Of(d.Path) + "/" + (d.IsDecided ? "decided" : "pending")).ToImmutableArray();
        var paths = pathOfPerson.GroupBy(p => p, StringComparer.Ordinal).Select(g => (Key: g.Key.Split('/'), Count: g.Count()))
            .Select(g => new PathCount(g.Key[0], g.Key[1], g.Count))
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Status, StringComparer.Ordinal).ToImmutableArray();
        var owners = decisions.SelectMany(d => d.Actions).GroupBy(a => TransitionNames.Of(a.Owner), StringComparer.Ordinal)
            .Select(g => new OwnerCount(g.Key, g.Count())).OrderBy(o => o.Owner, StringComparer.Ordinal).ToImmutableArray();
        return (paths, owners, pathOfPerson);
    }

    private static bool TryMonth(PopulationIndex index, ParameterTree parameters, YearMonth month, bool paid, [NotNullWhen(true)] out MonthRun? run, [NotNullWhen(false)] out MissingParameter? missing)
    {
        var day = month.OnDayOfMonth(1);
        var net = new long[index.Households.Length];
        run = null;
        missing = null;
        if (!paid)
        {
            run = new MonthRun([], net, new Dictionary<string, int>(StringComparer.Ordinal) { [ProtectionEnded] = index.Households.Length });
            return true;
        }

        if (!AbsenceRule.TryFor(parameters, month, out var absence, out missing))
        {
            return false;
        }

        var away = index.AwayOverMaximum(absence);
        var schedule = AllowanceSchedule.For(parameters, day);
        var results = new HouseholdMonth[index.Households.Length];
        Parallel.For(0, index.Households.Length, i =>
        {
            var household = index.Households[i];
            results[i] = HouseholdMonth.Calculate(PopulationIndex.MembersOn(household, day), away, schedule, explain: false);
        });

        if (results.Select(r => r.Answer).OfType<AllowanceAnswer.ParameterMissing>().FirstOrDefault() is { } unknown)
        {
            missing = unknown.Missing;
            return false;
        }

        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var byMunicipality = new SortedDictionary<string, (int Households, long Allowance, long Contribution)>(StringComparer.Ordinal);
        for (var i = 0; i < results.Length; i++)
        {
            var outcome = results[i] switch
            {
                { NotInScheme: true } => "not-in-municipal-scheme",
                { EndedByAbsence: true } => "ended-absence",
                { Answer: AllowanceAnswer.Calculated } => "calculated",
                _ => "invalid-relations",
            };
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (results[i].Answer is AllowanceAnswer.Calculated calculated)
            {
                var code = index.Households[i].MunicipalityCode;
                var sum = byMunicipality.GetValueOrDefault(code);
                foreach (var household in calculated.Households)
                {
                    sum = (sum.Households + 1, sum.Allowance + household.Allowance.Cents, sum.Contribution + household.Contribution.Cents);
                    net[i] += household.Allowance.Cents - household.Contribution.Cents;
                }

                byMunicipality[code] = sum;
            }
        }

        run = new MonthRun([.. byMunicipality.Select(m => new MunicipalityMonth(month, m.Key, m.Value.Households, new Money(m.Value.Allowance), new Money(m.Value.Contribution)))], net, outcomes);
        return true;
    }

    /// <summary>The results of one month, kept so that a second tree can reuse them.</summary>
    internal sealed record MonthRun(ImmutableArray<MunicipalityMonth> Totals, long[] Net, Dictionary<string, int> Outcomes);

    /// <summary>A finished run with its tree and months.</summary>
    internal sealed record Run(ParameterTree Parameters, SimulationResult Result, Dictionary<YearMonth, MonthRun> Months);
}
