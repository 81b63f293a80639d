using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Registry.Runs;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;
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
/// last day of protection (<c>transition.protection.last-day</c> of the tree) pays no allowance and levies no
/// contribution; its households count as <c>protection-ended</c>. A reform of the protection end therefore changes
/// the totals.</para>
/// <para>Households are independent, so they are calculated in parallel; totals are sums of whole cents and do not
/// depend on the order.</para>
/// </remarks>
public static class Microsimulation
{
    private const string ProtectionEnded = "protection-ended";

    /// <summary>Runs one tree; refuses when a parameter needed on the date or in a month is unknown.</summary>
    public static bool TryRun(PopulationIndex index, ParameterTree parameters, LocalDate date, IReadOnlyList<YearMonth> months, [NotNullWhen(true)] out SimulationResult? result, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(months);
        result = null;
        if (!TransitionSchedule.TryFor(parameters, date, out var schedule, out missing))
        {
            return false;
        }

        var decisions = TransitionDecider.DecideAll(index.TransitionFacts, schedule);
        var pathOfPerson = decisions.Select(d => TransitionNames.Of(d.Path) + "/" + (d.IsDecided ? "decided" : "pending")).ToImmutableArray();
        var paths = pathOfPerson.GroupBy(p => p, StringComparer.Ordinal).Select(g => (Key: g.Key.Split('/'), Count: g.Count()))
            .Select(g => new PathCount(g.Key[0], g.Key[1], g.Count))
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Status, StringComparer.Ordinal).ToImmutableArray();
        var owners = decisions.SelectMany(d => d.Actions).GroupBy(a => TransitionNames.Of(a.Owner), StringComparer.Ordinal)
            .Select(g => new OwnerCount(g.Key, g.Count())).OrderBy(o => o.Owner, StringComparer.Ordinal).ToImmutableArray();

        var totals = new List<MunicipalityMonth>();
        var net = new long[index.Households.Length];
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var month in months)
        {
            if (!TryMonth(index, parameters, schedule.ProtectionLastDay, month, net, totals, outcomes, out missing))
            {
                return false;
            }
        }

        result = new SimulationResult(
            parameters.Version,
            date,
            [.. months],
            paths,
            owners,
            pathOfPerson,
            [.. totals],
            [.. net.Select(c => new Money(c))],
            outcomes.ToImmutableSortedDictionary(StringComparer.Ordinal));
        return true;
    }

    private static bool TryMonth(PopulationIndex index, ParameterTree parameters, LocalDate protectionLastDay, YearMonth month, long[] net, List<MunicipalityMonth> totals, SortedDictionary<string, int> outcomes, [NotNullWhen(false)] out MissingParameter? missing)
    {
        var day = month.OnDayOfMonth(1);
        missing = null;
        if (day > protectionLastDay)
        {
            outcomes[ProtectionEnded] = outcomes.GetValueOrDefault(ProtectionEnded) + index.Households.Length;
            return true;
        }

        if (!parameters.TryRead("reception.absence-maximum-days", day, out var maximum, out missing))
        {
            return false;
        }

        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        var away = index.AwayLongerThan(day, last, (int)maximum.Number);
        var results = new HouseholdMonth[index.Households.Length];
        Parallel.For(0, index.Households.Length, i =>
        {
            var household = index.Households[i];
            results[i] = HouseholdMonth.Calculate(household.Members, id => index.ReceptionOn(id, day), away, index.ParentsOf, id => index.IncomeOf(id, day), day, parameters, explain: false);
        });

        if (results.Select(r => r.Answer).OfType<AllowanceAnswer.ParameterMissing>().FirstOrDefault() is { } unknown)
        {
            missing = unknown.Missing;
            return false;
        }

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

        totals.AddRange(byMunicipality.Select(m => new MunicipalityMonth(month, m.Key, m.Value.Households, new Money(m.Value.Allowance), new Money(m.Value.Contribution))));
        return true;
    }
}
