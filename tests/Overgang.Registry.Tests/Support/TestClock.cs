using NodaTime;

namespace Overgang.Registry.Tests.Support;

/// <summary>A clock that advances one second per reading, so that instants are deterministic and ordered.</summary>
public sealed class TestClock(Instant start) : IClock
{
    private Instant _now = start;

    public static TestClock Start() => new(Instant.FromUtc(2026, 11, 22, 9, 0));

    public Instant GetCurrentInstant()
    {
        _now += Duration.FromSeconds(1);
        return _now;
    }
}
