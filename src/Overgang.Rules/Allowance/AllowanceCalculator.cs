using System.Globalization;
using System.Text;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;

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
        var why = explain ? new List<ExplanationItem>(8 + household.Size) : null;
        why?.Add(new(RuleIds.HouseholdFormation, schedule.AgeOfMajority.Cite, household.Composition, null));

        // Allowance before income: food, clothing, private-reception extra.
        var food = Money.Zero;
        if (household.Reception == Reception.MunicipalCatering)
        {
            why?.Add(new(RuleIds.Food, schedule.Clothing.Cite, "no food money: the location provides meals", Money.Zero));
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
                why?.Add(new(RuleIds.Food, rate.Cite, FoodText(member, household.Size), rate.Amount));
            }
        }

        if (schedule.Clothing.Missing is { } clothingMissing)
        {
            return new CalculationOutcome.ParameterMissing(clothingMissing);
        }

        var clothing = schedule.Clothing.Amount * household.Size;
        why?.Add(new(RuleIds.Clothing, schedule.Clothing.Cite, $"{household.Size} × {schedule.Clothing.Amount} per person", clothing));

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
            why?.Add(new(RuleIds.PrivateReception, schedule.PrivateAdult.Cite, PrivateText(schedule, adults, minors), extra));
        }
        else
        {
            why?.Add(new(RuleIds.PrivateReception, schedule.PrivateAdult.Cite, $"no extra allowance: {ReceptionName(household.Reception)} is not private reception with a host family", Money.Zero));
        }

        var full = food + clothing + extra;
        why?.Add(new(RuleIds.BeforeIncome, schedule.Clothing.Cite, "food + clothing + private-reception extra, before income", full));

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

        why?.Add(new(RuleIds.HouseholdIncome, schedule.IncomeRegime.Value is null ? schedule.AgeOfMajority.Cite : schedule.IncomeRegime.Cite, IncomeText(household, minorIncome), income));

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
                why?.Add(new(RuleIds.IncomeTest, schedule.IncomeRegime.Cite, $"an adult has income, so the household's allowance stops; a supplement up to the allowance remains: max(0, {full} − {income})", allowance));
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
                why?.Add(new(RuleIds.IncomeTest, schedule.WithdrawalPercentage.Cite, WithdrawalText(full, income, percent, threshold, allowance), allowance));
                break;
            default:
                why?.Add(new(RuleIds.IncomeTest, schedule.IncomeRegime.Value is null ? schedule.AgeOfMajority.Cite : schedule.IncomeRegime.Cite, "no adult has income: the full allowance is paid", allowance));
                break;
        }

        why?.Add(new(RuleIds.Payable, schedule.IncomeRegime.Value is null ? schedule.Clothing.Cite : schedule.IncomeRegime.Cite, "living allowance payable this month", allowance));

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
            why?.Add(new(RuleIds.ContributionOverride, "RooO maatwerk (hardship decision of the municipality)", $"the municipality set the contribution to {hardship.Contribution}: {hardship.Reason}", contribution));
        }

        why?.Add(new(RuleIds.ContributionDue, schedule.ContributionRegime.Cite, "own contribution due this month", contribution));

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
            why?.Add(new(RuleIds.ContributionScope, regime.Cite, $"no own contribution: it applies only in municipal reception, not in {ReceptionName(household.Reception)}", Money.Zero));
            return Money.Zero;
        }

        if (regime.Regime == AllowanceSchedule.ContributionNone)
        {
            why?.Add(new(RuleIds.ContributionScope, regime.Cite, "no own contribution applies on this date", Money.Zero));
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
            why?.Add(new(RuleIds.ContributionScope, regime.Cite, "no own contribution: it is levied on adults and this household has none", Money.Zero));
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
                why?.Add(new(RuleIds.ContributionCondition, schedule.IncomeFloor.Cite, $"no adult has own income above {floor}: no contribution", Money.Zero));
                return Money.Zero;
            }

            why?.Add(new(RuleIds.ContributionCondition, schedule.IncomeFloor.Cite, $"{earner} has own income above {floor}: the adults of the household contribute", null));
        }

        var operating = schedule.Operating.Amount * payers;
        var cateringPart = catering ? schedule.Catering.Amount * payers : Money.Zero;
        if (why is not null)
        {
            why.Add(new(RuleIds.ContributionOperating, schedule.Operating.Cite, $"{payers} adult(s) × {schedule.Operating.Amount} for utilities and operating costs", operating));
            if (catering)
            {
                why.Add(new(RuleIds.ContributionCatering, schedule.Catering.Cite, $"{payers} adult(s) × {schedule.Catering.Amount} for meals provided", cateringPart));
            }

            if (adults > payers)
            {
                why.Add(new(RuleIds.ContributionMaximum, schedule.MaximumAdults.Cite, $"{adults} adults, levied for at most {payers}", null));
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
        why?.Add(new(RuleIds.ContributionThreshold, schedule.ThresholdPercentage.Cite, ThresholdText(full, fullContribution, income, percent, threshold, due), due));
        return due;
    }

    private static string FoodText(HouseholdMember member, int size) => size == 1
        ? $"{member.Person.Id}: alone ({(member.IsAdult ? "adult" : "minor")})"
        : $"{member.Person.Id}: {(member.IsAdult ? "adult" : "minor")} in a household of {size}";

    private static string PrivateText(AllowanceSchedule schedule, int adults, int minors)
    {
        var text = new StringBuilder("private reception with a host family: ");
        if (adults > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{adults} adult(s) × {schedule.PrivateAdult.Amount}");
        }

        if (minors > 0)
        {
            text.Append(adults > 0 ? " + " : "").Append(CultureInfo.InvariantCulture, $"{minors} minor(s) × {schedule.PrivateMinor.Amount}");
        }

        return text.ToString();
    }

    private static string IncomeText(Household household, bool minorIncome)
    {
        var text = new StringBuilder("own income of the adults");
        foreach (var member in household.Members.Where(m => m.IsAdult))
        {
            text.Append(CultureInfo.InvariantCulture, $", {member.Person.Id}: {member.Person.MonthlyIncome}");
        }

        if (minorIncome)
        {
            text.Append("; income of minors is not counted");
        }

        return text.ToString();
    }

    private static string WithdrawalText(Money full, Money income, decimal percent, Money threshold, Money allowance) =>
        !income.IsPositive
            ? $"no adult has income: the full allowance is paid (it is fully withdrawn from a household income of {threshold}, {percent.ToString(CultureInfo.InvariantCulture)}% of the allowance)"
            : income >= threshold
            ? $"income {income} is at or above {percent.ToString(CultureInfo.InvariantCulture)}% of the allowance ({threshold}): the allowance is fully withdrawn"
            : allowance == full
                ? $"income {income} keeps the household at or below {percent.ToString(CultureInfo.InvariantCulture)}% of the allowance ({threshold}) with the full allowance: paid in full"
                : $"income {income} is below {percent.ToString(CultureInfo.InvariantCulture)}% of the allowance ({threshold}): a supplement up to that point is paid, {threshold} − {income}";

    private static string ThresholdText(Money full, Money fullContribution, Money income, decimal percent, Money threshold, Money due)
    {
        var p = percent.ToString(CultureInfo.InvariantCulture);
        return income >= threshold
            ? $"income {income} is at or above {p}% of allowance plus contribution ({full} + {fullContribution} → {threshold}): levied in full"
            : due.IsPositive
                ? $"income {income} is below {p}% of allowance plus contribution ({threshold}): partial contribution income / {p}% − {full}"
                : $"income {income} is at or below {p}% of the allowance: no contribution";
    }

    private static string ReceptionName(Reception reception) => reception switch
    {
        Reception.Municipal => "municipal reception",
        Reception.MunicipalCatering => "municipal reception with meals",
        Reception.Private => "private reception",
        Reception.OwnHome => "own home",
        _ => throw new ArgumentOutOfRangeException(nameof(reception), reception, null),
    };
}
