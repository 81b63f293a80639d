using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>checks.csv</c>: personId, check, value, date, and the optional until (the last day of an <c>other-registration</c>). Public order, asylum application and medical treatment set fields
/// of the person (key person + check; the public-order date is validated but the model has no column for it);
/// <c>other-registration</c> adds a protection registration (key person + state + since) or sets its end; return commitments and
/// other permits are one per person (key person + check).
/// </summary>
internal sealed class CheckImporter : KindImporter
{
    private readonly Dictionary<(string, string, string), int> _seen = [];
    private Dictionary<string, Person> _persons = [];
    private Dictionary<(string PersonId, string State, LocalDate Since), ProtectionRegistration> _protections = [];
    private Dictionary<string, ReturnCommitment> _returns = [];
    private Dictionary<string, OtherPermit> _permits = [];

    public override IReadOnlyList<string> Columns { get; } = ["personId", "check", "value", "date", "until"];

    public override IReadOnlyCollection<string> Optional { get; } = ["until"];

    public override void Load(RegistryContext context)
    {
        _persons = context.Persons.AsNoTracking().ToDictionary(p => p.Id, StringComparer.Ordinal);
        _protections = context.Protections.AsNoTracking().Where(p => p.MemberState != "NL").AsEnumerable().ToDictionary(p => (p.PersonId, p.MemberState, p.Since));
        _returns = context.ReturnCommitments.AsNoTracking().ToDictionary(r => r.PersonId, StringComparer.Ordinal);
        _permits = context.OtherPermits.AsNoTracking().ToDictionary(p => p.PersonId, StringComparer.Ordinal);
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var personId = row.Text("personId", required: true, maxLength: 40);
        var check = row.OneOf("check", required: true, "public-order", "asylum-application", "medical-treatment", "other-registration", "return-commitment", "other-permit");
        string? value = null;
        LocalDate? date = null;
        LocalDate? until = null;
        switch (check)
        {
            case "public-order":
                (value, date) = PublicOrder(row, "value", "date");
                break;
            case "asylum-application":
                value = row.OneOf("value", required: true, "pending", "withdrawn", "none");
                date = row.Date("date", required: false);
                break;
            case "medical-treatment":
                value = row.OneOf("value", required: true, "true", "false");
                date = row.Date("date", required: false);
                break;
            case "other-registration":
                value = row.Country("value", required: true);
                if (value == "NL")
                {
                    row.Reject("value", "NL is not another member state; protection in NL comes from persons.csv");
                    value = null;
                }

                date = row.Date("date", required: true);
                until = row.Date("until", required: false);
                row.Reject(ProtectionChange.Dates(date, row.Raw("date") is not null, until, "date", "until"));
                break;
            case "return-commitment":
                // The date is the agreed departure date; an enrolment without one is valid (the date is to be agreed).
                value = row.Text("value", required: false);
                date = row.Date("date", required: false);
                row.Reject(CheckChange.ReturnCommitment(value, "value"));
                break;
            case "other-permit":
                value = row.Text("value", required: false);
                date = row.Date("date", required: false);
                row.Reject(CheckChange.OtherPermit(value, date, row.Raw("date") is not null, "value", "date"));
                break;
            default:
                break;
        }

        if (check is not null and not "other-registration" && row.Raw("until") is not null)
        {
            row.Reject("until", "until is the end of an other-registration; leave it empty for other checks");
        }

        if (personId is not null && !_persons.ContainsKey(personId))
        {
            row.Reject("personId", $"unknown person {personId}");
        }

        (string, string, string) key = default;
        if (personId is not null && check is not null)
        {
            key = (personId, check, check == "other-registration" ? $"{value}/{date}" : "");
            RejectDuplicate(row, _seen, key, "personId");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        _seen[key] = row.Line;
        var person = _persons[personId!];
        return check switch
        {
            "public-order" => SetOnPerson(row, session, person, "publicOrderCheck", person.PublicOrderCheck, value!, v => person.PublicOrderCheck = v),
            "asylum-application" => SetOnPerson(row, session, person, "asylumApplication", person.AsylumApplication, value!, v => person.AsylumApplication = v),
            "medical-treatment" => SetOnPerson(row, session, person, "medicalTreatment", person.MedicalTreatment ? "true" : "false", value!, v => person.MedicalTreatment = v == "true"),
            "other-registration" => OtherRegistration(row, session, person.Id, value!, date!.Value, until),
            "return-commitment" => Return(row, session, person.Id, value == "signed", date),
            _ => Permit(row, session, person.Id, value!, date!.Value),
        };
    }

    /// <summary>The rule for a public-order check outcome and its date, shared with the work queue's result upload.</summary>
    internal static (string? Value, LocalDate? Date) PublicOrder(CsvRow row, string valueField, string dateField) =>
        (row.OneOf(valueField, required: true, "passed", "failed", "pending"), row.Date(dateField, required: false));

    private static RowOutcome SetOnPerson(CsvRow row, ImportSession session, Person person, string field, string current, string value, Action<string> apply)
    {
        if (current == value)
        {
            return RowOutcome.Unchanged;
        }

        apply(value);
        session.Update(person, row.Line);
        session.Audit("check.update", person.Id, AuditData.Of(field, value), row.Line);
        return RowOutcome.Updated;
    }

    /// <summary>Adds the registration, or sets its end (an empty until on a stored registration with an end clears it: it lasts again).</summary>
    private RowOutcome OtherRegistration(CsvRow row, ImportSession session, string personId, string state, LocalDate since, LocalDate? until)
    {
        if (!_protections.TryGetValue((personId, state, since), out var registration))
        {
            registration = new ProtectionRegistration { PersonId = personId, MemberState = state, Since = since, Until = until };
            _protections[(personId, state, since)] = registration;
            session.Insert(registration, row.Line);
            session.Audit("protection.create", personId, AuditData.Of([new("memberState", state), new("since", FieldChanges.Format(since)), .. Until(until)]), row.Line);
            return RowOutcome.Inserted;
        }

        if (registration.Until == until || (until is null && !row.Has("until")))
        {
            return RowOutcome.Unchanged;
        }

        registration.Until = until;
        session.Update(registration, row.Line);
        session.Audit("protection.update", personId, AuditData.Of([new("memberState", state), new("since", FieldChanges.Format(since)), new("until", until is { } d ? FieldChanges.Format(d) : "lasting")]), row.Line);
        return RowOutcome.Updated;
    }

    private static IEnumerable<KeyValuePair<string, string?>> Until(LocalDate? until) =>
        until is { } d ? [new("until", FieldChanges.Format(d))] : [];

    private RowOutcome Return(CsvRow row, ImportSession session, string personId, bool signed, LocalDate? departure)
    {
        var data = AuditData.Of([new("commitment", signed ? "signed" : "unsigned"), new("departureDate", departure is { } d ? FieldChanges.Format(d) : "to be agreed")]);
        if (!_returns.TryGetValue(personId, out var commitment))
        {
            commitment = new ReturnCommitment { PersonId = personId, CommitmentSigned = signed, DepartureDate = departure };
            _returns[personId] = commitment;
            session.Insert(commitment, row.Line);
            session.Audit("return-commitment.create", personId, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (commitment.CommitmentSigned == signed && commitment.DepartureDate == departure)
        {
            return RowOutcome.Unchanged;
        }

        commitment.CommitmentSigned = signed;
        commitment.DepartureDate = departure;
        commitment.Version++;
        session.Update(commitment, row.Line);
        session.Audit("return-commitment.update", personId, data, row.Line);
        return RowOutcome.Updated;
    }

    private RowOutcome Permit(CsvRow row, ImportSession session, string personId, string kind, LocalDate validUntil)
    {
        var data = AuditData.Of([new("kind", kind), new("validUntil", FieldChanges.Format(validUntil))]);
        if (!_permits.TryGetValue(personId, out var permit))
        {
            permit = new OtherPermit { PersonId = personId, Kind = kind, ValidUntil = validUntil };
            _permits[personId] = permit;
            session.Insert(permit, row.Line);
            session.Audit("other-permit.create", personId, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (permit.Kind == kind && permit.ValidUntil == validUntil)
        {
            return RowOutcome.Unchanged;
        }

        permit.Kind = kind;
        permit.ValidUntil = validUntil;
        session.Update(permit, row.Line);
        session.Audit("other-permit.update", personId, data, row.Line);
        return RowOutcome.Updated;
    }
}
