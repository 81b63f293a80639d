using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Overgang.Cli.Json;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;

namespace Overgang.Cli.Calc;

/// <summary>Answers a validated calc request: forms households and calculates each, or refuses the whole request.</summary>
internal static class CalcHandler
{
    public static bool TryHandle(CalcRequest request, ParameterTree parameters, bool explain, out ImmutableArray<HouseholdCalculation> results, [NotNullWhen(false)] out InputError? error)
    {
        results = [];
        var schedule = AllowanceSchedule.For(parameters, request.Date);
        if (!schedule.TryGetAgeOfMajority(out var ageOfMajority, out var missingAge))
        {
            error = Missing(missingAge!);
            return false;
        }

        if (!HouseholdFormation.TryForm(request.Persons, request.Date, ageOfMajority, out var households, out var formationError))
        {
            error = new InputError(formationError.Path, formationError.Message);
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<HouseholdCalculation>(households.Length);
        foreach (var household in households)
        {
            (int Index, HardshipOverride Override)? hardship = null;
            foreach (var member in household.Members)
            {
                if (request.Overrides.TryGetValue(member.Person.Id, out var found))
                {
                    if (hardship is { } earlier)
                    {
                        error = new InputError($"hardshipOverrides[{Math.Max(earlier.Index, found.Index)}].memberId", $"two hardship overrides name the same household ({member.Person.Id}'s)");
                        return false;
                    }

                    hardship = found;
                }
            }

            switch (AllowanceCalculator.Calculate(household, schedule, hardship?.Override, explain))
            {
                case CalculationOutcome.Calculated calculated:
                    builder.Add(calculated.Result);
                    break;
                case CalculationOutcome.ParameterMissing missing:
                    error = Missing(missing.Missing);
                    return false;
                case CalculationOutcome.OverrideRefused refused:
                    error = new InputError($"hardshipOverrides[{hardship!.Value.Index}].contribution", refused.Reason);
                    return false;
                default:
                    throw new InvalidOperationException("unknown calculation outcome");
            }
        }

        results = builder.MoveToImmutable();
        error = null;
        return true;
    }

    private static InputError Missing(MissingParameter missing) => new("date", missing.Message, missing.ParameterId);
}
