using NodaTime;

namespace Overgang.Registry.Model;

/// <summary>One append-only audit entry; its hash covers its content and the previous entry's hash, keyed (docs/audit.md).</summary>
/// <remarks>
/// Stored compactly (migration <c>AuditTexts</c>): the actor, action and reason, repeated in every entry of a run or an
/// import, are kept once in <c>audit_text</c> and the row holds their numbers (<see cref="ActorText"/>, <see cref="ActionText"/>,
/// <see cref="ReasonText"/>). Writers set the texts; storing (<see cref="Storage.AuditTexts"/>) sets the numbers. Read entries
/// through <see cref="RegistryContext.Audit"/>, which gives the texts back; a row read from
/// <see cref="RegistryContext.AuditEntries"/> (the stored form) has empty texts and data. The hash covers the texts, not the numbers.
/// The data of a batch run's entry (actor <c>system:run/…</c>: a decision's path and status, a payment's amounts) repeats
/// the same few values for thousands of entries and is kept in <c>audit_text</c> as well (migration <c>AuditData</c>):
/// <see cref="DataText"/> is its number and <see cref="StoredData"/> empty; any other entry's data is in
/// <see cref="StoredData"/> as it is.
/// </remarks>
public sealed class AuditEntry
{
    /// <summary>Position in the log, from 1.</summary>
    public long Sequence { get; set; }

    /// <summary>When.</summary>
    public Instant At { get; set; }

    /// <summary>Who (a user, or <c>system:run/42</c>).</summary>
    public required string Actor { get; set; } = "";

    /// <summary>What: <c>person.read</c>, <c>person.update</c>, <c>decision.record</c>, ...</summary>
    public required string Action { get; set; } = "";

    /// <summary>Whose record (a person id), or a run.</summary>
    public required string Subject { get; set; }

    /// <summary>Why.</summary>
    public required string Reason { get; set; } = "";

    /// <summary>What changed (JSON), or empty.</summary>
    public required string Data { get; set; } = "";

    /// <summary>
    /// The chain hash (hex) of this entry's content and the previous entry's <see cref="Hash"/> (64 zeros before the first):
    /// HMAC-SHA256 under the registry's audit key for key version 1, plain SHA-256 for key version 0.
    /// </summary>
    /// <remarks>The previous hash is not stored again with each entry: it is the <see cref="Hash"/> of the entry before, which
    /// verification reads in order anyway (a copy of it cost 64 bytes an entry; migration <c>StoredDecisions</c>).</remarks>
    public required string Hash { get; set; }

    /// <summary>0 for an entry written before the log was keyed (plain SHA-256), 1 for HMAC-SHA256 under the audit key.</summary>
    public int KeyVersion { get; set; }

    /// <summary>The stored form of <see cref="Actor"/>: the number of its text in <c>audit_text</c>.</summary>
    public int ActorText { get; set; }

    /// <summary>The stored form of <see cref="Action"/>: the number of its text in <c>audit_text</c>.</summary>
    public int ActionText { get; set; }

    /// <summary>The stored form of <see cref="Reason"/>: the number of its text in <c>audit_text</c>.</summary>
    public int ReasonText { get; set; }

    /// <summary>
    /// The stored form of <see cref="Data"/> (column <c>Data</c>): the data itself, or empty when <see cref="DataText"/>
    /// holds it; set by storing (<see cref="Storage.AuditTexts"/>), <c>null</c> until then (which the database refuses).
    /// </summary>
    public string? StoredData { get; set; }

    /// <summary>The stored form of a batch run's <see cref="Data"/>: the number of its text in <c>audit_text</c>, or <c>null</c>.</summary>
    public int? DataText { get; set; }
}
