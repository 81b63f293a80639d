using System.Collections.Immutable;

namespace Overgang.Web.Runs;

/// <summary>What a finished run produced.</summary>
/// <param name="Paths">Decisions runs: persons per path and status.</param>
/// <param name="PendingActions">Decisions runs: open actions per owner.</param>
/// <param name="Households">Allowance runs: households with a payment record.</param>
/// <param name="AllowanceCents">Allowance runs: total allowance payable, in euro cents.</param>
/// <param name="ContributionCents">Allowance runs: total own contribution due, in euro cents.</param>
public sealed record RunResult(ImmutableArray<PathCount> Paths, ImmutableArray<OwnerCount> PendingActions, int Households, long AllowanceCents, long ContributionCents);
