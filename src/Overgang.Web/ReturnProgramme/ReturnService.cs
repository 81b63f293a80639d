using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Registry.Model;
using Overgang.Rules.Parameters;
using Overgang.Rules.ReturnProgramme;
using Overgang.Rules.Transition;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.ReturnProgramme;

/// <summary>
/// The return programme for the API and the pages alike: the caseload per month against the planning figure, the open
/// steps by owner, a person's enrolment read and changed (with version check). The stage, steps and provisions come
/// from <see cref="ReturnRules"/>; every read and change of a person's data is audited.
/// </summary>
public sealed class ReturnService(RegistryContext context, AccessLog log, IClock clock, ParameterTree parameters, KeptPerRevision kept, FactJournal journal)
{
    /// <summary>The most months one caseload covers.</summary>
    public const int MaxMonths = 36;

    private const int DefaultMonths = 12;
    private const int MaxSteps = 500;

    /// <summary>The caseload per month from <paramref name="from"/> to <paramref name="to"/> (default: the twelve months up to this one).</summary>
    public async Task<CaseResult<ReturnCaseload>> CaseloadAsync(Caller caller, string? from, string? to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!MaySeeCaseload(caller))
        {
            return new CaseResult<ReturnCaseload>.Refused();
        }

        var thisMonth = CaseClock.ThisMonth(clock);
        if (!TryMonth(to, thisMonth, out var last))
        {
            return new CaseResult<ReturnCaseload>.Invalid("to", "to must be a month YYYY-MM");
        }

        if (!TryMonth(from, last.PlusMonths(1 - DefaultMonths), out var first))
        {
            return new CaseResult<ReturnCaseload>.Invalid("from", "from must be a month YYYY-MM");
        }

        if (first > last)
        {
            return new CaseResult<ReturnCaseload>.Invalid("from", "from must not be after to");
        }

        if (Period.Between(first.OnDayOfMonth(1), last.OnDayOfMonth(1), PeriodUnits.Months).Months >= MaxMonths)
        {
            return new CaseResult<ReturnCaseload>.Invalid("from", $"at most {MaxMonths} months at a time");
        }

        var programme = await ProgrammeAsync(caller, cancellationToken).ConfigureAwait(false);
        return new CaseResult<ReturnCaseload>.Ok(Caseload(caller, programme.Enrolments, first, last));
    }

    /// <summary>The caseload of the last twelve months and the open steps of everyone on the return path, by owner and due date. Audited (the persons listed).</summary>
    public async Task<CaseResult<ReturnOverview>> OverviewAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.SeesPersonalData || caller.Role == Roles.Person)
        {
            return new CaseResult<ReturnOverview>.Refused();
        }

        var programme = await ProgrammeAsync(caller, cancellationToken).ConfigureAwait(false);
        var shown = programme.Steps.Take(MaxSteps).ToImmutableArray();
        await log.ReadAsync(context, caller, "return-programme steps", [.. shown.Select(s => s.PersonId).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        return new CaseResult<ReturnOverview>.Ok(new ReturnOverview(programme.Today, programme.Caseload, shown));
    }

    /// <summary>
    /// For a home page: this month's caseload against the planning figure, and the open steps with a due date of everyone
    /// on the return path (from <see cref="ReturnRules"/>, as the overview lists them) and those overdue. Names nobody, so
    /// nothing is audited.
    /// </summary>
    public async Task<CaseResult<ReturnCounts>> CountsAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.SeesPersonalData || caller.Role == Roles.Person)
        {
            return new CaseResult<ReturnCounts>.Refused();
        }

        var programme = await ProgrammeAsync(caller, cancellationToken).ConfigureAwait(false);
        return new CaseResult<ReturnCounts>.Ok(new ReturnCounts(programme.Caseload.Months[^1], programme.Steps.Length, programme.Steps.Count(s => s.Overdue)));
    }

    /// <summary>A person's enrolment (not enrolled: version 0), within the caller's scope. Audited.</summary>
    public async Task<CaseResult<EnrolmentView>> ReadAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var person = await context.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new CaseResult<EnrolmentView>.NotFound();
        }

        if (!caller.MayReadReturn(person.MunicipalityCode))
        {
            return new CaseResult<EnrolmentView>.Refused();
        }

        var today = CaseClock.Today(clock);
        var municipality = await context.Municipalities.AsNoTracking().Where(m => m.Code == person.MunicipalityCode).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? person.MunicipalityCode;
        var commitment = await context.ReturnCommitments.AsNoTracking().FirstOrDefaultAsync(r => r.PersonId == id, cancellationToken).ConfigureAwait(false);
        var visits = await context.ReturnVisits.AsNoTracking().Where(v => v.PersonId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var courses = await context.ReturnCourses.AsNoTracking().Where(c => c.PersonId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var withdrawal = await context.ReturnWithdrawals.AsNoTracking().FirstOrDefaultAsync(w => w.PersonId == id, cancellationToken).ConfigureAwait(false);
        var departure = await context.ReturnDepartures.AsNoTracking().FirstOrDefaultAsync(d => d.PersonId == id, cancellationToken).ConfigureAwait(false);
        await log.ReadAsync(context, caller, "return-programme", [id], cancellationToken).ConfigureAwait(false);
        if (commitment is null)
        {
            return new CaseResult<EnrolmentView>.Ok(new EnrolmentView(person.Id, person.GivenName, person.FamilyName, Cyrillic(person), municipality, 0, false, null, false, null, [], [], [], null, null, today, null));
        }

        var enrolment = ReturnFacts.Enrolment(commitment, visits, courses, withdrawal, departure);
        var status = ReturnRules.Evaluate(enrolment, parameters, today);
        return new CaseResult<EnrolmentView>.Ok(new EnrolmentView(
            person.Id, person.GivenName, person.FamilyName, Cyrillic(person), municipality, commitment.Version, true, commitment.EnrolledOn, commitment.CommitmentSigned, commitment.DepartureDate,
            [.. enrolment.Package.Select(ReturnNames.Of)],
            [.. enrolment.Visits.Select(v => new PeriodView(v.From, v.To))],
            [.. enrolment.Courses.Select(c => new CourseView(ReturnNames.Of(c.Kind), c.From, c.To))],
            withdrawal is null ? null : new WithdrawalView(withdrawal.On, withdrawal.By),
            departure?.On,
            today,
            new ReturnStatusView(
                ReturnNames.Of(status.Stage), status.OnReturnPath, status.ProvisionsLastDay,
                [.. status.Steps.Select(s => new StepView(ReturnNames.Of(s.Kind), TransitionNames.Of(s.Owner), s.Due, s.IsProvisional))],
                [.. status.Package.Select(p => new PackageView(ReturnNames.Of(p.Component), p.Amount?.Euros, p.Missing?.ParameterId))],
                [.. status.Missing.Select(m => m.ParameterId)],
                status.IsProvisional,
                [.. status.Explanation.Select(e => new RuleView(e.Rule, e.Reference, e.Text) { Phrase = e.Phrase })])));
    }

    /// <summary>
    /// Changes a person's enrolment if it is still at <paramref name="expectedVersion"/> (0 while not enrolled): the change,
    /// the new version and its audit entry are stored in one transaction, or nothing is.
    /// </summary>
    public async Task<CaseResult<EnrolmentChanged>> ChangeAsync(Caller caller, string id, long? expectedVersion, EnrolmentChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(change);
        var person = await context.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new CaseResult<EnrolmentChanged>.NotFound();
        }

        if (!caller.MayChangeReturn || !caller.MayReadReturn(person.MunicipalityCode))
        {
            return new CaseResult<EnrolmentChanged>.Refused();
        }

        if (expectedVersion is not { } expected)
        {
            return new CaseResult<EnrolmentChanged>.VersionRequired();
        }

        var commitment = await context.ReturnCommitments.FirstOrDefaultAsync(r => r.PersonId == id, cancellationToken).ConfigureAwait(false);
        var current = commitment?.Version ?? 0;
        if (current != expected)
        {
            return new CaseResult<EnrolmentChanged>.Conflict(current);
        }

        var withdrawal = await context.ReturnWithdrawals.FirstOrDefaultAsync(w => w.PersonId == id, cancellationToken).ConfigureAwait(false);
        var departure = await context.ReturnDepartures.FirstOrDefaultAsync(d => d.PersonId == id, cancellationToken).ConfigureAwait(false);
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (ReturnValidation.Validate(change, commitment, withdrawal, departure) is { } problem)
        {
            return new CaseResult<EnrolmentChanged>.Invalid(problem.Field, problem.Message);
        }

        var isNew = commitment is null;
        if (change.Enrolment is { } input)
        {
            commitment ??= context.ReturnCommitments.Add(new Registry.Model.ReturnCommitment { PersonId = id }).Entity;
            commitment.EnrolledOn = Day(input.EnrolledOn);
            commitment.CommitmentSigned = input.CommitmentSigned;
            commitment.DepartureDate = string.IsNullOrWhiteSpace(input.DepartureDate) ? null : Day(input.DepartureDate);
            commitment.Package = string.Join(',', (input.Package ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            changes["enrolledOn"] = input.EnrolledOn;
            changes["commitmentSigned"] = input.CommitmentSigned;
            changes["departureDate"] = commitment.DepartureDate is null ? "to be agreed" : input.DepartureDate;
            changes["package"] = commitment.Package;
        }

        if (change.Visit is { } visit)
        {
            context.ReturnVisits.Add(new Registry.Model.ReturnVisit { PersonId = id, From = Day(visit.From), To = Day(visit.To) });
            changes["visit"] = $"{visit.From}/{visit.To}";
        }

        if (change.Course is { } course)
        {
            context.ReturnCourses.Add(new Registry.Model.ReturnCourse { PersonId = id, Kind = course.Kind!, From = Day(course.From), To = Day(course.To) });
            changes["course"] = $"{course.Kind} {course.From}/{course.To}";
        }

        if (change.Withdrawal is { } withdrawn)
        {
            withdrawal ??= context.ReturnWithdrawals.Add(new Registry.Model.ReturnWithdrawal { PersonId = id, By = withdrawn.By! }).Entity;
            withdrawal.On = Day(withdrawn.On);
            withdrawal.By = withdrawn.By!;
            changes["withdrawal"] = $"{withdrawn.On} {withdrawn.By}";
        }

        if (change.Departure is { } departed)
        {
            departure ??= context.ReturnDepartures.Add(new ReturnDeparture { PersonId = id }).Entity;
            departure.On = Day(departed.On);
            changes["departedOn"] = departed.On;
        }

        if (changes.Count == 0)
        {
            return new CaseResult<EnrolmentChanged>.Ok(new EnrolmentChanged(id, current));
        }

        // The enrolment's version is the concurrency token of every part: the UPDATE matches only the version the caller read.
        if (!isNew)
        {
            context.Entry(commitment!).Property(c => c.Version).OriginalValue = expected;
        }

        commitment!.Version = expected + 1;
        try
        {
            await log.WriteAsync(context, caller, "return-programme.change", "return programme changed", [id], cancellationToken, JsonSerializer.Serialize(changes)).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // A concurrent change: the version no longer matched, or the same enrolment, visit or course was added first.
            context.ChangeTracker.Clear();
            var now = await context.ReturnCommitments.AsNoTracking().Where(c => c.PersonId == id).Select(c => (long?)c.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? 0;
            return now == expected
                ? new CaseResult<EnrolmentChanged>.Invalid(change.Visit is not null ? "visit.from" : "course.from", "this visit or course is already recorded")
                : new CaseResult<EnrolmentChanged>.Conflict(now);
        }

        return new CaseResult<EnrolmentChanged>.Ok(new EnrolmentChanged(id, commitment.Version));
    }

    private static string? Cyrillic(Person person) => Cyrillic(person.GivenNameCyrillic, person.FamilyNameCyrillic);

    private static string? Cyrillic(string? givenName, string? familyName) =>
        givenName is { Length: > 0 } given && familyName is { Length: > 0 } family ? given + " " + family : null;

    private static bool MaySeeCaseload(Caller caller) => caller.Role is Roles.Admin or Roles.Ind or Roles.Departure or Roles.Analyst or Roles.CaseWorker;

    private static LocalDate Day(string? text) => LocalDatePattern.Iso.Parse(text ?? "").Value;

    private static bool TryMonth(string? text, YearMonth fallback, out YearMonth month)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            month = fallback;
            return true;
        }

        var parsed = YearMonthPattern.Iso.Parse(text);
        month = parsed.Success ? parsed.Value : fallback;
        return parsed.Success;
    }

    /// <summary>
    /// Every enrolment within the caller's scope (a case worker's municipality), the caseload of the last twelve months and
    /// the open steps with a due date of everyone on the return path, in the overview's order: the rules
    /// (<see cref="ReturnRules"/>) evaluated for every enrolment (40,000 on the demo registry, 0.5 s), kept per day until
    /// the facts it reads change (<see cref="KeptOn.ReturnProgramme"/>: the enrolments, visits, courses, withdrawals and
    /// departures, the enrolled persons' names and municipality, municipality names; a change of another fact leaves it
    /// kept). After a change through this application that names its persons (<see cref="FactJournal"/>: an enrolment
    /// changed, a name) only those persons are read and evaluated again (<see cref="UpdateAsync"/>).
    /// </summary>
    private Task<Programme> ProgrammeAsync(Caller caller, CancellationToken cancellationToken) =>
        kept.GetAsync(context, clock, "return-programme " + (caller.SearchMunicipality ?? "*"), KeptOn.ReturnProgramme, journal,
            () => EvaluateAsync(caller, cancellationToken), (programme, persons) => UpdateAsync(caller, programme, persons, cancellationToken), cancellationToken);

    /// <summary>What <see cref="ProgrammeAsync"/> keeps, computed afresh.</summary>
    internal async Task<Programme> EvaluateAsync(Caller caller, CancellationToken cancellationToken)
    {
        var today = CaseClock.Today(clock);
        var enrolled = await EnrolledAsync(caller, only: null, today, cancellationToken).ConfigureAwait(false);
        return Assemble(caller, today, enrolled.ToImmutableSortedDictionary(e => e.Person.Id, e => e, StringComparer.Ordinal), Ordered(enrolled.SelectMany(e => e.Steps)));
    }

    /// <summary>
    /// <paramref name="programme"/> (kept on the same day) brought up to date for <paramref name="persons"/>: their rows read
    /// and evaluated again, everyone else's kept. Gives what <see cref="EvaluateAsync"/> gives: the same rows by person,
    /// the caseload counted over them, and the steps in the same order (the kept steps of everyone else are in that order
    /// already, and merged with the changed persons' in it).
    /// </summary>
    internal async Task<Programme> UpdateAsync(Caller caller, Programme programme, IReadOnlySet<string> persons, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(persons);
        List<Enrolled> enrolled = persons.Count == 0 ? [] : await EnrolledAsync(caller, persons, programme.Today, cancellationToken).ConfigureAwait(false);
        var byPerson = programme.ByPerson.RemoveRange(persons).SetItems(enrolled.Select(e => KeyValuePair.Create(e.Person.Id, e)));
        var others = programme.Steps.Where(s => !persons.Contains(s.PersonId));
        return Assemble(caller, programme.Today, byPerson, Merged(others, Ordered(enrolled.SelectMany(e => e.Steps))));
    }

    private Programme Assemble(Caller caller, LocalDate today, ImmutableSortedDictionary<string, Enrolled> byPerson, ImmutableArray<ReturnStepRow> steps)
    {
        var last = today.ToYearMonth();
        var enrolments = byPerson.Values.Select(e => e.Enrolment).ToImmutableArray();
        return new Programme(today, byPerson, enrolments, Caseload(caller, enrolments, last.PlusMonths(1 - DefaultMonths), last), steps);
    }

    /// <summary>The overview's order of steps (<see cref="Compare"/>), a person's steps in the rules' order (a stable sort).</summary>
    private static ImmutableArray<ReturnStepRow> Ordered(IEnumerable<ReturnStepRow> steps) => [.. steps.Order(StepOrder)];

    private static readonly Comparer<ReturnStepRow> StepOrder = Comparer<ReturnStepRow>.Create(Compare);

    /// <summary>The overview's order of steps: by owner, due date and person (ordinal).</summary>
    private static int Compare(ReturnStepRow a, ReturnStepRow b)
    {
        var owner = string.CompareOrdinal(a.Owner, b.Owner);
        var due = a.Due.CompareTo(b.Due);
        return owner != 0 ? owner : due != 0 ? due : string.CompareOrdinal(a.PersonId, b.PersonId);
    }

    /// <summary>Two lists of steps each in the overview's order, of different persons, as one in that order.</summary>
    private static ImmutableArray<ReturnStepRow> Merged(IEnumerable<ReturnStepRow> first, ImmutableArray<ReturnStepRow> second)
    {
        var merged = ImmutableArray.CreateBuilder<ReturnStepRow>();
        var next = 0;
        foreach (var step in first)
        {
            while (next < second.Length && Compare(second[next], step) < 0)
            {
                merged.Add(second[next++]);
            }

            merged.Add(step);
        }

        for (; next < second.Length; next++)
        {
            merged.Add(second[next]);
        }

        return merged.ToImmutable();
    }

    /// <summary>
    /// The enrolments within the caller's scope (a case worker's municipality), of <paramref name="only"/> these persons
    /// when given, each with the person's names and municipality name and the open steps with a due date while on the
    /// return path: only the columns shown are read of the person (about 40,000 enrolled on the demo registry).
    /// </summary>
    private async Task<List<Enrolled>> EnrolledAsync(Caller caller, IReadOnlySet<string>? only, LocalDate today, CancellationToken cancellationToken)
    {
        var persons = context.Persons.AsNoTracking().Where(p => context.ReturnCommitments.Any(r => r.PersonId == p.Id));
        if (caller.SearchMunicipality is { } own)
        {
            persons = persons.Where(p => p.MunicipalityCode == own);
        }

        if (only is not null)
        {
            var ids = only.ToList();
            persons = persons.Where(p => ids.Contains(p.Id));
        }

        var facts = ReturnFacts.Load(context, persons);
        var rows = await context.ReturnCommitments.AsNoTracking()
            .Join(persons, r => r.PersonId, p => p.Id, (r, p) => new { Commitment = r, Person = new EnrolledPerson(p.Id, p.GivenName, p.FamilyName, p.GivenNameCyrillic, p.FamilyNameCyrillic, p.MunicipalityCode) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await context.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.Person.Id, StringComparer.Ordinal).Select(r =>
        {
            var municipality = names.GetValueOrDefault(r.Person.MunicipalityCode, r.Person.MunicipalityCode);
            var enrolment = facts.For(r.Commitment)!;
            return new Enrolled(r.Person, municipality, enrolment, Steps(r.Person, municipality, enrolment, today));
        })];
    }

    /// <summary>The open steps with a due date of an enrolled person on the return path (none once withdrawn or departed), in the rules' order.</summary>
    private ImmutableArray<ReturnStepRow> Steps(EnrolledPerson person, string municipality, Rules.Transition.ReturnCommitment enrolment, LocalDate today)
    {
        if (ReturnRules.StageOn(enrolment, today) is ReturnStage.Withdrawn or ReturnStage.Departed)
        {
            return [];
        }

        var status = ReturnRules.Evaluate(enrolment, parameters, today);
        return [.. status.Steps.Where(s => s.Due is not null).Select(s => new ReturnStepRow(
            person.Id, person.GivenName + " " + person.FamilyName, Cyrillic(person.GivenNameCyrillic, person.FamilyNameCyrillic), municipality, ReturnNames.Of(s.Kind), TransitionNames.Of(s.Owner), s.Due!.Value, s.Due < today, s.IsProvisional))];
    }

    private ReturnCaseload Caseload(Caller caller, IReadOnlyList<Rules.Transition.ReturnCommitment> enrolments, YearMonth first, YearMonth last)
    {
        var months = ImmutableArray.CreateBuilder<CaseloadMonth>();
        string? reference = null;
        var provisional = false;
        for (var month = first; month <= last; month = month.PlusMonths(1))
        {
            var end = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
            int enrolled = 0, onPath = 0, withDate = 0, departed = 0, withdrawn = 0;
            foreach (var enrolment in enrolments)
            {
                if (enrolment.EnrolledOn is { } on && on > end)
                {
                    continue;
                }

                enrolled++;
                switch (ReturnRules.StageOn(enrolment, end))
                {
                    case ReturnStage.Withdrawn:
                        withdrawn++;
                        break;
                    case ReturnStage.Departed:
                        departed++;
                        break;
                    case ReturnStage.DateToBeAgreed:
                        onPath++;
                        break;
                    default:
                        onPath++;
                        withDate++;
                        break;
                }
            }

            int? figure = null;
            if (ReturnRules.TryPlanningFigure(parameters, end, out var planning, out _))
            {
                figure = planning.Participants;
                reference = planning.Reference;
                provisional = planning.IsProvisional;
            }

            months.Add(new CaseloadMonth(month.ToString("yyyy-MM", null), enrolled, onPath, withDate, departed, withdrawn, enrolled - withdrawn, figure));
        }

        return new ReturnCaseload(caller.SearchMunicipality, reference, provisional, months.ToImmutable());
    }

    /// <summary>The return programme within one scope on one day (see <see cref="ProgrammeAsync"/>).</summary>
    /// <param name="Today">The day.</param>
    /// <param name="ByPerson">Every enrolled person in the scope, by person id.</param>
    /// <param name="Enrolments">Every enrolment in the scope, by person id.</param>
    /// <param name="Caseload">The caseload of the twelve months up to this one.</param>
    /// <param name="Steps">Every open step with a due date, by owner, due date and person.</param>
    internal sealed record Programme(LocalDate Today, ImmutableSortedDictionary<string, Enrolled> ByPerson, ImmutableArray<Rules.Transition.ReturnCommitment> Enrolments, ReturnCaseload Caseload, ImmutableArray<ReturnStepRow> Steps);

    /// <summary>An enrolled person as the overview shows them, their enrolment and their open steps with a due date.</summary>
    internal sealed record Enrolled(EnrolledPerson Person, string Municipality, Rules.Transition.ReturnCommitment Enrolment, ImmutableArray<ReturnStepRow> Steps);

    /// <summary>What the return programme's overview shows of an enrolled person.</summary>
    internal sealed record EnrolledPerson(string Id, string GivenName, string FamilyName, string? GivenNameCyrillic, string? FamilyNameCyrillic, string MunicipalityCode);
}
