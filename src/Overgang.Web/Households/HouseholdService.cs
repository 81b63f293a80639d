using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Registry.Runs;
using Overgang.Rules;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
using Overgang.Rules.Transition;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Decisions;
using Overgang.Web.Outlook;
using Overgang.Web.Persons;
using Overgang.Web.Security;

namespace Overgang.Web.Households;

/// <summary>
/// A registered household for case work: the allowance of a month is calculated now from the current facts, through
/// the same conversion as the allowance run (<see cref="AllowanceFacts"/>), so a changed income shows at once; the
/// payment the last run stored is shown beside it.
/// </summary>
public sealed class HouseholdService(RegistryContext context, AccessLog log, ParameterTree parameters, IClock clock)
{
    private const int HistoryShown = 30;

    /// <summary>A household within the caller's scope, with the allowance of <paramref name="month"/> (this month when <c>null</c>).</summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="id">The household.</param>
    /// <param name="month">The month of the allowance.</param>
    /// <param name="withReads">Whether to list who viewed the records too (the page shows them only on request).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<CaseResult<HouseholdView>> ReadAsync(Caller caller, string id, YearMonth? month, CancellationToken cancellationToken, bool withReads = false)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var householdPersons = context.Persons.AsNoTracking().Where(p => p.HouseholdId == id);
        var members = await householdPersons.OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (members.Count == 0)
        {
            return new CaseResult<HouseholdView>.NotFound();
        }

        if (!caller.SeesPersonalData || caller.Role == Roles.Person || !members.TrueForAll(m => caller.MayRead(m.Id, m.MunicipalityCode)))
        {
            return new CaseResult<HouseholdView>.Refused();
        }

        var theMonth = month ?? CaseClock.ThisMonth(clock);
        if (!AbsenceRule.TryFor(parameters, theMonth, out var absence, out var missing))
        {
            return new CaseResult<HouseholdView>.Invalid("month", $"month: {missing.Message}");
        }

        if (RuleMonths.Of(parameters) is var months && !months.Contains(theMonth))
        {
            return new CaseResult<HouseholdView>.Invalid("month", "month " + months.Message);
        }

        var ids = members.Select(m => m.Id).ToList();
        // The month's money is calculated from the placement on its first day (the rules' calculation date); the members
        // are shown where they are on the day the month is shown for: today within this month, the last day of a past
        // month, the first day of a coming one (a person moved on the 15th is shown at the new place). One read of the
        // month's placement rows serves both.
        var shownOn = ShownOn(theMonth, CaseClock.Today(clock));
        var facts = AllowanceFacts.Load(context, householdPersons, absence, shownOn);
        var allowance = facts.Calculate(id, members, parameters);
        var locationIds = ids.Select(i => facts.ShownPlacementOf(i)?.LocationId).OfType<string>().Distinct().ToList();
        var locations = await context.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken).ConfigureAwait(false);
        var municipalityCode = members[0].MunicipalityCode;
        var municipalityName = await context.Municipalities.AsNoTracking().Where(m => m.Code == municipalityCode).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? municipalityCode;
        var memberViews = members.Select(m =>
        {
            var placement = PersonService.ToView(facts.ShownPlacementOf(m.Id));
            return new MemberView(
                m.Id, m.Version, m.GivenName, m.FamilyName, m.BirthDate, facts.PartnerOf(m), facts.ParentsOf(m.Id),
                placement, facts.IncomeOf(m.Id).Euros, m.GivenNameCyrillic, m.FamilyNameCyrillic, placement?.LocationId is { } l ? locations.GetValueOrDefault(l) : null);
        }).ToImmutableArray();

        var stored = await StoredPaymentsAsync(id, theMonth, cancellationToken).ConfigureAwait(false);
        var decisions = await CaseRecords.LatestDecisionsAsync(context, ids, cancellationToken).ConfigureAwait(false);
        var tasks = await CaseRecords.TasksAsync(context, decisions, cancellationToken).ConfigureAwait(false);
        var payments = await PaymentHistoryAsync(id, cancellationToken).ConfigureAwait(false);

        // The history is read before this read is logged, and lists changes only: viewing the file does not grow it.
        var history = await HistoryAsync(id, ids, reads: false, cancellationToken).ConfigureAwait(false);
        var reads = withReads ? await HistoryAsync(id, ids, reads: true, cancellationToken).ConfigureAwait(false) : [];
        await log.ReadAsync(context, caller, "household " + id, ids, cancellationToken).ConfigureAwait(false);
        var outlook = HouseholdOutlook.Calculate(context, parameters, id, CaseClock.ThisMonth(clock));
        var allowanceViews = allowance.Results.Select(ToView).ToImmutableArray();
        var decided = decisions.Select(d => d.PersonId).ToHashSet(StringComparer.Ordinal);
        var lines = CaseTasks.Lines(tasks, decided);
        var work = lines.Where(l => !TaskTexts.IsInformation(l.Code)).ToImmutableArray();
        var information = lines.Where(l => TaskTexts.IsInformation(l.Code)).ToImmutableArray();
        var summary = Summarise(ids, decisions, work, theMonth, stored, allowanceViews);
        var changedSince = await ChangedSinceDecisionAsync(ids, decisions, cancellationToken).ConfigureAwait(false);
        return new CaseResult<HouseholdView>.Ok(new HouseholdView(
            id, municipalityCode, theMonth, memberViews, allowanceViews, stored, decisions, tasks, history, outlook,
            municipalityName, summary, work, information, payments, reads)
        {
            ChangedSinceDecision = changedSince,
            Relations = await RelationLinesAsync(members, ids, cancellationToken).ConfigureAwait(false),
        });
    }

    /// <summary>The household's relations, current and ended: a partnership once (from its first partner), then the responsible adults.</summary>
    private async Task<ImmutableArray<RelationLine>> RelationLinesAsync(IReadOnlyList<Registry.Model.Person> members, List<string> ids, CancellationToken cancellationToken)
    {
        var parents = await context.Parents.AsNoTracking().Where(p => ids.Contains(p.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ended = await context.EndedPartnerships.AsNoTracking().Where(e => ids.Contains(e.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var partners = members.Where(m => m.PartnerId is { } partner && string.CompareOrdinal(m.Id, partner) < 0)
            .Select(m => new RelationLine(m.Id, "partner", m.PartnerId!, m.PartnerSince, null))
            .Concat(ended.Where(e => string.CompareOrdinal(e.PersonId, e.PartnerId) < 0).Select(e => new RelationLine(e.PersonId, "partner", e.PartnerId, e.From, e.To)));
        var responsible = parents.Select(p => new RelationLine(p.PersonId, "parent", p.ParentId, p.Since, p.Until));
        return [.. partners.OrderBy(r => r.PersonId, StringComparer.Ordinal).ThenBy(r => r.To),
            .. responsible.OrderBy(r => r.PersonId, StringComparer.Ordinal).ThenBy(r => r.RelatedId, StringComparer.Ordinal).ThenBy(r => r.From)];
    }

    /// <summary>
    /// The members whose facts were changed by hand (<c>person.update</c>: a move, a permit, a commitment, an absence,
    /// an income) after the run that made their latest stored decision started: that decision predates the change until
    /// the decisions are run again.
    /// </summary>
    private async Task<ImmutableArray<FactsChangedView>> ChangedSinceDecisionAsync(List<string> ids, ImmutableArray<DecisionView> decisions, CancellationToken cancellationToken)
    {
        if (decisions.IsEmpty)
        {
            return [];
        }

        var runIds = decisions.Select(d => d.RunId).Distinct().ToList();
        var started = await context.Runs.AsNoTracking().Where(r => runIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.StartedAt, cancellationToken).ConfigureAwait(false);
        var subjects = ids.Select(i => "person:" + i).ToList();
        var changes = await context.Audit.AsNoTracking().Where(a => subjects.Contains(a.Subject) && a.Action == "person.update")
            .GroupBy(a => a.Subject).Select(g => new { Subject = g.Key, Sequence = g.Max(a => a.Sequence) }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sequences = changes.Select(c => c.Sequence).ToList();
        var at = await context.AuditEntries.AsNoTracking().Where(a => sequences.Contains(a.Sequence)).ToDictionaryAsync(a => a.Subject, a => a.At, cancellationToken).ConfigureAwait(false);

        // A member decided again on their own (Registry.Runs.PersonDecisionRun) after their latest change is up to date.
        var redecided = await context.Audit.AsNoTracking().Where(a => subjects.Contains(a.Subject) && a.Action == Registry.Runs.PersonDecisionRun.AuditAction)
            .GroupBy(a => a.Subject).Select(g => new { Subject = g.Key, Sequence = g.Max(a => a.Sequence) }).ToDictionaryAsync(g => g.Subject, g => g.Sequence, cancellationToken).ConfigureAwait(false);
        var lastChange = changes.ToDictionary(c => c.Subject, c => c.Sequence, StringComparer.Ordinal);
        return [.. decisions
            .Where(d => at.TryGetValue("person:" + d.PersonId, out var changed) && started.TryGetValue(d.RunId, out var run) && changed > run
                && !(redecided.TryGetValue("person:" + d.PersonId, out var decidedAt) && decidedAt > lastChange["person:" + d.PersonId]))
            .Select(d => new FactsChangedView(d.PersonId, LegalDay.Of(at["person:" + d.PersonId])))];
    }

    /// <summary>The day a month's case file shows the members' placements for: today within the month, else its last day (past) or first day (coming).</summary>
    internal static LocalDate ShownOn(YearMonth month, LocalDate today) =>
        today.ToYearMonth().CompareTo(month) switch
        {
            0 => today,
            > 0 => month.PlusMonths(1).OnDayOfMonth(1).PlusDays(-1),
            _ => month.OnDayOfMonth(1),
        };

    private static CaseSummary Summarise(List<string> ids, ImmutableArray<DecisionView> decisions, ImmutableArray<TaskLine> work, YearMonth month, ImmutableArray<StoredPaymentView> stored, ImmutableArray<AllowanceView> live)
    {
        var byPerson = decisions.ToDictionary(d => d.PersonId, StringComparer.Ordinal);
        var members = ids.Select(i => byPerson.TryGetValue(i, out var d)
            ? new MemberStatus(i, d.Path, d.Status, FlagsOf(d))
            : new MemberStatus(i, null, null, [])).ToImmutableArray();
        var open = work.Where(l => l.Status == "open").ToList();
        var next = open.OrderBy(l => l.Due).FirstOrDefault();
        var money = stored.IsEmpty
            ? new MonthMoney(month, live.Sum(a => a.Allowance), live.Sum(a => a.Contribution), "calculation", null)
            : new MonthMoney(month, stored.Sum(p => p.Allowance), stored.Sum(p => p.Contribution), "run", stored.Max(p => p.RunNumber));
        var flags = TransitionNames.FlagOrder.Select(TransitionNames.Of).Where(f => members.Any(m => m.Flags.Contains(f))).ToImmutableArray();
        return new CaseSummary(members, next, money, open.Count, flags);
    }

    private static ImmutableArray<string> FlagsOf(DecisionView decision) =>
        decision.Explanation.ValueKind == JsonValueKind.Object && decision.Explanation.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Array
            ? [.. flags.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.String).Select(f => f.GetString()!)]
            : [];

    private static AllowanceView ToView(AllowanceResult result) => result.Calculation is { } c
        ? new AllowanceView(result.Key, result.Members, result.Outcome, c.Income.Euros, c.AllowanceBeforeIncome.Euros, c.Allowance.Euros, c.Contribution.Euros,
            [.. c.Explanation.Select(ExplanationView.Of)], null)
        : new AllowanceView(result.Key, result.Members, result.Outcome, 0m, 0m, result.Allowance.Euros, result.Contribution.Euros, [], result.Explanation);

    private async Task<ImmutableArray<StoredPaymentView>> StoredPaymentsAsync(string id, YearMonth month, CancellationToken cancellationToken)
    {
        var argument = month.ToString("yyyy-MM", null);
        var run = await context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Allowance && r.Argument == argument)
            .OrderByDescending(r => r.Id).Select(r => new { r.Id, r.Number }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return [];
        }

        var runId = run.Id;

        // Payment keys are householdId#n: a range over the key ('$' follows '#'), which the primary key serves.
        var first = id + "#";
        var end = id + "$";
        var payments = await context.Payments.AsNoTracking()
            .Where(p => p.RunId == runId && string.Compare(p.HouseholdId, first) > 0 && string.Compare(p.HouseholdId, end) < 0)
            .OrderBy(p => p.HouseholdId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. payments.Select(p => new StoredPaymentView(p.HouseholdId, p.RunId, p.Outcome, new Money(p.AllowanceCents).Euros, new Money(p.ContributionCents).Euros,
            JsonSerializer.Deserialize<JsonElement>(StoredExplanations.PaymentJson(context, p)), run.Number))];
    }

    private async Task<ImmutableArray<PaymentMonthView>> PaymentHistoryAsync(string id, CancellationToken cancellationToken)
    {
        var runs = await context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Allowance)
            .Select(r => new { r.Id, r.Number, r.Argument }).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (runs.Count == 0)
        {
            return [];
        }

        var runIds = runs.Select(r => r.Id).ToList();
        var first = id + "#";
        var end = id + "$";
        var payments = await context.Payments.AsNoTracking()
            .Where(p => runIds.Contains(p.RunId) && string.Compare(p.HouseholdId, first) > 0 && string.Compare(p.HouseholdId, end) < 0)
            .Select(p => new { p.RunId, p.HouseholdId, p.Members, p.Outcome, p.AllowanceCents, p.ContributionCents })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byId = runs.ToDictionary(r => r.Id);
        return [.. payments
            .Select(p => (Payment: p, Run: byId[p.RunId], Month: YearMonthPattern.Iso.Parse(byId[p.RunId].Argument)))
            .Where(x => x.Month.Success)
            .Select(x => new PaymentMonthView(x.Month.Value, x.Run.Id, x.Run.Number, Part(x.Payment.HouseholdId), x.Payment.Members, x.Payment.Outcome,
                new Money(x.Payment.AllowanceCents).Euros, new Money(x.Payment.ContributionCents).Euros))
            .OrderByDescending(p => p.Month).ThenByDescending(p => p.RunId).ThenBy(p => p.Part)];
    }

    private static int Part(string key) =>
        key.LastIndexOf('#') is var hash and >= 0 && int.TryParse(key.AsSpan(hash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;

    private async Task<ImmutableArray<HistoryView>> HistoryAsync(string id, List<string> ids, bool reads, CancellationToken cancellationToken)
    {
        // Reads and changes are logged under person:{id}, decisions under the person id, payments under household/{key}.
        var subjects = ids.Select(i => "person:" + i).Concat(ids).Concat(Enumerable.Range(1, ids.Count).Select(n => $"household/{id}#{n}")).ToList();
        var query = context.Audit.AsNoTracking().Where(a => subjects.Contains(a.Subject));
        query = reads ? query.Where(a => ReadActions.Contains(a.Action)) : query.Where(a => !ReadActions.Contains(a.Action));
        var entries = await query.OrderByDescending(a => a.Sequence).Take(HistoryShown).ToListAsync(cancellationToken).ConfigureAwait(false);
        // An account acts as "{role}:{user name}" (Caller.Actor).
        var users = entries.Select(a => UserOf(a.Actor)).Distinct().ToList();
        var names = await context.Accounts.AsNoTracking().Where(a => users.Contains(a.UserName))
            .ToDictionaryAsync(a => a.UserName, a => a.DisplayName, cancellationToken).ConfigureAwait(false);
        return [.. entries.Select(a => new HistoryView(a.Sequence, a.At, a.Actor, a.Action, a.Subject, a.Reason,
            PersonOf(a.Subject), reads ? [] : FieldsOf(a.Data), names.GetValueOrDefault(UserOf(a.Actor))))];
    }

    /// <summary>The audit actions that record a read (someone saw the record), not a change.</summary>
    private static readonly string[] ReadActions = ["person.read", "person.letter", "person.search"];

    private static string UserOf(string actor) => actor.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? actor[(colon + 1)..] : actor;

    private static string? PersonOf(string subject) =>
        subject.StartsWith("household/", StringComparison.Ordinal) ? null : subject.StartsWith("person:", StringComparison.Ordinal) ? subject["person:".Length..] : subject;

    private static ImmutableArray<string> FieldsOf(string data)
    {
        try
        {
            using var document = JsonDocument.Parse(data);
            return document.RootElement.ValueKind == JsonValueKind.Object ? [.. document.RootElement.EnumerateObject().Select(p => p.Name)] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
