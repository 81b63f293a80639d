using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using NodaTime;
using Overgang.Registry.Model;
using Overgang.Registry.Runs;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Explanations;
using Overgang.Rules.Households;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Provisions;
using Overgang.Rules.Transition;

namespace Overgang.Registry.Facts;

/// <summary>
/// The registry facts that a month's allowance depends on, for a set of persons: the relations (partner, responsible
/// adults) in force on the month's reference day (<see cref="RelationsOnDay"/>: the first day), the placement on
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
/// <para>After the last day of protection the rules need each person's path (<see cref="PathOf"/>): the path of the
/// person's latest stored transition decision dated on or before the first day of the month (else the latest one), the
/// departure date of the return commitment and the first day of protection in the Netherlands. A person without any
/// decision makes the household <c>not-calculable</c> with the rules' refusal (<c>persons[i].path</c>).</para>
/// </remarks>
public sealed class AllowanceFacts
{
    private static readonly JsonSerializerOptions _json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly RelationRows _relations;
    private readonly LocalDate _relationDay;
    private readonly Dictionary<string, Placement> _placements;
    private readonly Dictionary<string, long> _incomes;
    private readonly HashSet<string> _away;
    private readonly AbsenceRule _absence;
    private readonly Dictionary<string, PathFacts> _paths;
    private Dictionary<string, Placement>? _shown;
    private (ParameterTree Parameters, AllowanceSchedule Schedule)? _schedule;
    private (ParameterTree Parameters, AllowanceSchedule Schedule)? _previousSchedule;

    private AllowanceFacts(LocalDate day, AbsenceRule absence, RelationRows relations, Dictionary<string, Placement> placements, Dictionary<string, long> incomes, HashSet<string> away, Dictionary<string, PathFacts> paths)
    {
        Day = day;
        _absence = absence;
        _relations = relations;
        _relationDay = RelationsOnDay.ReferenceDay(day.ToYearMonth());
        _placements = placements;
        _incomes = incomes;
        _away = away;
        _paths = paths;
    }

    /// <summary>The first day of the month: the calculation date.</summary>
    public LocalDate Day { get; }

    /// <summary>A person's responsible adults in force on the month's reference day (<see cref="RelationsOnDay"/>), in ordinal order.</summary>
    public ImmutableArray<string> ParentsOf(string personId) => _relations.ParentsOn(personId, _relationDay);

    /// <summary>A person's partner in force on the month's reference day (<see cref="RelationsOnDay"/>), or <c>null</c>.</summary>
    public string? PartnerOf(Person person) => _relations.PartnerOn(person, _relationDay);

    /// <summary>A person's placement on the first day of the month, if any.</summary>
    public Placement? PlacementOf(string personId) => _placements.GetValueOrDefault(personId);

    /// <summary>A person's placement on the day shown (facts loaded with one, else <c>null</c>), if any.</summary>
    public Placement? ShownPlacementOf(string personId) => _shown?.GetValueOrDefault(personId);

    /// <summary>A person's own income in the month.</summary>
    public Money IncomeOf(string personId) => new(_incomes.GetValueOrDefault(personId));

    /// <summary>A person's path after protection (see the remarks), or <c>null</c> when no transition decision is stored.</summary>
    public PathFacts? PathOf(string personId) => _paths.GetValueOrDefault(personId);

    /// <summary>
    /// Loads the facts of the month of <paramref name="absence"/> for the persons of <paramref name="persons"/> (a query,
    /// joined in the database). The database only narrows the rows to those overlapping the first day or the month; the
    /// rules decide which placement holds and which absences are over the maximum.
    /// </summary>
    public static AllowanceFacts Load(RegistryContext context, IQueryable<Person> persons, AbsenceRule absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        return LoadMonths(context, FactPersons.Joined(persons), [absence], shownOn: null)[0];
    }

    /// <summary>
    /// As <see cref="Load(RegistryContext, IQueryable{Person}, AbsenceRule)"/>, for a month whose schedule says whether
    /// protection has ended on its first day (<see cref="AllowanceSchedule.ProtectionEnded"/>): before that day the rules
    /// do not read the persons' paths (<see cref="PersonFacts.Path"/>), so their rows (decisions, return commitments and
    /// departures, protections, stays) are not read and <see cref="PathOf"/> gives <c>null</c>.
    /// </summary>
    internal static AllowanceFacts Load(RegistryContext context, FactPersons persons, AbsenceRule absence, AllowanceSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(absence);
        ArgumentNullException.ThrowIfNull(schedule);
        if (schedule.Date != absence.FirstDay)
        {
            throw new ArgumentException($"the schedule is for {schedule.Date:yyyy-MM-dd}, the month starts {absence.FirstDay:yyyy-MM-dd}", nameof(schedule));
        }

        return LoadMonths(context, persons, [absence], shownOn: null, paths: schedule.ProtectionEnded)[0];
    }

    /// <summary>
    /// As <see cref="Load(RegistryContext, IQueryable{Person}, AbsenceRule)"/>, and also where each person is placed on
    /// <paramref name="shownOn"/>, a day of the same month (<see cref="ShownPlacementOf"/>): the month's placement rows are
    /// read once, up to that day, for both. The calculation still uses the placement on the first day.
    /// </summary>
    public static AllowanceFacts Load(RegistryContext context, IQueryable<Person> persons, AbsenceRule absence, LocalDate shownOn)
    {
        ArgumentNullException.ThrowIfNull(absence);
        if (shownOn < absence.FirstDay || shownOn.ToYearMonth() != absence.FirstDay.ToYearMonth())
        {
            throw new ArgumentOutOfRangeException(nameof(shownOn), shownOn, "a day of the absence rule's month");
        }

        return LoadMonths(context, FactPersons.Joined(persons), [absence], shownOn)[0];
    }

    /// <summary>
    /// Loads the facts of several months at once (one query per kind of row for the whole range, not per month): what a
    /// household's months from now to the end of the reception year need. Each month's facts are the same as
    /// <see cref="Load(RegistryContext, IQueryable{Person}, AbsenceRule)"/> gives for that month.
    /// </summary>
    /// <param name="context">The registry.</param>
    /// <param name="persons">The persons (a query, joined in the database).</param>
    /// <param name="months">The absence rule of each month, in any order.</param>
    public static IReadOnlyList<AllowanceFacts> LoadMonths(RegistryContext context, IQueryable<Person> persons, IReadOnlyList<AbsenceRule> months) =>
        LoadMonths(context, FactPersons.Joined(persons), months, shownOn: null);

    private static List<AllowanceFacts> LoadMonths(RegistryContext context, FactPersons persons, IReadOnlyList<AbsenceRule> months, LocalDate? shownOn, bool paths = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(months);
        if (months.Count == 0)
        {
            return [];
        }

        var first = months.Min(m => m.FirstDay);
        var lastFirst = months.Max(m => m.FirstDay);
        var last = months.Max(m => m.LastDay);
        var lastRead = shownOn is { } shown && shown > lastFirst ? shown : lastFirst;
        // The relations: responsible adults, and ended partnerships still in force on or after the first month's first day.
        var relations = RelationRows.Of(
            FactRows.Read(context, persons.Rows(context.Parents, x => x.PersonId)),
            FactRows.Read(context, persons.Rows(context.EndedPartnerships, x => x.PersonId).Where(x => x.To >= first)));
        var placementRows = FactRows.Read(context, persons.Rows(context.Placements, x => x.PersonId)
            .Where(x => x.From <= lastRead && (x.To == null || x.To >= first)));
        // A person's incomes are one row with every recorded month (Storage.IncomePacking): each month's are picked below.
        var incomeRows = FactRows.Read(context, persons.Rows(context.Incomes, x => x.PersonId));
        var absenceRows = FactRows.Read(context, persons.Rows(context.Absences, x => x.PersonId).Where(x => x.From <= last && x.To >= first));
        var pathRows = paths ? PathRows.Load(context, persons) : PathRows.None;

        // A recorded exploratory visit does not count for the absence maximum (002:850-860; AbsenceRule).
        var visits = FactRows.Read(context, persons.Rows(context.ReturnVisits, x => x.PersonId))
            .ToLookup(x => x.PersonId, x => new Rules.ReturnProgramme.ExploratoryVisit(x.From, x.To), StringComparer.Ordinal);
        var facts = new List<AllowanceFacts>(months.Count);
        foreach (var absence in months)
        {
            var day = absence.FirstDay;
            var placements = PlacementRows.ByPerson(placementRows.Where(x => x.From <= day && (x.To == null || x.To >= day)), day);
            var incomes = IncomesIn(incomeRows, day);
            var away = absenceRows.Where(x => absence.IsOverMaximum(x.From, x.To, [.. visits[x.PersonId]])).Select(x => x.PersonId).ToHashSet(StringComparer.Ordinal);
            facts.Add(new AllowanceFacts(day, absence, relations, placements, incomes, away, pathRows.On(day))
            {
                _shown = shownOn is { } on ? PlacementRows.ByPerson(placementRows.Where(x => x.From <= on && (x.To == null || x.To >= on)), on) : null,
            });
        }

        return facts;
    }

    /// <summary>The amount each person has recorded for the month of <paramref name="day"/>; a person without one is left out.</summary>
    private static Dictionary<string, long> IncomesIn(List<PersonIncome> rows, LocalDate day)
    {
        var incomes = new Dictionary<string, long>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Months.In(day) is { } cents)
            {
                incomes[row.PersonId] = cents;
            }
        }

        return incomes;
    }

    /// <summary>
    /// The month's allowance of one registered household: one result per allowance household the rules form, or one
    /// <c>ended-absence</c>, <c>not-calculable</c> or <c>invalid-relations</c> result; none when no member is in the
    /// municipal scheme.
    /// </summary>
    public HouseholdAllowance Calculate(string householdId, IReadOnlyList<Person> members, ParameterTree parameters)
    {
        ArgumentNullException.ThrowIfNull(members);
        var rows = new MemberMonth[members.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var p = members[i];
            rows[i] = new MemberMonth(p, _placements.GetValueOrDefault(p.Id)?.Reception, PartnerOf(p), ParentsOf(p.Id), _incomes.GetValueOrDefault(p.Id)) { Path = PathOf(p.Id) };
        }

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
            var results = new AllowanceResult[calculated.Households.Length];
            for (var i = 0; i < results.Length; i++)
            {
                var household = calculated.Households[i];
                var ids = new string[household.Household.Members.Length];
                for (var m = 0; m < ids.Length; m++)
                {
                    ids[m] = household.Household.Members[m].Person.Id;
                }

                results[i] = new AllowanceResult(KeyOf(householdId, i), ImmutableCollectionsMarshal.AsImmutableArray(ids), household.Allowance, household.Contribution, "calculated", null, household)
                {
                    HandOverThisMonth = household.Provision == Provision.SocialAssistance && !SocialAssistanceBefore(household, rows, parameters),
                };
            }

            return new HouseholdAllowance(true, awayCount, ImmutableCollectionsMarshal.AsImmutableArray(results));
        }

        var refusal = answer.Refusal!;
        var outcome = answer is AllowanceAnswer.ParameterMissing or AllowanceAnswer.PathMissing ? "not-calculable" : "invalid-relations";
        return new HouseholdAllowance(true, awayCount, [new AllowanceResult($"{householdId}#1", [.. members.Where(p => InScheme(p.Id) && !_away.Contains(p.Id)).Select(p => p.Id)], Money.Zero, Money.Zero, outcome,
            JsonSerializer.Serialize(new { refusal.Field, refusal.Message, refusal.Parameter }, _json), null)]);
    }

    /// <summary>The payment key of the <paramref name="index"/>-th allowance household of a registered household: <c>householdId#n</c>, from 1.</summary>
    private static string KeyOf(string householdId, int index) => index switch
    {
        0 => householdId + "#1",
        1 => householdId + "#2",
        _ => $"{householdId}#{index + 1}",
    };

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

    /// <summary>
    /// Whether the members of a household on social assistance already had it on the first day of the previous month,
    /// by the same registered facts: a household that did not was handed over this month (the hand-over list).
    /// </summary>
    private bool SocialAssistanceBefore(HouseholdCalculation household, MemberMonth[] rows, ParameterTree parameters)
    {
        var cached = _previousSchedule;
        var schedule = cached is not null && ReferenceEquals(cached.Value.Parameters, parameters) ? cached.Value.Schedule : AllowanceSchedule.For(parameters, Day.PlusMonths(-1));
        _previousSchedule = (parameters, schedule);
        if (!schedule.ProtectionEnded)
        {
            return false;
        }

        var before = HouseholdMonth.Calculate(rows, _away, schedule, explain: false);
        var first = household.Household.Members[0].Person.Id;
        return before.Answer is AllowanceAnswer.Calculated calculated
            && calculated.Households.Any(h => h.Provision == Provision.SocialAssistance && h.Household.Members.Any(m => m.Person.Id == first));
    }

    /// <summary>
    /// The rows behind the persons' path facts, read once: on a day, a person's path is that of the latest transition
    /// decision dated on or before the day (else the latest of all; a later run of the same date wins), with the departure
    /// date of the return commitment and the first day of protection in the Netherlands.
    /// </summary>
    private sealed class PathRows
    {
        private readonly List<(string PersonId, LocalDate Date, long RunId, string Path)> _decisions;
        private readonly Dictionary<string, LocalDate> _departures;
        private readonly Dictionary<string, LocalDate> _since;
        private readonly Dictionary<string, LocalDate> _stays;

        private PathRows(List<(string PersonId, LocalDate Date, long RunId, string Path)> decisions, Dictionary<string, LocalDate> departures, Dictionary<string, LocalDate> since, Dictionary<string, LocalDate> stays)
        {
            _decisions = decisions;
            _departures = departures;
            _since = since;
            _stays = stays;
        }

        /// <summary>No rows: every person's path is unknown.</summary>
        public static PathRows None => new([], new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));

        public static PathRows Load(RegistryContext context, FactPersons persons)
        {
            // The four columns the path needs, not the stored decision (its largest column).
            var decisions = FactRows.Read(context, persons.Rows(context.Decisions, x => x.PersonId).Select(x => new DecisionRecord { PersonId = x.PersonId, Date = x.Date, RunId = x.RunId, Path = x.Path, Status = x.Status }))
                .ConvertAll(x => (x.PersonId, x.Date, x.RunId, x.Path));
            if (decisions.Count == 0)
            {
                return new PathRows(decisions, new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            }

            // The agreed departure date, or the confirmed one where departure is confirmed (it ends the provisions); none while to be agreed.
            var departures = FactRows.Read(context, persons.Rows(context.ReturnCommitments, x => x.PersonId))
                .Where(x => x.DepartureDate is not null).ToDictionary(x => x.PersonId, x => x.DepartureDate!.Value, StringComparer.Ordinal);
            foreach (var confirmed in FactRows.Read(context, persons.Rows(context.ReturnDepartures, x => x.PersonId)))
            {
                departures[confirmed.PersonId] = confirmed.On;
            }

            var since = FactRows.Read(context, persons.Rows(context.Protections, x => x.PersonId).Where(x => x.MemberState == "NL"))
                .GroupBy(x => x.PersonId).ToDictionary(g => g.Key, g => g.Min(x => x.Since), StringComparer.Ordinal);
            // A granted transitional stay defers the path's consequences (stored stays are granted by the rules).
            var stays = Stays.TransitionalStays.Current(context, persons).ToDictionary(x => x.Key, x => x.Value.Until, StringComparer.Ordinal);
            return new PathRows(decisions, departures, since, stays);
        }

        public Dictionary<string, PathFacts> On(LocalDate day)
        {
            var paths = new Dictionary<string, PathFacts>(StringComparer.Ordinal);
            foreach (var person in _decisions.GroupBy(x => x.PersonId))
            {
                var onOrBefore = person.Where(x => x.Date <= day).ToList();
                var latest = (onOrBefore.Count > 0 ? onOrBefore : [.. person]).MaxBy(x => (x.Date, x.RunId));
                if (!TransitionNames.Paths.TryGetValue(latest.Path, out var path))
                {
                    continue;
                }

                paths[person.Key] = new PathFacts(
                    path,
                    _departures.TryGetValue(person.Key, out var departure) ? departure : null,
                    _since.TryGetValue(person.Key, out var first) ? first : null,
                    TransitionalStayUntil: _stays.TryGetValue(person.Key, out var stay) ? stay : null);
            }

            return paths;
        }
    }

    /// <summary>The explanation of a calculated payment as JSON (rule, reference, text, value in euros per step), as stored and shown.</summary>
    public static string ExplanationJson(IEnumerable<ExplanationItem> steps) =>
        JsonSerializer.Serialize(steps.Select(e => new { rule = e.Rule, reference = e.Reference, text = e.Text, value = e.Value?.Euros }), _json);
}
