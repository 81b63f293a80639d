using System.Collections.Immutable;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;
using Overgang.Rules.Texts;
using Overgang.Rules.Transition;

namespace Overgang.Rules.Provisions;

/// <summary>
/// Answers an allowance request dated after the last day of protection: each person's path decides what holds for
/// them (<see cref="ProvisionRules"/>); a household's transition-document holders are handed over together, on the
/// earliest hand-over date among them; members are then grouped by what holds for them (living allowance, social
/// assistance, ended) and households are formed again within each group, links across groups left out, like members
/// away longer than the absence maximum. So a member who moved to asylum reception no longer counts in the family's
/// allowance, and the allowance and social assistance are never both paid to the same person for the same month.
/// </summary>
internal static class AfterProtection
{
    public static AllowanceAnswer Answer(AllowanceRequest request, AllowanceSchedule schedule, ImmutableArray<Household> households, IReadOnlyDictionary<string, int> overrideOf, int ageOfMajority, bool explain)
    {
        var date = schedule.Date;
        var s = schedule.Provisions;
        var persons = request.Persons;
        for (var i = 0; i < persons.Length; i++)
        {
            if (persons[i].Path is null)
            {
                return new AllowanceAnswer.PathMissing(i, "path", $"persons[{i}].path is required for a date after the last day of protection ({ProvisionRules.Text(s.ProtectionLastDay.Value!.Date)})");
            }

            if (persons[i].Path!.Path == TransitionPath.ReturnProgramme && persons[i].Path!.DepartureDate is null)
            {
                return new AllowanceAnswer.PathMissing(i, "departureDate", $"persons[{i}].departureDate is required for the return-programme path after the last day of protection");
            }
        }

        var decided = new PersonProvision[persons.Length];
        for (var i = 0; i < persons.Length; i++)
        {
            var used = new SortedSet<string>(StringComparer.Ordinal);
            if (!ProvisionRules.TryDecide(persons[i], persons[i].Path!, date, s, used, out var provision, out var missing))
            {
                return new AllowanceAnswer.ParameterMissing(missing);
            }

            decided[i] = provision with { Provisional = [.. used] };
        }

        if (s.AdultAge.Missing is { } adultMissing)
        {
            return new AllowanceAnswer.ParameterMissing(adultMissing);
        }

        if (s.CostSharerAge.Missing is { } sharerAgeMissing)
        {
            return new AllowanceAnswer.ParameterMissing(sharerAgeMissing);
        }

        var adultAge = (int)s.AdultAge.Number;
        var costSharerAge = (int)s.CostSharerAge.Number;

        // Cost-sharers in the dwelling (registered-household reading): the assessed adults themselves (21 or older)
        // and every other person who stays and is of the cost-sharer age (27 from 2023; art. 22a).
        var isStayingSharer = new bool[persons.Length];
        var stayingSharers = 0;
        for (var i = 0; i < persons.Length; i++)
        {
            if ((decided[i].HoldsDocument || decided[i].Provision != Provision.Ended) && Period.Between(persons[i].BirthDate, date, PeriodUnits.Years).Years >= costSharerAge)
            {
                isStayingSharer[i] = true;
                stayingSharers++;
            }
        }

        var results = new List<HouseholdCalculation>(households.Length);
        foreach (var household in households)
        {
            var handOver = household.Members.Select(m => decided[m.InputIndex]).Where(p => p.HoldsDocument).Select(p => p.HandOver!.Value).DefaultIfEmpty().Min();
            // Social assistance has no norm under 18: a household whose document holders are all minors (an unaccompanied
            // minor) is not handed over and keeps the living allowance until one of them comes of age, so that it is never
            // left with an assessment of nothing.
            var handedOver = date >= handOver && household.Members.Any(m => m.IsAdult && decided[m.InputIndex].HoldsDocument);
            var provisionOf = household.Members.ToDictionary(
                m => m.InputIndex,
                m => decided[m.InputIndex].HoldsDocument ? (handedOver ? Provision.SocialAssistance : Provision.Allowance) : decided[m.InputIndex].Provision);

            foreach (var group in household.Members.GroupBy(m => provisionOf[m.InputIndex]))
            {
                var original = group.Select(m => m.InputIndex).ToArray();
                var ids = group.Select(m => m.Person.Id).ToHashSet(StringComparer.Ordinal);
                var subset = group.Select(m => m.Person with
                {
                    PartnerId = m.Person.PartnerId is { } partner && ids.Contains(partner) ? partner : null,
                    ParentIds = [.. m.Person.ParentIds.Where(ids.Contains)],
                }).ToList();
                if (!HouseholdFormation.TryForm(subset, date, ageOfMajority, out var formed, out var error))
                {
                    return new AllowanceAnswer.RelationsInvalid(error with { PersonIndex = original[error.PersonIndex] });
                }

                foreach (var sub in formed)
                {
                    var part = sub with { Members = [.. sub.Members.Select(m => m with { InputIndex = original[m.InputIndex] })] };
                    var provisional = new SortedSet<string>(StringComparer.Ordinal);
                    var personItems = part.Members.Select(m => decided[m.InputIndex].Why).ToList();
                    foreach (var member in part.Members)
                    {
                        provisional.UnionWith(decided[member.InputIndex].Provisional);
                    }

                    var assessedAdults = part.Members.Count(m => Period.Between(m.Person.BirthDate, date, PeriodUnits.Years).Years >= adultAge);
                    var costSharers = s.CostSharerReading.Value?.Raw == ProvisionSchedule.ReadingRegisteredHousehold
                        ? assessedAdults + stayingSharers - part.Members.Count(m => isStayingSharer[m.InputIndex])
                        : assessedAdults;
                    var outcome = group.Key switch
                    {
                        Provision.Allowance => Allowance(part, schedule, overrideOf, request, personItems, provisional, explain),
                        Provision.SocialAssistance => SocialAssistance(part, schedule, handOver, costSharers, personItems, provisional, explain),
                        _ => Ended(part, schedule, personItems, explain),
                    };
                    if (outcome.Refusal is not null)
                    {
                        return outcome.Refusal;
                    }

                    var calculation = outcome.Result!;
                    var health = HealthInsurance(part, decided, schedule, provisional);
                    if (health is not null)
                    {
                        calculation = calculation with
                        {
                            HealthInsurance = health,
                            Explanation = explain ? [.. calculation.Explanation, .. health.Explanation] : [],
                        };
                    }

                    results.Add(calculation with { Provision = group.Key, ProvisionalParameters = [.. provisional] });
                }
            }
        }

        results.Sort((a, b) => a.Household.Members[0].InputIndex.CompareTo(b.Household.Members[0].InputIndex));
        return new AllowanceAnswer.Calculated([.. results], schedule.ParameterVersion) { AfterProtection = true };
    }

    private static Outcome Allowance(Household household, AllowanceSchedule schedule, IReadOnlyDictionary<string, int> overrideOf, AllowanceRequest request, List<ExplanationItem> personItems, SortedSet<string> provisional, bool explain)
    {
        var index = -1;
        foreach (var member in household.Members)
        {
            if (overrideOf.TryGetValue(member.Person.Id, out var found))
            {
                index = found;
            }
        }

        switch (AllowanceCalculator.Calculate(household, schedule, index < 0 ? null : request.Overrides[index].Override, explain))
        {
            case CalculationOutcome.Calculated calculated:
                var result = calculated.Result;
                return new(explain ? result with { Explanation = [result.Explanation[0], .. personItems, .. result.Explanation.Skip(1)] } : result, null);
            case CalculationOutcome.ParameterMissing missing:
                return new(null, new AllowanceAnswer.ParameterMissing(missing.Missing));
            case CalculationOutcome.OverrideRefused refused:
                return new(null, new AllowanceAnswer.OverrideInvalid(index, "contribution", refused.Reason));
            default:
                throw new InvalidOperationException("unknown calculation outcome");
        }
    }

    private static Outcome SocialAssistance(Household household, AllowanceSchedule schedule, LocalDate handOver, int costSharers, List<ExplanationItem> personItems, SortedSet<string> provisional, bool explain)
    {
        if (!SocialAssistanceCalculator.TryEstimate(household, costSharers, schedule, provisional, out var estimate, out var missing))
        {
            return new(null, new AllowanceAnswer.ParameterMissing(missing));
        }

        var s = schedule.Provisions;
        var why = new List<ExplanationItem>();
        why.Add(ExplanationItem.Worded(RuleIds.HouseholdFormation, schedule.AgeOfMajority.Cite, household.CompositionPhrase, null));
        why.AddRange(personItems);
        why.Add(ExplanationItem.Worded(ProvisionRuleIds.HandOver, "Verzamelbrief opvang Oekraïne nov. 2025, 003:48 (beoordeling op huishoudniveau, gefaseerd)", TextPhrase.Of("provisions.hand-over.from", Arg.Date("date", handOver)), Money.Zero));
        why.AddRange(estimate.Explanation);

        // The own contribution continues while the household lives in municipal reception.
        var contribution = Money.Zero;
        if (s.ContributionAfterHandOver.Missing is { } regimeMissing)
        {
            return new(null, new AllowanceAnswer.ParameterMissing(regimeMissing));
        }

        if (s.ContributionAfterHandOver.Value!.IsProvisional)
        {
            provisional.Add(s.ContributionAfterHandOver.Id);
        }

        var reference = s.ContributionAfterHandOver.Cite + (s.ContributionAfterHandOver.Value.IsProvisional ? " (provisional)" : "");
        var municipal = household.Reception is Reception.Municipal or Reception.MunicipalCatering;
        var adults = household.Adults;
        if (!municipal)
        {
            why.Add(ExplanationItem.Worded(ProvisionRuleIds.ContributionAfterHandOver, reference, TextPhrase.Of("contribution.after-hand-over.not-municipal"), Money.Zero));
        }
        else if (s.ContributionAfterHandOver.Regime != ProvisionSchedule.ContributionFull || adults == 0)
        {
            why.Add(ExplanationItem.Worded(ProvisionRuleIds.ContributionAfterHandOver, reference, TextPhrase.Of(adults == 0 ? "contribution.scope.no-adults" : "contribution.after-hand-over.none"), Money.Zero));
        }
        else
        {
            var catering = household.Reception == Reception.MunicipalCatering;
            if ((schedule.Operating.Missing ?? schedule.MaximumAdults.Missing ?? (catering ? schedule.Catering.Missing : null)) is { } partMissing)
            {
                return new(null, new AllowanceAnswer.ParameterMissing(partMissing));
            }

            var payers = Math.Min(adults, (int)schedule.MaximumAdults.Number);
            contribution = (schedule.Operating.Amount * payers) + (catering ? schedule.Catering.Amount * payers : Money.Zero);
            why.Add(ExplanationItem.Worded(ProvisionRuleIds.ContributionAfterHandOver, reference, catering
                ? TextPhrase.Of("contribution.after-hand-over.full-meals", Arg.Number("payers", payers), Arg.Amount("rate", schedule.Operating.Amount), Arg.Amount("meals", schedule.Catering.Amount))
                : TextPhrase.Of("contribution.after-hand-over.full", Arg.Number("payers", payers), Arg.Amount("rate", schedule.Operating.Amount)), contribution));
        }

        var result = new HouseholdCalculation(household, estimate.Income, Money.Zero, Money.Zero, contribution, null, explain ? [.. why] : [])
        {
            SocialAssistance = explain ? estimate : estimate with { Explanation = [] },
        };
        return new(result, null);
    }

    private static Outcome Ended(Household household, AllowanceSchedule schedule, List<ExplanationItem> personItems, bool explain)
    {
        var income = Money.Zero;
        foreach (var member in household.Members)
        {
            if (member.IsAdult)
            {
                income += member.Person.MonthlyIncome;
            }
        }

        ImmutableArray<ExplanationItem> why = explain
            ?
            [
                ExplanationItem.Worded(RuleIds.HouseholdFormation, schedule.AgeOfMajority.Cite, household.CompositionPhrase, null),
                .. personItems,
                ExplanationItem.Worded(ProvisionRuleIds.Ended, personItems[0].Reference, TextPhrase.Of("provisions.ended.month"), Money.Zero),
            ]
            : [];
        return new(new HouseholdCalculation(household, income, Money.Zero, Money.Zero, Money.Zero, null, why), null);
    }

    private static HealthInsuranceObligation? HealthInsurance(Household household, PersonProvision[] decided, AllowanceSchedule schedule, SortedSet<string> provisional)
    {
        var s = schedule.Provisions;
        if (!household.Members.Any(m => decided[m.InputIndex].HoldsDocument) || s.ZvwFrom.Value is null || schedule.Date < s.ZvwFrom.Value.Date || s.InsuredAge.Value is null)
        {
            return null;
        }

        if (s.ZvwFrom.Value.IsProvisional)
        {
            provisional.Add(s.ZvwFrom.Id);
        }

        var insuredAge = (int)s.InsuredAge.Number;
        var insured = household.Members.Count(m => Period.Between(m.Person.BirthDate, schedule.Date, PeriodUnits.Years).Years >= insuredAge);
        var why = new List<ExplanationItem>
        {
            ExplanationItem.Worded(ProvisionRuleIds.HealthInsurance, s.ZvwFrom.Cite + (s.ZvwFrom.Value.IsProvisional ? " (provisional)" : ""), TextPhrase.Of("health-insurance.obligation.from", Arg.Date("date", s.ZvwFrom.Value.Date), Arg.Number("insured", insured), Arg.Number("age", insuredAge)), null),
        };
        Money? premium = null;
        string? unknown = null;
        if (s.Premium.Value is { } value)
        {
            if (value.IsProvisional)
            {
                provisional.Add(s.Premium.Id);
            }

            premium = value.Amount * insured;
            why.Add(ExplanationItem.Worded(ProvisionRuleIds.HealthInsurancePremium, s.Premium.Cite, TextPhrase.Of("health-insurance.premium.estimate", Arg.Number("insured", insured), Arg.Amount("premium", value.Amount)), premium));
        }
        else
        {
            unknown = s.Premium.Id;
            why.Add(ExplanationItem.Worded(ProvisionRuleIds.HealthInsurancePremium, "not in the sources available to this project", TextPhrase.Of("health-insurance.premium.unknown", Arg.Technical("reason", s.Premium.Missing!.Message)), null));
        }

        return new HealthInsuranceObligation(s.ZvwFrom.Value.Date, insured, premium, unknown, [.. why]);
    }

    private sealed record Outcome(HouseholdCalculation? Result, AllowanceAnswer? Refusal);
}
