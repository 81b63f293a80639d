using System.Collections.Immutable;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;

namespace Overgang.Rules.Allowance;

/// <summary>Answers an allowance request: forms the households and calculates each one.</summary>
/// <remarks>The one entry point shared by <c>overgang calc</c>, the HTTP API and the scenario tests.</remarks>
public static class HouseholdAllowances
{
    /// <summary>Forms households and calculates the allowance and contribution of each, or says why it cannot.</summary>
    public static AllowanceAnswer Answer(AllowanceRequest request, ParameterTree parameters, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parameters);
        return Answer(request, AllowanceSchedule.For(parameters, request.Date), explain);
    }

    /// <summary>
    /// The same, with the parameters already read for the request's date: a batch over many households reads the
    /// schedule once instead of once per household.
    /// </summary>
    /// <exception cref="ArgumentException">The schedule is for another date than the request: a defect in the caller.</exception>
    public static AllowanceAnswer Answer(AllowanceRequest request, AllowanceSchedule schedule, bool explain = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Date != request.Date)
        {
            throw new ArgumentException($"the schedule is for {schedule.Date:yyyy-MM-dd}, the request for {request.Date:yyyy-MM-dd}", nameof(schedule));
        }

        if (!schedule.TryGetAgeOfMajority(out var ageOfMajority, out var missingAge))
        {
            return new AllowanceAnswer.ParameterMissing(missingAge!);
        }

        if (!HouseholdFormation.TryForm(request.Persons, request.Date, ageOfMajority, out var households, out var formationError))
        {
            return new AllowanceAnswer.RelationsInvalid(formationError);
        }

        var overrideOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < request.Overrides.Length; i++)
        {
            var memberId = request.Overrides[i].MemberId;
            if (!request.Persons.Any(p => p.Id == memberId))
            {
                return new AllowanceAnswer.OverrideInvalid(i, "memberId", $"{memberId} is not one of the persons");
            }

            overrideOf[memberId] = i;
        }

        if (schedule.ProtectionEnded)
        {
            // After the last day of protection, what a household gets depends on its members' paths.
            return Provisions.AfterProtection.Answer(request, schedule, households, overrideOf, ageOfMajority, explain);
        }

        var results = ImmutableArray.CreateBuilder<HouseholdCalculation>(households.Length);
        foreach (var household in households)
        {
            var index = -1;
            foreach (var member in household.Members)
            {
                if (overrideOf.TryGetValue(member.Person.Id, out var found))
                {
                    if (index >= 0)
                    {
                        return new AllowanceAnswer.OverrideInvalid(Math.Max(index, found), "memberId", $"two hardship overrides name the household of {member.Person.Id}");
                    }

                    index = found;
                }
            }

            switch (AllowanceCalculator.Calculate(household, schedule, index < 0 ? null : request.Overrides[index].Override, explain))
            {
                case CalculationOutcome.Calculated calculated:
                    results.Add(calculated.Result);
                    break;
                case CalculationOutcome.ParameterMissing missing:
                    return new AllowanceAnswer.ParameterMissing(missing.Missing);
                case CalculationOutcome.OverrideRefused refused:
                    return new AllowanceAnswer.OverrideInvalid(index, "contribution", refused.Reason);
                default:
                    throw new InvalidOperationException("unknown calculation outcome");
            }
        }

        return new AllowanceAnswer.Calculated(results.MoveToImmutable(), schedule.ParameterVersion);
    }
}
