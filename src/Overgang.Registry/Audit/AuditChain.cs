using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Model;

namespace Overgang.Registry.Audit;

/// <summary>
/// Places audit records in the append-only, hash-chained log: each entry's hash covers its content and the previous
/// entry's hash, keyed with the registry's <see cref="AuditKey"/> (HMAC-SHA256), so changing or removing any entry breaks
/// every hash after it and only the key's holder can compute a hash that verifies.
/// </summary>
/// <remarks>
/// <para>Batch runs with several workers (<see cref="Runs.ChunkedRunner"/>) build a chunk's entries on a
/// <see cref="Deferred"/> chain, without sequence or hash, and <see cref="Seal"/> them at commit, after taking the run's
/// row lock: the appends of all workers are serialised for the moment of the append only, so the log stays one chain.</para>
/// <para>Appending happens in the same transaction as the change it records. The sequence number is the primary key, so two
/// writers that both try to append after the same entry cannot fork the chain: one of them fails and retries.</para>
/// <para>Entries written before the log was keyed have key version 0 and a plain SHA-256 chain hash; they verify as before.
/// Every entry written now has key version 1; an unkeyed entry after a keyed one is a break. Truncating the log (deleting
/// its last entries) leaves a chain that verifies: only a checkpoint kept elsewhere detects it (<see cref="AuditCheckpoint"/>,
/// docs/audit.md).</para>
/// </remarks>
public sealed class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private readonly AuditKey? _key;
    private long _sequence;
    private string _hash;

    // The text of the instant of the last entry made by Next: a load or an import makes many entries at one instant.
    private (Instant At, string Text)? _formatted;

    private AuditChain(AuditKey? key, long sequence, string hash)
    {
        _key = key;
        _sequence = sequence;
        _hash = hash;
    }

    /// <summary>
    /// A chain whose entries get no sequence or hash yet (both left empty): they are placed in the log later, in order,
    /// with <see cref="Seal"/> on the chain after the last stored entry.
    /// </summary>
    public static AuditChain Deferred() => new(null, 0, "");

    /// <summary>
    /// Places entries made on a <see cref="Deferred"/> chain (or on any chain) as the next entries of this chain, in order:
    /// sets their sequence, hash (over the previous one) and key version. Call it in the transaction that stores them, after
    /// <see cref="After"/> under a lock that keeps other appenders out until the commit.
    /// </summary>
    public void Seal(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var key = _key ?? throw new InvalidOperationException("a deferred chain cannot seal entries: seal them on AuditChain.After");

        // A batch run's chunk seals thousands of entries made at one instant: its text is formatted once, not per entry.
        (Instant At, string Text)? formatted = null;
        foreach (var entry in entries)
        {
            var sequence = _sequence + 1;
            entry.Sequence = sequence;
            entry.KeyVersion = AuditKey.Version;
            entry.At = Stored(entry.At);
            if (formatted is not { } known || known.At != entry.At)
            {
                formatted = known = (entry.At, Format(entry.At));
            }

            entry.Hash = Hash(key, AuditKey.Version, sequence, known.Text, entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, _hash);
            _sequence = sequence;
            _hash = entry.Hash;
        }
    }

    /// <summary>
    /// An entry's instant as every provider stores it, to the microsecond (PostgreSQL's precision; the system clock reads
    /// tenths of one). The hash covers the instant the registry gives back, so an entry read back verifies.
    /// </summary>
    public static Instant Stored(Instant at)
    {
        var ticks = at.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(ticks - (((ticks % TimeSpan.TicksPerMicrosecond) + TimeSpan.TicksPerMicrosecond) % TimeSpan.TicksPerMicrosecond));
    }

    /// <summary>
    /// Continues the chain after the last entry in the database, with the context's audit key, once that key is known to
    /// be the one the log was signed with (<see cref="Confirm(RegistryContext)"/>).
    /// </summary>
    /// <exception cref="AuditKeyException">The key is missing or is not the log's.</exception>
    public static AuditChain After(RegistryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.AuditKey;
        var last = context.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash, a.KeyVersion }).FirstOrDefault();
        if (last is null)
        {
            return new AuditChain(key, 0, Genesis);
        }

        Confirm(context, key, last.Sequence, last.KeyVersion);
        return new AuditChain(key, last.Sequence, last.Hash);
    }

    /// <summary>
    /// Checks, before anything is written, that the context's audit key is the one the log's last signed entry was signed
    /// with: an entry signed with another key (a key file made anew in another working directory, or another registry's)
    /// would break the chain for every entry after it. Checked once per registry and key in a process.
    /// </summary>
    /// <exception cref="AuditKeyException">The key is missing while the log has signed entries, or its last entry does not verify under the key.</exception>
    /// <remarks>The check <see cref="After"/> makes, for a caller that is not appending yet (a run's start, <c>serve</c>).</remarks>
    public static void Confirm(RegistryContext context) => _ = After(context);

    private static readonly ConcurrentDictionary<(string? Database, string Key), bool> _confirmed = new();

    private static void Confirm(RegistryContext context, AuditKey key, long sequence, int keyVersion)
    {
        if (keyVersion != AuditKey.Version || _confirmed.ContainsKey((context.Database.GetConnectionString(), key.Id)))
        {
            return;
        }

        // The last entry and the one before it (whose hash the last one covers), with their texts as verification reads them.
        var entries = context.Audit.Where(a => a.Sequence >= sequence - 1 && a.Sequence <= sequence).OrderBy(a => a.Sequence).ToList();
        var entry = entries[^1];
        var previous = entries.Count == 2 ? entries[0].Hash : Genesis;
        if (Hash(key, entry.KeyVersion, entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, previous) != entry.Hash
            && !FinerInstant(key, entry, previous))
        {
            var number = entry.Sequence.ToString(CultureInfo.InvariantCulture);
            throw new AuditKeyException(
                $"the audit key from {key.Source} does not verify the audit log's last entry ({number}): it is not the key this registry was signed with, " +
                $"and entries signed with it would break the log (set ${AuditKey.EnvironmentVariable} or ${AuditKey.FileVariable} to this registry's key; " +
                "if the key is right, that entry was changed: `overgang audit verify` says where the log breaks); nothing was written");
        }

        _confirmed.TryAdd((context.Database.GetConnectionString(), key.Id), true);
    }

    /// <summary>Creates the next entry of the chain (not yet stored).</summary>
    public AuditEntry Next(AuditRecord record, Instant at)
    {
        ArgumentNullException.ThrowIfNull(record);
        at = Stored(at);
        var sequence = _key is null ? 0 : _sequence + 1;
        var hash = _key is null ? "" : Hash(_key, AuditKey.Version, sequence, Text(at), record.Actor, record.Action, record.Subject, record.Reason, record.Data, _hash);
        var entry = new AuditEntry
        {
            Sequence = sequence,
            At = at,
            Actor = record.Actor,
            Action = record.Action,
            Subject = record.Subject,
            Reason = record.Reason,
            Data = record.Data,
            Hash = hash,
            KeyVersion = AuditKey.Version,
        };
        _sequence = sequence;
        _hash = hash;
        return entry;
    }

    /// <summary>
    /// The next entries of the chain, one per subject, of one actor, action and reason at one instant: a run's chunk (a
    /// decision per person, a payment per household), not yet stored.
    /// </summary>
    public List<AuditEntry> Next(string actor, string action, string reason, IReadOnlyList<(string Subject, string Data)> subjects, Instant at)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var entries = new List<AuditEntry>(subjects.Count);
        foreach (var (subject, data) in subjects)
        {
            entries.Add(Next(new AuditRecord(actor, action, subject, reason, data), at));
        }

        return entries;
    }

    /// <summary>Adds records to the context's change tracker as the next entries of the chain.</summary>
    public static void Append(RegistryContext context, Instant at, params IEnumerable<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chain = After(context);
        foreach (var record in records)
        {
            context.AuditEntries.Add(chain.Next(record, at));
        }
    }

    /// <summary>Recomputes every hash in order; returns the first sequence that does not verify, or <c>null</c>.</summary>
    public static AuditVerification Verify(RegistryContext context) => Verify(context, null);

    /// <summary>
    /// Recomputes every hash in order and, given a checkpoint, checks that the log still reaches it with the same head
    /// hash: a log shortened below the checkpoint or rewritten before it does not verify, even with recomputed hashes.
    /// </summary>
    public static AuditVerification Verify(RegistryContext context, AuditCheckpoint? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.AuditKey;
        if (checkpoint is not null && !checkpoint.IsSignedBy(key))
        {
            return new AuditVerification(0, 0, checkpoint.KeyId == key.Id
                ? "the checkpoint's signature does not verify: the file was changed"
                : $"the checkpoint was signed with another audit key ({checkpoint.KeyId}, this registry's is {key.Id})");
        }

        var previous = Genesis;
        var expected = 1L;
        var count = 0L;
        var unkeyed = 0L;
        var finer = 0L;
        var keyed = false;
        foreach (var entry in context.Audit.OrderBy(a => a.Sequence).AsEnumerable())
        {
            if (entry.Sequence != expected)
            {
                return new AuditVerification(count, expected, $"entry {expected} is missing (next is {entry.Sequence})") { Unkeyed = unkeyed };
            }

            if (entry.KeyVersion is not (0 or AuditKey.Version) || (keyed && entry.KeyVersion == 0))
            {
                return new AuditVerification(count, entry.Sequence, entry.KeyVersion == 0
                    ? $"entry {entry.Sequence} has no key while the entries before it have one: it was written without the audit key"
                    : $"entry {entry.Sequence} has an unknown key version {entry.KeyVersion}") { Unkeyed = unkeyed };
            }

            var hash = Hash(key, entry.KeyVersion, entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, previous);
            if (hash != entry.Hash && FinerInstant(key, entry, previous))
            {
                finer++;
            }
            else if (hash != entry.Hash)
            {
                // The hash covers the previous entry's hash, so an entry that no longer follows the one before fails here too.
                return new AuditVerification(count, entry.Sequence, $"entry {entry.Sequence} was changed after it was written") { Unkeyed = unkeyed };
            }

            if (checkpoint is not null && entry.Sequence == checkpoint.LastSequence && entry.Hash != checkpoint.HeadHash)
            {
                return new AuditVerification(count, entry.Sequence,
                    $"entry {entry.Sequence} is not the one of the checkpoint of {Format(checkpoint.At)}: the log up to it was rewritten after the checkpoint") { Unkeyed = unkeyed };
            }

            keyed |= entry.KeyVersion != 0;
            unkeyed += entry.KeyVersion == 0 ? 1 : 0;
            previous = entry.Hash;
            expected++;
            count++;
        }

        if (checkpoint is not null && count < checkpoint.Entries)
        {
            return new AuditVerification(count, count + 1,
                $"the log has {count.ToString("N0", CultureInfo.InvariantCulture)} entries, the checkpoint has {checkpoint.Entries.ToString("N0", CultureInfo.InvariantCulture)} ({Format(checkpoint.At)}): entries {count + 1}-{checkpoint.LastSequence} were removed") { Unkeyed = unkeyed };
        }

        return new AuditVerification(count, null, null) { Unkeyed = unkeyed, HeadHash = previous, FinerInstants = finer };
    }

    /// <summary>
    /// Whether the entry's hash is the one written before instants were cut to the microsecond (<see cref="Stored"/>): over
    /// its stored instant plus one to nine tenths of a microsecond, which PostgreSQL did not keep. Everything else the hash
    /// covers (sequence, actor, action, subject, reason, data, the previous hash) must still match.
    /// </summary>
    private static bool FinerInstant(AuditKey key, AuditEntry entry, string previous)
    {
        if (Stored(entry.At) != entry.At)
        {
            return false;
        }

        for (var tenths = 1; tenths < TimeSpan.TicksPerMicrosecond; tenths++)
        {
            if (Hash(key, entry.KeyVersion, entry.Sequence, entry.At + Duration.FromTicks(tenths), entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, previous) == entry.Hash)
            {
                return true;
            }
        }

        return false;
    }

    private static string Format(Instant at) => InstantPattern.ExtendedIso.Format(at);

    /// <summary>The text of <paramref name="at"/> as hashed, formatted once while the entries share their instant.</summary>
    private string Text(Instant at)
    {
        if (_formatted is not { } known || known.At != at)
        {
            _formatted = known = (at, Format(at));
        }

        return known.Text;
    }

    private static string Hash(AuditKey key, int version, long sequence, Instant at, string actor, string action, string subject, string reason, string data, string previous) =>
        Hash(key, version, sequence, Format(at), actor, action, subject, reason, data, previous);

    private static string Hash(AuditKey key, int version, long sequence, string at, string actor, string action, string subject, string reason, string data, string previous) =>
        AuditHasher.For(key).Hash(version, sequence, at, actor, action, subject, reason, data, previous);
}
