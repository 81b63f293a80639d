using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Rules.ReturnProgramme;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>return.csv</c>: personId, event, from, to, value: the return programme from enrolment to departure
/// (docs/registry-csv.md). Events: <c>enrolment</c> (from = enrolled on, to = agreed departure date or empty, value =
/// signed/unsigned; key person), <c>package</c> (value = component; key person + value), <c>visit</c> (from, to; key
/// person + from), <c>course</c> (from, to, value = reconstruction/skills; key person + value + from),
/// <c>withdrawal</c> (from = day, value = who; key person), <c>departure</c> (from = day; key person). Every event but
/// the enrolment needs an enrolment, stored or earlier in the file.
/// </summary>
internal sealed class ReturnImporter : KindImporter
{
    private readonly Dictionary<(string, string, string), int> _seen = [];
    private HashSet<string> _persons = [];
    private Dictionary<string, ReturnCommitment> _returns = [];
    private Dictionary<(string, LocalDate), Model.ReturnVisit> _visits = [];
    private Dictionary<(string, string, LocalDate), Model.ReturnCourse> _courses = [];
    private Dictionary<string, Model.ReturnWithdrawal> _withdrawals = [];
    private Dictionary<string, ReturnDeparture> _departures = [];

    public override IReadOnlyList<string> Columns { get; } = ["personId", "event", "from", "to", "value"];

    public override void Load(RegistryContext context)
    {
        _persons = context.Persons.AsNoTracking().Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        _returns = context.ReturnCommitments.AsNoTracking().ToDictionary(r => r.PersonId, StringComparer.Ordinal);
        _visits = context.ReturnVisits.AsNoTracking().AsEnumerable().ToDictionary(v => (v.PersonId, v.From));
        _courses = context.ReturnCourses.AsNoTracking().AsEnumerable().ToDictionary(c => (c.PersonId, c.Kind, c.From));
        _withdrawals = context.ReturnWithdrawals.AsNoTracking().ToDictionary(w => w.PersonId, StringComparer.Ordinal);
        _departures = context.ReturnDepartures.AsNoTracking().ToDictionary(d => d.PersonId, StringComparer.Ordinal);
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var personId = row.Text("personId", required: true, maxLength: 40);
        var kind = row.OneOf("event", required: true, "enrolment", "package", "visit", "course", "withdrawal", "departure");
        LocalDate? from = null;
        LocalDate? to = null;
        string? value = null;
        switch (kind)
        {
            case "enrolment":
                from = row.Date("from", required: true);
                to = row.Date("to", required: false);
                value = row.OneOf("value", required: true, "signed", "unsigned");
                row.NotBefore("to", to, from, "from");
                break;
            case "package":
                value = row.OneOf("value", required: true, [.. ReturnNames.PackageComponents.Keys.Order(StringComparer.Ordinal)]);
                break;
            case "visit":
                from = row.Date("from", required: true);
                to = row.Date("to", required: true);
                row.NotBefore("to", to, from, "from");
                break;
            case "course":
                from = row.Date("from", required: true);
                to = row.Date("to", required: true);
                value = row.OneOf("value", required: true, "reconstruction", "skills");
                row.NotBefore("to", to, from, "from");
                break;
            case "withdrawal":
                from = row.Date("from", required: true);
                value = row.OneOf("value", required: true, "person", "municipality", "dtenv", "ind");
                break;
            case "departure":
                from = row.Date("from", required: true);
                break;
            default:
                break;
        }

        if (personId is not null && !_persons.Contains(personId))
        {
            row.Reject("personId", $"unknown person {personId}");
        }
        else if (personId is not null && kind is not null and not "enrolment" && !_returns.ContainsKey(personId))
        {
            row.Reject("event", $"person {personId} is not enrolled in the return programme (an enrolment row first)");
        }

        (string, string, string) key = default;
        if (personId is not null && kind is not null)
        {
            key = (personId, kind, kind switch
            {
                "package" => value ?? "",
                "visit" => from is { } f ? FieldChanges.Format(f) : "",
                "course" => $"{value}/{(from is { } c ? FieldChanges.Format(c) : "")}",
                _ => "",
            });
            RejectDuplicate(row, _seen, key, "personId");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        _seen[key] = row.Line;
        var person = personId!;
        return kind switch
        {
            "enrolment" => Enrolment(row, session, person, from!.Value, to, value == "signed"),
            "package" => Package(row, session, _returns[person], value!),
            "visit" => Visit(row, session, person, from!.Value, to!.Value),
            "course" => Course(row, session, person, value!, from!.Value, to!.Value),
            "withdrawal" => Withdrawal(row, session, person, from!.Value, value!),
            _ => Departure(row, session, person, from!.Value),
        };
    }

    private RowOutcome Enrolment(CsvRow row, ImportSession session, string personId, LocalDate enrolled, LocalDate? departure, bool signed)
    {
        var data = AuditData.Of([
            new("enrolledOn", FieldChanges.Format(enrolled)),
            new("commitment", signed ? "signed" : "unsigned"),
            new("departureDate", departure is { } d ? FieldChanges.Format(d) : "to be agreed"),
        ]);
        if (!_returns.TryGetValue(personId, out var commitment))
        {
            commitment = new ReturnCommitment { PersonId = personId, CommitmentSigned = signed, DepartureDate = departure, EnrolledOn = enrolled };
            _returns[personId] = commitment;
            session.Insert(commitment, row.Line);
            session.Audit("return-enrolment.create", personId, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (commitment.CommitmentSigned == signed && commitment.DepartureDate == departure && commitment.EnrolledOn == enrolled)
        {
            return RowOutcome.Unchanged;
        }

        commitment.CommitmentSigned = signed;
        commitment.DepartureDate = departure;
        commitment.EnrolledOn = enrolled;
        commitment.Version++;
        session.Update(commitment, row.Line);
        session.Audit("return-enrolment.update", personId, data, row.Line);
        return RowOutcome.Updated;
    }

    private static RowOutcome Package(CsvRow row, ImportSession session, ReturnCommitment commitment, string component)
    {
        var codes = commitment.Package.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (codes.Contains(component, StringComparer.Ordinal))
        {
            return RowOutcome.Unchanged;
        }

        codes.Add(component);
        commitment.Package = string.Join(',', codes.Order(StringComparer.Ordinal));
        commitment.Version++;
        session.Update(commitment, row.Line);
        session.Audit("return-enrolment.update", commitment.PersonId, AuditData.Of("package", commitment.Package), row.Line);
        return RowOutcome.Updated;
    }

    private RowOutcome Visit(CsvRow row, ImportSession session, string personId, LocalDate from, LocalDate to)
    {
        var data = AuditData.Of([new("from", FieldChanges.Format(from)), new("to", FieldChanges.Format(to))]);
        if (!_visits.TryGetValue((personId, from), out var visit))
        {
            visit = new Model.ReturnVisit { PersonId = personId, From = from, To = to };
            _visits[(personId, from)] = visit;
            session.Insert(visit, row.Line);
            session.Audit("return-visit.create", personId, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (visit.To == to)
        {
            return RowOutcome.Unchanged;
        }

        visit.To = to;
        session.Update(visit, row.Line);
        session.Audit("return-visit.update", personId, data, row.Line);
        return RowOutcome.Updated;
    }

    private RowOutcome Course(CsvRow row, ImportSession session, string personId, string kind, LocalDate from, LocalDate to)
    {
        var data = AuditData.Of([new("kind", kind), new("from", FieldChanges.Format(from)), new("to", FieldChanges.Format(to))]);
        if (!_courses.TryGetValue((personId, kind, from), out var course))
        {
            course = new Model.ReturnCourse { PersonId = personId, Kind = kind, From = from, To = to };
            _courses[(personId, kind, from)] = course;
            session.Insert(course, row.Line);
            session.Audit("return-course.create", personId, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (course.To == to)
        {
            return RowOutcome.Unchanged;
        }

        course.To = to;
        session.Update(course, row.Line);
        session.Audit("return-course.update", personId, data, row.Line);
        return RowOutcome.Updated;
    }

    private RowOutcome Withdrawal(CsvRow row, ImportSession session, string personId, LocalDate on, string by)
    {
        var data = AuditData.Of([new("on", FieldChanges.Format(on)), new("by", by)]);
        if (!_withdrawals.TryGetValue(personId, out var withdrawal))
        {
            withdrawal = new Model.ReturnWithdrawal { PersonId = personId, On = on, By = by };
            _withdrawals[personId] = withdrawal;
            session.Insert(withdrawal, row.Line);
            session.Audit("return-withdrawal.create", personId, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (withdrawal.On == on && withdrawal.By == by)
        {
            return RowOutcome.Unchanged;
        }

        withdrawal.On = on;
        withdrawal.By = by;
        session.Update(withdrawal, row.Line);
        session.Audit("return-withdrawal.update", personId, data, row.Line);
        return RowOutcome.Updated;
    }

    private RowOutcome Departure(CsvRow row, ImportSession session, string personId, LocalDate on)
    {
        var data = AuditData.Of("on", FieldChanges.Format(on));
        if (!_departures.TryGetValue(personId, out var departure))
        {
            departure = new ReturnDeparture { PersonId = personId, On = on };
            _departures[personId] = departure;
            session.Insert(departure, row.Line);
            session.Audit("return-departure.create", personId, data, row.Line);
            return RowOutcome.Inserted;
        }

        if (departure.On == on)
        {
            return RowOutcome.Unchanged;
        }

        departure.On = on;
        session.Update(departure, row.Line);
        session.Audit("return-departure.update", personId, data, row.Line);
        return RowOutcome.Updated;
    }
}
