using NodaTime;

namespace Overgang.Web.Tests.Support;

/// <summary>A clock that tests can move forward: another clock's readings plus an offset.</summary>
public sealed class MovableClock(IClock inner) : IClock
{
    private long _offsetTicks;

    public Instant GetCurrentInstant() => inner.GetCurrentInstant() + Duration.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock forward.</summary>
    public void Advance(Duration by) => Interlocked.Add(ref _offsetTicks, by.BclCompatibleTicks);
}
