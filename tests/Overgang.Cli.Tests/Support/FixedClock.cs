using NodaTime;

namespace Overgang.Cli.Tests.Support;

/// <summary>A clock that always reads the same instant, so that command output does not depend on when tests run.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public static readonly FixedClock Default = new(Instant.FromUtc(2026, 1, 15, 9, 0));

    public Instant GetCurrentInstant() => now;
}
