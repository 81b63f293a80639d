using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Overgang.Registry;
using Overgang.Registry.Audit;
using Overgang.Web.Security;

namespace Overgang.Web.Audit;

/// <summary>
/// Writes who read or changed which person's record to the hash-chained audit log, before the data leaves the server:
/// when the entry cannot be written, the request fails and nothing is shown.
/// </summary>
/// <remarks>
/// One entry per person, with the subject <c>person:{id}</c>, so that the log answers "who saw this person" through its
/// subject index. Appends in this process are serialised (the chain has one head); another process appending at the
/// same moment makes the insert fail on the sequence key, and the append is retried after the new head.
/// </remarks>
public sealed class AccessLog(IClock clock) : IDisposable
{
    private const int Attempts = 5;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Records that a caller read persons' records; does nothing for an empty list.</summary>
    public Task ReadAsync(RegistryContext context, Caller caller, string what, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
        WriteAsync(context, caller, "person.read", what, personIds, cancellationToken);

    /// <summary>Records a search and the persons it showed, as one entry.</summary>
    public Task SearchAsync(RegistryContext context, Caller caller, string query, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(personIds);
        var record = new AuditRecord(caller.Actor, "person.search", "search", query, JsonSerializer.Serialize(personIds));
        return AppendAsync(context, [record], cancellationToken);
    }

    /// <summary>
    /// Records a read or change of persons' records under an action name, one entry per person, and saves it together
    /// with whatever else the context has pending: a change and its audit entry are stored in one transaction or not at all.
    /// </summary>
    /// <exception cref="DbUpdateConcurrencyException">A pending change met a newer version of the row; nothing was stored.</exception>
    public Task WriteAsync(RegistryContext context, Caller caller, string action, string reason, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken, string data = "{}")
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(personIds);
        return personIds.Count == 0
            ? Task.CompletedTask
            : AppendAsync(context, personIds.Select(id => new AuditRecord(caller.Actor, action, "person:" + id, reason, data)).ToList(), cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    private async Task AppendAsync(RegistryContext context, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var chain = AuditChain.After(context);
                var at = clock.GetCurrentInstant();
                var entries = records.Select(r => chain.Next(r, at)).ToList();
                context.Audit.AddRange(entries);
                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    foreach (var entry in entries)
                    {
                        context.Entry(entry).State = EntityState.Detached;
                    }

                    return;
                }
                catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && attempt < Attempts)
                {
                    foreach (var entry in entries)
                    {
                        context.Entry(entry).State = EntityState.Detached;
                    }
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
