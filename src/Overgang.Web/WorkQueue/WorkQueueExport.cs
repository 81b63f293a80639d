using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;
using Overgang.Registry;
using Overgang.Registry.Files;
using Overgang.Web.Audit;
using Overgang.Web.Cases;
using Overgang.Web.Security;

namespace Overgang.Web.WorkQueue;

/// <summary>
/// The work queue as CSV, for the same filter and sort as the page, streamed row by row from the database (never built
/// in memory). Pseudonymised by default: a keyed pseudonym (HMAC under the registry's audit key) instead of the person's
/// id and name; full ids and names only when asked for explicitly, audited as a read of every person in the file before
/// the first row leaves the server.
/// </summary>
public sealed class WorkQueueExport(RegistryContext context, AccessLog log, NodaTime.IClock clock)
{
    private const int RowsPerFlush = 200;

    /// <summary>The file's writer, or why not.</summary>
    public async Task<CaseResult<Func<Stream, CancellationToken, Task>>> PrepareAsync(Caller caller, WorkQueueQuery query, bool identities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (caller.Role is not (Roles.Ind or Roles.Admin))
        {
            return new CaseResult<Func<Stream, CancellationToken, Task>>.Refused();
        }

        if (!WorkQueueFilter.TryParse(query, out var filter, out var error))
        {
            return new CaseResult<Func<Stream, CancellationToken, Task>>.Invalid(error.Field, error.Message);
        }

        var today = CaseClock.Today(clock);
        var run = await WorkQueueRows.LatestRunAsync(context, cancellationToken).ConfigureAwait(false);
        var rows = run is null ? null : WorkQueueRows.Sorted(WorkQueueRows.Matching(context, run.Id, filter, caller, today), filter);
        var what = "work-queue export" + (identities ? " with identities " : " pseudonymised ") + filter.Link()["/work-queue?".Length..];
        if (identities && rows is not null)
        {
            var ids = await rows.Select(r => r.PersonId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            await log.ReadAsync(context, caller, what, ids, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await log.SearchAsync(context, caller, what, [], cancellationToken).ConfigureAwait(false);
        }

        var key = context.AuditKey;
        return new CaseResult<Func<Stream, CancellationToken, Task>>.Ok(async (stream, token) =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
            using var csv = new CsvFileWriter(writer);
            if (identities)
            {
                csv.Header("personId", "familyName", "givenName", "householdId", "municipality", "municipalityName", "owner", "action", "due", "overdue", "flags", "assignedTo");
            }
            else
            {
                csv.Header("pseudonym", "municipality", "municipalityName", "owner", "action", "due", "overdue", "flags");
            }

            if (rows is null)
            {
                await writer.FlushAsync(token).ConfigureAwait(false);
                return;
            }

            var assigned = identities
                ? await context.WorkAssignments.AsNoTracking().ToDictionaryAsync(a => (a.PersonId, a.ActionCode), a => a.AssignedTo, token).ConfigureAwait(false)
                : [];
            var count = 0;
            await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(token).ConfigureAwait(false))
            {
                if (identities)
                {
                    csv.Text(r.PersonId).Text(r.FamilyName).Text(r.GivenName).Text(r.HouseholdId);
                }
                else
                {
                    csv.Text(key.Sign("work-queue:" + r.PersonId)[..16]);
                }

                csv.Text(r.MunicipalityCode).Text(r.MunicipalityName).Text(r.Owner).Text(r.Code ?? r.Text).Text(LocalDatePattern.Iso.Format(r.Due))
                    .Text(r.Due < today ? "true" : "false").Text(string.Join(' ', WorkQueueService.FlagNames(r.Flags)));
                if (identities)
                {
                    csv.Text(assigned.GetValueOrDefault((r.PersonId, r.Code ?? "")));
                }

                csv.EndRow();
                if (++count % RowsPerFlush == 0)
                {
                    await writer.FlushAsync(token).ConfigureAwait(false);
                }
            }

            await writer.FlushAsync(token).ConfigureAwait(false);
        });
    }
}
