using Overgang.Registry.Model;

namespace Overgang.Registry.Runs;

/// <summary>What a chunk produced: counts per outcome, added to the run's totals in the same transaction, and the chunk's
/// audit entries, made on a deferred chain (<see cref="Audit.AuditChain.Deferred"/>) and placed in the log at commit.</summary>
/// <param name="Counts">Outcome name to count.</param>
/// <param name="Audit">The chunk's audit entries, in order, not yet sealed or stored.</param>
internal sealed record ChunkOutcome(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<AuditEntry> Audit)
{
    /// <summary>The chunk's payments (allowance runs), for the month's lists written as the run goes (<see cref="MonthLists"/>).</summary>
    public IReadOnlyList<PaymentRecord> Payments { get; init; } = [];
}
