namespace Overgang.Registry.Audit;

/// <summary>The result of verifying the audit chain.</summary>
/// <param name="Verified">Entries verified, in order, before the first problem.</param>
/// <param name="BrokenAt">The first sequence that does not verify, or <c>null</c> when the chain is intact.</param>
/// <param name="Problem">What is wrong there.</param>
public sealed record AuditVerification(long Verified, long? BrokenAt, string? Problem)
{
    /// <summary>True when every entry verified.</summary>
    public bool IsIntact => BrokenAt is null;

    /// <summary>Of the verified entries, those written before the log was keyed (key version 0, plain SHA-256).</summary>
    public long Unkeyed { get; init; }

    /// <summary>
    /// Of the verified entries, those hashed over an instant finer than the microsecond their registry kept (PostgreSQL,
    /// before the instant was cut to the microsecond when hashed): their hash matches their stored instant plus a fraction
    /// of a microsecond, and everything else as stored.
    /// </summary>
    public long FinerInstants { get; init; }

    /// <summary>The chain hash of the last entry of an intact chain (the genesis value when empty); <c>null</c> when broken.</summary>
    public string? HeadHash { get; init; }
}
