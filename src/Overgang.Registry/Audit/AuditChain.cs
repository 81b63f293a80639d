using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Overgang.Registry.Model;

namespace Overgang.Registry.Audit;

/// <summary>
/// Places audit records in the append-only, hash-chained log: each entry's hash covers its content and the previous
/// entry's hash, so changing or removing any entry breaks every hash after it.
/// </summary>
/// <remarks>
/// Appending happens in the same transaction as the change it records. The sequence number is the primary key, so two
/// writers that both try to append after the same entry cannot fork the chain: one of them fails and retries.
/// </remarks>
public sealed class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private long _sequence;
    private string _hash;

    private AuditChain(long sequence, string hash)
    {
        _sequence = sequence;
        _hash = hash;
    }

    /// <summary>Continues the chain after the last entry in the database.</summary>
    public static AuditChain After(RegistryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var last = context.Audit.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefault();
        return last is null ? new AuditChain(0, Genesis) : new AuditChain(last.Sequence, last.Hash);
    }

    /// <summary>Creates the next entry of the chain (not yet stored).</summary>
    public AuditEntry Next(AuditRecord record, Instant at)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sequence = _sequence + 1;
        var hash = Hash(sequence, at, record.Actor, record.Action, record.Subject, record.Reason, record.Data, _hash);
        var entry = new AuditEntry
        {
            Sequence = sequence,
            At = at,
            Actor = record.Actor,
            Action = record.Action,
            Subject = record.Subject,
            Reason = record.Reason,
            Data = record.Data,
            PreviousHash = _hash,
            Hash = hash,
        };
        _sequence = sequence;
        _hash = hash;
        return entry;
    }

    /// <summary>Adds records to the context's change tracker as the next entries of the chain.</summary>
    public static void Append(RegistryContext context, Instant at, params IEnumerable<AuditRecord> records)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chain = After(context);
        foreach (var record in records)
        {
            context.Audit.Add(chain.Next(record, at));
        }
    }

    /// <summary>Recomputes every hash in order; returns the first sequence that does not verify, or <c>null</c>.</summary>
    public static AuditVerification Verify(RegistryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var previous = Genesis;
        var expected = 1L;
        var count = 0L;
        foreach (var entry in context.Audit.AsNoTracking().OrderBy(a => a.Sequence).AsEnumerable())
        {
            if (entry.Sequence != expected)
            {
                return new AuditVerification(count, expected, $"entry {expected} is missing (next is {entry.Sequence})");
            }

            if (entry.PreviousHash != previous)
            {
                return new AuditVerification(count, entry.Sequence, $"entry {entry.Sequence} does not follow the hash of entry {entry.Sequence - 1}");
            }

            var hash = Hash(entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.Reason, entry.Data, entry.PreviousHash);
            if (hash != entry.Hash)
            {
                return new AuditVerification(count, entry.Sequence, $"entry {entry.Sequence} was changed after it was written");
            }

            previous = entry.Hash;
            expected++;
            count++;
        }

        return new AuditVerification(count, null, null);
    }

    private static string Hash(long sequence, Instant at, string actor, string action, string subject, string reason, string data, string previous)
    {
        var text = string.Join('\u001f', sequence.ToString(CultureInfo.InvariantCulture), InstantPattern.ExtendedIso.Format(at), actor, action, subject, reason, data, previous);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
