using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Facts.Validation;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>persons.csv</c>; key id. <c>protectionSince</c> becomes a protection registration in NL (key person + NL + since);
/// the optional <c>protectionUntil</c> is its last day (an empty cell: it lasts; a file without the column leaves it).
/// A new person starts with the check outcomes unknown: public order <c>pending</c>, asylum application <c>none</c>,
/// no medical treatment; <c>checks.csv</c> sets them.
/// </summary>
internal sealed class PersonImporter : KindImporter
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private HashSet<string> _municipalities = [];
    private Dictionary<string, Person> _stored = [];
    private Dictionary<(string PersonId, LocalDate Since), ProtectionRegistration> _protections = [];
    private Dictionary<string, string> _bsns = [];
    private Dictionary<string, string> _vNumbers = [];

    public override IReadOnlyList<string> Columns { get; } =
        ["id", "familyName", "givenName", "familyNameCyrillic", "givenNameCyrillic", "birthDate", "sex", "nationality", "ukrainianResidence", "municipality", "householdId", "protectionSince", "protectionUntil", "bsn", "vNumber"];

    public override IReadOnlyCollection<string> Optional { get; } = ["protectionUntil", "bsn", "vNumber"];

    public override void Load(RegistryContext context)
    {
        _municipalities = context.Municipalities.AsNoTracking().Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        _stored = context.Persons.AsNoTracking().ToDictionary(p => p.Id, StringComparer.Ordinal);
        _bsns = _stored.Values.Where(p => p.Bsn is not null).ToDictionary(p => p.Bsn!, p => p.Id, StringComparer.Ordinal);
        _vNumbers = _stored.Values.Where(p => p.VNumber is not null).ToDictionary(p => p.VNumber!, p => p.Id, StringComparer.Ordinal);
        _protections = context.Protections.AsNoTracking().Where(p => p.MemberState == "NL").AsEnumerable().ToDictionary(p => (p.PersonId, p.Since));
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var id = row.Text("id", required: true, maxLength: 40);
        var familyName = row.Text("familyName", required: true);
        var givenName = row.Text("givenName", required: true);
        var familyNameCyrillic = row.Text("familyNameCyrillic", required: false);
        var givenNameCyrillic = row.Text("givenNameCyrillic", required: false);
        var birthDate = row.Date("birthDate", required: true);
        var sex = row.OneOf("sex", required: true, "F", "M", "X");
        var nationality = row.Country("nationality", required: true);
        var residence = row.OneOf("ukrainianResidence", required: true, "citizen", "permanent", "temporary");
        var municipality = row.Text("municipality", required: true, maxLength: 8);
        var householdId = row.Text("householdId", required: true, maxLength: 40);
        var since = row.Date("protectionSince", required: false);
        var until = row.Date("protectionUntil", required: false);
        var bsn = Number(row, "bsn", PersonNumbers.BsnLength, PersonNumbers.BsnProblem, _bsns, id);
        var vNumber = Number(row, "vNumber", PersonNumbers.VNumberLength, PersonNumbers.VNumberProblem, _vNumbers, id);
        if (municipality is not null && !_municipalities.Contains(municipality))
        {
            row.Reject("municipality", $"unknown municipality {municipality}; import it with municipalities.csv first");
        }

        row.NotBefore("protectionSince", since, birthDate, "birthDate");
        row.Reject(ProtectionChange.Dates(since, row.Raw("protectionSince") is not null, until, "protectionSince", "protectionUntil"));
        if (id is not null)
        {
            RejectDuplicate(row, _seen, id, "id");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        _seen[id!] = row.Line;
        var changes = new FieldChanges();
        var isNew = !_stored.TryGetValue(id!, out var person);
        if (isNew)
        {
            person = new Person
            {
                Id = id!,
                FamilyName = "",
                GivenName = "",
                Sex = "",
                Nationality = "",
                UkrainianResidence = "",
                MunicipalityCode = "",
                HouseholdId = "",
                AsylumApplication = "none",
                PublicOrderCheck = "pending",
            };
        }

        var p = person!;
        changes.Set("familyName", isNew ? null : p.FamilyName, familyName, v => p.FamilyName = v!);
        changes.Set("givenName", isNew ? null : p.GivenName, givenName, v => p.GivenName = v!);
        changes.Set("familyNameCyrillic", p.FamilyNameCyrillic, familyNameCyrillic, v => p.FamilyNameCyrillic = v);
        changes.Set("givenNameCyrillic", p.GivenNameCyrillic, givenNameCyrillic, v => p.GivenNameCyrillic = v);
        changes.Set("birthDate", isNew ? null : p.BirthDate, birthDate, v => p.BirthDate = v!.Value);
        changes.Set("sex", isNew ? null : p.Sex, sex, v => p.Sex = v!);
        changes.Set("nationality", isNew ? null : p.Nationality, nationality, v => p.Nationality = v!);
        changes.Set("ukrainianResidence", isNew ? null : p.UkrainianResidence, residence, v => p.UkrainianResidence = v!);
        changes.Set("municipality", isNew ? null : p.MunicipalityCode, municipality, v => p.MunicipalityCode = v!);
        changes.Set("householdId", isNew ? null : p.HouseholdId, householdId, v => p.HouseholdId = v!);
        // An empty number clears it; a file without the column leaves it. The audit notes that a number changed, never the number.
        if (row.Has("bsn") && !string.Equals(p.Bsn, bsn, StringComparison.Ordinal))
        {
            ForgetNumber(_bsns, p.Bsn, p.Id);
            p.Bsn = bsn;
            changes.Add("bsn", bsn is null ? "removed" : "set");
        }

        if (row.Has("vNumber") && !string.Equals(p.VNumber, vNumber, StringComparison.Ordinal))
        {
            ForgetNumber(_vNumbers, p.VNumber, p.Id);
            p.VNumber = vNumber;
            changes.Add("vNumber", vNumber is null ? "removed" : "set");
        }

        Remember(_bsns, bsn, p.Id);
        Remember(_vNumbers, vNumber, p.Id);
        if (isNew)
        {
            _stored[p.Id] = p;
            session.Insert(p, row.Line);
        }
        else if (changes.Any)
        {
            session.Update(p, row.Line);
        }

        if (since is { } start)
        {
            if (!_protections.TryGetValue((p.Id, start), out var registration))
            {
                registration = new ProtectionRegistration { PersonId = p.Id, MemberState = "NL", Since = start, Until = until };
                _protections[(p.Id, start)] = registration;
                session.Insert(registration, row.Line);
                changes.Add("protectionSince", FieldChanges.Format(start));
                if (until is { } end)
                {
                    changes.Add("protectionUntil", FieldChanges.Format(end));
                }
            }
            else if (row.Has("protectionUntil") && registration.Until != until)
            {
                // A file without the column leaves the end as stored; an empty cell clears it (the registration lasts again).
                registration.Until = until;
                session.Update((object)registration, row.Line);
                changes.Add("protectionUntil", until is { } end ? FieldChanges.Format(end) : "lasting");
            }
        }

        if (!changes.Any)
        {
            return RowOutcome.Unchanged;
        }

        session.Audit(isNew ? "person.create" : "person.update", p.Id, changes.Json, row.Line);
        return isNew ? RowOutcome.Inserted : RowOutcome.Updated;
    }

    /// <summary>
    /// An optional reference number of the row: checked by <see cref="PersonNumbers"/> and held by no other person (in the
    /// registry or earlier in the file); <c>null</c> when empty or rejected.
    /// </summary>
    private static string? Number(CsvRow row, string field, int length, Func<string, string?> problem, Dictionary<string, string> holders, string? id)
    {
        var value = row.Text(field, required: false, maxLength: length + 2);
        if (value is null)
        {
            return null;
        }

        if (problem(value) is { } reason)
        {
            row.Reject(field, $"{field} {reason}");
            return null;
        }

        if (holders.TryGetValue(value, out var holder) && !string.Equals(holder, id, StringComparison.Ordinal))
        {
            row.Reject(field, $"{field} is already the number of person {holder}");
            return null;
        }

        return value;
    }

    private static void Remember(Dictionary<string, string> holders, string? number, string id)
    {
        if (number is not null)
        {
            holders[number] = id;
        }
    }

    private static void ForgetNumber(Dictionary<string, string> holders, string? number, string id)
    {
        if (number is not null && holders.TryGetValue(number, out var holder) && string.Equals(holder, id, StringComparison.Ordinal))
        {
            holders.Remove(number);
        }
    }
}
