using System.Collections.Immutable;
using NodaTime;
using Overgang.Analysis.Reforms;
using Overgang.Analysis.Tests.Support;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;

namespace Overgang.Analysis.Tests.Reforms;

/// <summary>The simulation over November 2026 to March 2028: before and after protection ends (issue 10).</summary>
public sealed class ProvisionSimulationTests
{
    private static readonly Lazy<SimulationResult> _baseline = new(() =>
    {
        Assert.True(Microsimulation.TryRun(Populations.Small, ParameterTree.Default, Populations.Date, Populations.Horizon, out var result, out var missing), missing?.Message);
        return result;
    });

    private static readonly Lazy<ImmutableDictionary<YearMonth, ImmutableArray<AllowanceAnswer>>> _answers = new(() =>
        Populations.Horizon.ToImmutableDictionary(m => m, Answers));

    /// <summary>
    /// The oracle: each registered household's month asked of <see cref="HouseholdAllowances"/> directly, from the same
    /// facts: the members in the municipal scheme and present, each with the path the transition decision on the
    /// decision date gives, the agreed departure date and the first day of Dutch protection.
    /// </summary>
    private static ImmutableArray<AllowanceAnswer> Answers(YearMonth month)
    {
        var index = Populations.Small;
        var tree = ParameterTree.Default;
        Assert.True(TransitionSchedule.TryFor(tree, Populations.Date, out var transition, out _));
        var decisions = TransitionDecider.DecideAll(index.TransitionFacts, transition);
        var pathOf = index.TransitionFacts.Select((f, i) => (f.Id, Path: new PathFacts(decisions[i].Path, f.Return?.DepartureDate, f.Protection.MemberState == "NL" ? f.Protection.Since : null)))
            .ToDictionary(x => x.Id, x => x.Path, StringComparer.Ordinal);
        var day = month.OnDayOfMonth(1);
        Assert.True(AbsenceRule.TryFor(tree, month, out var absence, out _));
        var away = index.AwayOverMaximum(absence);
        var schedule = AllowanceSchedule.For(tree, day);
        var answers = ImmutableArray.CreateBuilder<AllowanceAnswer>();
        foreach (var household in index.Households)
        {
            var present = PopulationIndex.MembersOn(household, day).Where(m => m.Reception is { } r && ReceptionNames.ByName.ContainsKey(r) && !away.Contains(m.Person.Id)).ToList();
            if (present.Count == 0)
            {
                continue;
            }

            var ids = present.Select(m => m.Person.Id).ToHashSet(StringComparer.Ordinal);
            var facts = present.Select(m => new PersonFacts(
                m.Person.Id,
                m.Person.BirthDate,
                m.Person.PartnerId is { } partner && ids.Contains(partner) ? partner : null,
                [.. m.Parents.Where(ids.Contains).Order(StringComparer.Ordinal)],
                new Money(m.IncomeCents),
                ReceptionNames.ByName[m.Reception!])
            {
                Path = pathOf.GetValueOrDefault(m.Person.Id),
            }).ToImmutableArray();
            answers.Add(HouseholdAllowances.Answer(new AllowanceRequest(day, facts, []), schedule, explain: false));
        }

        return answers.ToImmutable();
    }

    [Fact]
    public void TryRun_November2026ToMarch2028_ReportsEveryMonthAndNoMonthAfterMarch2027PaysNothing()
    {
        // When
        var result = _baseline.Value;

        // Then: a row for every month, and after protection ends households still get the allowance or social assistance
        Assert.Equal(Populations.Horizon, result.Months);
        Assert.Equal(Populations.Horizon.ToHashSet(), result.Totals.Select(t => t.Month).ToHashSet());
        foreach (var month in Populations.Horizon.Where(m => m > new YearMonth(2027, 3)))
        {
            var rows = result.Totals.Where(t => t.Month == month).ToList();
            Assert.True(rows.Sum(t => t.Allowance.Cents + t.SocialAssistance.Cents) > 0, $"{month:yyyy-MM} pays nothing");
            Assert.True(rows.Sum(t => t.SocialAssistance.Cents) > 0, $"{month:yyyy-MM} pays no social assistance");
            Assert.True(rows.Sum(t => t.ReceptionPlaces) > 0, $"{month:yyyy-MM} uses no reception places");
        }

        // before protection ends nobody is handed over, on social assistance or ended
        Assert.All(result.Totals.Where(t => t.Month <= new YearMonth(2027, 3)), t => Assert.Equal((0, 0, 0, 0L), (t.SocialAssistanceHouseholds, t.HandedOver, t.EndedHouseholds, t.SocialAssistance.Cents)));

        // April 2027 is the first month on social assistance, so every household on it then is handed over then
        var april = result.Totals.Where(t => t.Month == new YearMonth(2027, 4)).ToList();
        Assert.True(april.Sum(t => t.SocialAssistanceHouseholds) > 0);
        Assert.Equal(april.Sum(t => t.SocialAssistanceHouseholds), april.Sum(t => t.HandedOver));
        Assert.DoesNotContain(result.Outcomes.Keys, k => k == "path-missing");
    }

    [Fact]
    public void Answers_EveryMonth_NeverPayTheAllowanceAndSocialAssistanceToTheSamePerson()
    {
        foreach (var (month, answers) in _answers.Value)
        {
            var allowance = new HashSet<string>(StringComparer.Ordinal);
            var assistance = new HashSet<string>(StringComparer.Ordinal);
            foreach (var household in answers.OfType<AllowanceAnswer.Calculated>().SelectMany(a => a.Households))
            {
                var ids = household.Household.Members.Select(m => m.Person.Id).ToList();
                if (household.Allowance.Cents > 0)
                {
                    allowance.UnionWith(ids);
                }

                if (household.SocialAssistance is not null)
                {
                    Assert.Equal(Provision.SocialAssistance, household.Provision);
                    Assert.Equal(0, household.Allowance.Cents);
                    assistance.UnionWith(ids);
                }
            }

            Assert.Empty(allowance.Intersect(assistance));
            if (month > new YearMonth(2027, 3))
            {
                Assert.NotEmpty(assistance);
            }
        }
    }

    [Fact]
    public void TryRun_EveryMonth_TotalsEqualTheSumOfTheHouseholdAnswers()
    {
        // Given
        var result = _baseline.Value;

        foreach (var (month, answers) in _answers.Value)
        {
            // When: the oracle's sums
            var calculated = answers.OfType<AllowanceAnswer.Calculated>().SelectMany(a => a.Households).ToList();
            var expected = (
                Allowance: calculated.Sum(h => h.Allowance.Cents),
                Contribution: calculated.Sum(h => h.Contribution.Cents),
                SocialAssistance: calculated.Sum(h => h.SocialAssistance?.Amount.Cents ?? 0),
                AllowanceHouseholds: calculated.Count(h => h.Provision == Provision.Allowance),
                SocialAssistanceHouseholds: calculated.Count(h => h.Provision == Provision.SocialAssistance),
                Ended: calculated.Count(h => h.Provision == Provision.Ended),
                Places: calculated.Where(h => h.Provision != Provision.Ended).Sum(h => h.Household.Members.Length));

            // Then
            var rows = result.Totals.Where(t => t.Month == month).ToList();
            var actual = (
                Allowance: rows.Sum(t => t.Allowance.Cents),
                Contribution: rows.Sum(t => t.Contribution.Cents),
                SocialAssistance: rows.Sum(t => t.SocialAssistance.Cents),
                AllowanceHouseholds: rows.Sum(t => t.Households),
                SocialAssistanceHouseholds: rows.Sum(t => t.SocialAssistanceHouseholds),
                Ended: rows.Sum(t => t.EndedHouseholds),
                Places: rows.Sum(t => t.ReceptionPlaces));
            Assert.Equal(expected, actual);
        }

        // the household-months the rules could not answer are counted, per outcome, over all months
        var unknown = _answers.Value.Values.Sum(a => a.Count(x => x is AllowanceAnswer.ParameterMissing));
        Assert.Equal(unknown, result.Outcomes.Where(o => o.Key.StartsWith(Microsimulation.ParameterUnknown, StringComparison.Ordinal)).Sum(o => o.Value));
        Assert.Equal(_answers.Value.Values.Sum(a => a.Count(x => x is AllowanceAnswer.Calculated)), result.Outcomes.GetValueOrDefault("calculated"));
    }

    [Fact]
    public void TryRun_ParameterUnknownFromAMonth_RefusesNamingTheParameterAndTheMonth()
    {
        // Given: the absence maximum, which every month reads, unknown from June 2027
        var file = new ParameterFile("unknown.yaml", """
            reform: unknown-absence
            title: The absence maximum unknown from June 2027
            description: A month that cannot be simulated.
            changes:
              - id: reception.absence-maximum-days
                rationale: test
                values:
                  - { from: 2027-06-01, unknown: true, source: R10 }
            """);
        Assert.True(Reform.TryParse(file, ParameterTree.Default, out var reform, out var error), error?.Message);

        // When
        var ok = Microsimulation.TryRun(Populations.Small, reform.ApplyTo(ParameterTree.Default), Populations.Date, Populations.Horizon, out _, out var missing);

        // Then
        Assert.False(ok);
        Assert.Equal("reception.absence-maximum-days", missing!.ParameterId);
        Assert.Equal(new LocalDate(2027, 6, 1), missing.Date);
    }
}
