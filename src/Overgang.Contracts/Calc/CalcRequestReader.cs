using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Overgang.Rules.Allowance;
using Overgang.Rules.Households;

namespace Overgang.Contracts.Calc;

/// <summary>Reads and validates a <c>calc</c> document (shared/contracts/cli-json.md); refuses the whole document at its first bad field.</summary>
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

        person = new PersonFacts(id!, birthDate!.Value, partnerId, parentIds.ToImmutable(), income, reception!.Value);
        return true;
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
