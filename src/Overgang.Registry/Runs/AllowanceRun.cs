using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry.Audit;
using Overgang.Registry.Model;
using Overgang.Registry.Population;
using Overgang.Rules;
using Overgang.Rules.Allowance;
using Overgang.Rules.Parameters;

namespace Overgang.Registry.Runs;

/// <summary>
/// The monthly allowance run: for every registered household, the living allowance and own contribution of the month
/// for the members in municipal, private or own-home reception on the first day of the month, after the 28-day rule.
/// </summary>
/// <remarks>
/// <para>Households are formed by the rules from the registered relations within each registered household, so a
/// grandparent living with the family gets an allowance household of their own (the payment key is
/// <c>householdId#n</c>).</para>
/// <para>The 28-day rule (<c>reception.absence-maximum-days</c>): a member whose absence overlapping the month lasts
/// longer than the maximum is left out of the month's allowance; links to them are left out too, so a minor whose only
/// responsible adult is away is calculated alone. When every member is away the household's outcome is
/// <c>ended-absence</c>. COA residents are not in the municipal scheme and are left out.</para>
/// </remarks>
public static class AllowanceRun
{
    private static readonly JsonSerializerOptions _json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs (or resumes) the allowance for a month.</summary>
    public static BatchRun Execute(RegistryDatabase database, YearMonth month, ParameterTree parameters, IClock clock, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(parameters);
        var day = month.OnDayOfMonth(1);
        var last = month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));
        if (!parameters.TryRead("reception.absence-maximum-days", day, out var maximum, out var missing))
        {
            throw new InvalidOperationException(missing.Message);
        }

        var maximumDays = (int)maximum.Number;
        return ChunkedRunner.Run(
            database,
            RunKinds.Allowance,
            month.ToString("yyyy-MM", null),
            parameters.Version,
            clock,
            options ?? new RunOptions(),
            HouseholdRange.Keys,
            (context, households, runId, chain, now) => Chunk(context, households, runId, chain, now, day, last, maximumDays, parameters));
    }

    private static ChunkOutcome Chunk(RegistryContext context, IReadOnlyList<string> households, long runId, AuditChain chain, Instant now, LocalDate day, LocalDate last, int maximumDays, ParameterTree parameters)
    {
        var inChunk = households.ToHashSet(StringComparer.Ordinal);
        var range = HouseholdRange.Persons(context, households);
        var persons = range.ToList().Where(p => inChunk.Contains(p.HouseholdId)).ToList();
        var parents = context.Parents.AsNoTracking().Join(range, x => x.PersonId, p => p.Id, (x, _) => x).ToList().ToLookup(x => x.PersonId, x => x.ParentId);
        var placements = context.Placements.AsNoTracking().Join(range, x => x.PersonId, p => p.Id, (x, _) => x)
            .Where(x => x.From <= day && (x.To == null || x.To >= day))
            .ToList().GroupBy(x => x.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.From).First().Reception);
        var incomes = context.Incomes.AsNoTracking().Join(range, x => x.PersonId, p => p.Id, (x, _) => x).Where(x => x.Month == day).ToList().ToDictionary(x => x.PersonId, x => x.AmountCents);
        var away = context.Absences.AsNoTracking().Join(range, x => x.PersonId, p => p.Id, (x, _) => x).Where(x => x.From <= last && x.To >= day).ToList()
            .Where(x => HouseholdMonth.IsLongAbsence(x, maximumDays))
            .Select(x => x.PersonId).ToHashSet(StringComparer.Ordinal);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string outcome) => counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        var payments = new List<PaymentRecord>(households.Count);
        var audit = new List<AuditEntry>(households.Count);
        void Record(string household, string municipality, int members, Money allowance, Money contribution, string outcome, string explanation)
        {
            payments.Add(new PaymentRecord
            {
                RunId = runId,
                HouseholdId = household,
                MunicipalityCode = municipality,
                Members = members,
                AllowanceCents = allowance.Cents,
                ContributionCents = contribution.Cents,
                Outcome = outcome,
                Explanation = explanation,
            });
            audit.Add(chain.Next(
                new AuditRecord($"system:run/{runId}", "allowance.record", $"household/{household}", $"allowance run {runId}", $"{{\"outcome\":\"{outcome}\",\"allowance\":{allowance},\"contribution\":{contribution}}}"),
                now));
        }

        var schedule = AllowanceSchedule.For(parameters, day);
        foreach (var group in persons.GroupBy(p => p.HouseholdId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
            var municipality = members[0].MunicipalityCode;
            var rows = members.Select(p => new MemberMonth(p, placements.GetValueOrDefault(p.Id), [.. parents[p.Id]], incomes.GetValueOrDefault(p.Id))).ToList();
            var month = HouseholdMonth.Calculate(rows, away, schedule, explain: true);
            if (month.NotInScheme)
            {
                Count("not-in-municipal-scheme");
                continue;
            }

            for (var i = 0; i < month.Away; i++)
            {
                Count("persons-away-over-maximum");
            }

            if (month.EndedByAbsence)
            {
                Record($"{group.Key}#1", municipality, month.InScheme, Money.Zero, Money.Zero, "ended-absence",
                    JsonSerializer.Serialize(new[] { new { rule = "reception.absence-maximum-days", text = $"every member was away more than {maximumDays} consecutive days" } }, _json));
                Count("ended-absence");
                continue;
            }

            if (month.Answer is AllowanceAnswer.Calculated calculated)
            {
                var n = 0;
                foreach (var household in calculated.Households)
                {
                    n++;
                    Record($"{group.Key}#{n}", municipality, household.Household.Size, household.Allowance, household.Contribution, "calculated", Explain(household));
                    Count("calculated");
                }
            }
            else
            {
                var refusal = month.Answer!.Refusal!;
                var outcome = month.Answer is AllowanceAnswer.ParameterMissing ? "not-calculable" : "invalid-relations";
                Record($"{group.Key}#1", municipality, month.Present, Money.Zero, Money.Zero, outcome,
                    JsonSerializer.Serialize(new { refusal.Field, refusal.Message, refusal.Parameter }, _json));
                Count(outcome);
            }
        }

        BulkLoader.Insert(context, payments);
        BulkLoader.Insert(context, audit);
        return new ChunkOutcome(counts);
    }

    private static string Explain(HouseholdCalculation household) =>
        JsonSerializer.Serialize(household.Explanation.Select(e => new { rule = e.Rule, reference = e.Reference, text = e.Text, value = e.Value?.Euros }), _json);
}
