using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;

namespace Overgang.Registry.Facts;

/// <summary>
/// The registry facts that a month's allowance depends on, for a set of persons: responsible adults, the placement on
/// the first day of the month, the month's income and the absences over the maximum. The allowance run and the
/// household page both calculate through this type, so a household shows what the run would pay.
/// </summary>
/// <remarks>
/// <para>Households are formed by the rules from the registered relations within each registered household, so a
/// grandparent living with the family gets an allowance household of their own (the payment key is
/// <c>householdId#n</c>).</para>
/// <para>The 28-day rule (<see cref="AbsenceRule"/>): a member whose absence overlapping the month lasts
/// longer than the maximum is left out of the month's allowance; links to them are left out too, so a minor whose only
/// responsible adult is away is calculated alone. When every member is away the household's outcome is
/// <c>ended-absence</c>. The placement is the one holding on the first day (<see cref="PlacementOnDay"/>); COA residents
/// are not in the municipal scheme and are left out.</para>
/// </remarks>
public sealed class AllowanceFacts
{
    private static readonly JsonSerializerOptions _json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ILookup<string, string> _parents;
    private readonly Dictionary<string, Placement> _placements;
    private readonly Dictionary<string, long> _incomes;
    private readonly HashSet<string> _away;
    private readonly AbsenceRule _absence;
    private (ParameterTree Parameters, AllowanceSchedule Schedule)? _schedule;

    private AllowanceFacts(LocalDate day, AbsenceRule absence, ILookup<string, string> parents, Dictionary<string, Placement> placements, Dictionary<string, long> incomes, HashSet<string> away)
    {
        Day = day;
        _absence = absence;
        _parents = parents;
        _placements = placements;
        _incomes = incomes;
        _away = away;
    }

    /// <summary>The first day of the month: the calculation date.</summary>
    public LocalDate Day { get; }

    /// <summary>A person's responsible adults, as registered.</summary>
    public IEnumerable<string> ParentsOf(string personId) => _parents[personId];

    /// <summary>A person's placement on the first day of the month, if any.</summary>
    public Placement? PlacementOf(string personId) => _placements.GetValueOrDefault(personId);

    /// <summary>A person's own income in the month.</summary>
    public Money IncomeOf(string personId) => new(_incomes.GetValueOrDefault(personId));

    /// <summary>
    /// Loads the facts of the month of <paramref name="absence"/> for the persons of <paramref name="persons"/> (a query,
    /// joined in the database). The database only narrows the rows to those overlapping the first day or the month; the
    /// rules decide which placement holds and which absences are over the maximum.
    /// </summary>
    public static AllowanceFacts Load(RegistryContext context, IQueryable<Person> persons, AbsenceRule absence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(absence);
        var day = absence.FirstDay;
        var last = absence.LastDay;
        var parents = context.Parents.AsNoTracking().Join(persons, x => x.PersonId, p => p.Id, (x, _) => x).ToList().ToLookup(x => x.PersonId, x => x.ParentId);
        var placementRows = context.Placements.AsNoTracking().Join(persons, x => x.PersonId, p => p.Id, (x, _) => x)
            .Where(x => x.From <= day && (x.To == null || x.To >= day))
            .ToList();
        var placements = PlacementRows.ByPerson(placementRows, day);
        var incomes = context.Incomes.AsNoTracking().Join(persons, x => x.PersonId, p => p.Id, (x, _) => x).Where(x => x.Month == day).ToList().ToDictionary(x => x.PersonId, x => x.AmountCents);
        var away = context.Absences.AsNoTracking().Join(persons, x => x.PersonId, p => p.Id, (x, _) => x).Where(x => x.From <= last && x.To >= day).ToList()
            .Where(x => absence.IsOverMaximum(x.From, x.To))
            .Select(x => x.PersonId).ToHashSet(StringComparer.Ordinal);
        return new AllowanceFacts(day, absence, parents, placements, incomes, away);
    }

    /// <summary>
    /// The month's allowance of one registered household: one result per allowance household the rules form, or one
    /// <c>ended-absence</c>, <c>not-calculable</c> or <c>invalid-relations</c> result; none when no member is in the
    /// municipal scheme.
    /// </summary>
    public HouseholdAllowance Calculate(string householdId, IReadOnlyList<Person> members, ParameterTree parameters)
    {
        ArgumentNullException.ThrowIfNull(members);
        var rows = members.Select(p => new MemberMonth(p, _placements.GetValueOrDefault(p.Id)?.Reception, [.. _parents[p.Id]], _incomes.GetValueOrDefault(p.Id))).ToList();
        var month = HouseholdMonth.Calculate(rows, _away, ScheduleFor(parameters), explain: true);
        if (month.NotInScheme)
        {
            return new HouseholdAllowance(false, 0, []);
        }

        if (month.EndedByAbsence)
        {
            var allAway = _absence.ExplainAllAway();
            var explanation = JsonSerializer.Serialize(new[] { new { rule = allAway.Rule, text = allAway.Text } }, _json);
            return new HouseholdAllowance(true, month.Away, [new AllowanceResult($"{householdId}#1", [.. members.Where(p => InScheme(p.Id)).Select(p => p.Id)], Money.Zero, Money.Zero, "ended-absence", explanation, null)]);
        }

        var awayCount = month.Away;
        var answer = month.Answer!;
        if (answer is AllowanceAnswer.Calculated calculated)
        {
            var results = calculated.Households.Select((household, i) => new AllowanceResult(
                $"{householdId}#{i + 1}",
                [.. household.Household.Members.Select(m => m.Person.Id)],
                household.Allowance,
                household.Contribution,
                "calculated",
                Explain(household),
                household));
            return new HouseholdAllowance(true, awayCount, [.. results]);
        }

        var refusal = answer.Refusal!;
        var outcome = answer is AllowanceAnswer.ParameterMissing ? "not-calculable" : "invalid-relations";
        return new HouseholdAllowance(true, awayCount, [new AllowanceResult($"{householdId}#1", [.. members.Where(p => InScheme(p.Id) && !_away.Contains(p.Id)).Select(p => p.Id)], Money.Zero, Money.Zero, outcome,
            JsonSerializer.Serialize(new { refusal.Field, refusal.Message, refusal.Parameter }, _json), null)]);
    }

    /// <summary>The allowance parameters of the month, read once per parameter tree (a run calls this per household).</summary>
    private AllowanceSchedule ScheduleFor(ParameterTree parameters)
    {
        var cached = _schedule;
        if (cached is not null && ReferenceEquals(cached.Value.Parameters, parameters))
        {
            return cached.Value.Schedule;
        }

        var schedule = AllowanceSchedule.For(parameters, Day);
        _schedule = (parameters, schedule);
        return schedule;
    }

    private bool InScheme(string personId) => PlacementOnDay.IsInScheme(_placements.GetValueOrDefault(personId)?.Reception);

    private static string Explain(HouseholdCalculation household) =>
        JsonSerializer.Serialize(household.Explanation.Select(e => new { rule = e.Rule, reference = e.Reference, text = e.Text, value = e.Value?.Euros }), _json);
}
