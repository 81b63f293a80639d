using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Letters;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.SelfService;

/// <summary>
/// A displaced person reports a change about themselves (new address, income, departure plans, other): stored as an
/// open task for the case workers of the person's municipality, with an audit entry in the same transaction. Case
/// workers read them on the household page.
/// </summary>
internal static class ReportedChanges
{
    /// <summary>The kinds a person may report.</summary>
    public static readonly ImmutableArray<string> Kinds = ["address", "income", "departure", "other"];

    /// <summary>What is wrong with a report, per field: <c>kind</c> (<c>required</c>) and <c>text</c> (<c>required</c>, <c>too-long</c>, <c>characters</c>).</summary>
    public static ImmutableArray<(string Field, string Problem)> Validate(string? kind, string? text)
    {
        var problems = ImmutableArray.CreateBuilder<(string, string)>();
        if (kind is null || !Kinds.Contains(kind, StringComparer.Ordinal))
        {
            problems.Add(("kind", "required"));
        }

        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            problems.Add(("text", "required"));
        }
        else if (trimmed.Length > ReportedChange.TextMaximum)
        {
            problems.Add(("text", "too-long"));
        }
        else if (FreeText.Problem(trimmed, lineBreaks: true) is not null)
        {
            problems.Add(("text", "characters"));
        }

        return problems.ToImmutable();
    }

    /// <summary>Stores the caller's own report; only a displaced person reports, and only about their own record.</summary>
    public static async Task<CaseResult<ReportedChange>> ReportAsync(RegistryContext context, AccessLog log, IClock clock, Caller caller, string? kind, string? text, LetterLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role != Roles.Person || caller.PersonId is not { } personId)
        {
            return new CaseResult<ReportedChange>.Refused();
        }

        if (Validate(kind, text) is { Length: > 0 } problems)
        {
            return new CaseResult<ReportedChange>.Invalid(problems[0].Field, problems[0].Field + ": " + problems[0].Problem);
        }

        var person = await context.Persons.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.HouseholdId, p.MunicipalityCode }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new CaseResult<ReportedChange>.NotFound();
        }

        var change = new ReportedChange
        {
            PersonId = personId,
            HouseholdId = person.HouseholdId,
            MunicipalityCode = person.MunicipalityCode,
            Kind = kind!,
            Text = text!.Trim(),
            Language = LetterDates.Code(language),
            ReportedAt = clock.GetCurrentInstant(),
            Status = "open",
        };
        context.ReportedChanges.Add(change);
        await log.WriteAsync(context, caller, "person.report-change", "change reported by the person (" + change.Kind + ")", [personId], cancellationToken,
            JsonSerializer.Serialize(new { kind = change.Kind, municipality = change.MunicipalityCode, length = change.Text.Length })).ConfigureAwait(false);
        return new CaseResult<ReportedChange>.Ok(change);
    }

    /// <summary>The open reported changes of a household's members within the caller's municipality scope, oldest first.</summary>
    public static async Task<ImmutableArray<ReportedChange>> OpenForHouseholdAsync(RegistryContext context, Caller caller, string householdId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is not (Roles.CaseWorker or Roles.Ind or Roles.Admin))
        {
            return [];
        }

        var rows = await context.ReportedChanges.AsNoTracking().Where(c => c.HouseholdId == householdId && c.Status == "open")
            .OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Where(c => caller.MayReadMunicipality(c.MunicipalityCode))];
    }
}
