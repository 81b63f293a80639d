using System.Text.Json;
using System.Threading.Channels;
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
/// <para>One entry per person, with the subject <c>person:{id}</c>, so that the log answers "who saw this person" through
/// its subject index. Appends in this process are serialised (the chain has one head); another process appending at
/// the same moment makes the insert fail on the sequence key, and the append is retried after the new head.</para>
/// <para>Reads are committed in groups: a request's entries go to a queue, one writer stores whatever has queued up in
/// one transaction (one flush to disk for many requests), and the request continues only once its entries are stored.
/// Committing each read on its own made the disk's flush latency (a median of 3 ms, a tail of hundreds on this machine)
/// the limit of every read under load. Changes are not grouped: a change and its entry share the change's transaction.</para>
/// </remarks>
public sealed class AccessLog : IDisposable
{
    private const int Attempts = 5;
    private const int MaxGroup = 512;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IClock _clock;
    private readonly RegistryDatabase _database;
    private readonly Channel<PendingRead> _reads = Channel.CreateUnbounded<PendingRead>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <summary>Starts the log's writer for reads on a database.</summary>
    public AccessLog(IClock clock, RegistryDatabase database)
    {
        _clock = clock;
        _database = database;
        _writer = Task.Run(WriteReadsAsync);
    }

    /// <summary>Records that a caller read persons' records; does nothing for an empty list. Completes once stored.</summary>
    public Task ReadAsync(RegistryContext context, Caller caller, string what, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(personIds);
        return personIds.Count == 0
            ? Task.CompletedTask
            : Enqueue([.. personIds.Select(id => new AuditRecord(caller.Actor, "person.read", "person:" + id, what, "{}"))]);
    }

    /// <summary>Records a search and the persons it showed, as one entry. Completes once stored.</summary>
    public Task SearchAsync(RegistryContext context, Caller caller, string query, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(personIds);
        return Enqueue([new AuditRecord(caller.Actor, "person.search", "search", query, JsonSerializer.Serialize(personIds))]);
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

    /// <summary>
    /// Records an event of an account (a failed sign-in, a sign-out) under the subject <c>account:{name}</c>, and saves it
    /// together with whatever else the context has pending (the account's failure count, its new stamp).
    /// </summary>
    public Task AccountAsync(RegistryContext context, string actor, string action, string userName, string reason, string data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return AppendAsync(context, [new AuditRecord(actor, action, "account:" + userName, reason, data)], cancellationToken);
    }

    /// <summary>
    /// Records a change of something other than a person's record (a municipality's contact details) under its own
    /// subject, and saves it together with the change.
    /// </summary>
    public Task ChangeAsync(RegistryContext context, Caller caller, string action, string subject, string reason, string data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return AppendAsync(context, [new AuditRecord(caller.Actor, action, subject, reason, data)], cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reads.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
        _gate.Dispose();
    }

    private Task Enqueue(IReadOnlyList<AuditRecord> records)
    {
        var pending = new PendingRead(records, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_reads.Writer.TryWrite(pending), this);
        return pending.Stored.Task;
    }

    private async Task WriteReadsAsync()
    {
        var group = new List<PendingRead>(MaxGroup);
        while (await _reads.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            while (group.Count < MaxGroup && _reads.Reader.TryRead(out var pending))
            {
                group.Add(pending);
            }

            try
            {
                using var context = _database.Open();
                await AppendAsync(context, [.. group.SelectMany(p => p.Records)], CancellationToken.None).ConfigureAwait(false);
                group.ForEach(p => p.Stored.TrySetResult());
            }
#pragma warning disable CA1031 // the writer must outlive a failed group: each waiting request fails with the cause instead
            catch (Exception e)
#pragma warning restore CA1031
            {
                group.ForEach(p => p.Stored.TrySetException(e));
            }
        }
    }

    private async Task AppendAsync(RegistryContext context, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var chain = AuditChain.After(context);
                var at = _clock.GetCurrentInstant();
                var entries = records.Select(r => chain.Next(r, at)).ToList();
                context.AuditEntries.AddRange(entries);
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

    private sealed record PendingRead(IReadOnlyList<AuditRecord> Records, TaskCompletionSource Stored);
}
