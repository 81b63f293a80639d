using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Model;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.SelfService;

/// <summary>The contact details an administrator records for a municipality, as posted.</summary>
/// <param name="Address">Address, or empty for "from the data file".</param>
/// <param name="Phone">Phone, or empty.</param>
/// <param name="Website">Website (https), or empty.</param>
/// <param name="Hours">Opening hours, or empty.</param>
/// <param name="Source">Where the details come from (required).</param>
internal sealed record ContactEdit(string? Address, string? Phone, string? Website, string? Hours, string? Source);

/// <summary>
/// An administrator records a municipality's contact details in the registry; a recorded field overrides the data file
/// on <c>/me</c>. Every change is in the audit log (subject <c>municipality:GMxxxx</c>) in the same transaction.
/// </summary>
internal static class ContactAdministration
{
    /// <summary>What is wrong with an edit, per field (<c>address</c>, <c>phone</c>, <c>website</c>, <c>hours</c>, <c>source</c>) with a problem code.</summary>
    public static ImmutableArray<(string Field, string Problem)> Validate(ContactEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var problems = ImmutableArray.CreateBuilder<(string, string)>();
        void Check(string field, string? value, int maximum, bool required = false)
        {
            var text = value?.Trim() ?? "";
            if (text.Length == 0)
            {
                if (required)
                {
                    problems.Add((field, "required"));
                }
            }
            else if (text.Length > maximum)
            {
                problems.Add((field, "too-long"));
            }
            else if (FreeText.Problem(text) is not null)
            {
                problems.Add((field, "characters"));
            }
        }

        Check("address", edit.Address, 300);
        Check("phone", edit.Phone, 60);
        if (edit.Phone is { Length: > 0 } phone && !phone.Trim().All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))
        {
            problems.Add(("phone", "format"));
        }

        Check("website", edit.Website, 300);
        if (edit.Website is { Length: > 0 } website && !(Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            problems.Add(("website", "format"));
        }

        Check("hours", edit.Hours, 300);
        Check("source", edit.Source, 500, required: true);
        return problems.ToImmutable();
    }

    /// <summary>Stores the edit (administrators only) with its audit entry.</summary>
    public static async Task<CaseResult<MunicipalityContact>> SaveAsync(RegistryContext context, AccessLog log, IClock clock, Caller caller, string municipalityCode, ContactEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(edit);
        if (caller.Role != Roles.Admin)
        {
            return new CaseResult<MunicipalityContact>.Refused();
        }

        if (!await context.Municipalities.AnyAsync(m => m.Code == municipalityCode, cancellationToken).ConfigureAwait(false))
        {
            return new CaseResult<MunicipalityContact>.NotFound();
        }

        if (Validate(edit) is { Length: > 0 } problems)
        {
            return new CaseResult<MunicipalityContact>.Invalid(problems[0].Field, problems[0].Field + ": " + problems[0].Problem);
        }

        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var row = await context.MunicipalityContacts.SingleOrDefaultAsync(c => c.MunicipalityCode == municipalityCode, cancellationToken).ConfigureAwait(false);
        var before = row is null ? null : new { row.Address, row.Phone, row.Website, hours = row.OpeningHours, row.Source };
        if (row is null)
        {
            row = new MunicipalityContact { MunicipalityCode = municipalityCode, Source = "", ChangedBy = "" };
            context.MunicipalityContacts.Add(row);
        }

        row.Address = Clean(edit.Address);
        row.Phone = Clean(edit.Phone);
        row.Website = Clean(edit.Website);
        row.OpeningHours = Clean(edit.Hours);
        row.Source = Clean(edit.Source)!;
        row.ChangedBy = caller.UserName;
        row.ChangedAt = clock.GetCurrentInstant();
        row.Version++;
        var data = JsonSerializer.Serialize(new { before, after = new { row.Address, row.Phone, row.Website, hours = row.OpeningHours, row.Source } });
        await log.ChangeAsync(context, caller, "municipality.contact", "municipality:" + municipalityCode, "contact details changed", data, cancellationToken).ConfigureAwait(false);
        return new CaseResult<MunicipalityContact>.Ok(row);
    }
}
