namespace Overgang.Registry.Audit;

/// <summary>The result of verifying the audit chain.</summary>
/// <param name="Verified">Entries verified, in order, before the first problem.</param>
/// <param name="BrokenAt">The first sequence that does not verify, or <c>null</c> when the chain is intact.</param>
/// <param name="Problem">What is wrong there.</param>
public sealed record AuditVerification(long Verified, long? BrokenAt, string? Problem)
{
    /// <summary>True when every entry verified.</summary>
    public bool IsIntact => BrokenAt is null;
}
