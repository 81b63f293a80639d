using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;

namespace Overgang.Registry.Import;

/// <summary>
/// <c>incomes.csv</c>: personId, month, amount (euros, at most two decimals, stored as cents); key personId + month. Each
/// line is counted and audited as its month; a person's months are stored together, in one row (<see cref="PersonIncome"/>).
/// </summary>
internal sealed class IncomeImporter : KindImporter
{
    private readonly Dictionary<(string, LocalDate), int> _seen = [];
    private HashSet<string> _persons = [];
    private Dictionary<string, PersonIncome> _stored = [];

    public override IReadOnlyList<string> Columns { get; } = ["personId", "month", "amount"];

    public override void Load(RegistryContext context)
    {
        _persons = context.Persons.AsNoTracking().Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        _stored = context.Incomes.AsNoTracking().ToDictionary(i => i.PersonId, StringComparer.Ordinal);
    }

    public override RowOutcome Process(CsvRow row, ImportSession session)
    {
        var personId = row.Text("personId", required: true, maxLength: 40);
        var month = row.Month("month", required: true);
        var amount = row.Money("amount", required: true);
        if (personId is not null && !_persons.Contains(personId))
        {
            row.Reject("personId", $"unknown person {personId}");
        }

        if (personId is not null && month is { } m)
        {
            RejectDuplicate(row, _seen, (personId, m), "personId");
        }

        if (!row.IsValid)
        {
            return RowOutcome.Rejected;
        }

        var key = (personId!, month!.Value);
        _seen[key] = row.Line;
        var data = AuditData.Of([
            new("month", row.Raw("month")),
            new("amountCents", amount!.Value.ToString(CultureInfo.InvariantCulture)),
        ]);
        if (!_stored.TryGetValue(personId!, out var income))
        {
            income = new PersonIncome { PersonId = personId!, Months = IncomeMonths.None.With(month.Value, amount.Value) };
            _stored[personId!] = income;
            session.Insert(income, row.Line);
            session.Audit("income.create", personId!, data, row.Line);
            return RowOutcome.Inserted;
        }

        var stored = income.Months.In(month.Value);
        if (stored == amount)
        {
            return RowOutcome.Unchanged;
        }

        income.Months = income.Months.With(month.Value, amount.Value);
        session.Update(income, row.Line);
        session.Audit(stored is null ? "income.create" : "income.update", personId!, data, row.Line);
        return stored is null ? RowOutcome.Inserted : RowOutcome.Updated;
    }
}
