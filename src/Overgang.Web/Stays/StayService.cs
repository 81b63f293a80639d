using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Registry.Stays;
using Overgang.Rules.Parameters;
using Overgang.Rules.Transition;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.Stays;

/// <summary>
/// Transitional stays (issue 16; docs/transitional-stays.md): the IND and administrators decide them, case workers of the
/// person's municipality and the person read them. The rules decide whether a stay holds (<see cref="TransitionalStayRules"/>):
/// a stay without its ground is refused with the rules' reason. A school-year stay is recorded for every member of the
/// household (the family stays together, 002:924-934). Every read and decision is audited.
/// </summary>
public sealed class StayService(RegistryContext context, AccessLog log, ParameterTree parameters, IClock clock, KeptPerRevision kept, FactJournal journal)
{
    /// <summary>Days ahead in which ending stays are listed for follow-up.</summary>
    public const int EndingWindowDays = 30;

    /// <summary>Flagged persons shown per page of the work list.</summary>
    public const int UndecidedShown = 50;

    /// <summary>A person's stays.</summary>
    public async Task<CaseResult<StayList>> ListAsync(Caller caller, string personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var person = await context.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new CaseResult<StayList>.NotFound();
        }

        if (!caller.SeesPersonalData || !caller.MayRead(person.Id, person.MunicipalityCode))
        {
            return new CaseResult<StayList>.Refused();
        }

        var views = Views(TransitionalStays.Of(context, personId));
        await log.ReadAsync(context, caller, "transitional stays", [personId], cancellationToken).ConfigureAwait(false);
        return new CaseResult<StayList>.Ok(new StayList(personId, person.GivenName, person.FamilyName, person.HouseholdId, views, Cyrillic(person.FamilyNameCyrillic, person.GivenNameCyrillic)));
    }

    /// <summary>The current stays of the members of a household the caller already read (for the household page; no extra audit entry).</summary>
    public ImmutableDictionary<string, StayView> CurrentOf(IReadOnlyCollection<string> personIds)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var current = TransitionalStays.Current(context, context.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)));
        return current.ToImmutableDictionary(x => x.Key, x => View(x.Value), StringComparer.Ordinal);
    }

    /// <summary>Decides a stay for a person (and, for a school-year stay, for every member of the household).</summary>
    public async Task<CaseResult<StayList>> DecideAsync(Caller caller, string personId, StayRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var person = await context.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new CaseResult<StayList>.NotFound();
        }

        if (caller.Role is not (Roles.Ind or Roles.Admin))
        {
            return new CaseResult<StayList>.Refused();
        }

        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var kind = StayKinds.ByCode[request.Kind!];
        var from = LocalDatePattern.Iso.Parse(request.From!).Value;
        var until = LocalDatePattern.Iso.Parse(request.Until!).Value;
        var reason = request.Reason!.Trim();
        var today = CaseClock.Today(clock);
        if (!TransitionSchedule.TryFor(parameters, today, out var schedule, out var missing))
        {
            return new CaseResult<StayList>.Invalid("from", $"no transition rules on {today:uuuu-MM-dd}: {missing.Message}");
        }

        var members = kind == StayKind.SchoolYear
            ? await context.Persons.AsNoTracking().Where(p => p.HouseholdId == person.HouseholdId).OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false)
            : [person];
        var granted = new List<(Person Member, StayAssessment Stay)>();
        foreach (var member in members)
        {
            switch (TransitionalStays.Assess(context, member, new TransitionalStay(kind, from, until), schedule))
            {
                case null when member.Id == person.Id:
                    return new CaseResult<StayList>.Invalid("personId", "the person has no protection registration: there is no transition decision to defer");
                case null:
                    continue;
                case { Granted: false } refused when member.Id == person.Id:
                    return new CaseResult<StayList>.Invalid("kind", refused.Why.Text);
                case { Granted: false }:
                    continue;
                case { } assessed:
                    granted.Add((member, assessed));
                    break;
            }
        }

        var now = clock.GetCurrentInstant();
        foreach (var (member, stay) in granted)
        {
            var existing = await context.TransitionalStays.SingleOrDefaultAsync(s => s.PersonId == member.Id && s.From == from && s.Kind == request.Kind, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                context.TransitionalStays.Add(new TransitionalStayRecord
                {
                    PersonId = member.Id, Kind = request.Kind!, From = from, Until = stay.Until, Reason = reason, DecidedBy = caller.Actor,
                    DecidedOn = today, RecordedAt = now, Withdrawn = false,
                });
            }
            else
            {
                existing.Until = stay.Until;
                existing.Reason = reason;
                existing.DecidedBy = caller.Actor;
                existing.DecidedOn = today;
                existing.RecordedAt = now;
                existing.Withdrawn = false;
            }
        }

        var data = JsonSerializer.Serialize(new { kind = request.Kind, from = request.From, until = granted[0].Stay.Until.ToString("uuuu-MM-dd", null) });
        await log.WriteAsync(context, caller, "transitional-stay.decide", "transitional stay decided", [.. granted.Select(g => g.Member.Id)], cancellationToken, data).ConfigureAwait(false);
        context.ChangeTracker.Clear();
        return new CaseResult<StayList>.Ok(new StayList(personId, person.GivenName, person.FamilyName, person.HouseholdId, Views(TransitionalStays.Of(context, personId)), Cyrillic(person.FamilyNameCyrillic, person.GivenNameCyrillic)));
    }

    /// <summary>The IND's work list: flagged persons without a stay, and stays ending within <see cref="EndingWindowDays"/> days.</summary>
    public async Task<CaseResult<StayWorkList>> WorkListAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is not (Roles.Ind or Roles.Admin))
        {
            return new CaseResult<StayWorkList>.Refused();
        }

        var today = CaseClock.Today(clock);
        if (!TransitionSchedule.TryFor(parameters, today, out var schedule, out var missing))
        {
            return new CaseResult<StayWorkList>.Invalid("date", missing.Message);
        }

        var list = (await KeptAsync(schedule, today, cancellationToken).ConfigureAwait(false)).List;
        var shown = list.Undecided.Select(c => c.PersonId).Concat(list.Ending.Select(c => c.PersonId)).Distinct(StringComparer.Ordinal).ToList();
        await log.SearchAsync(context, caller, "transitional-stays", shown, cancellationToken).ConfigureAwait(false);
        return new CaseResult<StayWorkList>.Ok(list);
    }

    /// <summary>For a home page: how many persons are on the work list without a stay, and how many stays end within the window. Names nobody, so nothing is audited.</summary>
    public async Task<CaseResult<StayCounts>> CountsAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is not (Roles.Ind or Roles.Admin))
        {
            return new CaseResult<StayCounts>.Refused();
        }

        var today = CaseClock.Today(clock);
        if (!TransitionSchedule.TryFor(parameters, today, out var schedule, out var missing))
        {
            return new CaseResult<StayCounts>.Invalid("date", missing.Message);
        }

        var list = (await KeptAsync(schedule, today, cancellationToken).ConfigureAwait(false)).List;
        return new CaseResult<StayCounts>.Ok(new StayCounts(list.UndecidedTotal, list.Ending.Length));
    }

    /// <summary>
    /// The work list (without its audit entry), kept per day until the facts it reads change (<see cref="KeptOn.Stays"/>:
    /// the stays, the persons' medical treatment, date of birth, household, municipality and names, municipality names).
    /// Finding the candidates reads every person flagged (about 0.2 s on the demo registry); after a change through this
    /// application that names its persons (<see cref="FactJournal"/>: a medical treatment, a stay decided) only their
    /// households are read again (<see cref="UpdateAsync"/>).
    /// </summary>
    private Task<KeptWorkList> KeptAsync(TransitionSchedule schedule, LocalDate today, CancellationToken cancellationToken) =>
        kept.GetAsync(context, clock, "transitional-stays", KeptOn.Stays, journal, () => WorkListOnAsync(schedule, today, cancellationToken),
            (list, persons) => UpdateAsync(list, schedule, persons, cancellationToken), cancellationToken);

    /// <summary>What <see cref="KeptAsync"/> keeps, read afresh.</summary>
    internal async Task<KeptWorkList> WorkListOnAsync(TransitionSchedule schedule, LocalDate today, CancellationToken cancellationToken)
    {
        var flagged = await FlaggedAsync(schedule, today, context.Persons.AsNoTracking(), cancellationToken).ConfigureAwait(false);
        return await AssembleAsync(today, flagged.ToImmutableDictionary(f => f.Id, StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <paramref name="list"/> (kept on the same day) brought up to date for <paramref name="persons"/>: the persons of
    /// their households, before and after the change, read again. Whether a person is flagged depends only on their own
    /// rows and their household's (a member of school age), so no one else's changes; a person not flagged before was in
    /// no household with a member of school age, so the household they left is unchanged. Gives what
    /// <see cref="WorkListOnAsync"/> gives.
    /// </summary>
    internal async Task<KeptWorkList> UpdateAsync(KeptWorkList list, TransitionSchedule schedule, IReadOnlySet<string> persons, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(persons);
        var ids = persons.ToList();
        var households = (await context.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.HouseholdId).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Concat(ids.Where(list.Flagged.ContainsKey).Select(id => list.Flagged[id].HouseholdId))
            .ToHashSet(StringComparer.Ordinal);
        var keys = households.ToList();
        var again = await FlaggedAsync(schedule, list.List.Today, context.Persons.AsNoTracking().Where(p => keys.Contains(p.HouseholdId)), cancellationToken).ConfigureAwait(false);
        var flagged = list.Flagged.RemoveRange(list.Flagged.Values.Where(f => households.Contains(f.HouseholdId) || persons.Contains(f.Id)).Select(f => f.Id))
            .SetItems(again.Select(f => KeyValuePair.Create(f.Id, f)));
        return await AssembleAsync(list.List.Today, flagged, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The persons of <paramref name="persons"/> flagged by the flags' inputs (medical treatment, or a member of their
    /// household of school age), with whether a stay holds today; whether a stay holds is the rules' decision when the
    /// officer decides it.
    /// </summary>
    private async Task<List<Flagged>> FlaggedAsync(TransitionSchedule schedule, LocalDate today, IQueryable<Person> persons, CancellationToken cancellationToken)
    {
        var school = schedule.SchoolAgeBirthDates;
        var withStay = context.TransitionalStays.AsNoTracking().Where(s => !s.Withdrawn && s.Until >= today).Select(s => s.PersonId);
        var schoolHouseholds = context.Persons.AsNoTracking().Where(p => p.BirthDate >= school.Start && p.BirthDate <= school.End).Select(p => p.HouseholdId);
        return await persons.Where(p => p.MedicalTreatment || schoolHouseholds.Contains(p.HouseholdId))
            .Select(p => new Flagged(p.Id, p.HouseholdId, p.MunicipalityCode, withStay.Contains(p.Id)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The work list from the persons flagged: those without a stay that holds, counted, the first
    /// <see cref="UndecidedShown"/> by municipality, household and person (ordinal) with their names; the stays ending
    /// within <see cref="EndingWindowDays"/> days.
    /// </summary>
    private async Task<KeptWorkList> AssembleAsync(LocalDate today, ImmutableDictionary<string, Flagged> flagged, CancellationToken cancellationToken)
    {
        var undecided = flagged.Values.Where(f => !f.Stayed).ToList();
        var first = undecided.OrderBy(f => f.MunicipalityCode, StringComparer.Ordinal).ThenBy(f => f.HouseholdId, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Take(UndecidedShown).Select(f => f.Id).ToList();
        var page = await context.Persons.AsNoTracking().Where(p => first.Contains(p.Id))
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.FamilyNameCyrillic, p.GivenNameCyrillic, p.MunicipalityCode, p.HouseholdId, p.MedicalTreatment })
            .ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var names = await context.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var shown = first.Where(page.ContainsKey).Select(id => page[id]).Select(p => new StayCandidate(p.Id, p.GivenName, p.FamilyName, names.GetValueOrDefault(p.MunicipalityCode, p.MunicipalityCode), p.HouseholdId,
            p.MedicalTreatment ? StayKinds.MedicalTreatment : StayKinds.SchoolYear, null, Cyrillic(p.FamilyNameCyrillic, p.GivenNameCyrillic))).ToImmutableArray();

        var ending = TransitionalStays.Ending(context, today, today.PlusDays(EndingWindowDays));
        var ids = ending.Select(s => s.PersonId).Distinct(StringComparer.Ordinal).ToList();
        var persons = await context.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var endingViews = ending.Select(s => new StayCandidate(s.PersonId, persons[s.PersonId].GivenName, persons[s.PersonId].FamilyName,
            names.GetValueOrDefault(persons[s.PersonId].MunicipalityCode, persons[s.PersonId].MunicipalityCode), persons[s.PersonId].HouseholdId, s.Kind, View(s), Cyrillic(persons[s.PersonId].FamilyNameCyrillic, persons[s.PersonId].GivenNameCyrillic))).ToImmutableArray();
        return new KeptWorkList(new StayWorkList(today, shown, undecided.Count, endingViews), flagged);
    }

    private static string? Cyrillic(string? family, string? given) => family is null || given is null ? null : family + ", " + given;

    private ImmutableArray<StayView> Views(IEnumerable<TransitionalStayRecord> rows) => [.. rows.Select(View)];

    private StayView View(TransitionalStayRecord row)
    {
        var lead = TransitionSchedule.TryFor(parameters, row.DecidedOn, out var schedule, out _) ? schedule.StayLeadDays : (int?)null;
        return new StayView(row.Id, row.PersonId, row.Kind, row.From, row.Until, row.Until.PlusDays(1),
            row.Withdrawn || lead is null ? null : row.Until.PlusDays(-lead.Value), row.Reason, row.DecidedBy, row.DecidedOn, row.Withdrawn);
    }

    private static CaseResult<StayList>.Invalid? Validate(StayRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Kind))
        {
            return new("kind", "kind: required (medical-treatment or school-year)");
        }

        if (!StayKinds.ByCode.ContainsKey(request.Kind))
        {
            return new("kind", $"kind: \"{request.Kind}\" is not medical-treatment or school-year");
        }

        foreach (var (field, value) in new[] { ("from", request.From), ("until", request.Until) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return new(field, $"{field}: required (YYYY-MM-DD)");
            }

            if (!LocalDatePattern.Iso.Parse(value).Success)
            {
                return new(field, $"{field}: \"{value}\" is not a date (YYYY-MM-DD)");
            }
        }

        if (LocalDatePattern.Iso.Parse(request.Until!).Value < LocalDatePattern.Iso.Parse(request.From!).Value)
        {
            return new("until", "until: on or after from");
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return new("reason", "reason: required");
        }

        if (request.Reason.Trim().Length > TransitionalStayRecord.ReasonMaximum)
        {
            return new("reason", $"reason: at most {TransitionalStayRecord.ReasonMaximum} characters");
        }

        return FreeText.Problem(request.Reason.Trim(), lineBreaks: true) is { } problem ? new("reason", "reason: " + problem) : null;
    }

    /// <summary>The work list and the persons flagged it was made of (<see cref="KeptAsync"/>).</summary>
    /// <param name="List">The work list.</param>
    /// <param name="Flagged">Every person flagged, with or without a stay, by id.</param>
    internal sealed record KeptWorkList(StayWorkList List, ImmutableDictionary<string, Flagged> Flagged);

    /// <summary>A person flagged by the flags' inputs.</summary>
    /// <param name="Id">The person.</param>
    /// <param name="HouseholdId">Their household.</param>
    /// <param name="MunicipalityCode">Their municipality.</param>
    /// <param name="Stayed">Whether a stay holds today.</param>
    internal sealed record Flagged(string Id, string HouseholdId, string MunicipalityCode, bool Stayed);
}
