using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using NodaTime;
using Overgang.Rules.Transition;

namespace Overgang.Contracts.Decide;

/// <summary>Reads and validates a <c>decide</c> document (docs/contracts/cli-json.md); refuses the whole document at its first bad field.</summary>
/// <remarks>
/// Beyond the contract, three optional person fields are read: <c>name</c> (for letters), <c>asylumWithdrawnOn</c> and
/// <c>objectionPending</c> (whether protection of a third-country national with temporary residence continued after
/// its last day; docs/adr/0003). Unknown fields are ignored.
/// </remarks>
internal static class DecideRequestReader
{
    /// <summary>Reads and validates a decide document; refuses the whole document at its first bad field.</summary>
    public static bool TryRead(JsonElement root, [NotNullWhen(true)] out DecideRequest? request, [NotNullWhen(false)] out InputError? error)
    {
        request = null;
        if (!JsonFields.TryDateAndPersons(root, out var date, out var personsArray, out error))
        {
            return false;
        }

        var persons = ImmutableArray.CreateBuilder<TransitionFacts>(personsArray.GetArrayLength());
        var names = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var element in personsArray.EnumerateArray())
        {
            var path = $"persons[{i}]";
            if (!TryReadPerson(element, path, date, out var person, out var name, out error))
            {
                return false;
            }

            if (!seen.Add(person.Id))
            {
                error = new InputError($"{path}.id", $"{path}.id: {person.Id} is used by an earlier person");
                return false;
            }

            persons.Add(person);
            if (name is not null)
            {
                names[person.Id] = name;
            }

            i++;
        }

        request = new DecideRequest(date, persons.MoveToImmutable(), names.ToImmutable());
        return true;
    }

    private static bool TryReadPerson(JsonElement element, string path, LocalDate date, [NotNullWhen(true)] out TransitionFacts? person, out string? name, [NotNullWhen(false)] out InputError? error)
    {
        person = null;
        name = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = new InputError(path, $"{path} must be an object");
            return false;
        }

        if (!JsonFields.TryString(element, "id", $"{path}.id", required: true, out var id, out error)
            || !JsonFields.TryString(element, "name", $"{path}.name", required: false, out name, out error)
            || !JsonFields.TryDate(element, "birthDate", $"{path}.birthDate", required: true, out var birthDate, out error)
            || !NotAfter(birthDate, date, $"{path}.birthDate", out error)
            || !JsonFields.TryString(element, "nationality", $"{path}.nationality", required: false, out var nationality, out error)
            || !JsonFields.TryEnum(element, "ukrainianResidence", $"{path}.ukrainianResidence", TransitionNames.Residences, required: true, out var residence, out error)
            || !TryRegistration(element, "protection", $"{path}.protection", date, out var protection, out error)
            || !JsonFields.TryEnum(element, "asylumApplication", $"{path}.asylumApplication", TransitionNames.AsylumApplications, required: true, out var asylum, out error)
            || !JsonFields.TryDate(element, "asylumWithdrawnOn", $"{path}.asylumWithdrawnOn", required: false, out var withdrawnOn, out error)
            || !NotAfter(withdrawnOn, date, $"{path}.asylumWithdrawnOn", out error)
            || !JsonFields.TryBool(element, "objectionPending", $"{path}.objectionPending", out var objection, out error)
            || !JsonFields.TryEnum(element, "publicOrderCheck", $"{path}.publicOrderCheck", TransitionNames.PublicOrderChecks, required: true, out var check, out error)
            || !TryReturn(element, $"{path}.returnProgramme", out var enrolment, out error)
            || !TryPermit(element, $"{path}.otherPermit", out var permit, out error)
            || !JsonFields.TryBool(element, "medicalTreatment", $"{path}.medicalTreatment", out var medical, out error)
            || !JsonFields.TryString(element, "householdId", $"{path}.householdId", required: false, out var householdId, out error))
        {
            return false;
        }

        if (nationality is not null && (nationality.Length != 2 || !char.IsAsciiLetterUpper(nationality[0]) || !char.IsAsciiLetterUpper(nationality[1])))
        {
            error = new InputError($"{path}.nationality", $"{path}.nationality must be an ISO 3166-1 alpha-2 code such as UA, not \"{nationality}\"");
            return false;
        }

        if (withdrawnOn is not null && asylum != AsylumApplication.Withdrawn)
        {
            error = new InputError($"{path}.asylumWithdrawnOn", $"{path}.asylumWithdrawnOn is only possible when asylumApplication is withdrawn");
            return false;
        }

        if (!TryOtherProtection(element, $"{path}.otherProtection", date, protection!, out var others, out error))
        {
            return false;
        }

        person = new TransitionFacts(id!, birthDate!.Value, residence!.Value, protection!, others, asylum!.Value, withdrawnOn, objection,
            check!.Value, enrolment, permit, medical, householdId);
        return true;
    }

    private static bool NotAfter(LocalDate? value, LocalDate date, string path, [NotNullWhen(false)] out InputError? error)
    {
        error = value is { } day && day > date
            ? new InputError(path, $"{path} ({day:yyyy-MM-dd}) is after the decision date {date:yyyy-MM-dd}")
            : null;
        return error is null;
    }

    private static bool TryObject(JsonElement parent, string name, string path, out JsonElement value, out bool present, [NotNullWhen(false)] out InputError? error)
    {
        error = null;
        present = parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
        if (present && value.ValueKind != JsonValueKind.Object)
        {
            error = new InputError(path, $"{path} must be an object or null, not {value.GetRawText()}");
            return false;
        }

        return true;
    }

    private static bool TryRegistration(JsonElement parent, string name, string path, LocalDate date, out Registration? registration, [NotNullWhen(false)] out InputError? error)
    {
        registration = null;
        if (!TryObject(parent, name, path, out var element, out var present, out error))
        {
            return false;
        }

        if (!present)
        {
            error = new InputError(path, $"{path} is required (an object with memberState and since)");
            return false;
        }

        return TryRegistrationObject(element, path, date, out registration, out error);
    }

    private static bool TryRegistrationObject(JsonElement element, string path, LocalDate date, [NotNullWhen(true)] out Registration? registration, [NotNullWhen(false)] out InputError? error)
    {
        registration = null;
        if (!JsonFields.TryString(element, "memberState", $"{path}.memberState", required: true, out var memberState, out error)
            || !JsonFields.TryDate(element, "since", $"{path}.since", required: true, out var since, out error)
            || !NotAfter(since, date, $"{path}.since", out error))
        {
            return false;
        }

        // Any ISO 3166-1 alpha-2 code: a registration outside the Netherlands is what matters to the rules, and states
        // outside the directive (Denmark, Switzerland, Norway) still register displaced persons.
        if (memberState!.Length != 2 || !char.IsAsciiLetterUpper(memberState[0]) || !char.IsAsciiLetterUpper(memberState[1]))
        {
            error = new InputError($"{path}.memberState", $"{path}.memberState must be a two-letter country code such as NL or DE, not \"{memberState}\"");
            return false;
        }

        registration = new Registration(memberState!, since!.Value);
        return true;
    }

    private static bool TryOtherProtection(JsonElement parent, string path, LocalDate date, Registration protection, out ImmutableArray<Registration> registrations, [NotNullWhen(false)] out InputError? error)
    {
        registrations = [];
        if (!JsonFields.TryArray(parent, "otherProtection", path, required: false, out var array, out error))
        {
            return false;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            return true;
        }

        var builder = ImmutableArray.CreateBuilder<Registration>(array.GetArrayLength());
        var j = 0;
        foreach (var element in array.EnumerateArray())
        {
            var itemPath = $"{path}[{j}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                error = new InputError(itemPath, $"{itemPath} must be an object with memberState and since");
                return false;
            }

            if (!TryRegistrationObject(element, itemPath, date, out var registration, out error))
            {
                return false;
            }

            if (registration.MemberState == protection.MemberState || builder.Any(r => r.MemberState == registration.MemberState))
            {
                error = new InputError($"{itemPath}.memberState", $"{itemPath}.memberState: {registration.MemberState} is already listed for this person");
                return false;
            }

            builder.Add(registration);
            j++;
        }

        registrations = builder.MoveToImmutable();
        return true;
    }

    private static bool TryReturn(JsonElement parent, string path, out ReturnCommitment? enrolment, [NotNullWhen(false)] out InputError? error)
    {
        enrolment = null;
        if (!TryObject(parent, "returnProgramme", path, out var element, out var present, out error))
        {
            return false;
        }

        if (!present)
        {
            return true;
        }

        if (!element.TryGetProperty("commitmentSigned", out var signed) || signed.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            error = new InputError($"{path}.commitmentSigned", $"{path}.commitmentSigned is required (true or false)");
            return false;
        }

        if (!JsonFields.TryDate(element, "departureDate", $"{path}.departureDate", required: false, out var departure, out error))
        {
            return false;
        }

        enrolment = new ReturnCommitment(signed.GetBoolean(), departure);
        return true;
    }

    private static bool TryPermit(JsonElement parent, string path, out OtherPermit? permit, [NotNullWhen(false)] out InputError? error)
    {
        permit = null;
        if (!TryObject(parent, "otherPermit", path, out var element, out var present, out error))
        {
            return false;
        }

        if (!present)
        {
            return true;
        }

        if (!JsonFields.TryEnum(element, "kind", $"{path}.kind", TransitionNames.PermitKinds, required: true, out var kind, out error)
            || !JsonFields.TryDate(element, "validUntil", $"{path}.validUntil", required: false, out var validUntil, out error))
        {
            return false;
        }

        permit = new OtherPermit(kind!.Value, validUntil);
        return true;
    }
}
