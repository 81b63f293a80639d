using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Registry.Runs;
using Overgang.Rules;
using Overgang.Rules.Parameters;
using Overgang.Rules.Placements;
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
    public async Task<CaseResult<HouseholdView>> ReadAsync(Caller caller, string id, YearMonth? month, CancellationToken cancellationToken)
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
        var facts = AllowanceFacts.Load(context, householdPersons, absence);
        var allowance = facts.Calculate(id, members, parameters);
        var memberViews = members.Select(m => new MemberView(
            m.Id, m.Version, m.GivenName, m.FamilyName, m.BirthDate, m.PartnerId, [.. facts.ParentsOf(m.Id).Order(StringComparer.Ordinal)],
            PersonService.ToView(facts.PlacementOf(m.Id)), facts.IncomeOf(m.Id).Euros)).ToImmutableArray();

        var stored = await StoredPaymentsAsync(id, theMonth, cancellationToken).ConfigureAwait(false);
        var decisions = await CaseRecords.LatestDecisionsAsync(context, ids, cancellationToken).ConfigureAwait(false);
        var tasks = await CaseRecords.TasksAsync(context, decisions, cancellationToken).ConfigureAwait(false);

        await log.ReadAsync(context, caller, "household " + id, ids, cancellationToken).ConfigureAwait(false);
        var history = await HistoryAsync(id, ids, cancellationToken).ConfigureAwait(false);
        var outlook = HouseholdOutlook.Calculate(context, parameters, id, CaseClock.ThisMonth(clock));
        return new CaseResult<HouseholdView>.Ok(new HouseholdView(
            id, members[0].MunicipalityCode, theMonth, memberViews, [.. allowance.Results.Select(ToView)], stored, decisions, tasks, history, outlook));
    }

    private static AllowanceView ToView(AllowanceResult result) => result.Calculation is { } c
        ? new AllowanceView(result.Key, result.Members, result.Outcome, c.Income.Euros, c.AllowanceBeforeIncome.Euros, c.Allowance.Euros, c.Contribution.Euros,
            [.. c.Explanation.Select(e => new ExplanationView(e.Rule, e.Reference, e.Text, e.Value?.Euros))], null)
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

    private async Task<ImmutableArray<HistoryView>> HistoryAsync(string id, List<string> ids, CancellationToken cancellationToken)
    {
        // Reads and changes are logged under person:{id}, decisions under the person id, payments under household/{key}.
        var subjects = ids.Select(i => "person:" + i).Concat(ids).Concat(Enumerable.Range(1, ids.Count).Select(n => $"household/{id}#{n}")).ToList();
        var entries = await context.Audit.AsNoTracking().Where(a => subjects.Contains(a.Subject))
            .OrderByDescending(a => a.Sequence).Take(HistoryShown).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. entries.Select(a => new HistoryView(a.Sequence, a.At, a.Actor, a.Action, a.Subject, a.Reason))];
    }
}
