using NodaTime;

namespace Overgang.Web.Hosting;

/// <summary>
/// The limits that keep one caller from taking the server (memory, processor, passwords): request sizes, rate limits
/// and the sign-in lockout. The figures and how they were chosen are in docs/security.md.
/// </summary>
public sealed record WebLimits
{
    /// <summary>The production figures.</summary>
    public static WebLimits Default { get; } = new();

    /// <summary>
    /// Persons in one <c>/calc</c> or <c>/decide</c> document. A 1,000-person calculation holds about 30 MB while it
    /// runs (40,000 persons held over a gigabyte); a municipality's batch belongs in a run, not in one request.
    /// </summary>
    public int MaxPersonsPerCalculation { get; init; } = 1_000;

    /// <summary>The body of a <c>/calc</c> or <c>/decide</c> request: 1,000 persons with every optional field fit.</summary>
    public long MaxCalculationBodyBytes { get; init; } = 512 * 1024;

    /// <summary>Every other request body (a change of facts, a run, a sign-in).</summary>
    public long MaxBodyBytes { get; init; } = 64 * 1024;

    /// <summary>Income months in one change of a person's facts (two years).</summary>
    public int MaxIncomesPerUpdate { get; init; } = 24;

    /// <summary>The highest page number of a search (with at most 100 per page: the first million rows).</summary>
    public int MaxPage { get; init; } = 10_000;

    /// <summary>Calculations (<c>/calc</c>, <c>/decide</c>) an account may start per minute (a token bucket, refilled evenly).</summary>
    public int CalculationsPerMinutePerAccount { get; init; } = 30;

    /// <summary>
    /// Calculations (<c>/calc</c>, <c>/decide</c>) a caller without an account may start per minute from one client
    /// address (a token bucket, refilled evenly): the calculator is open to everyone, the address is what limits it.
    /// </summary>
    public int CalculationsPerMinutePerAddress { get; init; } = 30;

    /// <summary>Calculations of one account (or one address without an account) running at the same time.</summary>
    public int CalculationsAtOncePerAccount { get; init; } = 2;

    /// <summary>
    /// Calculations of all accounts running at the same time: one per processor (2 here); more would only hold memory
    /// while they wait for a processor (measured in docs/security.md).
    /// </summary>
    public int CalculationsAtOnce { get; init; } = Environment.ProcessorCount;

    /// <summary>Sign-in attempts (page and token) per client address per minute.</summary>
    public int SignInsPerMinutePerAddress { get; init; } = 30;

    /// <summary>Requests without a signed-in account per client address per minute.</summary>
    public int AnonymousPerMinutePerAddress { get; init; } = 600;

    /// <summary>Wrong passwords in a row after which an account is locked.</summary>
    public int LockoutAfterFailures { get; init; } = 5;

    /// <summary>The first lockout; each further wrong password after it doubles it.</summary>
    public Duration FirstLockout { get; init; } = Duration.FromMinutes(1);

    /// <summary>The longest lockout.</summary>
    public Duration MaxLockout { get; init; } = Duration.FromHours(1);

    /// <summary>The lockout after a number of wrong passwords in a row, or <c>null</c> below the threshold: 5 → 1 min, 6 → 2 min, 7 → 4 min, ..., capped.</summary>
    public Duration? LockoutAfter(int failures)
    {
        if (failures < LockoutAfterFailures)
        {
            return null;
        }

        var doublings = Math.Min(failures - LockoutAfterFailures, 30);
        var ticks = FirstLockout.BclCompatibleTicks * Math.Pow(2, doublings);
        return ticks >= MaxLockout.BclCompatibleTicks ? MaxLockout : Duration.FromTicks((long)ticks);
    }
}
