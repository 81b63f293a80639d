using Overgang.Rules.Explanations;
using Overgang.Rules.Households;
using Overgang.Rules.Texts;

namespace Overgang.Rules.Allowance;

/// <summary>Calculates a household's monthly living allowance (leefgeld) and own contribution (eigen bijdrage).</summary>
/// <remarks>
/// <para>A pure function of the household, the parameters in force on the date (an <see cref="AllowanceSchedule"/>)
/// and an optional hardship override. Which income test and which contribution rule apply is parameter data
/// (<c>allowance.income-test.regime</c>, <c>contribution.regime</c>); the formulas are here.</para>
/// <para>Income counted is the adults' own income: the sources tie the stop of the allowance to "someone of 18 or
/// older" with income (R9). Minors' income is shown in the explanation but not counted.</para>
/// <para>Assumption D1 (docs/adr/0002): from 2025-10 the allowance below the withdrawal threshold is
/// min(allowance, max(0, 115% × allowance − income)), and the contribution between the two thresholds is
/// clamp(income / 115% − allowance, 0, full contribution), each rounded half away from zero to the cent.</para>
/// </remarks>
public static class AllowanceCalculator
{
    /// <summary>Calculates one household.</summary>
    /// <param name="household">The household, formed on the schedule's date.</param>
    /// <param name="schedule">The parameters in force on the date.</param>
    /// <param name="hardship">A municipality's hardship override of the contribution, or <c>null</c>.</param>
    /// <param name="explain">Whether to build the explanation (batch runs that only need amounts can skip it).</param>
    public static CalculationOutcome Calculate(Household household, AllowanceSchedule schedule, HardshipOverride? hardship = null, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(household);
        ArgumentNullException.ThrowIfNull(schedule);
        var why = explain ? new List<ExplanationItem>(12 + household.Size) : null;
        why?.Add(ExplanationItem.Worded(RuleIds.HouseholdFormation, schedule.AgeOfMajority.Cite, household.CompositionPhrase, null));

        // Allowance before income: food, clothing, private-reception extra.
        var food = Money.Zero;
        if (household.Reception == Reception.MunicipalCatering)
        {
            why?.Add(ExplanationItem.Worded(RuleIds.Food, schedule.Clothing.Cite, TextPhrase.Of("allowance.food.meals-provided"), Money.Zero));
        }
        else
        {
            foreach (var member in household.Members)
            {
                var rate = schedule.FoodRate(household.Size, member.IsAdult);
                if (rate.Missing is { } missing)
                {
                    return new CalculationOutcome.ParameterMissing(missing);
                }

                food += rate.Amount;
                why?.Add(ExplanationItem.Worded(RuleIds.Food, rate.Cite, FoodText(member, household.Size), rate.Amount));
            }
        }

        if (schedule.Clothing.Missing is { } clothingMissing)
        {
            return new CalculationOutcome.ParameterMissing(clothingMissing);
        }

        var clothing = schedule.Clothing.Amount * household.Size;
        why?.Add(ExplanationItem.Worded(RuleIds.Clothing, schedule.Clothing.Cite, TextPhrase.Of("allowance.clothing.rate", Arg.Number("size", household.Size), Arg.Amount("rate", schedule.Clothing.Amount)), clothing));

        var extra = Money.Zero;
        if (household.Reception == Reception.Private)
        {
            var adults = household.Adults;
            var minors = household.Size - adults;
            if (((adults > 0 ? schedule.PrivateAdult.Missing : null) ?? (minors > 0 ? schedule.PrivateMinor.Missing : null)) is { } extraMissing)
            {
                return new CalculationOutcome.ParameterMissing(extraMissing);
            }

            extra = (adults > 0 ? schedule.PrivateAdult.Amount * adults : Money.Zero) + (minors > 0 ? schedule.PrivateMinor.Amount * minors : Money.Zero);
            why?.Add(ExplanationItem.Worded(RuleIds.PrivateReception, schedule.PrivateAdult.Cite, PrivateText(schedule, adults, minors), extra));
        }
        else
        {
            why?.Add(ExplanationItem.Worded(RuleIds.PrivateReception, schedule.PrivateAdult.Cite, TextPhrase.Of("allowance.private-reception.none", ReceptionName(household.Reception)), Money.Zero));
        }

        var full = food + clothing + extra;
        why?.Add(ExplanationItem.Worded(RuleIds.BeforeIncome, schedule.Clothing.Cite, TextPhrase.Of("allowance.before-income.sum"), full));

        // Income test.
        var income = Money.Zero;
        var minorIncome = false;
        foreach (var member in household.Members)
        {
            if (member.IsAdult)
            {
                income += member.Person.MonthlyIncome;
            }
            else
            {
                minorIncome |= member.Person.MonthlyIncome.IsPositive;
            }
        }

        why?.Add(ExplanationItem.Worded(RuleIds.HouseholdIncome, schedule.IncomeRegime.Value is null ? schedule.AgeOfMajority.Cite : schedule.IncomeRegime.Cite, IncomeText(household, minorIncome), income));

        var incomeRegime = schedule.IncomeRegime.Value?.Raw;
        if (income.IsPositive && incomeRegime is null)
        {
            return new CalculationOutcome.ParameterMissing(schedule.IncomeRegime.Missing!);
        }

        var allowance = full;
        Money? withdrawnFrom = null;
        switch (incomeRegime)
        {
            case AllowanceSchedule.IncomeRegimeStop when income.IsPositive:
                allowance = Money.Max(Money.Zero, full - income);
                why?.Add(ExplanationItem.Worded(RuleIds.IncomeTest, schedule.IncomeRegime.Cite, TextPhrase.Of("allowance.income-test.stop", Arg.Amount("full", full), Arg.Amount("income", income)), allowance));
                break;
            case AllowanceSchedule.IncomeRegimePercentage:
                if (schedule.WithdrawalPercentage.Missing is { } percentMissing)
                {
                    return new CalculationOutcome.ParameterMissing(percentMissing);
                }

                var percent = schedule.WithdrawalPercentage.Number;
                var threshold = full.Percent(percent);
                withdrawnFrom = threshold;
                allowance = Money.Min(full, Money.Max(Money.Zero, threshold - income));
                why?.Add(ExplanationItem.Worded(RuleIds.IncomeTest, schedule.WithdrawalPercentage.Cite, WithdrawalText(full, income, percent, threshold, allowance), allowance));
                break;
            default:
                why?.Add(ExplanationItem.Worded(RuleIds.IncomeTest, schedule.IncomeRegime.Value is null ? schedule.AgeOfMajority.Cite : schedule.IncomeRegime.Cite, TextPhrase.Of("allowance.income-test.no-income"), allowance));
                break;
        }

        why?.Add(ExplanationItem.Worded(RuleIds.Payable, schedule.IncomeRegime.Value is null ? schedule.Clothing.Cite : schedule.IncomeRegime.Cite, TextPhrase.Of("allowance.payable.month"), allowance));

        // Own contribution.
        var contribution = Contribution(household, schedule, full, income, why, out var leviedFrom, out var contributionMissing);
        if (contributionMissing is not null)
        {
            return contributionMissing;
        }

        if (hardship is not null)
        {
            if (hardship.Contribution > contribution)
            {
                return new CalculationOutcome.OverrideRefused($"the hardship override {hardship.Contribution} is higher than the contribution the rules give ({contribution}); maatwerk can only lower it");
            }

            contribution = hardship.Contribution;
            why?.Add(ExplanationItem.Worded(RuleIds.ContributionOverride, "RooO maatwerk (hardship decision of the municipality)", TextPhrase.Of("contribution.hardship-override.set", Arg.Amount("amount", hardship.Contribution), Arg.Text("reason", hardship.Reason)), contribution));
        }

        why?.Add(ExplanationItem.Worded(RuleIds.ContributionDue, schedule.ContributionRegime.Cite, TextPhrase.Of("contribution.due.month"), contribution));

        var thresholds = incomeRegime == AllowanceSchedule.IncomeRegimePercentage || schedule.ContributionRegime.Value?.Raw == AllowanceSchedule.ContributionThreshold
            ? new Thresholds(withdrawnFrom, leviedFrom)
            : null;
        return new CalculationOutcome.Calculated(new HouseholdCalculation(
            household, income, full, allowance, contribution, thresholds, why is null ? [] : [.. why]));
    }

    private static Money Contribution(Household household, AllowanceSchedule schedule, Money full, Money income, List<ExplanationItem>? why, out Money? leviedFrom, out CalculationOutcome? missing)
    {
        leviedFrom = null;
        missing = null;
        var regime = schedule.ContributionRegime;
        if (regime.Missing is not null)
        {
            missing = new CalculationOutcome.ParameterMissing(regime.Missing);
            return Money.Zero;
        }

        if (household.Reception is not (Reception.Municipal or Reception.MunicipalCatering))
        {
            why?.Add(ExplanationItem.Worded(RuleIds.ContributionScope, regime.Cite, TextPhrase.Of("contribution.scope.not-municipal", ReceptionName(household.Reception)), Money.Zero));
            return Money.Zero;
        }

        if (regime.Regime == AllowanceSchedule.ContributionNone)
        {
            why?.Add(ExplanationItem.Worded(RuleIds.ContributionScope, regime.Cite, TextPhrase.Of("contribution.scope.none-on-date"), Money.Zero));
            return Money.Zero;
        }

        var catering = household.Reception == Reception.MunicipalCatering;
        var needed = schedule.Operating.Missing ?? (catering ? schedule.Catering.Missing : null) ?? schedule.MaximumAdults.Missing
            ?? (regime.Regime == AllowanceSchedule.ContributionPerAdult ? schedule.IncomeFloor.Missing : schedule.ThresholdPercentage.Missing);
        if (needed is not null)
        {
            missing = new CalculationOutcome.ParameterMissing(needed);
            return Money.Zero;
        }

        var adults = household.Adults;
        if (adults == 0)
        {
            why?.Add(ExplanationItem.Worded(RuleIds.ContributionScope, regime.Cite, TextPhrase.Of("contribution.scope.no-adults"), Money.Zero));
            return Money.Zero;
        }

        var payers = Math.Min(adults, (int)schedule.MaximumAdults.Number);
        if (regime.Regime == AllowanceSchedule.ContributionPerAdult)
        {
            var floor = schedule.IncomeFloor.Amount;
            string? earner = null;
            foreach (var member in household.Members)
            {
                if (member.IsAdult && member.Person.MonthlyIncome > floor)
                {
                    earner = member.Person.Id;
                    break;
                }
            }

            if (earner is null)
            {
                why?.Add(ExplanationItem.Worded(RuleIds.ContributionCondition, schedule.IncomeFloor.Cite, TextPhrase.Of("contribution.condition.none-above", Arg.Amount("floor", floor)), Money.Zero));
                return Money.Zero;
            }

            why?.Add(ExplanationItem.Worded(RuleIds.ContributionCondition, schedule.IncomeFloor.Cite, TextPhrase.Of("contribution.condition.earner", Arg.Person("person", earner), Arg.Amount("floor", floor)), null));
        }

        var operating = schedule.Operating.Amount * payers;
        var cateringPart = catering ? schedule.Catering.Amount * payers : Money.Zero;
        if (why is not null)
        {
            why.Add(ExplanationItem.Worded(RuleIds.ContributionOperating, schedule.Operating.Cite, TextPhrase.Of("contribution.operating.rate", Arg.Number("payers", payers), Arg.Amount("rate", schedule.Operating.Amount)), operating));
            if (catering)
            {
                why.Add(ExplanationItem.Worded(RuleIds.ContributionCatering, schedule.Catering.Cite, TextPhrase.Of("contribution.catering.rate", Arg.Number("payers", payers), Arg.Amount("rate", schedule.Catering.Amount)), cateringPart));
            }

            if (adults > payers)
            {
                why.Add(ExplanationItem.Worded(RuleIds.ContributionMaximum, schedule.MaximumAdults.Cite, TextPhrase.Of("contribution.household-maximum.adults", Arg.Number("adults", adults), Arg.Number("payers", payers)), null));
            }
        }

        var fullContribution = operating + cateringPart;
        if (regime.Regime == AllowanceSchedule.ContributionPerAdult)
        {
            return fullContribution;
        }

        var percent = schedule.ThresholdPercentage.Number;
        var threshold = (full + fullContribution).Percent(percent);
        leviedFrom = threshold;
        var due = income >= threshold
            ? fullContribution
            : (income.DividedByPercent(percent) - full).Clamp(Money.Zero, fullContribution);
        why?.Add(ExplanationItem.Worded(RuleIds.ContributionThreshold, schedule.ThresholdPercentage.Cite, ThresholdText(full, fullContribution, income, percent, threshold, due), due));
        return due;
    }

    private static TextPhrase FoodText(HouseholdMember member, int size) => size == 1
        ? TextPhrase.Of("allowance.food.alone", Arg.Person("person", member.Person.Id), Arg.Term("role", member.IsAdult ? "adult" : "minor"))
        : TextPhrase.Of("allowance.food.member", Arg.Person("person", member.Person.Id), Arg.Term("role", member.IsAdult ? "adult" : "minor"), Arg.Number("size", size));

    private static TextPhrase PrivateText(AllowanceSchedule schedule, int adults, int minors)
    {
        var adultRate = Arg.Amount("adultRate", schedule.PrivateAdult.Amount);
        var minorRate = Arg.Amount("minorRate", schedule.PrivateMinor.Amount);
        return adults > 0 && minors > 0 ? TextPhrase.Of("allowance.private-reception.both", Arg.Number("adults", adults), adultRate, Arg.Number("minors", minors), minorRate)
            : adults > 0 ? TextPhrase.Of("allowance.private-reception.adults", Arg.Number("adults", adults), adultRate)
            : TextPhrase.Of("allowance.private-reception.minors", Arg.Number("minors", minors), minorRate);
    }

    private static TextPhrase IncomeText(Household household, bool minorIncome)
    {
        var incomes = Arg.List("incomes", "", household.Members.Where(m => m.IsAdult).Select(m =>
            TextPhrase.Of("income.household.member", Arg.Person("person", m.Person.Id), Arg.Amount("amount", m.Person.MonthlyIncome))));
        return TextPhrase.Of(minorIncome ? "income.household.adults-minors" : "income.household.adults", incomes);
    }

    private static TextPhrase WithdrawalText(Money full, Money income, decimal percent, Money threshold, Money allowance)
    {
        var key = !income.IsPositive ? "allowance.income-test.no-income-percentage"
            : income >= threshold ? "allowance.income-test.withdrawn"
            : allowance == full ? "allowance.income-test.full"
            : "allowance.income-test.supplement";
        return TextPhrase.Of(key, Arg.Amount("income", income), Arg.Number("percent", percent), Arg.Amount("threshold", threshold));
    }

    private static TextPhrase ThresholdText(Money full, Money fullContribution, Money income, decimal percent, Money threshold, Money due)
    {
        var key = income >= threshold ? "contribution.threshold.full" : due.IsPositive ? "contribution.threshold.partial" : "contribution.threshold.none";
        return TextPhrase.Of(key, Arg.Amount("income", income), Arg.Number("percent", percent), Arg.Amount("full", full), Arg.Amount("contribution", fullContribution), Arg.Amount("threshold", threshold));
    }

    private static TextArgument ReceptionName(Reception reception) => Arg.Term("reception", reception switch
    {
        Reception.Municipal => "reception.municipal",
        Reception.MunicipalCatering => "reception.municipal-catering",
        Reception.Private => "reception.private",
        Reception.OwnHome => "reception.own-home",
        _ => throw new ArgumentOutOfRangeException(nameof(reception), reception, null),
    });
}
