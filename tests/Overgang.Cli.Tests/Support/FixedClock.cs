using NodaTime;

namespace Overgang.Cli.Tests.Support;

/// <summary>A clock that always says the same instant.</summary>
public sealed class FixedClock(Instant now) : IClock
{
    public static FixedClock On(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 10, 0));

    public Instant GetCurrentInstant() => now;
}
