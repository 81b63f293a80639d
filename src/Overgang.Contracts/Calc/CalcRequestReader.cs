using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;

namespace Overgang.Contracts.Calc;

/// <summary>Reads and validates a <c>calc</c> document (docs/contracts/cli-json.md); refuses the whole document at its first bad field.</summary>
internal static class CalcRequestReader
{
    public static bool TryRead(JsonElement root, [NotNullWhen(true)] out AllowanceRequest? request, [NotNullWhen(false)] out InputError? error)
    {
        request = null;
        if (!JsonFields.TryDateAndPersons(root, out var date, out var personsArray, out error))
        {
            return false;
        }

        var persons = ImmutableArray.CreateBuilder<PersonFacts>(personsArray.GetArrayLength());
        var i = 0;
        foreach (var element in personsArray.EnumerateArray())
        {
            if (!TryReadPerson(element, $"persons[{i}]", out var person, out error))
            {
                return false;
            }

            persons.Add(person);
            i++;
        }

        if (!TryReadOverrides(root, out var overrides, out error))
        {
            return false;
        }

        request = new AllowanceRequest(date, persons.MoveToImmutable(), overrides);
        return true;
    }

    private static bool TryReadPerson(JsonElement element, string path, [NotNullWhen(true)] out PersonFacts? person, [NotNullWhen(false)] out InputError? error)
    {
        person = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = new InputError(path, $"{path} must be an object");
            return false;
        }

        if (!JsonFields.TryString(element, "id", $"{path}.id", required: true, out var id, out error)
            || !JsonFields.TryDate(element, "birthDate", $"{path}.birthDate", required: true, out var birthDate, out error)
            || !JsonFields.TryString(element, "partnerId", $"{path}.partnerId", required: false, out var partnerId, out error)
            || !JsonFields.TryArray(element, "parentIds", $"{path}.parentIds", required: false, out var parents, out error)
            || !JsonFields.TryMoney(element, "monthlyIncome", $"{path}.monthlyIncome", required: false, out var income, out error)
            || !JsonFields.TryEnum(element, "reception", $"{path}.reception", ReceptionNames.ByName, required: true, out var reception, out error))
        {
            return false;
        }

        var parentIds = ImmutableArray.CreateBuilder<string>();
        if (parents.ValueKind == JsonValueKind.Array)
        {
            var p = 0;
            foreach (var parent in parents.EnumerateArray())
            {
                if (parent.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(parent.GetString()))
                {
                    error = new InputError($"{path}.parentIds[{p}]", $"{path}.parentIds[{p}] must be a person id, not {parent.GetRawText()}");
                    return false;
                }

                parentIds.Add(parent.GetString()!);
                p++;
            }
        }

        // After protection ends: the path and what goes with it (docs/contracts/cli-json.md, "Months after protection ends").
        // Whether they are required depends on the date and is the rules' decision; here they are only read and checked.
        if (!JsonFields.TryEnum(element, "path", $"{path}.path", TransitionNames.Paths, required: false, out var transitionPath, out error)
            || !JsonFields.TryDate(element, "departureDate", $"{path}.departureDate", required: false, out var departure, out error)
            || !JsonFields.TryDate(element, "handOverDate", $"{path}.handOverDate", required: false, out var handOver, out error)
            || !JsonFields.TryDate(element, "returnWithdrawnOn", $"{path}.returnWithdrawnOn", required: false, out var withdrawn, out error)
            || !JsonFields.TryDate(element, "transitionalStayUntil", $"{path}.transitionalStayUntil", required: false, out var stayUntil, out error)
            || !TryProtectionSince(element, path, out var since, out error))
        {
            return false;
        }

        person = new PersonFacts(id!, birthDate!.Value, partnerId, parentIds.ToImmutable(), income, reception!.Value)
        {
            Path = transitionPath is { } p2 ? new PathFacts(p2, departure, since, handOver, withdrawn, stayUntil) : null,
        };
        return true;
    }

    /// <summary>The optional <c>protection.since</c> (the same shape as in <c>decide</c>): it places the household in a hand-over cohort.</summary>
    private static bool TryProtectionSince(JsonElement element, string path, out LocalDate? since, [NotNullWhen(false)] out InputError? error)
    {
        since = null;
        error = null;
        if (!element.TryGetProperty("protection", out var protection) || protection.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (protection.ValueKind != JsonValueKind.Object)
        {
            error = new InputError($"{path}.protection", $"{path}.protection must be an object");
            return false;
        }

        return JsonFields.TryDate(protection, "since", $"{path}.protection.since", required: false, out since, out error);
    }

    private static bool TryReadOverrides(JsonElement root, out ImmutableArray<HardshipOverrideRequest> overrides, [NotNullWhen(false)] out InputError? error)
    {
        overrides = [];
        if (!JsonFields.TryArray(root, "hardshipOverrides", "hardshipOverrides", required: false, out var array, out error))
        {
            return false;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var builder = ImmutableArray.CreateBuilder<HardshipOverrideRequest>();
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"hardshipOverrides[{i}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                error = new InputError(path, $"{path} must be an object");
                return false;
            }

            if (!JsonFields.TryString(element, "memberId", $"{path}.memberId", required: true, out var memberId, out error)
                || !JsonFields.TryMoney(element, "contribution", $"{path}.contribution", required: true, out var amount, out error)
                || !JsonFields.TryString(element, "reason", $"{path}.reason", required: true, out var reason, out error))
            {
                return false;
            }

            builder.Add(new HardshipOverrideRequest(memberId!, new HardshipOverride(amount, reason!)));
            i++;
        }

        overrides = builder.ToImmutable();
        return true;
    }
}
