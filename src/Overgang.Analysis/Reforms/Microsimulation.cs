using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using Overgang.Registry.Runs;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;

namespace Overgang.Analysis.Reforms;

/// <summary>
/// Runs the unchanged rules with one parameter tree over a whole population in memory: the transition decision of
/// every person on a date, and what every household gets per month: the living allowance and own contribution, and
/// after the last day of protection the provision its members' paths give (allowance, social assistance or ended).
/// </summary>
/// <remarks>
/// <para>The same conversions from registry rows to rule inputs as the batch runs (<see cref="TransitionInputs"/>,
/// <see cref="HouseholdMonth"/>, <see cref="MemberMonth"/>), without the database, the audit log or explanations. Every
/// month is answered by <see cref="HouseholdAllowances.Answer(AllowanceRequest, AllowanceSchedule, bool)"/>, before and after the end of protection alike.</para>
/// <para>Each person's path is the transition decision on the decision date; it goes into the month with the agreed
/// departure date of the return commitment and the first day of Dutch protection (<see cref="PathFacts"/>). A
/// household whose member has no path, or a return-programme path without an agreed departure date, cannot be
/// answered after protection ends: it is counted under the outcome <c>path-missing</c>, never silently left out. A
/// household whose answer needs a parameter unknown in the month (such as a social-assistance norm the sources do not
/// give) is counted under <see cref="ParameterUnknown"/> and that parameter; a month in which no household can be
/// calculated for that reason is refused, naming the parameter.</para>
/// <para>Households are independent, so they are calculated in parallel; totals are sums of whole cents and do not
/// depend on the order. When a second tree reads the same values as a first one on a date (see
/// <see cref="AllowanceSchedule.HasSameValues"/> and <see cref="TransitionSchedule.ParameterIds"/>), the first tree's
/// results for that date are reused: the rules are pure, so they would be the same. A month after protection is
/// reused only when the paths are the same too.</para>
/// </remarks>
public static class Microsimulation
{
    /// <summary>The outcome of a household-month whose answer needs a parameter that is unknown in the month, followed by the parameter's id.</summary>
    public const string ParameterUnknown = "parameter-unknown / ";

    /// <summary>Runs one tree; refuses when a parameter needed on the date or in a month is unknown.</summary>
    public static bool TryRun(PopulationIndex index, ParameterTree parameters, LocalDate date, IReadOnlyList<YearMonth> months, [NotNullWhen(true)] out SimulationResult? result, [NotNullWhen(false)] out MissingParameter? missing)
    {
        var ok = TryRun(index, parameters, date, months, null, out var run, out missing);
        result = run?.Result;
        return ok;
    }

    /// <summary>Runs one tree, reusing the results of an earlier run wherever this tree reads the same values.</summary>
    internal static bool TryRun(PopulationIndex index, ParameterTree parameters, LocalDate date, IReadOnlyList<YearMonth> months, Run? earlier, [NotNullWhen(true)] out Run? run, [NotNullWhen(false)] out MissingParameter? missing) =>
        TryRun(index, parameters, date, months, earlier, null, out run, out missing);

    /// <summary>
    /// Runs one tree; with <paramref name="everyone"/> every person is put on that path instead of the one the transition
    /// decision gives (the counterfactual without a transition document: everyone on the asylum path), and the rules of
    /// that path say what follows after protection ends.
    /// </summary>
    internal static bool TryRun(PopulationIndex index, ParameterTree parameters, LocalDate date, IReadOnlyList<YearMonth> months, Run? earlier, TransitionPath? everyone, [NotNullWhen(true)] out Run? run, [NotNullWhen(false)] out MissingParameter? missing)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(months);
        run = null;
        if (!TransitionSchedule.TryFor(parameters, date, out var schedule, out missing))
        {
            return false;
        }

        var sameDecisions = everyone is null && earlier is not null && earlier.Everyone is null && TransitionSchedule.ParameterIds.All(id => Equals(earlier.Parameters[id].ValueOn(date), parameters[id].ValueOn(date)));
        var decided = sameDecisions ? earlier!.Decided : Decide(index, schedule, everyone);
        var monthRuns = new Dictionary<YearMonth, MonthRun>();
        bool TryGet(YearMonth month, [NotNullWhen(true)] out MonthRun? monthRun, [NotNullWhen(false)] out MissingParameter? unknown)
        {
            unknown = null;
            if (monthRuns.TryGetValue(month, out monthRun))
            {
                return true;
            }

            if (earlier is not null && earlier.Months.TryGetValue(month, out var before) && SameMonth(earlier.Parameters, parameters, month.OnDayOfMonth(1), sameDecisions))
            {
                monthRun = before;
            }
            else if (!TryMonth(index, parameters, month, decided.PathFacts, out monthRun, out unknown))
            {
                return false;
            }

            monthRuns[month] = monthRun;
            return true;
        }

        var totals = ImmutableArray.CreateBuilder<MunicipalityMonth>();
        var net = new long[index.Households.Length];
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var month in months)
        {
            if (!TryGet(month, out var monthRun, out missing))
            {
                return false;
            }

            // Handed over this month: on social assistance now and not in the month before (computed for that too when it is after protection).
            var previous = month.PlusMonths(-1);
            bool[]? before = null;
            if (monthRuns.TryGetValue(previous, out var known) || (AllowanceSchedule.For(parameters, previous.OnDayOfMonth(1)).ProtectionEnded && TryGet(previous, out known, out missing)))
            {
                before = known.OnSocialAssistance;
            }
            else if (missing is not null)
            {
                return false;
            }

            var handedOver = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (code, person) in monthRun.SocialAssistanceHouseholds)
            {
                if (before is null || !before[person])
                {
                    handedOver[code] = handedOver.GetValueOrDefault(code) + 1;
                }
            }

            totals.AddRange(monthRun.Totals.Select(t => t with { HandedOver = handedOver.GetValueOrDefault(t.MunicipalityCode) }));
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
            decided.Paths,
            decided.Owners,
            decided.PathOfPerson,
            totals.ToImmutable(),
            [.. net.Select(c => new Money(c))],
            outcomes.ToImmutableSortedDictionary(StringComparer.Ordinal));
        run = new Run(parameters, result, decided, monthRuns) { Everyone = everyone };
        return true;
    }

    private static bool SameMonth(ParameterTree earlier, ParameterTree parameters, LocalDate day, bool sameDecisions)
    {
        var before = AllowanceSchedule.For(earlier, day);
        var after = AllowanceSchedule.For(parameters, day);
        return AbsenceRule.SameMaximum(earlier, parameters, day)
            && before.HasSameValues(after)
            && (!after.ProtectionEnded || sameDecisions);
    }

    private static Decisions Decide(PopulationIndex index, TransitionSchedule schedule, TransitionPath? everyone)
    {
        var decisions = TransitionDecider.DecideAll(index.TransitionFacts, schedule);
        if (everyone is { } path)
        {
            var name = TransitionNames.Of(path) + "/decided";
            var all = Enumerable.Repeat(name, decisions.Length).ToImmutableArray();
            return new Decisions(
                decisions.Length == 0 ? [] : [new PathCount(TransitionNames.Of(path), "decided", decisions.Length)],
                [],
                all,
                [.. index.TransitionFacts.Select(f => new PathFacts(path, null, f.Protection.MemberState == "NL" ? f.Protection.Since : null))]);
        }

        var pathOfPerson = decisions.Select(d => TransitionNames.Of(d.Path) + "/" + (d.IsDecided ? "decided" : "pending")).ToImmutableArray();
        var paths = pathOfPerson.GroupBy(p => p, StringComparer.Ordinal).Select(g => (Key: g.Key.Split('/'), Count: g.Count()))
            .Select(g => new PathCount(g.Key[0], g.Key[1], g.Count))
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Status, StringComparer.Ordinal).ToImmutableArray();
        var owners = decisions.SelectMany(d => d.Actions).GroupBy(a => TransitionNames.Of(a.Owner), StringComparer.Ordinal)
            .Select(g => new OwnerCount(g.Key, g.Count())).OrderBy(o => o.Owner, StringComparer.Ordinal).ToImmutableArray();
        var pathFacts = index.TransitionFacts.Select((f, i) => new PathFacts(
            decisions[i].Path,
            f.Return?.DepartureDate,
            f.Protection.MemberState == "NL" ? f.Protection.Since : null)).ToImmutableArray();
        return new Decisions(paths, owners, pathOfPerson, pathFacts);
    }

    private static bool TryMonth(PopulationIndex index, ParameterTree parameters, YearMonth month, ImmutableArray<PathFacts> paths, [NotNullWhen(true)] out MonthRun? run, [NotNullWhen(false)] out MissingParameter? missing)
    {
        var day = month.OnDayOfMonth(1);
        run = null;
        if (!AbsenceRule.TryFor(parameters, month, out var absence, out missing))
        {
            return false;
        }

        var away = index.AwayOverMaximum(absence);
        var schedule = AllowanceSchedule.For(parameters, day);
        var protectionEnded = schedule.ProtectionEnded;
        var results = new HouseholdMonth[index.Households.Length];
        Parallel.For(0, index.Households.Length, i =>
        {
            var household = index.Households[i];
            results[i] = HouseholdMonth.Calculate(PopulationIndex.MembersOn(household, day, paths), away, schedule, explain: false);
        });

        // A household whose answer needs a parameter that is unknown in the month is counted under that parameter; the
        // month itself is refused only when the unknown parameter leaves no household in it calculated.
        if (results.Select(r => r.Answer).OfType<AllowanceAnswer.ParameterMissing>().FirstOrDefault() is { } unknown
            && !results.Any(r => r.Answer is AllowanceAnswer.Calculated))
        {
            missing = unknown.Missing;
            return false;
        }

        var net = new long[index.Households.Length];
        var onSocialAssistance = new bool[index.PersonCount];
        var socialAssistanceHouseholds = new List<(string Code, int Person)>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var byMunicipality = new SortedDictionary<string, Sums>(StringComparer.Ordinal);
        for (var i = 0; i < results.Length; i++)
        {
            var outcome = results[i] switch
            {
                { NotInScheme: true } => "not-in-municipal-scheme",
                { EndedByAbsence: true } => "ended-absence",
                { Answer: AllowanceAnswer.Calculated } => "calculated",
                { Answer: AllowanceAnswer.PathMissing } => "path-missing",
                { Answer: AllowanceAnswer.ParameterMissing unknownHere } => ParameterUnknown + unknownHere.Missing.ParameterId,
                _ => "invalid-relations",
            };
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            var registered = index.Households[i];
            var code = registered.MunicipalityCode;
            if (protectionEnded && (results[i].NotInScheme || results[i].Answer is AllowanceAnswer.Calculated))
            {
                // After protection: members on the asylum path whose household no longer lives on the municipal scheme
                // (or never did: private reception) are in asylum reception (COA).
                var inAsylumReception = AsylumReception(registered, results[i], paths, away);
                if (inAsylumReception > 0)
                {
                    var counted = byMunicipality.GetValueOrDefault(code) ?? new Sums();
                    counted.AsylumReception += inAsylumReception;
                    byMunicipality[code] = counted;
                }
            }

            if (results[i].Answer is not AllowanceAnswer.Calculated calculated)
            {
                continue;
            }

            var sum = byMunicipality.GetValueOrDefault(code) ?? new Sums();
            foreach (var household in calculated.Households)
            {
                var assistance = household.SocialAssistance?.Amount.Cents ?? 0;
                sum.Allowance += household.Allowance.Cents;
                sum.Contribution += household.Contribution.Cents;
                sum.SocialAssistance += assistance;
                net[i] += household.Allowance.Cents + assistance - household.Contribution.Cents;
                switch (household.Provision)
                {
                    case Provision.Allowance:
                        sum.AllowanceHouseholds++;
                        sum.ReceptionPlaces += household.Household.Members.Length;
                        break;
                    case Provision.SocialAssistance:
                        sum.SocialAssistanceHouseholds++;
                        sum.ReceptionPlaces += household.Household.Members.Length;
                        foreach (var member in household.Household.Members)
                        {
                            onSocialAssistance[registered.FirstMember + Position(registered, member.Person.Id)] = true;
                        }

                        socialAssistanceHouseholds.Add((code, registered.FirstMember + Position(registered, household.Household.Members[0].Person.Id)));
                        break;
                    default:
                        sum.EndedHouseholds++;
                        break;
                }
            }

            byMunicipality[code] = sum;
        }

        run = new MonthRun(
            [.. byMunicipality.Select(m => new MunicipalityMonth(month, m.Key, m.Value.AllowanceHouseholds, new Money(m.Value.Allowance), new Money(m.Value.Contribution))
            {
                SocialAssistance = new Money(m.Value.SocialAssistance),
                SocialAssistanceHouseholds = m.Value.SocialAssistanceHouseholds,
                EndedHouseholds = m.Value.EndedHouseholds,
                ReceptionPlaces = m.Value.ReceptionPlaces,
                AsylumReception = m.Value.AsylumReception,
            })],
            net,
            outcomes,
            onSocialAssistance,
            [.. socialAssistanceHouseholds]);
        return true;
    }

    /// <summary>Members on the asylum path, not away longer than the maximum, who are not on the allowance or social assistance of the municipal scheme.</summary>
    private static int AsylumReception(IndexedHousehold registered, HouseholdMonth result, ImmutableArray<PathFacts> paths, System.Collections.Frozen.FrozenSet<string> away)
    {
        var provided = new HashSet<string>(StringComparer.Ordinal);
        if (result.Answer is AllowanceAnswer.Calculated calculated)
        {
            foreach (var household in calculated.Households.Where(h => h.Provision is not Provision.Ended))
            {
                provided.UnionWith(household.Household.Members.Select(m => m.Person.Id));
            }
        }

        var count = 0;
        for (var m = 0; m < registered.Members.Length; m++)
        {
            var facts = registered.FactsOfMember[m];
            if (facts >= 0 && paths[facts].Path is TransitionPath.AsylumProcedure && !provided.Contains(registered.Members[m].Id) && !away.Contains(registered.Members[m].Id))
            {
                count++;
            }
        }

        return count;
    }

    private static int Position(IndexedHousehold household, string personId)
    {
        for (var i = 0; i < household.Members.Length; i++)
        {
            if (string.Equals(household.Members[i].Id, personId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{personId} is not a member of household {household.Id}");
    }

    /// <summary>The transition decisions of one tree on the date, kept so that a second tree can reuse them.</summary>
    internal sealed record Decisions(ImmutableArray<PathCount> Paths, ImmutableArray<OwnerCount> Owners, ImmutableArray<string> PathOfPerson, ImmutableArray<PathFacts> PathFacts);

    /// <summary>The results of one month, kept so that a second tree can reuse them.</summary>
    /// <param name="Totals">Per municipality, without the hand-overs (they depend on the month before).</param>
    /// <param name="Net">Allowance plus social assistance minus contribution, per registered household.</param>
    /// <param name="Outcomes">Registered households per outcome.</param>
    /// <param name="OnSocialAssistance">Whether each member (by position in the population) is on social assistance.</param>
    /// <param name="SocialAssistanceHouseholds">Each assessed household on social assistance: its municipality and its first member's position.</param>
    internal sealed record MonthRun(ImmutableArray<MunicipalityMonth> Totals, long[] Net, Dictionary<string, int> Outcomes, bool[] OnSocialAssistance, ImmutableArray<(string Code, int Person)> SocialAssistanceHouseholds);

    /// <summary>A finished run with its tree, decisions and months (including a month before the first one, when it was needed for the hand-overs).</summary>
    internal sealed record Run(ParameterTree Parameters, SimulationResult Result, Decisions Decided, Dictionary<YearMonth, MonthRun> Months)
    {
        /// <summary>The path every person was put on, or <c>null</c> when the transition decisions gave the paths.</summary>
        public TransitionPath? Everyone { get; init; }
    }

    private sealed class Sums
    {
        public int AllowanceHouseholds { get; set; }

        public long Allowance { get; set; }

        public long Contribution { get; set; }

        public long SocialAssistance { get; set; }

        public int SocialAssistanceHouseholds { get; set; }

        public int EndedHouseholds { get; set; }

        public int ReceptionPlaces { get; set; }

        public int AsylumReception { get; set; }
    }
}
