using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Facts;
using Overgang.Registry.Runs;
using Overgang.Rules.Parameters;
using Overgang.Web.Outlook;

namespace Overgang.Web.SelfService;

/// <summary>Reads a displaced person's own record for the self-service page and <c>GET /api/v1/me</c>.</summary>
/// <remarks>
/// The allowance is the household's payment in the latest allowance run for the current month. When the rules split a
/// registered household into several allowance households (<c>#1</c>, <c>#2</c>: a grandparent living with the family),
/// the payment list does not say who is in which; the first one is shown, which is the person's own for every demo
/// account (adults of a family).
/// </remarks>
internal static class OwnRecordReader
{
    public static async Task<OwnRecordResponse?> ReadAsync(RegistryContext context, ParameterTree parameters, string personId, LocalDate today, CancellationToken cancellationToken)
    {
        var person = await context.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return null;
        }

        var municipality = await context.Municipalities.AsNoTracking().Where(m => m.Code == person.MunicipalityCode).Select(m => m.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var placement = PlacementRows.On(
            await PlacementRows.Covering(context, today).Where(p => p.PersonId == personId).ToListAsync(cancellationToken).ConfigureAwait(false),
            today);
        var locationName = placement?.LocationId is { } locationId
            ? await context.Locations.AsNoTracking().Where(l => l.Id == locationId).Select(l => l.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : null;

        var record = await context.DecisionsWithVersion.Where(d => d.PersonId == personId)
            .OrderByDescending(d => d.RunId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        OwnDecision? decision = null;
        ImmutableArray<OwnTask> tasks = [];
        if (record is not null)
        {
            decision = new OwnDecision(record.RunId, Iso(record.Date), record.Path, record.Status, record.ValidFrom is { } from ? Iso(from) : null, record.ValidUntil is { } until ? Iso(until) : null, record.ParameterVersion ?? "");
            tasks = [.. (await context.Tasks.AsNoTracking().Where(t => t.RunId == record.RunId && t.PersonId == personId).ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderBy(t => t.Due).ThenBy(t => t.Id)
                .Select(t => new OwnTask(t.Kind, t.Owner, StoredExplanations.TaskText(t), Iso(t.Due), t.Status))];
        }

        return new OwnRecordResponse(
            person.Id, person.GivenName, person.FamilyName, person.GivenNameCyrillic, person.FamilyNameCyrillic, person.HouseholdId,
            person.MunicipalityCode, municipality ?? person.MunicipalityCode, placement?.Reception, locationName,
            decision, tasks, await AllowanceAsync(context, person.HouseholdId, today.ToYearMonth(), cancellationToken).ConfigureAwait(false),
            HouseholdOutlook.Calculate(context, parameters, person.HouseholdId, today.ToYearMonth(), person.Id));
    }

    private static async Task<OwnAllowance?> AllowanceAsync(RegistryContext context, string householdId, YearMonth month, CancellationToken cancellationToken)
    {
        var argument = month.ToString("yyyy-MM", null);
        var runs = await context.Runs.AsNoTracking().Where(r => r.Kind == RunKinds.Allowance && r.Argument == argument)
            .OrderByDescending(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var prefix = householdId + "#";
        foreach (var runId in runs)
        {
            // The first allowance household is numbered 1 and comes first in ordinal order ("#1" is a prefix of "#10"), so
            // when it is stored it is the one shown: a lookup by the primary key. Only without it are the run's payments
            // searched by prefix (a scan of the run's rows: the prefix match cannot use the key on either database).
            var first = prefix + "1";
            var payment = await context.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.RunId == runId && p.HouseholdId == first, cancellationToken).ConfigureAwait(false)
                ?? (await context.Payments.AsNoTracking().Where(p => p.RunId == runId && p.HouseholdId.StartsWith(prefix)).ToListAsync(cancellationToken).ConfigureAwait(false))
                    .OrderBy(p => p.HouseholdId, StringComparer.Ordinal).FirstOrDefault();
            if (payment is not null)
            {
                return new OwnAllowance(argument, runId, payment.HouseholdId, payment.Members, payment.AllowanceCents, payment.ContributionCents, payment.Outcome, Lines(StoredExplanations.PaymentJson(context, payment)));
            }
        }

        return null;
    }

    /// <summary>The explanation's rules; an explanation that is not a list of rules (a refusal) gives no lines.</summary>
    private static ImmutableArray<AllowanceLine> Lines(string explanation)
    {
        using var document = JsonDocument.Parse(explanation);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var lines = ImmutableArray.CreateBuilder<AllowanceLine>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var rule = item.TryGetProperty("rule", out var r) ? r.GetString() ?? "" : "";
            var text = item.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            long? cents = item.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? (long)Math.Round(v.GetDecimal() * 100m, MidpointRounding.AwayFromZero) : null;
            lines.Add(new AllowanceLine(rule, text, cents));
        }

        return lines.ToImmutable();
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", null);
}
