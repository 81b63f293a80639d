using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.ReceptionQuality;
using Overgang.Rules.ReturnProgramme;
using Overgang.Rules.Tests.Allowance;
using Overgang.Rules.Tests.Provisions;
using Overgang.Rules.Tests.ReceptionQuality;
using Overgang.Rules.Tests.ReturnProgramme;
using Overgang.Rules.Tests.Transition;

namespace Overgang.Rules.Tests.Texts;

/// <summary>
/// Every explanation item the rules give for the scenarios under <c>Scenarios/</c> (allowance, provisions, return,
/// reception), for a fixed set of generated households on every path in every month of the transition, and for the
/// placement and absence rules: the corpus the rule-text tests render in every language.
/// </summary>
internal static class ExplanationCorpus
{
    /// <summary>Every item, with where it came from.</summary>
    public static IEnumerable<(string Source, ExplanationItem Item)> All()
    {
        var tree = ParameterTree.Default;
        foreach (var scenario in AllowanceScenario.All())
        {
            foreach (var item in Items(HouseholdAllowances.Answer(scenario.Request(), tree)))
            {
                yield return (scenario.ToString(), item);
            }
        }

        foreach (var scenario in ProvisionScenario.All())
        {
            foreach (var item in Items(HouseholdAllowances.Answer(scenario.Request(), tree)))
            {
                yield return (scenario.ToString(), item);
            }
        }

        // Generated households on random paths, month by month (a fixed seed, so the corpus is the same every run).
        var random = new Random(20261130);
        for (var h = 0; h < 400; h++)
        {
            var (persons, day) = ProvisionProperties.Build([.. Enumerable.Range(0, 60).Select(_ => random.Next(0, 100_001))]);
            for (var month = new YearMonth(2026, 11); month <= new YearMonth(2028, 3); month = month.PlusMonths(1))
            {
                var date = month.OnDayOfMonth(1 + day);
                foreach (var item in Items(HouseholdAllowances.Answer(new AllowanceRequest(date, persons, []), tree)))
                {
                    yield return ($"generated household {h} on {date:yyyy-MM-dd}", item);
                }
            }
        }

        foreach (var file in Directory.GetFiles(ReturnScenarioTests.Directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var scenario = ReturnScenarioTests.Load(Path.GetFileNameWithoutExtension(file));
            var enrolment = scenario.Enrolment.ToCommitment();
            var date = ScenarioModel.ParseDate(scenario.Date);
            foreach (var item in ReturnRules.Evaluate(enrolment, tree, date).Explanation)
            {
                yield return (file, item);
            }

            foreach (var absence in scenario.Absences)
            {
                var from = ScenarioModel.ParseDate(absence.From);
                if (AbsenceRule.TryOn(tree, from, out var rule, out _))
                {
                    yield return (file, rule.Explain(from, ScenarioModel.ParseDate(absence.To), enrolment.Visits));
                }
            }
        }

        foreach (var file in Directory.GetFiles(ReceptionScenarioModel.Directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var scenario = ReceptionScenarioModel.Load(Path.GetFileNameWithoutExtension(file));
            if (scenario.Findings is { } findings
                && QualityEvaluation.Evaluate(QualityChecklist.Default, scenario.Municipality, findings.Select(f => f.ToFinding()), ReceptionScenarioModel.ParseDate(scenario.Date!)) is QualityOutcome.Assessed assessed)
            {
                foreach (var item in assessed.Assessment.Explanation)
                {
                    yield return (file, item);
                }
            }

            if (scenario.Periods is { } periods && scenario.Days is { } days)
            {
                foreach (var day in days)
                {
                    if (TargetGroupRule.On(QualityChecklist.Default, periods.Select(p => p.ToPeriod()), ReceptionScenarioModel.ParseDate(day.Day)) is TargetGroupOutcome.Decided decided)
                    {
                        foreach (var item in decided.Groups.Explanation)
                        {
                            yield return (file, item);
                        }
                    }
                }
            }
        }

        var first = new LocalDate(2026, 3, 15);
        foreach (var reception in new[] { "municipal", "municipal-catering", "private", "own-home", "coa" })
        {
            foreach (var to in new LocalDate?[] { null, first.PlusDays(40) })
            {
                var placement = new PlacementPeriod(first, to, reception);
                yield return ("placements", PlacementOnDay.ExplainPlacement(placement, first.PlusDays(3)));
                yield return ("placements", PlacementOnDay.ExplainScheme(placement, first.PlusDays(3)));
            }
        }

        yield return ("placements", PlacementOnDay.ExplainPlacement(null, first));
        yield return ("placements", PlacementOnDay.ExplainScheme(null, first));
        if (AbsenceRule.TryOn(tree, new LocalDate(2026, 10, 1), out var absenceRule, out _))
        {
            var from = new LocalDate(2026, 10, 2);
            yield return ("absence", absenceRule.Explain(from, from.PlusDays(34)));
            yield return ("absence", absenceRule.Explain(from, from.PlusDays(27)));
            yield return ("absence", absenceRule.Explain(new LocalDate(2026, 8, 1), new LocalDate(2026, 9, 15)));
            yield return ("absence", absenceRule.Explain(from, from.PlusDays(40), [new ExploratoryVisit(from.PlusDays(3), from.PlusDays(20))]));
            yield return ("absence", absenceRule.Explain(from, from.PlusDays(40), [new ExploratoryVisit(from.PlusDays(3), from.PlusDays(5))]));
            yield return ("absence", absenceRule.ExplainAllAway());
        }
    }

    private static IEnumerable<ExplanationItem> Items(AllowanceAnswer answer)
    {
        if (answer is not AllowanceAnswer.Calculated calculated)
        {
            yield break;
        }

        foreach (var household in calculated.Households)
        {
            foreach (var item in household.Explanation)
            {
                yield return item;
            }

            foreach (var item in household.SocialAssistance?.Explanation ?? [])
            {
                yield return item;
            }

            foreach (var item in household.HealthInsurance?.Explanation ?? [])
            {
                yield return item;
            }
        }
    }
}
